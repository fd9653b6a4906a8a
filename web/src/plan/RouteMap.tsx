import type { Places, Plan } from '../api/client';
import { layOutRoute, type MapCity } from './route-layout';

const KM_PER_MILE = 1.609344;
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * The route drawn from coordinates alone (route-layout.ts): no tiles and no network, so it works
 * offline and prints. A start far from the cities visited sits at the map's edge, its legs dotted,
 * and a line under the map says where it really is. Cities without coordinates are listed instead.
 */
export function RouteMap({ plan, places }: { plan: Plan; places: Places | null }) {
  const located: MapCity[] = (places?.cities ?? []).flatMap((c) =>
    c.location ? [{ name: c.name, lat: c.location.lat, lon: c.location.lon }] : [],
  );
  // Legs between cities with coordinates: the map draws those, the legend lists every leg.
  const mapped = plan.legs.filter(
    (leg) => located.some((c) => c.name === leg.from) && located.some((c) => c.name === leg.to),
  );
  const layout = layOutRoute(located, plan.spec.origin, mapped);
  const description = plan.legs.map((leg) => `${leg.from} to ${leg.to} by ${leg.mode}`).join(', ');
  const distant = layout.distantStart;
  return (
    <section aria-labelledby="map-title" className="card">
      <h2 id="map-title">Route</h2>
      {layout.cities.length === 0 ? (
        <p>No coordinates are known for this trip’s cities.</p>
      ) : (
        <svg
          className="map"
          data-testid="route-map"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={`Route map: ${description}`}
        >
          <rect x={0} y={0} width={layout.width} height={layout.height} className="map-sea" rx={8} />
          {layout.legs.map((curve, index) => {
            const leg = mapped[index] as Plan['legs'][number];
            return (
              <g key={`${leg.from}-${leg.to}-${leg.day}`}>
                <path
                  d={curve.d}
                  className={`map-leg map-${leg.mode}${curve.offScale ? ' map-off-scale' : ''}`}
                />
                <text x={curve.step.x} y={curve.step.y} className="map-step" textAnchor="middle">
                  {index + 1}
                </text>
              </g>
            );
          })}
          {layout.cities.map((c) => (
            <g key={c.name}>
              <circle
                cx={c.x}
                cy={c.y}
                r={6}
                className={c.name === plan.spec.origin ? 'map-origin' : 'map-city'}
              />
              <text x={c.label.x} y={c.label.y} textAnchor={c.label.anchor} className="map-label">
                {c.name}
              </text>
            </g>
          ))}
        </svg>
      )}
      {distant && (
        <p className="map-note" data-testid="map-distant-start">
          Not to scale: {distant.name} is {whole.format(Math.round(distant.km / 10) * 10)} km (
          {whole.format(Math.round(distant.km / KM_PER_MILE / 10) * 10)} mi) to the {distant.bearing}, off the
          map; its legs are dotted.
        </p>
      )}
      <ol className="legend">
        {plan.legs.map((leg) => (
          <li key={`${leg.from}-${leg.to}-${leg.day}`}>
            Day {leg.day}: {leg.from} → {leg.to} ({leg.mode})
          </li>
        ))}
      </ol>
    </section>
  );
}
