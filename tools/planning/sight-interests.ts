import type { Sight } from '../domain/inventory.schema.js';
import { nameKey } from './names.js';
import { takesWholeDay } from './whole-day-sights.js';

/**
 * What an interest the reader names looks like among sights, by category (the sandbox's and
 * OpenStreetMap's tourism/historic/leisure values) and by name: "museums" is the Louvre (a
 * `museum`), "history" Notre-Dame (a `religious site`) or a castle, "nature" the Luxembourg
 * Gardens. Matching the interest's own word against the category failed them all ("museums" is
 * not in "museum Louvre Museum").
 */
const KINDS: Readonly<Record<string, { categories: RegExp; names: RegExp }>> = {
  museums: { categories: /museum|galler/, names: /\bmus(?:eum|eo|ee|eu)\b|\bmuseums?\b|\bgaller/ },
  art: {
    categories: /galler|artwork|arts?_centre|museum/,
    names: /\bart\b|\barts\b|\bgaller|\bmus(?:ee|eo) d/,
  },
  history: {
    categories:
      /historic|religious|castle|monument|memorial|ruins|archaeolog|fort|battlefield|palace|landmark/,
    names:
      /\b(?:castle|palace|cathedral|basilica|abbey|fort(?:ress)?|old town|historic|ruins|forum|colosseum|temple|shrine|mosque|church|monument|memorial)\b/,
  },
  nature: {
    categories: /park|garden|nature|viewpoint|zoo|beach|forest|wood|peak|waterfall|lake|reserve/,
    names: /\b(?:park|gardens?|lake|falls|mountains?|canyon|forest|beach|island|bay|botanic(?:al)?|hills?)\b/,
  },
  hiking: {
    categories: /nature|national|peak|viewpoint|reserve|forest/,
    names: /\b(?:trail|hike|mount|mountains?|peak|canyon|falls|hills?|state park|national park)\b/,
  },
  beaches: { categories: /beach/, names: /\b(?:beach|coast|shore|bay|cove)\b/ },
  shopping: {
    categories: /market|mall|shop|neighbo/,
    names: /\b(?:market|mall|shopping|bazaar|souk|arcade|street|avenue)\b/,
  },
  nightlife: {
    categories: /neighbo|theat|stadium|nightclub|bar|pub|music/,
    names: /\b(?:district|quarter|strip|street|square)\b/,
  },
  food: { categories: /market/, names: /\b(?:market|food hall)\b/ },
};

/** Whether `sight` is one the `interest` asks for (an interest the table lacks: its word, either number). */
export function matchesInterest(sight: Pick<Sight, 'name' | 'category'>, interest: string): boolean {
  const want = nameKey(interest);
  if (/^(?:theme|amusement) ?parks?$/.test(want)) return takesWholeDay(sight);
  const category = nameKey(sight.category ?? '');
  const name = nameKey(sight.name);
  const kind = KINDS[want];
  // A theme park is a day out, not an afternoon in nature.
  if (kind) return !takesWholeDay(sight) && (kind.categories.test(category) || kind.names.test(name));
  const word = want.replace(/s$/, '');
  return word.length > 0 && `${category} ${name}`.includes(word);
}
