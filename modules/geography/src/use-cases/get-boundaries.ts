import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { authorize, type RequestContext } from '@openprovince/platform';
import { boundariesFilePath } from '../domain/reference-data.ts';
import { canReadGeography } from '../policies.ts';

export interface Boundaries {
  /** The GeoJSON document, as shipped (RFC 7946, WGS 84). */
  body: Buffer;
  /** Strong validator of the body, for conditional requests. */
  etag: string;
}

let cached: Promise<Boundaries> | undefined;

/**
 * The 2025 commune polygons covering the former Trà Vinh. The file ships with the code and never changes
 * while the process runs, so it is read and hashed once.
 */
export async function getBoundaries(ctx: RequestContext): Promise<Boundaries> {
  authorize(ctx.actor, canReadGeography, undefined);
  cached ??= readFile(boundariesFilePath()).then((body) => ({
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  }));
  try {
    return await cached;
  } catch (error) {
    cached = undefined;
    throw error;
  }
}
