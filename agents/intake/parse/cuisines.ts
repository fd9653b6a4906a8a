import { isNegatedBefore } from './negation.js';
import { matchAll, unique } from './text.js';

export interface CuisinesResult {
  /** Canonical names as TravelPlanner writes them ("Mexican", "Fast Food"). */
  readonly cuisines: string[];
  /** Cuisines ruled out ("no Italian food", "we don't like sushi"): no meal at such a kitchen. */
  readonly avoided: string[];
  readonly notes: string[];
}

/** Cuisines named by a nationality: only cuisines when the sentence is about food. */
export const NATIONAL_CUISINES = [
  'American',
  'Mexican',
  'Italian',
  'Chinese',
  'Indian',
  'Mediterranean',
  'French',
  'Japanese',
  'Thai',
  'Greek',
  'Spanish',
  'Korean',
  'Vietnamese',
  'Middle Eastern',
  'Caribbean',
  'German',
  'Turkish',
  'Lebanese',
  'Ethiopian',
  'Peruvian',
  'Brazilian',
  'Cuban',
  'Moroccan',
  'Portuguese',
  'Polish',
  'Hungarian',
  'Indonesian',
  'Malaysian',
  'Filipino',
  'Taiwanese',
  'Argentinian',
  'Israeli',
];

/** Words that are food by themselves ("we love pizza"), and conservative dish → cuisine hints. */
const FOOD_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:bbq|barbecue|barbeque)\b/g, 'BBQ'],
  [/\b(?:seafood|sea food|lobsters?|oysters?|crabs?|shrimps?)\b/g, 'Seafood'],
  [/\b(?:pizzas?|pizzerias?)\b/g, 'Pizza'],
  [/\b(?:cafes?|coffee shops?|coffeehouses?)\b/g, 'Cafe'],
  [/\b(?:bakery|bakeries|baked goods|pastries)\b/g, 'Bakery'],
  [/\b(?:desserts?|sweets|ice cream)\b/g, 'Desserts'],
  [/\bfast[- ]food\b/g, 'Fast Food'],
  [/\b(?:tea|teas|tea ?houses?|tea rooms?)\b/g, 'Tea'],
  [/\b(?:sushi|sashimi|ramen|tempura)\b/g, 'Japanese'],
  [/\b(?:tacos?|burritos?|enchiladas?|quesadillas?)\b/g, 'Mexican'],
  [/\b(?:pasta|risotto)\b/g, 'Italian'],
  [/\bdim sum\b/g, 'Chinese'],
  [/\b(?:pho|banh mi)\b/g, 'Vietnamese'],
  [/\bpad thai\b/g, 'Thai'],
  [/\b(?:kimchi|bibimbap)\b/g, 'Korean'],
  [/\b(?:tapas|paella)\b/g, 'Spanish'],
  [/\b(?:gyros?|souvlaki)\b/g, 'Greek'],
  [/\b(?:falafel|hummus)\b/g, 'Mediterranean'],
  [/\bcajun\b/g, 'Cajun'],
  [/\bcreole\b/g, 'Creole'],
  [/\bsoul food\b/g, 'Soul Food'],
  [/\btex[- ]?mex\b/g, 'Tex-Mex'],
  [/\bsteak ?houses?\b/g, 'Steakhouse'],
];

/** A sentence that talks about eating. */
// Compiled once: a non-global twin of each food word for .test(), a pattern per national cuisine.
const FOOD_WORD_TESTS = FOOD_WORDS.map(([pattern]) => new RegExp(pattern.source));
const NATIONAL_PATTERNS = NATIONAL_CUISINES.map((name) => ({
  name,
  word: name.toLowerCase(),
  pattern: new RegExp(`\\b${name.toLowerCase()}\\b`, 'g'),
}));

const FOOD_CONTEXT =
  /\b(?:food|foods|cuisines?|restaurants?|eat|eating|eateries|dine|dining|meals?|dishes|dish|taste|tasting|foodies?|culinary|menus?|fare|cooking|breakfast|brunch|lunch|dinner|snacks?|flavou?rs?|crave|craving|cravings|try|trying|sample|sampling|savou?r|savou?ring|palate|gastronomic|gastronomy|grub|vegetarians?|vegans?|pescatarians?|halal|kosher|gluten|allerg(?:y|ies|ic)|diet|dietary)\b/;
/** What may follow a nationality that is a cuisine: a list or a food noun, not "cities" or "Quarter". */
const AFTER_NATIONAL =
  /^(?:\s*$|\s*[,.;:!?)/]|\s+(?:and|or|&|as well|too|also|food|foods|cuisines?|restaurants?|dishes|dish|fare|cooking|meals?|dining|places|eateries|spots|options|flavou?rs?|bbq|breakfast|brunch|lunch|dinner|style|specialties|specialities|street food|are|is|would be|will be|sounds?|please|pls|plz|thanks|thank you)\b)/;
/** "no seafood", "allergic to shellfish", "except Chinese": the user rules a cuisine out. */
const REFUSAL =
  /\b(?:no|not|never|without|except|anything but|avoid|avoiding|hate|dislike|allergic to|n't (?:like|eat|want|enjoy))\s+(?:\w+\s+){0,1}$/;

/** Only a list joiner between two cuisines: ", ", " or ", ", and ", " nor ", "/" (and a "food" between). */
const LIST_JOIN = /^(?:\s+(?:food|cuisine|restaurants?))?\s*(?:,|\/|&)?\s*(?:(?:or|nor|and)\s+)?(?:any\s+)?$/;

interface Mention {
  readonly at: number;
  readonly end: number;
  readonly name: string;
  /** A dish ("sushi") stands for its cuisine when wanted, but refusing it leaves the cuisine open. */
  readonly dish: boolean;
}

/**
 * The mentions ruled out, read in order: one after "no"/"hate"/"allergic to", and one listed just
 * after a refused one ("no Chinese or Indian food" refuses both).
 */
function refusals(lower: string, mentions: readonly Mention[]): Set<Mention> {
  const refused = new Set<Mention>();
  let lastRefusedEnd = -1;
  for (const mention of [...mentions].sort((a, b) => a.at - b.at)) {
    const clause =
      lower
        .slice(Math.max(0, mention.at - 40), mention.at)
        .split(/[.;!?]|(?<!\banything )\bbut\b/)
        .pop() ?? '';
    const listedAfterRefusal = lastRefusedEnd >= 0 && LIST_JOIN.test(lower.slice(lastRefusedEnd, mention.at));
    if (listedAfterRefusal || REFUSAL.test(clause) || isNegatedBefore(lower, mention.at, 1)) {
      refused.add(mention);
      lastRefusedEnd = mention.end;
    }
  }
  return refused;
}

/**
 * Cuisines the travellers want to eat: nationalities in sentences about food ("we love Mexican
 * food", "offer Mexican, Italian, and Indian cuisines"), food words ("pizza", "BBQ") and a few
 * unmistakable dishes ("sushi" → Japanese). Refused cuisines are cuisines to avoid.
 */
export function extractCuisines(lower: string): CuisinesResult {
  // Every mention first, then read in order: a refusal carries down a list ("no Chinese or Indian").
  const mentions: Mention[] = [];
  for (const sentence of matchAll(lower, /[^.!?;]+/g)) {
    const text = sentence[0];
    // A sentence that already names a food ("We'd love BBQ and Mexican") is about food too.
    const aboutFood = FOOD_CONTEXT.test(text) || FOOD_WORD_TESTS.some((pattern) => pattern.test(text));
    for (const { name, word, pattern } of NATIONAL_PATTERNS) {
      if (!text.includes(word)) continue;
      for (const m of matchAll(text, pattern)) {
        const after = text.slice(m.index + m[0].length);
        const foodNext =
          /^\s+(?:food|foods|cuisines?|restaurants?|dishes|fare|cooking|bbq|street food)\b/.test(after);
        if ((aboutFood || foodNext) && AFTER_NATIONAL.test(after)) {
          const at = sentence.index + m.index;
          mentions.push({ at, end: at + m[0].length, name, dish: false });
        }
      }
    }
  }
  for (const [pattern, name] of FOOD_WORDS) {
    // "sushi" → Japanese is a dish of a national cuisine; "seafood" or "pizza" is a kitchen.
    const dish = NATIONAL_CUISINES.includes(name);
    for (const m of matchAll(lower, pattern))
      mentions.push({ at: m.index, end: m.index + m[0].length, name, dish });
  }
  const found: Array<{ at: number; name: string }> = [];
  const refused: string[] = [];
  // Kitchens ruled out; a dish refused ("no sushi") rules out the dish, not its whole cuisine.
  const kitchensRefused: string[] = [];
  const refusedMentions = refusals(lower, mentions);
  for (const mention of mentions) {
    if (!refusedMentions.has(mention)) found.push({ at: mention.at, name: mention.name });
    else {
      refused.push(mention.name);
      if (!mention.dish) kitchensRefused.push(mention.name);
    }
  }
  const cuisines = unique(found.sort((a, b) => a.at - b.at).map((f) => f.name)).filter(
    (c) => !refused.includes(c),
  );
  const avoided = unique(kitchensRefused).filter((c) => !cuisines.includes(c));
  const notes = avoided.length > 0 ? [`No meals at ${avoided.join(' or ')} restaurants, as asked.`] : [];
  return { cuisines, avoided, notes };
}
