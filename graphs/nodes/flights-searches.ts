import type { WorldProvider } from '../../tools/providers/world-provider.js';

/**
 * The world as one transport shortlist sees it, each search asked once. The flights agent's tools
 * search every hop, then the node reads the shortlisted records back from the world so that only
 * real options survive; within one shortlist that second read is the first one's answer (a 3-city
 * trip's 42 hops were searched twice, synthesised twice by the sandbox). A search that failed is
 * forgotten, so a later read tries again.
 */
export function searchingOnce(world: WorldProvider): WorldProvider {
  const answers = new Map<string, Promise<unknown>>();
  const once =
    <Q, R>(kind: string, search: (query: Q) => Promise<R>) =>
    (query: Q): Promise<R> => {
      const key = `${kind} ${JSON.stringify(query)}`;
      const known = answers.get(key) as Promise<R> | undefined;
      if (known) return known;
      const answer = search(query);
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
      return answer;
    };
  return {
    ...world,
    searchFlights: once('flights', (query) => world.searchFlights(query)),
    searchTrains: once('trains', (query) => world.searchTrains(query)),
    groundRoute: once('ground', (query) => world.groundRoute(query)),
  };
}
