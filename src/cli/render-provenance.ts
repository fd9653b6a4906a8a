import type { Flight, Stay } from '../../tools/domain/inventory.schema.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { DataAttribution, QuotedPrice } from '../../tools/domain/provenance.schema.js';
import { formatMoney } from '../../tools/planning/money.js';

/**
 * What a plan from real sources adds to the CLI text: a flight's connections and layovers, the
 * fare in the currency it was quoted in with the rate that converted it, the offer to book, and
 * the credits of the data. Sandbox and TravelPlanner records have none of these fields, so their
 * plans print exactly as before.
 */

/** "GBP 1 = USD 1.6 (ECB reference rate (Frankfurter), 2026-12-04)". */
function rateText(quoted: QuotedPrice, currency: string): string {
  const when = quoted.rateDate ? `, ${quoted.rateDate}` : '';
  return `${quoted.currency} 1 = ${currency} ${quoted.rate} (${quoted.rateSource}${when})`;
}

/** "via AMS (50 min)"; undefined for a nonstop. */
export function describeConnections(flight: Flight): string | undefined {
  if (!flight.layovers?.length) return undefined;
  return `via ${flight.layovers.map((l) => `${l.airport} (${l.minutes} min)`).join(', ')}`;
}

/** The details line under a flight from a real source; undefined for a sandbox flight. */
export function describeFlightSource(
  flight: Flight,
  travellers: number,
  currency: string,
): string | undefined {
  const parts: string[] = [];
  const connections = describeConnections(flight);
  if (connections) parts.push(connections);
  if (flight.quoted && flight.quoted.currency !== currency) {
    const party = flight.quoted.amount * travellers;
    parts.push(
      `fare ${formatMoney(party, flight.quoted.currency)} for ${travellers} at ${rateText(flight.quoted, currency)}`,
    );
  }
  if (flight.bookingUrl) parts.push(`book: ${flight.bookingUrl}`);
  else if (flight.offerId) parts.push(`offer ${flight.offerId}`);
  if (parts.length === 0) return undefined;
  return flight.source ? `${parts.join(' · ')} · from ${flight.source}` : parts.join(' · ');
}

/** "€640 for the stay at EUR 1 = USD 1.25 (…) · offer srr_grand · from duffel"; undefined for the sandbox. */
export function describeStaySource(stay: Stay, currency: string): string | undefined {
  const parts: string[] = [];
  if (stay.quoted && stay.quoted.currency !== currency)
    parts.push(
      `${formatMoney(stay.quoted.amount, stay.quoted.currency)} for the stay at ${rateText(stay.quoted, currency)}`,
    );
  if (stay.bookingUrl) parts.push(`book: ${stay.bookingUrl}`);
  else if (stay.offerId) parts.push(`offer ${stay.offerId}`);
  if (parts.length === 0) return undefined;
  return stay.source ? `${parts.join(' · ')} · from ${stay.source}` : parts.join(' · ');
}

/** "Data: © OpenStreetMap contributors (ODbL 1.0, https://…)", one line per credit. */
export function describeAttributions(plan: Pick<Plan, 'attributions'>): string[] {
  return (plan.attributions ?? []).map((a: DataAttribution) => {
    const extra = [a.licence, a.url].filter((x): x is string => x !== null);
    return `Data: ${a.text}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
  });
}
