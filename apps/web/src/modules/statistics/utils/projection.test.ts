import { describe, expect, it } from 'vitest';
import { bounds, classify, makeProjection, projectFeatures, ringPath } from './projection.ts';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [106, 9.5],
      [106.5, 9.5],
      [106.5, 10],
      [106, 10],
      [106, 9.5],
    ],
  ],
};

describe('map projection', () => {
  it('fits the bounds to the width, north up, with the cos(latitude) correction', () => {
    expect(bounds([square])).toEqual([106, 9.5, 106.5, 10]);
    const { project, height } = makeProjection([106, 9.5, 106.5, 10], 416, 8);
    expect(project([106, 10])).toEqual([8, 8]);
    const [x, y] = project([106.5, 9.5]);
    expect(x).toBeCloseTo(408, 5);
    // Half a degree of latitude is longer on the page than half a degree of longitude at 9.75° N.
    expect(y - 8).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(416);
  });

  it('draws closed paths and drops points closer than the tolerance', () => {
    const { project } = makeProjection([0, 0, 10, 10], 100, 0);
    const ring = [
      [0, 0],
      [0.001, 0.001],
      [10, 0],
      [10, 10],
      [0, 0],
    ];
    const d = ringPath(ring, project);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.split('L')).toHaveLength(4);
  });

  it('projects features (Polygon and MultiPolygon) with names and centroids', () => {
    const { features } = projectFeatures(
      [
        { id: '29242', geometry: square, properties: { fullName: 'Xã A' } },
        {
          geometry: { type: 'MultiPolygon', coordinates: [square.coordinates] },
          properties: { code: '29536', name: 'B' },
        },
      ],
      300,
    );
    expect(features.map((f) => [f.id, f.name])).toEqual([
      ['29242', 'Xã A'],
      ['29536', 'B'],
    ]);
    expect(features[0]!.path).toMatch(/^M[\d.]+ [\d.]+L/);
  });

  it('puts values into five classes', () => {
    expect(classify(0, 0, 100)).toBe(0);
    expect(classify(100, 0, 100)).toBe(4);
    expect(classify(55, 0, 100)).toBe(2);
    expect(classify(5, 5, 5)).toBe(0);
  });
});
