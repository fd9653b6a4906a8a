import type { Places, Plan } from '../api/client';

const WIDTH = 560;
const MAX_HEIGHT = 340;
const MIN_HEIGHT = 200;
const PAD = 36;
/** Room on the right for the easternmost city's name. */
const LABEL_ROOM = 110;

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
  const innerWidth = WIDTH - 2 * PAD - LABEL_ROOM;
  const unit = Math.min(innerWidth / spanX, (MAX_HEIGHT - 2 * PAD) / spanY);
  // A trip that runs east-west gets a lower map rather than a thin band in a tall box.
  const HEIGHT = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, spanY * unit + 2 * PAD));
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const project = (name: string): Point | null => {
    const at = byName.get(name);
    if (!at) return null;
    return {
      name,
      x: PAD + innerWidth / 2 + (at.lon - cx) * xScale * unit,
      y: HEIGHT / 2 - (at.lat - midLat) * unit,
    };
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
          {points.map((p, index) => (
            <g key={p.name}>
              <circle
                cx={p.x}
                cy={p.y}
                r={6}
                className={p.name === plan.spec.origin ? 'map-origin' : 'map-city'}
              />
              {/* Alternating above and below keeps the names of nearby cities apart. */}
              <text x={p.x + 9} y={index % 2 === 0 ? p.y - 6 : p.y + 16} className="map-label">
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
