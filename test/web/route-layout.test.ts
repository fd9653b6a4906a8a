import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  layOutRoute,
  legCurve,
  type MapCity,
  type PlacedCity,
} from '../../web/src/plan/route-layout.js';

const INDIANAPOLIS = { name: 'Indianapolis', lat: 39.77, lon: -86.16 };
const COLORADO: MapCity[] = [
  { name: 'Colorado Springs', lat: 38.83, lon: -104.82 },
  { name: 'Denver', lat: 39.74, lon: -104.99 },
  { name: 'Boulder', lat: 40.01, lon: -105.27 },
];

/** The label's box as the layout estimates it (7.5 px a character, 14 px high). */
function box(c: PlacedCity) {
  const w = c.name.length * 7.5;
  const left =
    c.label.anchor === 'start' ? c.label.x : c.label.anchor === 'end' ? c.label.x - w : c.label.x - w / 2;
  return { left, right: left + w, top: c.label.y - 11, bottom: c.label.y + 3 };
}

const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

describe('layOutRoute', () => {
  it('zooms on the cities visited when the start is far away, and puts the start at the edge', () => {
    const layout = layOutRoute([INDIANAPOLIS, ...COLORADO], 'Indianapolis');
    const at = new Map(layout.cities.map((c) => [c.name, c]));
    const denver = at.get('Denver') as PlacedCity;
    const boulder = at.get('Boulder') as PlacedCity;
    // On the full map (Indianapolis to Boulder, 19° of longitude) Denver and Boulder were 6 px apart.
    expect(Math.hypot(denver.x - boulder.x, denver.y - boulder.y)).toBeGreaterThan(60);
    const start = at.get('Indianapolis') as PlacedCity;
    expect(start.atEdge).toBe(true);
    expect(start.x).toBeGreaterThan(layout.width * 0.9);
    expect(layout.distantStart).toMatchObject({ name: 'Indianapolis', bearing: 'east' });
    expect(layout.distantStart?.km).toBeGreaterThan(1500);
    expect(layout.distantStart?.km).toBeLessThan(1700);
  });

  it('draws a trip whose cities are spread out to scale, start included', () => {
    const layout = layOutRoute(
      [
        { name: 'Chicago', lat: 41.88, lon: -87.63 },
        { name: 'Nashville', lat: 36.16, lon: -86.78 },
        { name: 'Memphis', lat: 35.15, lon: -90.05 },
      ],
      'Chicago',
    );
    expect(layout.distantStart).toBeNull();
    expect(layout.cities.every((c) => !c.atEdge)).toBe(true);
  });

  it('keeps every name inside the map and off the other names', () => {
    for (const layout of [
      layOutRoute([INDIANAPOLIS, ...COLORADO], 'Indianapolis'),
      layOutRoute([INDIANAPOLIS, ...COLORADO], 'Denver'),
    ]) {
      const boxes = layout.cities.map(box);
      for (const [i, b] of boxes.entries()) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(layout.width);
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.bottom).toBeLessThanOrEqual(layout.height);
        for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
      }
    }
  });

  it('keeps names clear of the legs drawn', () => {
    const route = ['Indianapolis', 'Colorado Springs', 'Denver', 'Boulder', 'Indianapolis'];
    const legs = route.slice(1).map((to, i) => ({ from: route[i] as string, to }));
    const layout = layOutRoute([INDIANAPOLIS, ...COLORADO], 'Indianapolis', legs);
    expect(layout.legs).toHaveLength(4);
    expect(layout.legs.map((l) => l.offScale)).toEqual([true, false, false, true]);
    const at = new Map(layout.cities.map((c) => [c.name, c]));
    const traces = legs.flatMap(
      (leg) => legCurve(at.get(leg.from) as PlacedCity, at.get(leg.to) as PlacedCity).trace,
    );
    for (const city of layout.cities) {
      const b = box(city);
      const crossed = traces.filter((p) => p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom);
      expect(crossed, city.name).toEqual([]);
    }
  });

  it('does not zoom on a single city visited: there is nothing to pull apart', () => {
    const layout = layOutRoute([INDIANAPOLIS, COLORADO[1] as MapCity], 'Indianapolis');
    expect(layout.distantStart).toBeNull();
  });

  it('bows a leg to its left, so a return leg and its outbound do not hide each other', () => {
    const a = { x: 100, y: 100 };
    const b = { x: 300, y: 100 };
    const out = legCurve(a, b);
    const back = legCurve(b, a);
    // Eastwards, left is up the screen; westwards, down.
    expect(out.step.y).toBeLessThan(100);
    expect(back.step.y).toBeGreaterThan(100);
    expect(out.d).toBe('M 100.0 100.0 Q 200.0 52.0 300.0 100.0');
  });

  it('lays out a one-city trip and an empty one', () => {
    const one = layOutRoute([{ name: 'Paris', lat: 48.86, lon: 2.35 }], 'Paris');
    expect(one.cities).toHaveLength(1);
    expect(one.cities[0]?.atEdge).toBe(false);
    expect(layOutRoute([], 'Paris').cities).toEqual([]);
  });

  it('measures great-circle distances', () => {
    expect(distanceKm({ name: 'a', lat: 0, lon: 0 }, { name: 'b', lat: 0, lon: 1 })).toBeCloseTo(111.19, 1);
  });
});
