import type { Places, Plan } from '../api/client';

const WIDTH = 560;
const HEIGHT = 340;
const PAD = 48;

interface Point {
  name: string;
  x: number;
  y: number;
}

/**
 * The route drawn from coordinates alone (equirectangular, fitted to the trip): no tiles and no
 * network, so it works offline and prints. Cities without coordinates are listed instead.
 */
export function RouteMap({ plan, places }: { plan: Plan; places: Places | null }) {
  const located = (places?.cities ?? []).filter((c) => c.location !== null);
  const byName = new Map(located.map((c) => [c.name, c.location as { lat: number; lon: number }]));
  const lats = located.map((c) => c.location?.lat ?? 0);
  const lons = located.map((c) => c.location?.lon ?? 0);
  const midLat = lats.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 0;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * xScale, 0.5);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 0.5);
  const unit = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const project = (name: string): Point | null => {
    const at = byName.get(name);
    if (!at) return null;
    return { name, x: WIDTH / 2 + (at.lon - cx) * xScale * unit, y: HEIGHT / 2 - (at.lat - midLat) * unit };
  };
  const segments = plan.legs
    .map((leg) => ({ leg, from: project(leg.from), to: project(leg.to) }))
    .filter(
      (s): s is { leg: Plan['legs'][number]; from: Point; to: Point } => s.from !== null && s.to !== null,
    );
  const points = located.map((c) => project(c.name)).filter((p): p is Point => p !== null);
  const description = plan.legs.map((leg) => `${leg.from} to ${leg.to} by ${leg.mode}`).join(', ');
  return (
    <section aria-labelledby="map-title" className="card">
      <h2 id="map-title">Route</h2>
      {points.length === 0 ? (
        <p>No coordinates are known for this trip’s cities.</p>
      ) : (
        <svg
          className="map"
          data-testid="route-map"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={`Route map: ${description}`}
        >
          <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="map-sea" rx={8} />
          {segments.map(({ leg, from, to }, index) => (
            <g key={`${leg.from}-${leg.to}-${leg.day}`}>
              <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} className={`map-leg map-${leg.mode}`} />
              <text
                x={(from.x + to.x) / 2}
                y={(from.y + to.y) / 2 - 6}
                className="map-step"
                textAnchor="middle"
              >
                {index + 1}
              </text>
            </g>
          ))}
          {points.map((p) => (
            <g key={p.name}>
              <circle
                cx={p.x}
                cy={p.y}
                r={6}
                className={p.name === plan.spec.origin ? 'map-origin' : 'map-city'}
              />
              <text x={p.x + 9} y={p.y + 4} className="map-label">
                {p.name}
              </text>
            </g>
          ))}
        </svg>
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
