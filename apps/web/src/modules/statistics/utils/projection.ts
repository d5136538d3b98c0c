/**
 * GeoJSON polygons as SVG paths, without map tiles or a map library: an equirectangular projection
 * corrected by cos(latitude) (exact enough over a province ~60 km across), fitted to a box, with points
 * closer than about half a pixel dropped so that the 1.2 MB of coordinates becomes a few tens of KB of SVG.
 */
export type Position = readonly number[];
export interface Geometry {
  type: string;
  coordinates?: unknown;
}
export interface MapFeature {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  path: string;
  centroid: [number, number];
}

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
  return [];
}

export function bounds(geometries: readonly Geometry[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries)
    for (const ring of rings(g))
      for (const [x, y] of ring) {
        if (x! < minX) minX = x!;
        if (x! > maxX) maxX = x!;
        if (y! < minY) minY = y!;
        if (y! > maxY) maxY = y!;
      }
  return [minX, minY, maxX, maxY];
}

export function makeProjection(
  box: [number, number, number, number],
  width: number,
  padding = 8,
): { project: (p: Position) => [number, number]; height: number } {
  const [minX, minY, maxX, maxY] = box;
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = (maxX - minX) * k || 1;
  const spanY = maxY - minY || 1;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.ceil(spanY * scale + 2 * padding);
  return {
    height,
    project: ([x, y]) => [padding + (x! - minX) * k * scale, padding + (maxY - y!) * scale],
  };
}

export function ringPath(
  ring: readonly Position[],
  project: (p: Position) => [number, number],
  tolerance = 0.5,
): string {
  let d = '';
  let last: [number, number] | null = null;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = project(ring[i]!);
    const isEnd = i === ring.length - 1;
    if (last && !isEnd && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) continue;
    d += `${last ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    last = [x, y];
  }
  return d ? `${d}Z` : '';
}

export function projectFeatures(
  features: readonly { id?: string; geometry: unknown; properties: Record<string, unknown> }[],
  width: number,
): { height: number; features: MapFeature[] } {
  const geometries = features.map((f) => f.geometry as Geometry);
  const { project, height } = makeProjection(bounds(geometries), width);
  return {
    height,
    features: features.map((f, i) => {
      const rs = rings(geometries[i]!);
      const outer = rs[0] ?? [];
      let cx = 0;
      let cy = 0;
      for (const p of outer) {
        const [x, y] = project(p);
        cx += x;
        cy += y;
      }
      const n = outer.length || 1;
      return {
        id: String(f.id ?? f.properties.code ?? i),
        name: String(f.properties.fullName ?? f.properties.name ?? ''),
        properties: f.properties,
        path: rs.map((r) => ringPath(r, project)).join(''),
        centroid: [cx / n, cy / n],
      };
    }),
  };
}

/** Five sequential classes (light to dark blue, all distinct in greyscale) by equal intervals. */
export const CLASS_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export function classify(value: number, min: number, max: number, classes = CLASS_COLOURS.length): number {
  if (!(max > min)) return 0;
  return Math.min(classes - 1, Math.floor(((value - min) / (max - min)) * classes));
}
