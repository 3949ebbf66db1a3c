// Draws the add-in's icons (a white tick on a rounded green square) at the sizes the manifest and
// AppSource use. Run `node assets/make-icons.mjs` after changing the drawing; the PNGs are committed so
// builds need no image tooling. Supersampled 4x per axis so edges are anti-aliased at 16 px too.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80, 128];

// Excel-like green, dark enough that the white tick has contrast ratio > 4.5:1.
const BACKGROUND = [16, 124, 65];
const TICK = [255, 255, 255];
const SAMPLES = 4;

// Geometry in unit square coordinates (0..1), so every size is the same drawing.
const CORNER_RADIUS = 0.2;
const TICK_POINTS = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.75, 0.33],
];
const TICK_HALF_WIDTH = 0.075;

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onTick(x, y) {
  for (let i = 0; i + 1 < TICK_POINTS.length; i++) {
    if (distanceToSegment(x, y, TICK_POINTS[i], TICK_POINTS[i + 1]) <= TICK_HALF_WIDTH) return true;
  }
  return false;
}

/** Renders one icon of `size` x `size` pixels and returns the PNG file bytes. */
export function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let tick = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          covered++;
          if (onTick(x, y)) tick++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const idx = (py * size + px) * 4;
      // Colour is the tick/background mix within the covered area; alpha is the coverage.
      const share = covered === 0 ? 0 : tick / covered;
      for (let c = 0; c < 3; c++) {
        png.data[idx + c] = Math.round(BACKGROUND[c] * (1 - share) + TICK[c] * share);
      }
      png.data[idx + 3] = Math.round((255 * covered) / n);
    }
  }
  return PNG.sync.write(png);
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const size of ICON_SIZES) {
    const file = join(here, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    process.stdout.write(`wrote ${file}\n`);
  }
}
