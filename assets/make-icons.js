/* Writes the add-in icons (assets/icon-<size>.png) without any image library: the shape is
 * drawn with 4×4 supersampling and encoded as PNG with zlib. Run: node assets/make-icons.js */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 16];

/** Colour at (x, y) in unit coordinates, or null for transparent. */
function shade(x, y) {
  const r = 0.16;
  const inside = (px, py) => {
    const cx = Math.min(Math.max(px, r), 1 - r);
    const cy = Math.min(Math.max(py, r), 1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (!inside(x, y)) return null;
  // Three bars of a report chart, the last one green (an assessment met).
  const bars = [
    [0.2, 0.55],
    [0.42, 0.38],
    [0.64, 0.22],
  ];
  for (let i = 0; i < bars.length; i++) {
    const [left, top] = bars[i];
    if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return i === 2 ? GREEN : WHITE;
  }
  return BLUE;
}

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let rr = 0;
      let gg = 0;
      let bb = 0;
      let aa = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa++;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = aa ? Math.round(rr / aa) : 0;
      raw[o + 1] = aa ? Math.round(gg / aa) : 0;
      raw[o + 2] = aa ? Math.round(bb / aa) : 0;
      raw[o + 3] = Math.round((aa / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
