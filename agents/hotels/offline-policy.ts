import type { Stay } from '../../tools/domain/inventory.schema.js';
import { luxuryFloor, stayScore, stayTier } from '../../tools/planning/comfort.js';
import type { OfflinePolicy } from '../offline/offline-chat-model.js';
import { roundsSoFar, toolResults } from '../offline/tool-results.js';
import { readTask } from '../task-message.js';
import { SUBMIT_STAYS } from './hotels.agent.js';
import type { HotelsTask, StayShortlist } from './hotels.schema.js';

const PER_CITY = 12;

/** Value for money: rating per dollar per guest, so cheap-but-awful and great-but-ruinous both rank low. */
function value(stay: Stay, travellers: number): number {
  const rooms = Math.ceil(travellers / stay.maximumOccupancy);
  return (stay.rating + 1) / (stay.pricePerNight * rooms + 1);
}

/** Round 1: one filtered search per city. Round 2: keep the best by value and by rating. */
export const hotelsPolicy: OfflinePolicy = (messages) => {
  const task = readTask<HotelsTask>(messages);
  if (roundsSoFar(messages) === 0) {
    return {
      toolCalls: task.cities.map(({ city, nights, checkIn, checkOut }) => ({
        name: 'search_stays',
        args: {
          city,
          roomType: task.roomType,
          mustAllow: task.mustAllow,
          nights,
          maxPricePerNight: task.maxPricePerNight ?? null,
          limit: 50,
          // The nights and the party, for a source that prices by them (only when the task has dates).
          ...(checkIn && checkOut ? { checkIn, checkOut, travellers: task.travellers } : {}),
        },
      })),
    };
  }
  const results = toolResults(messages).filter((r) => r.name === 'search_stays' && !r.failed);
  const shortlist: StayShortlist = {
    cities: task.cities.map(({ city }) => {
      const stays = results
        .filter((r) => r.args.city === city)
        .flatMap((r) => (r.content as { stays: Stay[] }).stays);
      const byValue = [...stays].sort((a, b) => value(b, task.travellers) - value(a, task.travellers));
      // With a comfort wish, "best" is the wished standard first (a luxury trip skips dorm beds,
      // and shortlists the grandest luxury stays, not only the cheapest well-rated ones).
      const floor = task.comfort === 'luxury' ? luxuryFloor(stays) : null;
      const score = (s: Stay): number => stayScore(s, task.comfort ?? null, undefined, floor);
      const byRating = [...stays].sort((a, b) => score(b) - score(a) || a.pricePerNight - b.pricePerNight);
      const cheapest = [...stays].sort((a, b) => a.pricePerNight - b.pricePerNight);
      const picked = new Set<string>();
      // A luxury trip also keeps the plainest luxury-tier stays (what a tight budget can still buy)
      // and its grandest ones ahead of value picks; other trips keep cheap, value and best alike.
      const plainLuxury = cheapest.filter((s) => stayTier(s) === 'luxury').slice(0, 2);
      const lists =
        task.comfort === 'luxury'
          ? [cheapest.slice(0, 4), plainLuxury, byRating.slice(0, 4), byValue]
          : [cheapest.slice(0, 4), byValue.slice(0, 4), byRating.slice(0, 4), byValue];
      for (const list of lists) {
        for (const stay of list) if (picked.size < PER_CITY) picked.add(stay.name);
      }
      return { city, stayNames: [...picked] };
    }),
  };
  return { toolCalls: [{ name: SUBMIT_STAYS, args: shortlist }] };
};
