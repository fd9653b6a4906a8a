import type { RoomTypeRequirement } from '../../../tools/domain/common.schema.js';
import { isNegated, isNegatedBefore } from './negation.js';
import { matchAll } from './text.js';

const ENTIRE =
  /\b(?:(?:entire|whole|full|complete)\s+(?:rooms?|homes?|houses?|apartments?|apts?|places?|units?|flats?|condos?|propert(?:y|ies)|villas?|cabins?|home\/apt)|private\s+(?:homes?|houses?|apartments?|villas?|cabins?|condos?)|(?:apartment|house|home|place|flat)\s+(?:all\s+)?to\s+(?:ourselves|myself|themselves))\b/g;
const PRIVATE = /\bprivate\s+rooms?\b/g;
const SHARED =
  /\b(?:shared\s+(?:rooms?|dorms?|dormitor(?:y|ies)|accommodations?|spaces?|lodging)|dorm(?:itory)?\s+(?:rooms?|beds?)|hostel\s+(?:dorms?|beds?))\b/g;
/** Refusing to share without naming a room type: "we don't want to share a room". */
const REFUSE_SHARING =
  /\b(?:do not|don't|won't|will not|would not|wouldn't|can't|cannot|prefer not to|rather not|not)\s+(?:(?:want|like|wish|be able)\s+to\s+)?share\b|(?:\b(?:anything but|not|never|other than|except|excluding|besides|apart from|instead of|rather than)|n't)\s+(?:be\s+|being\s+)?(?:a\s+|any\s+)?shared\b/;

/** "whole apartment not a shared room": another kind of stay after "not" is a contrast, not a refusal. */
const CONTRASTED =
  /^\s*,?\s*(?:and\s+|but\s+)?not\s+(?:an?\s+|any\s+)?(?:shared|private|entire|whole|hostel|dorm|hotel|room)\b/;

function unnegated(lower: string, pattern: RegExp): { yes: boolean; negated: boolean } {
  const hits = matchAll(lower, pattern);
  const yes = hits.some((m) => {
    const end = m.index + m[0].length;
    if (CONTRASTED.test(lower.slice(end, end + 30))) return !isNegatedBefore(lower, m.index, 4);
    return !isNegated(lower, m.index, end, 4);
  });
  return { yes, negated: hits.length > 0 && !yes };
}

/**
 * The room type asked for: "entire home", "private room", "shared room", or "not a shared room".
 * Asking for both private rooms and entire homes accepts either, which is "not shared room".
 */
export function extractRoomType(lower: string): RoomTypeRequirement | null {
  const entire = unnegated(lower, ENTIRE).yes;
  const priv = unnegated(lower, PRIVATE).yes;
  if (entire && priv) return 'not shared room';
  // A named kind is more precise than a refusal ("a private room, not a shared one").
  if (entire) return 'entire room';
  if (priv) return 'private room';
  const shared = unnegated(lower, SHARED);
  if (shared.negated || REFUSE_SHARING.test(lower)) return 'not shared room';
  return shared.yes ? 'shared room' : null;
}
