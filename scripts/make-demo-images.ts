/**
 * Draws the demo illustrations of the portal as SVG, in code, and writes them
 * as JPEG 1200×675 into `content/images/<name>.jpg`.
 *
 *   npx tsx scripts/make-demo-images.ts
 *
 * Flat shapes and colours only: no text, no fonts, no external files.
 * Deterministic: every random choice comes from a seeded PRNG, so the same
 * bytes are written on every run (with the same sharp/libvips build).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const W = 1200;
const H = 675;
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "content", "images");

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed from a name, so each image has its own stable stream. */
function seedOf(name: string): number {
  let h = 2166136261;
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

type Rng = () => number;
const between = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Numbers in SVG with at most one decimal, so the markup is stable and short. */
const n = (x: number) => (Math.round(x * 10) / 10).toString();

function sky(id: string, top: string, bottom: string): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

/** A five-pointed star centred on (cx, cy). */
function star(cx: number, cy: number, R: number, fill: string): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? R : R * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${n(cx + rad * Math.cos(a))},${n(cy + rad * Math.sin(a))}`);
  }
  return `<polygon points="${pts.join(" ")}" fill="${fill}"/>`;
}

/** A rounded tree: trunk and two or three overlapping crowns. */
function tree(r: Rng, x: number, ground: number, size: number): string {
  const greens = ["#2f7d4a", "#3b8f57", "#4a9e5c", "#2b6e42"];
  let s = `<rect x="${n(x - size * 0.07)}" y="${n(ground - size * 1.1)}" width="${n(size * 0.14)}" height="${n(size * 1.1)}" fill="#6b4a2f"/>`;
  const crowns = 2 + Math.floor(r() * 2);
  for (let i = 0; i < crowns; i++) {
    s += `<circle cx="${n(x + between(r, -0.35, 0.35) * size)}" cy="${n(ground - size * between(r, 1.2, 1.6))}" r="${n(size * between(r, 0.45, 0.6))}" fill="${pick(r, greens)}"/>`;
  }
  return s;
}

/** A simple standing person: head and body, flat colour. */
function person(x: number, ground: number, h: number, colour: string): string {
  return `<circle cx="${n(x)}" cy="${n(ground - h * 0.88)}" r="${n(h * 0.11)}" fill="#3a2a22"/>
<rect x="${n(x - h * 0.13)}" y="${n(ground - h * 0.76)}" width="${n(h * 0.26)}" height="${n(h * 0.46)}" rx="${n(h * 0.06)}" fill="${colour}"/>
<rect x="${n(x - h * 0.1)}" y="${n(ground - h * 0.32)}" width="${n(h * 0.2)}" height="${n(h * 0.32)}" fill="#33404f"/>`;
}

/** The lake with the small tower on its islet, seen at dawn. */
function hoGuom(r: Rng): string {
  let s = sky("s", "#f6c59a", "#fbe7cf");
  s += `<circle cx="860" cy="250" r="70" fill="#fff2dc" opacity="0.9"/>`;
  // far shore with trees
  s += `<rect x="0" y="360" width="${W}" height="40" fill="#5e8f6a"/>`;
  for (let x = -20; x < W + 40; x += between(r, 40, 70)) {
    s += `<circle cx="${n(x)}" cy="${n(between(r, 340, 360))}" r="${n(between(r, 28, 46))}" fill="${pick(r, ["#4f8560", "#5d9468", "#46785a"])}"/>`;
  }
  // water
  s += `<rect x="0" y="395" width="${W}" height="${H - 395}" fill="#6fa7a8"/>`;
  for (let i = 0; i < 26; i++) {
    const y = between(r, 420, 660);
    const x = between(r, 0, W - 200);
    s += `<rect x="${n(x)}" y="${n(y)}" width="${n(between(r, 60, 220))}" height="3" rx="1.5" fill="#8fc0bf" opacity="0.8"/>`;
  }
  // islet and tower
  s += `<ellipse cx="540" cy="470" rx="150" ry="22" fill="#577a52"/>`;
  s += `<circle cx="430" cy="440" r="34" fill="#3f6e4c"/><circle cx="650" cy="445" r="28" fill="#3f6e4c"/>`;
  s += `<rect x="500" y="405" width="80" height="60" fill="#d9cdb5"/>`;
  s += `<rect x="510" y="365" width="60" height="42" fill="#d2c4a8"/>`;
  s += `<rect x="520" y="335" width="40" height="32" fill="#cbbd9f"/>`;
  s += `<polygon points="510,407 540,395 570,407" fill="#8c7a5e"/>`;
  s += `<polygon points="515,337 540,318 565,337" fill="#8c7a5e"/>`;
  for (const [x, y] of [[515, 420], [545, 420], [527, 375], [533, 344]] as const) {
    s += `<rect x="${x}" y="${y}" width="18" height="24" rx="9" fill="#7d6b50"/>`;
  }
  // reflection
  s += `<rect x="505" y="490" width="70" height="70" fill="#a7c9c2" opacity="0.45"/>`;
  // willow branches at the left edge
  for (let i = 0; i < 14; i++) {
    const x = between(r, 0, 160);
    s += `<path d="M${n(x)} 0 Q ${n(x + 30)} 160 ${n(x + between(r, -10, 40))} ${n(between(r, 220, 330))}" stroke="${pick(r, ["#3c7a46", "#56914f", "#2f6b3d"])}" stroke-width="${n(between(r, 5, 10))}" fill="none"/>`;
  }
  return s;
}

/** A meeting hall: stage with a red banner, flowers, rows of chairs. */
function hoiTruong(r: Rng): string {
  let s = `<rect width="${W}" height="${H}" fill="#efe4d2"/>`;
  s += `<rect x="0" y="0" width="${W}" height="80" fill="#d9c9ad"/>`;
  // stage backdrop and banner
  s += `<rect x="150" y="80" width="900" height="300" fill="#b22222"/>`;
  s += `<rect x="190" y="115" width="820" height="40" fill="#c9342c"/>`;
  s += star(600, 250, 70, "#f2c230");
  s += `<rect x="190" y="330" width="820" height="16" fill="#f2c230" opacity="0.85"/>`;
  // stage front and flowers
  s += `<rect x="100" y="380" width="1000" height="50" fill="#8a5a3a"/>`;
  for (let x = 130; x < 1090; x += 34) {
    s += `<circle cx="${x}" cy="${n(378 + between(r, -4, 4))}" r="14" fill="${pick(r, ["#f2c230", "#e94f3c", "#f6a23a", "#ffffff"])}"/>`;
  }
  // podium
  s += `<rect x="930" y="300" width="80" height="82" fill="#6d4428"/>`;
  // rows of chairs
  s += `<rect x="0" y="430" width="${W}" height="${H - 430}" fill="#c9b79a"/>`;
  for (let row = 0; row < 5; row++) {
    const y = 455 + row * 45;
    const w = 46 + row * 4;
    const gap = 12 + row;
    for (let x = 40 - row * 10; x < W; x += w + gap) {
      if (x > 560 - w && x < 640) continue; // centre aisle
      s += `<rect x="${n(x)}" y="${y}" width="${w}" height="${22 + row * 3}" rx="4" fill="${row % 2 ? "#7a1f1f" : "#8c2a24"}"/>`;
      s += `<rect x="${n(x)}" y="${y - 14 - row * 2}" width="${w}" height="${14 + row * 2}" rx="4" fill="#5f1717"/>`;
    }
  }
  return s;
}

/** A tree-lined street with a pavement, kerb and low houses. */
function phoCayXanh(r: Rng): string {
  let s = sky("s", "#a9d6f0", "#e4f3fb");
  // houses
  let x = 0;
  while (x < W) {
    const w = between(r, 90, 160);
    const h = between(r, 170, 280);
    const c = pick(r, ["#f3d7a6", "#e9b98b", "#f0e2c4", "#d9a27c", "#f5cf8e"]);
    s += `<rect x="${n(x)}" y="${n(430 - h)}" width="${n(w)}" height="${n(h)}" fill="${c}"/>`;
    s += `<polygon points="${n(x - 6)},${n(430 - h)} ${n(x + w / 2)},${n(430 - h - 40)} ${n(x + w + 6)},${n(430 - h)}" fill="#9c4a32"/>`;
    for (let wy = 430 - h + 30; wy < 390; wy += 60) {
      s += `<rect x="${n(x + w * 0.2)}" y="${n(wy)}" width="${n(w * 0.22)}" height="30" fill="#5b7f8f"/>`;
      s += `<rect x="${n(x + w * 0.58)}" y="${n(wy)}" width="${n(w * 0.22)}" height="30" fill="#5b7f8f"/>`;
    }
    x += w;
  }
  // pavement, kerb, road
  s += `<rect x="0" y="430" width="${W}" height="70" fill="#cfc6b8"/>`;
  for (let px = 0; px < W; px += 60) s += `<rect x="${px}" y="430" width="2" height="70" fill="#b8ae9f"/>`;
  s += `<rect x="0" y="500" width="${W}" height="12" fill="#9a9286"/>`;
  s += `<rect x="0" y="512" width="${W}" height="${H - 512}" fill="#5d6268"/>`;
  for (let dx = 20; dx < W; dx += 140) s += `<rect x="${dx}" y="590" width="80" height="8" fill="#f0f0f0"/>`;
  // trees on the pavement
  for (let tx = 80; tx < W; tx += 210) s += tree(r, tx + between(r, -15, 15), 505, between(r, 110, 140));
  return s;
}

/** A school gate with a flag, fence and a tree. */
function congTruong(r: Rng): string {
  let s = sky("s", "#bfe3f5", "#f4fbff");
  s += `<rect x="0" y="520" width="${W}" height="${H - 520}" fill="#d8cfbf"/>`;
  // school building behind
  s += `<rect x="250" y="170" width="700" height="300" fill="#f1c76b"/>`;
  s += `<rect x="250" y="150" width="700" height="26" fill="#c0563a"/>`;
  for (let fl = 0; fl < 3; fl++) {
    for (let wx = 280; wx < 930; wx += 70) {
      s += `<rect x="${wx}" y="${200 + fl * 90}" width="40" height="50" fill="#ffffff"/>`;
      s += `<rect x="${wx + 18}" y="${200 + fl * 90}" width="4" height="50" fill="#d0a64f"/>`;
    }
  }
  // fence
  s += `<rect x="0" y="440" width="${W}" height="10" fill="#3d5a73"/>`;
  for (let fx = 0; fx < W; fx += 24) s += `<rect x="${fx}" y="440" width="8" height="80" fill="#3d5a73"/>`;
  s += `<rect x="0" y="505" width="${W}" height="8" fill="#3d5a73"/>`;
  // the gate: two pillars and an arch
  s += `<rect x="430" y="300" width="60" height="220" fill="#e8e1d4"/><rect x="710" y="300" width="60" height="220" fill="#e8e1d4"/>`;
  s += `<rect x="420" y="285" width="360" height="40" fill="#2f6fb0"/>`;
  s += `<rect x="490" y="325" width="220" height="195" fill="#d8cfbf"/>`;
  s += `<rect x="490" y="380" width="220" height="140" fill="none" stroke="#3d5a73" stroke-width="6"/>`;
  for (let gx = 510; gx < 710; gx += 22) s += `<rect x="${gx}" y="380" width="5" height="140" fill="#3d5a73"/>`;
  // flag pole
  s += `<rect x="1000" y="120" width="8" height="400" fill="#8a8a8a"/>`;
  s += `<rect x="1008" y="125" width="120" height="80" fill="#da251d"/>`;
  s += star(1068, 165, 28, "#ffde00");
  s += tree(r, 140, 520, 150);
  // children
  const shirts = ["#ffffff", "#ffffff", "#e8f1fb"];
  for (let i = 0; i < 7; i++) s += person(520 + i * 26 + between(r, -4, 4), 600 + between(r, -10, 10), between(r, 60, 80), pick(r, shirts));
  return s;
}

/** A clinic: white building with a red cross, a bench and a queue. */
function tramYTe(r: Rng): string {
  let s = sky("s", "#cfe9e4", "#f5fbfa");
  s += `<rect x="0" y="520" width="${W}" height="${H - 520}" fill="#cfd8d3"/>`;
  s += `<rect x="220" y="160" width="760" height="360" fill="#ffffff"/>`;
  s += `<rect x="220" y="140" width="760" height="28" fill="#2f9c8f"/>`;
  // the cross
  s += `<rect x="555" y="195" width="90" height="90" rx="10" fill="#ffffff" stroke="#e6e6e6" stroke-width="4"/>`;
  s += `<rect x="588" y="205" width="24" height="70" fill="#d62828"/><rect x="565" y="228" width="70" height="24" fill="#d62828"/>`;
  for (let wx = 260; wx < 960; wx += 110) {
    if (wx > 500 && wx < 680) continue;
    s += `<rect x="${wx}" y="210" width="70" height="60" fill="#a8d5e2"/>`;
    s += `<rect x="${wx}" y="330" width="70" height="60" fill="#a8d5e2"/>`;
  }
  s += `<rect x="545" y="380" width="110" height="140" fill="#7fb8c4"/>`;
  s += `<rect x="598" y="380" width="4" height="140" fill="#ffffff"/>`;
  // benches and people waiting
  s += `<rect x="270" y="480" width="200" height="14" fill="#8a6a4a"/><rect x="730" y="480" width="200" height="14" fill="#8a6a4a"/>`;
  const coats = ["#4c7fb8", "#d98c3f", "#6aa06a", "#b85c7a", "#7d6ab0"];
  for (let i = 0; i < 4; i++) s += person(300 + i * 48, 520, between(r, 85, 100), pick(r, coats));
  for (let i = 0; i < 4; i++) s += person(760 + i * 48, 520, between(r, 85, 100), pick(r, coats));
  s += tree(r, 100, 530, 130) + tree(r, 1110, 530, 120);
  return s;
}

/** Rows of national flags and festival bunting against a blue sky. */
function coDo(r: Rng): string {
  let s = sky("s", "#79b8e8", "#d7ecfa");
  for (let i = 0; i < 6; i++) {
    const x = 90 + i * 200;
    const top = 110 + (i % 2) * 30;
    s += `<rect x="${x}" y="${top}" width="8" height="${H - top}" fill="#9b9b9b"/>`;
    const wave = between(r, 8, 18);
    s += `<path d="M${x + 8} ${top + 4} q 40 ${n(-wave)} 80 0 t 80 0 v 100 q -40 ${n(wave)} -80 0 t -80 0 z" fill="#da251d"/>`;
    s += star(x + 88, top + 54, 30, "#ffde00");
  }
  // bunting
  const colours = ["#da251d", "#ffde00", "#da251d", "#ffde00"];
  for (let line = 0; line < 2; line++) {
    const y0 = 40 + line * 360;
    for (let x = 0; x < W; x += 50) {
      s += `<polygon points="${x},${y0} ${x + 40},${y0} ${x + 20},${y0 + 36}" fill="${colours[(x / 50 + line) % 4]}"/>`;
    }
    s += `<rect x="0" y="${y0 - 2}" width="${W}" height="3" fill="#5a5a5a"/>`;
  }
  s += `<rect x="0" y="600" width="${W}" height="75" fill="#b9ad98"/>`;
  return s;
}

/** Fireworks over the lake at night. */
function phaoHoa(r: Rng): string {
  let s = sky("s", "#0b1433", "#233a6b");
  for (let i = 0; i < 60; i++) s += `<circle cx="${n(between(r, 0, W))}" cy="${n(between(r, 0, 300))}" r="${n(between(r, 0.8, 2))}" fill="#ffffff" opacity="0.7"/>`;
  const colours = ["#ffd166", "#ef476f", "#06d6a0", "#f78c6b", "#c77dff", "#ffffff"];
  for (let b = 0; b < 6; b++) {
    const cx = between(r, 120, W - 120);
    const cy = between(r, 90, 300);
    const c = pick(r, colours);
    const rays = 18 + Math.floor(r() * 10);
    const len = between(r, 60, 110);
    for (let i = 0; i < rays; i++) {
      const a = (i / rays) * Math.PI * 2;
      const l = len * between(r, 0.75, 1);
      s += `<line x1="${n(cx + Math.cos(a) * l * 0.25)}" y1="${n(cy + Math.sin(a) * l * 0.25)}" x2="${n(cx + Math.cos(a) * l)}" y2="${n(cy + Math.sin(a) * l)}" stroke="${c}" stroke-width="3" stroke-linecap="round"/>`;
      s += `<circle cx="${n(cx + Math.cos(a) * (l + 8))}" cy="${n(cy + Math.sin(a) * (l + 8))}" r="3" fill="${c}"/>`;
    }
  }
  // skyline and water
  let x = 0;
  while (x < W) {
    const w = between(r, 50, 120);
    const h = between(r, 40, 130);
    s += `<rect x="${n(x)}" y="${n(470 - h)}" width="${n(w)}" height="${n(h)}" fill="#121a2e"/>`;
    x += w;
  }
  s += `<rect x="0" y="470" width="${W}" height="${H - 470}" fill="#14264a"/>`;
  for (let i = 0; i < 40; i++) s += `<rect x="${n(between(r, 0, W))}" y="${n(between(r, 480, 660))}" width="${n(between(r, 20, 90))}" height="3" fill="${pick(r, colours)}" opacity="0.45"/>`;
  return s;
}

/** A pedestrian street in the evening: lanterns, strolling people. */
function phoDiBo(r: Rng): string {
  let s = sky("s", "#f0a868", "#f9dcb6");
  // shop houses both sides, in perspective
  s += `<polygon points="0,0 360,170 360,470 0,${H}" fill="#c98a5a"/>`;
  s += `<polygon points="${W},0 840,170 840,470 ${W},${H}" fill="#b9784d"/>`;
  for (let i = 0; i < 5; i++) {
    const t = i / 5;
    const xl = 360 * t;
    const xr = W - 360 * t;
    s += `<rect x="${n(xl + 20 * (1 - t))}" y="${n(150 + 160 * t)}" width="${n(40 * (1 - t) + 12)}" height="${n(120 * (1 - t) + 40)}" fill="#7b4a2d"/>`;
    s += `<rect x="${n(xr - 20 * (1 - t) - (40 * (1 - t) + 12))}" y="${n(150 + 160 * t)}" width="${n(40 * (1 - t) + 12)}" height="${n(120 * (1 - t) + 40)}" fill="#6d3f25"/>`;
  }
  // street
  s += `<polygon points="360,470 840,470 ${W},${H} 0,${H}" fill="#8d8478"/>`;
  // lantern strings
  for (let k = 0; k < 4; k++) {
    const y = 80 + k * 45;
    const xl = 80 + k * 70;
    const xr = W - 80 - k * 70;
    s += `<path d="M${xl} ${y} Q 600 ${y + 60} ${xr} ${y}" stroke="#4a2d1a" stroke-width="2" fill="none"/>`;
    for (let i = 1; i < 10; i++) {
      const t = i / 10;
      const lx = xl + (xr - xl) * t;
      const ly = y + 120 * t * (1 - t) + 8;
      s += `<ellipse cx="${n(lx)}" cy="${n(ly)}" rx="${11 - k * 1.5}" ry="${15 - k * 2}" fill="${pick(r, ["#e63946", "#f4a261", "#ffd166", "#e76f51"])}"/>`;
    }
  }
  const clothes = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6d597a", "#ffffff"];
  for (let i = 0; i < 16; i++) {
    const depth = between(r, 0, 1);
    const y = 480 + depth * 180;
    const h = 45 + depth * 90;
    const spread = 240 + depth * 360;
    s += person(600 + between(r, -spread, spread), y, h, pick(r, clothes));
  }
  return s;
}

/** A construction site: crane, scaffolding, a fence. */
function congTrinh(r: Rng): string {
  let s = sky("s", "#c4d7e6", "#eef3f7");
  // building under construction with scaffolding
  s += `<rect x="380" y="200" width="380" height="360" fill="#b9b2a5"/>`;
  for (let y = 200; y <= 560; y += 45) s += `<rect x="370" y="${y}" width="400" height="5" fill="#6f6a60"/>`;
  for (let x = 370; x <= 770; x += 50) s += `<rect x="${x}" y="200" width="5" height="360" fill="#6f6a60"/>`;
  for (let i = 0; i < 8; i++) {
    const x = 370 + Math.floor(r() * 8) * 50;
    const y = 200 + Math.floor(r() * 8) * 45;
    s += `<rect x="${x + 5}" y="${y + 5}" width="45" height="40" fill="#2c7a6b" opacity="0.55"/>`;
  }
  // crane
  s += `<rect x="880" y="90" width="22" height="470" fill="#f2b134"/>`;
  for (let y = 100; y < 560; y += 40) s += `<line x1="880" y1="${y}" x2="902" y2="${y + 40}" stroke="#c98b17" stroke-width="3"/>`;
  s += `<rect x="560" y="80" width="520" height="18" fill="#f2b134"/>`;
  s += `<rect x="1040" y="98" width="40" height="40" fill="#6f6a60"/>`;
  s += `<line x1="700" y1="98" x2="700" y2="240" stroke="#333" stroke-width="2"/><rect x="680" y="240" width="40" height="24" fill="#8a5a3a"/>`;
  // hoarding fence with stripes
  s += `<rect x="0" y="520" width="${W}" height="${H - 520}" fill="#a79e8e"/>`;
  for (let x = 0; x < W; x += 80) {
    s += `<rect x="${x}" y="500" width="80" height="90" fill="${(x / 80) % 2 ? "#1f6fb2" : "#e8e8e8"}"/>`;
  }
  s += `<rect x="0" y="590" width="${W}" height="85" fill="#7c7468"/>`;
  // traffic cones
  for (let i = 0; i < 5; i++) {
    const x = 120 + i * between(r, 200, 230);
    s += `<polygon points="${n(x)},600 ${n(x + 20)},650 ${n(x - 20)},650" fill="#ff7a1a"/><rect x="${n(x - 12)}" y="620" width="24" height="7" fill="#ffffff"/>`;
  }
  return s;
}

/** An award ceremony: a row of people holding framed certificates on a stage. */
function traoThuong(r: Rng): string {
  let s = `<rect width="${W}" height="${H}" fill="#8c1c1c"/>`;
  s += `<rect x="0" y="0" width="${W}" height="420" fill="#a8231f"/>`;
  s += star(600, 150, 80, "#f2c230");
  for (let i = 0; i < 24; i++) s += `<circle cx="${n(between(r, 0, W))}" cy="${n(between(r, 20, 300))}" r="${n(between(r, 3, 7))}" fill="#f2c230" opacity="0.6"/>`;
  s += `<rect x="0" y="560" width="${W}" height="${H - 560}" fill="#6b4428"/>`;
  const suits = ["#2b2d42", "#3d405b", "#1d3557", "#ffffff", "#e9c46a", "#2b2d42"];
  for (let i = 0; i < 9; i++) {
    const x = 110 + i * 122;
    const h = between(r, 230, 260);
    s += person(x, 565, h, pick(r, suits));
    // certificate held in front
    s += `<rect x="${n(x - 40)}" y="${n(565 - h * 0.62)}" width="80" height="58" fill="#fdf6e3" stroke="#c9a227" stroke-width="5"/>`;
    s += `<circle cx="${n(x)}" cy="${n(565 - h * 0.62 + 29)}" r="9" fill="#da251d"/>`;
  }
  // flowers at the front
  for (let x = 20; x < W; x += 28) s += `<circle cx="${x}" cy="${n(565 + between(r, -6, 6))}" r="13" fill="${pick(r, ["#f2c230", "#e94f3c", "#ffffff", "#f6a23a"])}"/>`;
  return s;
}

/** Books and a reading lamp: study encouragement, libraries. */
function sachVo(r: Rng): string {
  let s = `<rect width="${W}" height="${H}" fill="#f3ead8"/>`;
  s += `<rect x="0" y="470" width="${W}" height="${H - 470}" fill="#a26b3e"/>`;
  s += `<rect x="0" y="470" width="${W}" height="14" fill="#7f5230"/>`;
  // shelf of books on the back wall
  s += `<rect x="100" y="230" width="1000" height="12" fill="#7f5230"/>`;
  let x = 110;
  while (x < 1080) {
    const w = between(r, 22, 44);
    const h = between(r, 110, 170);
    s += `<rect x="${n(x)}" y="${n(230 - h)}" width="${n(w)}" height="${n(h)}" fill="${pick(r, ["#264653", "#2a9d8f", "#e9c46a", "#e76f51", "#8d5a97", "#3a86ff", "#b5838d"])}"/>`;
    s += `<rect x="${n(x + 4)}" y="${n(230 - h + 14)}" width="${n(w - 8)}" height="6" fill="#f3ead8" opacity="0.6"/>`;
    x += w + 3;
  }
  // a stack of books on the desk
  let y = 470;
  for (let i = 0; i < 5; i++) {
    const w = between(r, 260, 330);
    const h = between(r, 28, 40);
    y -= h;
    s += `<rect x="${n(300 - w / 2 + between(r, -12, 12))}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="4" fill="${pick(r, ["#1d3557", "#e63946", "#457b9d", "#2a9d8f", "#f4a261"])}"/>`;
  }
  // an open book
  s += `<path d="M560 430 Q 700 380 820 430 L 820 470 Q 700 430 560 470 Z" fill="#fffdf7" stroke="#c9b99a" stroke-width="3"/>`;
  s += `<path d="M820 430 Q 940 380 1080 430 L 1080 470 Q 940 430 820 470 Z" fill="#fffdf7" stroke="#c9b99a" stroke-width="3"/>`;
  // lamp
  s += `<rect x="1000" y="250" width="10" height="220" fill="#444"/><polygon points="940,250 1070,250 1040,190 970,190" fill="#2a9d8f"/>`;
  s += `<polygon points="950,252 1060,252 1120,470 890,470" fill="#fff3b0" opacity="0.25"/>`;
  return s;
}

/** Clean streets: rubbish bins, a broom cart, a worker. */
function veSinh(r: Rng): string {
  let s = sky("s", "#d3ecf7", "#f7fcff");
  s += `<rect x="0" y="380" width="${W}" height="120" fill="#d8d2c6"/>`;
  s += `<rect x="0" y="500" width="${W}" height="14" fill="#9a9286"/>`;
  s += `<rect x="0" y="514" width="${W}" height="${H - 514}" fill="#62676d"/>`;
  for (let tx = 60; tx < W; tx += 260) s += tree(r, tx, 395, between(r, 120, 150));
  // bins
  const binColours = ["#2a9d8f", "#f4a261", "#457b9d"];
  for (let i = 0; i < 3; i++) {
    const x = 420 + i * 110;
    s += `<rect x="${x}" y="400" width="90" height="100" rx="8" fill="${binColours[i]}"/>`;
    s += `<rect x="${x - 6}" y="388" width="102" height="16" rx="6" fill="#264653"/>`;
    s += `<circle cx="${x + 45}" cy="450" r="16" fill="#ffffff" opacity="0.85"/>`;
  }
  // cart and worker in orange
  s += `<rect x="820" y="420" width="150" height="80" rx="6" fill="#ff8c1a"/>`;
  s += `<circle cx="845" cy="505" r="14" fill="#333"/><circle cx="945" cy="505" r="14" fill="#333"/>`;
  s += person(1020, 500, 140, "#ff8c1a");
  s += `<line x1="1050" y1="390" x2="1100" y2="500" stroke="#8a6a4a" stroke-width="6"/><polygon points="1085,495 1120,495 1112,512 1080,512" fill="#c9a86a"/>`;
  // leaves being swept
  for (let i = 0; i < 20; i++) s += `<ellipse cx="${n(between(r, 1060, 1180))}" cy="${n(between(r, 480, 500))}" rx="6" ry="3" fill="${pick(r, ["#c98b17", "#8fb339", "#b5651d"])}"/>`;
  return s;
}

/** The red wooden bridge to the temple, over water, with lanterns. */
function cauGo(r: Rng): string {
  let s = sky("s", "#9fd0e8", "#e7f5fb");
  s += `<rect x="0" y="330" width="${W}" height="40" fill="#5e8f6a"/>`;
  for (let x = 0; x < W; x += between(r, 50, 80)) s += `<circle cx="${n(x)}" cy="${n(between(r, 315, 335))}" r="${n(between(r, 30, 50))}" fill="${pick(r, ["#4f8560", "#5d9468"])}"/>`;
  s += `<rect x="0" y="365" width="${W}" height="${H - 365}" fill="#5f9ea0"/>`;
  for (let i = 0; i < 20; i++) s += `<rect x="${n(between(r, 0, W))}" y="${n(between(r, 380, 660))}" width="${n(between(r, 40, 160))}" height="3" fill="#86bfbf" opacity="0.8"/>`;
  // the arched bridge
  s += `<path d="M-20 560 Q 600 240 1220 560 L 1220 590 Q 600 280 -20 590 Z" fill="#c8102e"/>`;
  for (let i = 0; i <= 24; i++) {
    const t = i / 24;
    const x = -20 + 1240 * t;
    const y = 560 - 640 * t * (1 - t);
    s += `<rect x="${n(x - 4)}" y="${n(y - 60)}" width="8" height="62" fill="#a00d25"/>`;
    if (i % 3 === 0 && i > 0 && i < 24) s += `<ellipse cx="${n(x)}" cy="${n(y - 70)}" rx="10" ry="13" fill="#ffd166"/>`;
  }
  s += `<path d="M-20 500 Q 600 180 1220 500" stroke="#a00d25" stroke-width="10" fill="none"/>`;
  // pillars in the water
  for (const x of [150, 400, 800, 1050]) s += `<rect x="${x}" y="${n(560 - 640 * ((x + 20) / 1240) * (1 - (x + 20) / 1240) + 20)}" width="14" height="200" fill="#7d0a1d"/>`;
  return s;
}

/** A temple roof among trees: heritage sites. */
function diTich(r: Rng): string {
  let s = sky("s", "#f7d9a8", "#fdf1de");
  s += `<rect x="0" y="520" width="${W}" height="${H - 520}" fill="#c9b38f"/>`;
  for (let i = 0; i < 5; i++) s += tree(r, between(r, 30, 240) + (i > 2 ? 900 : 0), 530, between(r, 140, 190));
  // the hall
  s += `<rect x="330" y="340" width="540" height="190" fill="#e8d3a9"/>`;
  for (let x = 360; x < 860; x += 90) s += `<rect x="${x}" y="360" width="16" height="170" fill="#8c2f1f"/>`;
  for (let x = 390; x < 850; x += 90) s += `<rect x="${x}" y="410" width="50" height="120" fill="#6b2418"/>`;
  // lower roof
  s += `<path d="M270 350 Q 300 335 330 300 L 870 300 Q 900 335 930 350 Q 900 352 880 340 L 320 340 Q 300 352 270 350 Z" fill="#6e3b2a"/>`;
  // upper roof
  s += `<rect x="430" y="240" width="340" height="60" fill="#e8d3a9"/>`;
  s += `<path d="M360 250 Q 390 235 420 195 L 780 195 Q 810 235 840 250 Q 810 252 790 240 L 410 240 Q 390 252 360 250 Z" fill="#7a4230"/>`;
  s += `<rect x="420" y="186" width="360" height="10" fill="#5a2a1c"/>`;
  // ridge ornaments
  s += `<circle cx="600" cy="176" r="14" fill="#d9a441"/><path d="M410 186 q -20 -30 5 -40" stroke="#5a2a1c" stroke-width="8" fill="none"/><path d="M790 186 q 20 -30 -5 -40" stroke="#5a2a1c" stroke-width="8" fill="none"/>`;
  // steps
  for (let i = 0; i < 4; i++) s += `<rect x="${470 - i * 20}" y="${530 + i * 14}" width="${260 + i * 40}" height="14" fill="${i % 2 ? "#b7a07a" : "#c4ad86"}"/>`;
  return s;
}

const IMAGES: Record<string, (r: Rng) => string> = {
  "ho-guom": hoGuom,
  "hoi-truong": hoiTruong,
  "pho-cay-xanh": phoCayXanh,
  "cong-truong": congTruong,
  "tram-y-te": tramYTe,
  "co-do": coDo,
  "phao-hoa": phaoHoa,
  "pho-di-bo": phoDiBo,
  "cong-trinh": congTrinh,
  "trao-thuong": traoThuong,
  "sach-vo": sachVo,
  "ve-sinh": veSinh,
  "cau-go": cauGo,
  "di-tich": diTich,
};

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const [name, draw] of Object.entries(IMAGES)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${draw(prng(seedOf(name)))}</svg>`;
    const jpg = await sharp(Buffer.from(svg), { density: 72 })
      .resize(W, H)
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 70, mozjpeg: true, chromaSubsampling: "4:2:0" })
      .toBuffer();
    const file = path.join(OUT_DIR, `${name}.jpg`);
    await writeFile(file, jpg);
    console.log(`${path.relative(process.cwd(), file)}  ${(jpg.length / 1024).toFixed(1)} KB`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
