/**
 * What a request that names no destination still asks of one ("somewhere warm with beaches",
 * "a city with great museums"): a climate, and the interests the reader found. The planner can
 * only suggest by what its world can show, so the climates are the ones weather tells apart.
 */
export type Climate = 'warm' | 'mild';

export interface DestinationWishes {
  /** null: the request says nothing about the weather it wants. */
  climate: Climate | null;
  /** The reader's interests ("beaches", "museums", "history", …). */
  interests: readonly string[];
  /** "within driving distance", "a road trip", "somewhere we can drive to": reached by road. */
  byRoad: boolean;
  /** "a getaway", "somewhere", "anywhere": open to ideas even with nothing else wished for. */
  open: boolean;
}

const BY_ROAD =
  /\b(?:(?:within|in) (?:an? |easy |short )?(?:\d+[- ]hours? )?driv(?:e|ing) distance|(?:a |short |quick |easy )?drive (?:away|from)|road ?trip|(?:can|could) drive (?:to|there)|drivable|driveable|by car)\b/;
const OPEN =
  /\b(?:get ?away|escape|somewhere|anywhere|some ?place|wherever|surprise (?:me|us)|ideas?|suggest(?:ions?)?|where (?:should|could|can) (?:we|i) go)\b/;

/** Heat the party would rather escape: said before any wish for warmth is looked for. */
const MILD =
  /\b(?:not too (?:hot|warm)|escape (?:the|from the) heat|away from the heat|cool(?:er)? (?:weather|place|climate|somewhere)|somewhere cool(?:er)?|mild (?:weather|climate))\b/;
const WARM =
  /\b(?:warm(?:er|th)?(?! (?:regards|wishes|welcome|thanks))|sun(?:ny|shine)?|hot (?:weather|place|destination|somewhere)|somewhere hot|tropic(?:al|s)|escape (?:the|from the) (?:cold|winter)|get away from the (?:cold|snow|winter)|beach weather|winter sun)\b/;

export function destinationWishes(text: string, interests: readonly string[]): DestinationWishes {
  const lower = text.toLowerCase();
  const climate: Climate | null = MILD.test(lower)
    ? 'mild'
    : WARM.test(lower) || interests.includes('beaches')
      ? // A beach holiday is a warm one: nobody asks for a beach to look at it in a coat.
        'warm'
      : null;
  return { climate, interests, byRoad: BY_ROAD.test(lower), open: OPEN.test(lower) };
}
