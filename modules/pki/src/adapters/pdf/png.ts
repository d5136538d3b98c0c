import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no interlace). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A stand-in red seal (two rings and a star, transparent background) for demos and tests. Real seal images
 * are scanned from the registered seal and uploaded by the agency (Decree 30/2020: PNG, actual size).
 */
export function demoSealPng(size = 160): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c + 0.5, y - c + 0.5);
      const angle = Math.atan2(y - c, x - c);
      const starR = size * 0.12 * (1 + 0.6 * Math.cos(5 * (angle + Math.PI / 2)));
      const ink = (r > c - 6 && r < c - 1) || (r > c * 0.72 && r < c * 0.72 + 3) || r < starR;
      if (ink) px.set([200, 16, 32, 235], (y * size + x) * 4);
    }
  }
  return encodePng(size, size, px);
}

/** A stand-in handwritten signature (a blue flourish) for demos and tests. */
export function demoSignaturePng(width = 200, height = 70): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let x = 10; x < width - 10; x++) {
    const t = (x - 10) / (width - 20);
    const y = height / 2 + Math.sin(t * Math.PI * 3) * (height / 3.2) * (1 - t * 0.5);
    for (let dy = -1.5; dy <= 1.5; dy += 0.5) {
      const yy = Math.round(y + dy);
      if (yy >= 0 && yy < height) px.set([20, 40, 160, 255], (yy * width + x) * 4);
    }
  }
  return encodePng(width, height, px);
}
