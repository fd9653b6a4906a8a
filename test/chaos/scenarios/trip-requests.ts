/** Complete requests (nothing to ask) of different sizes, so completions spread out in time. */
export const COMPLETE_REQUESTS = [
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs',
  '4 days from Boston to New York, April 2-5 2027, 3 people, $3,000',
  '5 days from Atlanta to 2 cities in Texas, October 8-12 2027, 2 people, $5,000, no flights',
  '3 days from Denver to Las Vegas, July 1-3 2027, 4 people, $4,000, entire home',
];

export function completeRequest(i: number): { text: string } {
  return { text: COMPLETE_REQUESTS[i % COMPLETE_REQUESTS.length] as string };
}
