import type { ReactElement } from 'react';
import type { Plan } from '../api/client';
import { longDate, minutes, money, optionalText } from '../format';
import { flightDetails, stayDetails } from './provenance';

type Leg = Plan['legs'][number];
type Day = Plan['days'][number];

/** "CDT", "GMT+9": the zone's short name at that instant (the zone id when the browser has none). */
function zoneLabel(zone: string | undefined, at: string | undefined): string {
  if (!zone) return '';
  const when = at ? new Date(at) : new Date();
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(
      Number.isNaN(when.getTime()) ? new Date() : when,
    );
    return ` ${parts.find((p) => p.type === 'timeZoneName')?.value ?? zone}`;
  } catch {
    return ` ${zone}`;
  }
}

/** Departure and arrival as the leg states them: local times with their zones when the plan has them. */
function legTimes(leg: Leg): string {
  const record = leg as unknown as Record<string, unknown>;
  const scheduled = (record.flight ?? record.train ?? record.rail) as Record<string, unknown> | undefined;
  const route = record.route as Record<string, unknown> | undefined;
  const duration = Number(scheduled?.durationMinutes ?? route?.durationMinutes ?? 0);
  const departure = optionalText(scheduled, 'departureTime');
  const arrival = optionalText(scheduled, 'arrivalTime');
  const departureZone = zoneLabel(
    optionalText(scheduled, 'departureZone'),
    optionalText(scheduled, 'departureAt'),
  );
  const arrivalZone = zoneLabel(optionalText(scheduled, 'arrivalZone'), optionalText(scheduled, 'arrivalAt'));
  const arrivalDate = optionalText(scheduled, 'arrivalDate');
  const nextDay =
    arrivalDate && arrivalDate !== optionalText(scheduled, 'date') ? ` (${longDate(arrivalDate)})` : '';
  const times =
    departure && arrival ? `${departure}${departureZone} → ${arrival}${arrivalZone}${nextDay}, ` : '';
  return `${times}${minutes(duration)}`;
}

function legTitle(leg: Leg): string {
  const record = leg as unknown as Record<string, unknown>;
  const scheduled = (record.flight ?? record.train ?? record.rail) as Record<string, unknown> | undefined;
  const number = optionalText(scheduled, 'flightNumber') ?? optionalText(scheduled, 'trainNumber');
  const mode = leg.mode === 'self-driving' ? 'Drive' : `${leg.mode[0]?.toUpperCase()}${leg.mode.slice(1)}`;
  return `${mode}${number ? ` ${number}` : ''}: ${leg.from} → ${leg.to}`;
}

function Meal({ label, meal, currency }: { label: string; meal: Day['breakfast']; currency: string }) {
  if (!meal) return null;
  return (
    <li className="item meal">
      <span className="tag">{label}</span> {meal.name}
      <span className="muted">
        {' '}
        · {meal.cuisines.join(', ') || 'restaurant'} · {money(meal.averageCost, currency)} pp
      </span>
    </li>
  );
}

function legItem(leg: Leg, currency: string, travellers: number) {
  const details = leg.mode === 'flight' ? flightDetails(leg.flight, travellers, currency) : '';
  const link = leg.mode === 'flight' ? leg.flight.bookingUrl : undefined;
  return (
    <li key={`leg-${leg.from}-${leg.to}`} className="item leg">
      <span className="tag">Travel</span> {legTitle(leg)}
      <span className="muted">
        {' '}
        · {legTimes(leg)} · {money(leg.cost, currency)}
        {details ? ` · ${details}` : ''}
      </span>
      {link ? (
        <a className="book" href={link} rel="noreferrer" target="_blank">
          {' '}
          Book
        </a>
      ) : null}
    </li>
  );
}

/**
 * A day in the order it is lived: on a travel day, what happens in the city left comes before the
 * leg and what happens in the city reached comes after it.
 */
function dayItems(day: Day, currency: string, legs: Leg[], leg: (l: Leg, currency: string) => ReactElement) {
  const items = [
    {
      city: day.breakfast?.city,
      node: <Meal key="breakfast" label="Breakfast" meal={day.breakfast} currency={currency} />,
    },
    ...day.sights.map((sight) => ({
      city: sight.city,
      node: (
        <li key={`sight-${sight.name}`} className="item sight">
          <span className="tag">Visit</span> {sight.name}
          {sight.category ? <span className="muted"> · {sight.category}</span> : null}
        </li>
      ),
    })),
    { city: day.lunch?.city, node: <Meal key="lunch" label="Lunch" meal={day.lunch} currency={currency} /> },
    {
      city: day.dinner?.city,
      node: <Meal key="dinner" label="Dinner" meal={day.dinner} currency={currency} />,
    },
  ];
  const left = day.fromCity && day.fromCity !== day.city ? day.fromCity : null;
  const before = left ? items.filter((item) => item.city === left) : [];
  const after = items.filter((item) => !before.includes(item));
  return [...before.map((i) => i.node), ...legs.map((l) => leg(l, currency)), ...after.map((i) => i.node)];
}

/** The plan day by day: the leg of a travel day, where the night is spent, meals and sights. */
export function Timeline({ plan }: { plan: Plan }) {
  const currency = plan.cost.currency;
  return (
    <section aria-labelledby="timeline-title" className="card">
      <h2 id="timeline-title">Day by day</h2>
      <ol className="timeline" data-testid="timeline">
        {plan.days.map((day) => {
          const legs = plan.legs.filter((leg) => leg.day === day.day);
          return (
            <li key={day.day} className="day">
              <h3>
                Day {day.day} · {longDate(day.date)} ·{' '}
                {day.fromCity && day.fromCity !== day.city ? `${day.fromCity} → ` : ''}
                {day.city}
              </h3>
              <ul className="items">
                {dayItems(day, currency, legs, (l, c) => legItem(l, c, plan.spec.travellers))}
                {day.accommodation ? (
                  <li className="item stay">
                    <span className="tag">Night</span> {day.accommodation}
                  </li>
                ) : null}
                {day.notes.map((note) => (
                  <li key={note} className="item note muted">
                    {note}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <h3>Stays</h3>
      <ul className="items">
        {plan.stays.map((booking) => (
          <li key={`${booking.city}-${booking.firstNight}`} className="item stay">
            <span className="tag">{booking.city}</span> {booking.stay.name}
            <span className="muted">
              {' '}
              · {booking.nights} night{booking.nights === 1 ? '' : 's'} from day {booking.firstNight} ·{' '}
              {booking.rooms} × {booking.stay.roomType} · rated {booking.stay.rating}/5 ·{' '}
              {money(booking.cost, currency)}
              {stayDetails(booking.stay, currency) ? ` · ${stayDetails(booking.stay, currency)}` : ''}
            </span>
            {booking.stay.bookingUrl ? (
              <a className="book" href={booking.stay.bookingUrl} rel="noreferrer" target="_blank">
                {' '}
                Book
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {plan.attributions?.length ? (
        <p className="muted attributions" data-testid="attributions">
          {plan.attributions.map((a) => (
            <span key={a.source}>
              {a.url ? <a href={a.url}>{a.text}</a> : a.text}
              {a.licence ? `, ${a.licence}` : ''}.{' '}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
