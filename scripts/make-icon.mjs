// Draws media/icon.png, Plume's 128×128 Marketplace icon: a white quill on a dark-blue tile,
// its gold shaft ending in a nib over a gold ink stroke. Plain Node (zlib and a small PNG
// encoder), no image library: run `node scripts/make-icon.mjs [out.png] [size]` after changing a
// shape or colour, and commit the PNG. The output is byte-for-byte reproducible.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? path.join(root, 'media/icon.png');
const size = Number(process.argv[3] ?? 128);
const SUPERSAMPLE = 4; // 4×4 samples a pixel: smooth edges without an anti-aliasing rasteriser

// Colours (sRGB 0–255). The tile's blue is also package.json's galleryBanner colour.
const tileTop = [27, 54, 99];
const tileBottom = [13, 27, 54];
const featherLight = [247, 244, 236];
const featherShade = [214, 221, 235];
const gold = [233, 183, 74];

// --- geometry, in a 0–1 square (y down) -------------------------------------------------------
const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
const mix = (a, b, t) => a.map((channel, index) => channel + (b[index] - channel) * t);

/** Signed distance to a rounded square filling the icon with a small margin (negative inside). */
function tileDistance(x, y) {
  const half = 0.47;
  const radius = 0.2;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

// The quill's axis: from the nib (bottom left) to the tip (top right), bowed a little.
const nib = [0.25, 0.8];
const tip = [0.8, 0.15];
const axisLength = Math.hypot(tip[0] - nib[0], tip[1] - nib[1]);
const along = [(tip[0] - nib[0]) / axisLength, (tip[1] - nib[1]) / axisLength];
const across = [-along[1], along[0]]; // points down-right of the axis
const bow = 0.06;

/** Feather coordinates: t from nib (0) to tip (1) along the axis, u across it (bow removed). */
function featherCoordinates(x, y) {
  const dx = x - nib[0];
  const dy = y - nib[1];
  const t = (dx * along[0] + dy * along[1]) / axisLength;
  const u = dx * across[0] + dy * across[1] + bow * 4 * t * (1 - t);
  return { t, u };
}

/** Half-width of the vane at t on each side: a long leaf, fuller on the upper-left side. */
function vaneHalfWidth(t, side) {
  const start = 0.22;
  if (t < start || t > 1) return 0;
  const s = (t - start) / (1 - start);
  const profile = Math.sin(Math.PI * Math.pow(s, 0.75)) * (1 - 0.25 * s);
  return profile * (side < 0 ? 0.17 : 0.12);
}

/** Barbs split apart in a few places: thin notches running from the shaft out towards the tip. */
function inNotch(t, u, side) {
  const width = vaneHalfWidth(t, side);
  if (width === 0) return false;
  const depth = Math.abs(u) / width; // 0 at the shaft, 1 at the edge
  if (depth < 0.45) return false;
  const slanted = t - 1.1 * Math.abs(u);
  const cuts = side < 0 ? [0.4, 0.6] : [0.36, 0.56, 0.74];
  return cuts.some((cut) => Math.abs(slanted - cut) < 0.004 + 0.008 * (depth - 0.45));
}

/** The colour (with alpha) at one sample point, layers painted back to front. */
function sample(x, y) {
  if (tileDistance(x, y) > 0) return [0, 0, 0, 0];
  let colour = mix(tileTop, tileBottom, clamp((y - 0.03) / 0.94, 0, 1));

  // Ink stroke under the nib: a gentle wave with round ends.
  const inkStart = 0.3;
  const inkEnd = 0.74;
  const inkX = clamp(x, inkStart, inkEnd);
  const inkY = 0.835 - 0.018 * Math.sin(((inkX - inkStart) / (inkEnd - inkStart)) * Math.PI * 2);
  if (Math.hypot(x - inkX, y - inkY) < 0.016) colour = gold;

  const { t, u } = featherCoordinates(x, y);
  const side = u < 0 ? -1 : 1;
  // Vane, lighter on the upper side as if lit from the top left.
  if (Math.abs(u) < vaneHalfWidth(t, side) && !inNotch(t, u, side)) {
    colour = side < 0 ? featherLight : featherShade;
  }
  // Shaft: a tapering gold line from the nib almost to the tip.
  const shaftHalf = 0.016 * (1 - 0.75 * clamp(t, 0, 1));
  if (t > 0 && t < 0.93 && Math.abs(u) < shaftHalf) colour = gold;
  // Nib: the shaft's end cut to a point.
  if (t > -0.07 && t <= 0 && Math.abs(u) < 0.016 * (1 + t / 0.07)) colour = gold;
  return [...colour, 255];
}

// --- raster -----------------------------------------------------------------------------------
const pixels = Buffer.alloc(size * size * 4);
for (let py = 0; py < size; py += 1) {
  for (let px = 0; px < size; px += 1) {
    // Average premultiplied samples so that edge pixels do not darken towards transparent black.
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
      for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
        const [r, g, b, a] = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
        sum[0] += r * a; sum[1] += g * a; sum[2] += b * a; sum[3] += a;
      }
    }
    const offset = (py * size + px) * 4;
    const alpha = sum[3] / SUPERSAMPLE ** 2;
    for (let channel = 0; channel < 3; channel += 1) {
      pixels[offset + channel] = sum[3] === 0 ? 0 : Math.round(sum[channel] / sum[3]);
    }
    pixels[offset + 3] = Math.round(alpha);
  }
}

// --- PNG encoder (RGBA, 8 bits a channel, no filtering) ---------------------------------------
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
// Each scanline starts with its filter type byte (0: none).
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let row = 0; row < size; row += 1) pixels.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`make-icon: wrote ${path.relative(process.cwd(), out) || out} (${size}×${size}, ${png.length} bytes)`);
