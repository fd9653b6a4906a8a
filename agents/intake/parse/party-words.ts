// The words people count a party with, shared by the head-count readers.

/** Nouns that count the whole group ("5 people", "6 travellers"). */
export const WHOLE =
  '(?:people|ppl|persons?|personnes|personas|personen|pers|travell?ers?|individuals|pax|guests|tourists|passengers|participants|folks|heads|guys|gals|ladies|lads|blokes|dudes|men|women|buddies|mates|pals)';
// "3 couples + 2 singles": a single is one grown-up who is no couple.
export const ADULTS = '(?:adults?|grown-?ups|seniors?|singles|parents|grandparents)';
export const CHILDREN =
  '(?:kids?|kiddos?|kiddies|children|child|teens?|teenagers?|toddlers?|babies|baby|infants?|boys?|girls?|sons?|daughters?|(?:\\d+|[a-z]+)-(?:year|month)-olds?)';
/** Any noun a head count is written with: "2 ppl", "3 adults", "4 kids", "6 guys". */
export const PARTY_NOUN = `(?:${WHOLE}|${ADULTS}|${CHILDREN})`;
/** One child named in the singular: "our toddler", "my 2-year-old". */
export const ONE_CHILD =
  '(?:kid|child|teen|teenager|toddler|baby|infant|boy|girl|son|daughter|(?:\\d+|[a-z]+)-(?:year|month)-old(?!s))';
/** Singular companions: "me and my wife", "my partner and I", "with my son". */
export const RELATION =
  '(?:hubby|wifey|missus|other half|better half|bff|bestie|bro|sis|carer|caregiver|nanny|au pair|wife|husband|partner|spouse|girlfriend|boyfriend|gf|bf|fiancee?|friend|best friend|buddy|mom|mum|mother|dad|father|brother|sister|son|daughter|kid|child|baby|toddler|grandma|grandmother|grandpa|grandfather|grandparent|aunt|uncle|cousin|niece|nephew|colleague|coworker|co-worker|roommate|(?:mother|father|sister|brother|son|daughter)-in-law|mil|fil|stepson|stepdaughter|stepmom|stepdad|(?:\\d+|[a-z]+)-(?:year|month)-old)';
/** Plural companions: "with my kids", "and our two children", "with 3 friends". */
export const RELATIONS =
  '(?:kids|kiddos|kiddies|children|friends|parents|husbands|wives|spouses|partners|boyfriends|grandparents|sons|daughters|brothers|sisters|cousins|colleagues|coworkers|co-workers|in-laws|roommates|boys|girls|twins|grandkids|grandchildren|nephews|nieces|teens|teenagers|little ones|buddies|pals|mates|guys|girlfriends|teammates|classmates|(?:\\d+|[a-z]+)-year-olds)';
export const POSSESSIVE = '(?:(?:my|our|his|her|their|the)\\s+)?';
export const AGE =
  '(?:(?:young|little|small|teenage|adult|grown|elderly|college|school|uni|university|work|old|close|best|good|childhood)\\s+)?';
