import type { Plan } from '../api/client';
import { money } from '../format';

type Flight = Extract<Plan['legs'][number], { mode: 'flight' }>['flight'];
type Stay = Plan['stays'][number]['stay'];
type Quoted = NonNullable<Flight['quoted']>;

/**
 * What a plan from real sources adds (the CLI shows the same, src/cli/render-provenance.ts):
 * connections and layovers, the price as quoted with the rate that converted it, and the offer
 * or booking link. Sandbox records have none of these fields, so nothing is shown for them.
 */

function rate(quoted: Quoted, currency: string): string {
  return `${quoted.currency} 1 = ${currency} ${quoted.rate} (${quoted.rateSource}${quoted.rateDate ? `, ${quoted.rateDate}` : ''})`;
}

/** "via AMS (55 min) · fare £121.90 for 2 at GBP 1 = USD 1.6 (…) · offer off_…"; '' for the sandbox. */
export function flightDetails(flight: Flight, travellers: number, currency: string): string {
  const parts: string[] = [];
  if (flight.layovers?.length)
    parts.push(`via ${flight.layovers.map((l) => `${l.airport} (${l.minutes} min)`).join(', ')}`);
  if (flight.quoted && flight.quoted.currency !== currency)
    parts.push(
      `fare ${money(flight.quoted.amount * travellers, flight.quoted.currency)} for ${travellers} at ${rate(flight.quoted, currency)}`,
    );
  if (flight.offerId && !flight.bookingUrl) parts.push(`offer ${flight.offerId}`);
  return parts.join(' · ');
}

/** "€310 for the stay at EUR 1 = USD 1.25 (…) · offer srr_…"; '' for the sandbox. */
export function stayDetails(stay: Stay, currency: string): string {
  const parts: string[] = [];
  if (stay.quoted && stay.quoted.currency !== currency)
    parts.push(
      `${money(stay.quoted.amount, stay.quoted.currency)} for the stay at ${rate(stay.quoted, currency)}`,
    );
  if (stay.offerId && !stay.bookingUrl) parts.push(`offer ${stay.offerId}`);
  return parts.join(' · ');
}
