/**
 * Where the route map puts each city and its name: an equirectangular projection fitted to the
 * trip, zoomed on the cities visited when the start is far from them (a week in Colorado from
 * Indianapolis would otherwise draw Colorado's three cities on top of each other), and names placed
 * where they overlap neither each other nor a dot. Pure geometry, so it is tested apart from React.
 */

export interface MapCity {
  name: string;
  lat: number;
  lon: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedCity {
  name: string;
  x: number;
  y: number;
  /** Where its name goes: the baseline's anchor point and alignment. */
  label: { x: number; y: number; anchor: TextAnchor };
  /** Drawn at the map's edge, in its direction, because it is far off the map's scale. */
  atEdge: boolean;
}

export interface DrawnLeg {
  /** SVG path data. */
  d: string;
  /** Where its step number goes. */
  step: { x: number; y: number };
  /** To or from a city drawn at the edge: its length means nothing. */
  offScale: boolean;
}

export interface RouteLayout {
  width: number;
  height: number;
  cities: PlacedCity[];
  /** The legs given, in order, those between located cities only. */
  legs: DrawnLeg[];
  /** The start drawn at the edge, with how far it is from the cities visited. */
  distantStart: { name: string; km: number; bearing: string } | null;
}

export const MAP_WIDTH = 560;
const MAX_HEIGHT = 340;
const MIN_HEIGHT = 200;
const PAD = 40;
/** A city's dot radius plus a little air, for what a name must not cover. */
const DOT = 8;
/** Approximate width of one character of a label at the map's font size (14 px). */
const CHAR_WIDTH = 7.5;
const LABEL_HEIGHT = 14;
/**
 * Zoom on the cities visited when two of them would be closer than this on the map of the whole
 * trip (their dots and names pile up), and zooming at least doubles the scale.
 */
const CROWDED_PX = 30;
const LEAST_ZOOM = 2;
/** How far a leg bows to its left, as a share of its length: a return leg does not hide its outbound. */
const BOW = 0.12;
/** Points sampled along a leg for names to avoid. */
const TRACE_POINTS = 40;
/** Half the side of the square a leg's sampled point keeps clear. */
const LINE = 2;
/** Smallest span fitted, in degrees, so a one-city trip is not a point blown up to the frame. */
const MIN_SPAN = 0.5;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const EARTH_KM = 6371;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: MapCity, b: MapCity): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const BEARINGS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** The compass point nearest the direction from `from` to `to` on the map. */
function bearing(dx: number, dy: number): string {
  // Screen y grows downwards; 0 is north, clockwise.
  const angle = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return BEARINGS[Math.round((angle + 360) / 45) % 8] ?? 'north';
}

function extent(cities: MapCity[]) {
  const lats = cities.map((c) => c.lat);
  const lons = cities.map((c) => c.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const xScale = Math.cos(radians(midLat));
  return {
    midLat,
    midLon: (Math.min(...lons) + Math.max(...lons)) / 2,
    xScale,
    spanX: (Math.max(...lons) - Math.min(...lons)) * xScale,
    spanY: Math.max(...lats) - Math.min(...lats),
  };
}

/** Where the ray from (cx, cy) towards (x, y) leaves the frame `inset` inside the map. */
function toEdge(cx: number, cy: number, x: number, y: number, width: number, height: number, inset: number) {
  const dx = x - cx;
  const dy = y - cy;
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : ((dx > 0 ? width - inset : inset) - cx) / dx;
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : ((dy > 0 ? height - inset : inset) - cy) / dy;
  const t = Math.min(tx, ty, 1);
  return { x: cx + dx * t, y: cy + dy * t };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The label's box for a candidate placement. */
function labelBox(x: number, y: number, anchor: TextAnchor, text: string): Box {
  const w = text.length * CHAR_WIDTH;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { left, top: y - LABEL_HEIGHT + 3, right: left + w, bottom: y + 3 };
}

/** Right of the dot first (how maps label towns), then left, above, below and the corners. */
function candidates(x: number, y: number) {
  return [
    { x: x + 10, y: y + 4, anchor: 'start' as const },
    { x: x - 10, y: y + 4, anchor: 'end' as const },
    { x, y: y - 11, anchor: 'middle' as const },
    { x, y: y + 21, anchor: 'middle' as const },
    { x: x + 8, y: y - 8, anchor: 'start' as const },
    { x: x + 8, y: y + 17, anchor: 'start' as const },
    { x: x - 8, y: y - 8, anchor: 'end' as const },
    { x: x - 8, y: y + 17, anchor: 'end' as const },
  ];
}

/**
 * Each name at the first placement that stays inside the map and covers no dot, no leg and no name
 * placed before it; when none does, the one covering least.
 */
function placeLabels(
  points: Omit<PlacedCity, 'label'>[],
  lines: { x: number; y: number }[],
  width: number,
  height: number,
): PlacedCity[] {
  const around = (p: { x: number; y: number }, r: number): Box => ({
    left: p.x - r,
    top: p.y - r,
    right: p.x + r,
    bottom: p.y + r,
  });
  const dots = [...points.map((p) => around(p, DOT)), ...lines.map((p) => around(p, LINE))];
  const taken: Box[] = [];
  return points.map((p) => {
    let best: { label: PlacedCity['label']; box: Box; cost: number } | undefined;
    for (const label of candidates(p.x, p.y)) {
      const box = labelBox(label.x, label.y, label.anchor, p.name);
      const outside =
        Math.max(0, -box.left) +
        Math.max(0, box.right - width) +
        Math.max(0, -box.top) +
        Math.max(0, box.bottom - height);
      const cost = outside * 1000 + [...dots, ...taken].reduce((sum, other) => sum + overlap(box, other), 0);
      if (!best || cost < best.cost) best = { label, box, cost };
      if (cost === 0) break;
    }
    // candidates() is never empty.
    const chosen = best as NonNullable<typeof best>;
    taken.push(chosen.box);
    return { ...p, label: chosen.label };
  });
}

/** The smallest distance between two of `cities`, in degrees as projected (Infinity for fewer than two). */
function closestPair(cities: MapCity[], fit: ReturnType<typeof extent>): number {
  let least = Number.POSITIVE_INFINITY;
  for (const [i, a] of cities.entries())
    for (const b of cities.slice(i + 1))
      least = Math.min(least, Math.hypot((a.lon - b.lon) * fit.xScale, a.lat - b.lat));
  return least;
}

/** Pixels per degree that fit an extent in the map. */
function unitFor(fit: ReturnType<typeof extent>): number {
  return Math.min(
    (MAP_WIDTH - 2 * PAD) / Math.max(fit.spanX, MIN_SPAN),
    (MAX_HEIGHT - 2 * PAD) / Math.max(fit.spanY, MIN_SPAN),
  );
}

/**
 * A leg as a curve bowing to the left of its direction, so a return leg and its outbound make a
 * lens instead of one line, and where its step number goes (outside the bow).
 */
export function legCurve(from: { x: number; y: number }, to: { x: number; y: number }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  // Left of the direction of travel on screen (y grows downwards).
  const nx = dy / length;
  const ny = -dx / length;
  const bow = length * BOW;
  const control = { x: (from.x + to.x) / 2 + nx * bow * 2, y: (from.y + to.y) / 2 + ny * bow * 2 };
  // A quadratic curve's midpoint is halfway between the chord's midpoint and its control point.
  const mid = { x: (from.x + to.x) / 2 + nx * bow, y: (from.y + to.y) / 2 + ny * bow };
  return {
    d: `M ${from.x.toFixed(1)} ${from.y.toFixed(1)} Q ${control.x.toFixed(1)} ${control.y.toFixed(1)} ${to.x.toFixed(1)} ${to.y.toFixed(1)}`,
    step: { x: mid.x + nx * 10, y: mid.y + ny * 10 + 4 },
    /** Points along the curve, every few pixels, for names to keep clear of. */
    trace: Array.from({ length: TRACE_POINTS + 1 }, (_, i) => {
      const t = i / TRACE_POINTS;
      const a = (1 - t) ** 2;
      const b = 2 * (1 - t) * t;
      const c = t ** 2;
      return { x: a * from.x + b * control.x + c * to.x, y: a * from.y + b * control.y + c * to.y };
    }),
  };
}

/**
 * Lays out `cities` (the start among them, named `start`) and the `legs` between them. The cities visited decide the scale
 * when two of them would be crowded on the map of the whole trip; the start then sits at the map's
 * edge in its direction.
 */
export function layOutRoute(
  cities: MapCity[],
  start: string,
  legs: readonly { from: string; to: string }[] = [],
): RouteLayout {
  if (cities.length === 0)
    return { width: MAP_WIDTH, height: MIN_HEIGHT, cities: [], legs: [], distantStart: null };
  const visited = cities.filter((c) => c.name !== start);
  const all = extent(cities);
  const near = visited.length > 0 ? extent(visited) : all;
  const zoomed =
    visited.length < cities.length &&
    closestPair(visited, all) * unitFor(all) < CROWDED_PX &&
    unitFor(near) >= LEAST_ZOOM * unitFor(all);
  const fit = zoomed ? near : all;
  const unit = unitFor(fit);
  const spanY = Math.max(fit.spanY, MIN_SPAN);
  // A trip that runs east-west gets a lower map rather than a thin band in a tall box.
  const height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, spanY * unit + 2 * PAD));
  const project = (c: MapCity) => ({
    x: MAP_WIDTH / 2 + (c.lon - fit.midLon) * fit.xScale * unit,
    y: height / 2 - (c.lat - fit.midLat) * unit,
  });
  let distantStart: RouteLayout['distantStart'] = null;
  const points = cities.map((c) => {
    const at = project(c);
    if (!zoomed || c.name !== start) return { name: c.name, ...at, atEdge: false };
    const centre = { x: MAP_WIDTH / 2, y: height / 2 };
    const edge = toEdge(centre.x, centre.y, at.x, at.y, MAP_WIDTH, height, PAD / 2);
    const middle = { name: '', lat: fit.midLat, lon: fit.midLon };
    distantStart = {
      name: c.name,
      km: distanceKm(c, middle),
      bearing: bearing(at.x - centre.x, at.y - centre.y),
    };
    return { name: c.name, ...edge, atEdge: true };
  });
  const at = new Map(points.map((p) => [p.name, p]));
  const drawn = legs.flatMap((leg) => {
    const from = at.get(leg.from);
    const to = at.get(leg.to);
    return from && to ? [{ ...legCurve(from, to), offScale: from.atEdge || to.atEdge }] : [];
  });
  const lines = drawn.flatMap((leg) => leg.trace);
  return {
    width: MAP_WIDTH,
    height,
    cities: placeLabels(points, lines, MAP_WIDTH, height),
    legs: drawn.map(({ d, step, offScale }) => ({ d, step, offScale })),
    distantStart,
  };
}
