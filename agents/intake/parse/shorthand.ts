/**
 * Shorthand people type in quick messages, written out so every later reader meets one
 * spelling: "2 nts" (nights), "a wknd" (weekend), "3 wks" (weeks), "our 2 yr old" (2-year-old).
 * Only forms that cannot mean anything else in a trip request are expanded.
 */
const SHORTHAND: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:nts|nites|ngts|nghts)\b/gi,
    '$1 nights',
  ],
  [/\b(\d+|one)\s*(?:nt|nite)\b/gi, '$1 night'],
  [/\b(?:wknd|wkend)(s?)\b/gi, 'weekend$1'],
  [/\b(\d+|a|an|one|two|three|four|five|six)\s*wks?\b/gi, '$1 weeks'],
  // "our 2 yr old", "a 5yo", "kids 4 y/o": an age that names a child.
  [/\b(\d{1,2})\s*(?:-\s*)?(?:yrs?|years?)[\s-]*olds?\b/gi, '$1-year-old'],
  [/\b(\d{1,2})\s*(?:yo|y\/o|y\.o\.)(?=[\s,.;)!?]|$)/gi, '$1-year-old'],
  [/\bthru\b/gi, 'through'],
  // Form-style labels in pasted lists ("- From: Denver", "To: San Diego") are the plain cues.
  [/\b(from|to)\s*:\s*/gi, '$1 '],
  // Texting's "me n 2 friends", "hubby n me": an "n" between people is "and".
  [
    /\b(me|i|hubby|wifey|bf|gf|him|her|my \w+)\s+n\s+(?=(?:me|i|my|our|the|his|her|\d+|[a-z]+ (?:friends|kids|buddies))\b)/gi,
    '$1 and ',
  ],
];

export function expandShorthand(text: string): string {
  return SHORTHAND.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
