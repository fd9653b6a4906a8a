import type { Plan } from '../api/client';

/** What each validator check means, in words; checks added later fall back to their id. */
const MEANINGS: Record<string, string> = {
  'within-sandbox': 'Every flight, stay, restaurant and sight exists in the travel data.',
  'complete-information': 'No day is missing what it needs (meals, sights, a place to sleep).',
  'within-current-city': 'Each day’s meals and sights are in the city you are in that day.',
  'reasonable-route': 'The route starts and ends where the trip says, with no impossible hops.',
  'diverse-restaurants': 'No restaurant is repeated (too soon).',
  'diverse-attractions': 'No sight is visited twice.',
  'non-conflicting-transport': 'No conflicting ways of travelling (e.g. flying and driving your own car).',
  'minimum-nights': 'Every stay is at least as long as its host’s minimum.',
  budget: 'The whole trip costs no more than the budget.',
  'room-type': 'Rooms are of the type asked for.',
  'house-rule': 'Stays allow what you need (pets, children, smoking, parties, visitors).',
  cuisine: 'Every cuisine asked for is served at some meal.',
  transportation: 'Modes you ruled out (e.g. no flights) are not used.',
  dietary: 'Every meal can serve the party’s dietary needs.',
  comfort: 'Stays and flights match the comfort asked for.',
  'flight-times': 'Flights keep to the times you allowed.',
  'preferred-modes': 'The modes you prefer are used where they run.',
  'nightly-price': 'No room or home costs more a night than you allowed.',
  'avoided-cuisines': 'No meal is at a kitchen of a cuisine you asked to avoid.',
};

export function Checks({ plan }: { plan: Plan }) {
  const { validation } = plan;
  return (
    <section aria-labelledby="checks-title" className="card">
      <h2 id="checks-title">Checks</h2>
      <p>{validation.passed ? 'Every check passes.' : 'Some checks fail: see below.'}</p>
      <ul className="checks">
        {validation.checks.map((check) => (
          <li key={`${check.kind}-${check.id}`} className={check.passed ? 'pass' : 'fail'}>
            <span className="check-mark" aria-hidden="true">
              {check.passed ? '✓' : '✗'}
            </span>
            <strong>{check.id}</strong>{' '}
            <span className="visually-hidden">{check.passed ? 'passed' : 'failed'}</span>
            <span className="muted"> ({check.kind})</span>:{' '}
            {MEANINGS[check.id] ?? 'A rule the plan is checked against.'}
            {check.problems.length > 0 ? (
              <ul>
                {check.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the planner understood, what it warns about, and the wishes it could not honour. */
export function Understanding({ plan }: { plan: Plan }) {
  const spec = plan.spec as Plan['spec'] & { notes?: string[]; warnings?: string[] };
  const notes = spec.notes ?? [];
  const warnings = spec.warnings ?? [];
  const notHonoured = plan.notHonoured ?? [];
  if (notes.length + warnings.length + notHonoured.length === 0) return null;
  return (
    <section aria-labelledby="understanding-title" className="card">
      <h2 id="understanding-title">How your request was read</h2>
      {notes.length > 0 ? (
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      {notHonoured.length > 0 ? (
        <>
          <h3>Not honoured</h3>
          <ul data-testid="not-honoured">
            {notHonoured.map((item) => (
              <li key={item.wish}>
                <strong>{item.wish}</strong>: {item.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
