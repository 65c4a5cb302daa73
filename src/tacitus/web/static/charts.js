// Small SVG charts built with DOM calls only: data goes in through textContent and
// setAttribute, never through HTML parsing.
const NS = "http://www.w3.org/2000/svg";
export const QUAD = {
  1: ["verbal cooperation", "#7fbf9f"],
  2: ["material cooperation", "#2e8b57"],
  3: ["verbal conflict", "#f0a35e"],
  4: ["material conflict", "#c8382c"],
};

export function s(tag, attrs = {}, text = null) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = String(text);
  return node;
}

function svgRoot(w, h) {
  return s("svg", { viewBox: `0 0 ${w} ${h}`, role: "img" });
}

export function empty(box, message) {
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = message;
  box.replaceChildren(p);
}

// Goldstein -10..10 to a red-grey-green colour.
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 56, 44] : [46, 139, 87];
  const a = Math.abs(t) ** 0.6;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

const DAY = 86400000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (d) => new Date(d * DAY).toISOString().slice(0, 10);

// rows: [{date, quad_class, n}]. onPick(since, until) is called after a drag.
export function timeline(box, rows, onPick) {
  if (!rows.length) return empty(box, "No dated events match these filters.");
  const W = 960, H = 160, L = 36, B = 22, T = 8;
  const first = toDay(rows[0].date), last = toDay(rows[rows.length - 1].date);
  const span = last - first + 1;
  const bin = Math.max(1, Math.ceil(span / 240));
  const nb = Math.ceil(span / bin);
  const bins = Array.from({ length: nb }, () => [0, 0, 0, 0]);
  for (const r of rows) bins[Math.floor((toDay(r.date) - first) / bin)][r.quad_class - 1] += r.n;
  const max = Math.max(1, ...bins.map((b) => b[0] + b[1] + b[2] + b[3]));
  const bw = (W - L) / nb;
  const y = (v) => T + (H - B - T) * (1 - v / max);
  const root = svgRoot(W, H);
  root.append(s("line", { x1: L, x2: W, y1: H - B, y2: H - B, stroke: "#aaa" }));
  root.append(s("text", { x: L - 4, y: T + 8, "text-anchor": "end", class: "axis" }, max));
  root.append(s("text", { x: L - 4, y: H - B, "text-anchor": "end", class: "axis" }, 0));
  bins.forEach((b, i) => {
    let base = 0;
    for (let q = 0; q < 4; q++) {
      if (!b[q]) continue;
      const rect = s("rect", {
        x: L + i * bw, y: y(base + b[q]), width: Math.max(1, bw - 0.5),
        height: y(base) - y(base + b[q]), fill: QUAD[q + 1][1], "data-quad": q + 1,
      });
      const d0 = fromDay(first + i * bin);
      rect.append(s("title", {}, `${d0}${bin > 1 ? ` (+${bin - 1} d)` : ""}: ${b[q]} ${QUAD[q + 1][0]}`));
      root.append(rect);
      base += b[q];
    }
  });
  const ticks = Math.min(6, nb);
  for (let k = 0; k <= ticks; k++) {
    const i = Math.round((k * (nb - 1)) / Math.max(1, ticks));
    root.append(s("text", { x: L + i * bw + bw / 2, y: H - 6, "text-anchor": "middle",
      class: "axis" }, fromDay(first + i * bin)));
  }
  brush(root, W, H, L, B, (x0, x1) => {
    const i0 = Math.max(0, Math.floor((x0 - L) / bw)), i1 = Math.min(nb - 1, Math.floor((x1 - L) / bw));
    onPick(fromDay(first + i0 * bin), fromDay(Math.min(last, first + (i1 + 1) * bin - 1)));
  });
  box.replaceChildren(root);
}

function brush(root, W, H, L, B, done) {
  const band = s("rect", { class: "brush", x: 0, y: 0, width: 0, height: H - B, visibility: "hidden" });
  root.append(band);
  let start = null;
  const at = (ev) => {
    const r = root.getBoundingClientRect();
    return Math.max(L, Math.min(W, ((ev.clientX - r.left) / r.width) * W));
  };
  root.addEventListener("mousedown", (ev) => { start = at(ev); ev.preventDefault(); });
  root.addEventListener("mousemove", (ev) => {
    if (start === null) return;
    const x = at(ev);
    band.setAttribute("x", Math.min(start, x));
    band.setAttribute("width", Math.abs(x - start));
    band.setAttribute("visibility", "visible");
  });
  root.addEventListener("mouseup", (ev) => {
    if (start === null) return;
    const x = at(ev), a = Math.min(start, x), b = Math.max(start, x);
    start = null;
    band.setAttribute("visibility", "hidden");
    if (b - a > 3) done(a, b);
  });
}

// edges: [{source, target, n, goldstein}]; a deterministic force layout.
export function network(box, edges, onNode) {
  if (!edges.length) return empty(box, "No actor pairs match these filters.");
  const W = 520, H = 420;
  const names = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
  const idx = new Map(names.map((n, i) => [n, i]));
  const weight = names.map(() => 0);
  for (const e of edges) { weight[idx.get(e.source)] += e.n; weight[idx.get(e.target)] += e.n; }
  const pos = names.map((_, i) => {
    const a = (2 * Math.PI * i) / names.length;
    return [W / 2 + (W / 3) * Math.cos(a), H / 2 + (H / 3) * Math.sin(a)];
  });
  layout(pos, edges.map((e) => [idx.get(e.source), idx.get(e.target)]), W, H);
  const maxN = Math.max(...edges.map((e) => e.n));
  const maxW = Math.max(...weight);
  const root = svgRoot(W, H);
  for (const e of edges) {
    const [a, b] = [pos[idx.get(e.source)], pos[idx.get(e.target)]];
    const line = s("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1],
      stroke: goldsteinColour(e.goldstein), "stroke-width": 1 + 5 * Math.sqrt(e.n / maxN),
      "stroke-opacity": 0.75 });
    line.append(s("title", {}, `${e.source} → ${e.target}: ${e.n} events, mean Goldstein ${e.goldstein}`));
    root.append(line);
  }
  names.forEach((name, i) => {
    const g = s("g", { class: "node", "data-name": name });
    g.append(s("circle", { cx: pos[i][0], cy: pos[i][1], r: 3 + 8 * Math.sqrt(weight[i] / maxW),
      fill: "#2f5d9b", "fill-opacity": 0.85 }));
    g.append(s("text", { x: pos[i][0] + 6, y: pos[i][1] - 6 }, name));
    g.append(s("title", {}, `${name}: ${weight[i]} events`));
    g.addEventListener("click", () => onNode(name));
    root.append(g);
  });
  box.replaceChildren(root);
}

function layout(pos, links, W, H) {
  const n = pos.length, k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
  for (let it = 0; it < 250; it++) {
    const disp = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
      const d = Math.max(1, Math.hypot(dx, dy)), f = (k * k) / d;
      disp[i][0] += (dx / d) * f; disp[i][1] += (dy / d) * f;
      disp[j][0] -= (dx / d) * f; disp[j][1] -= (dy / d) * f;
    }
    for (const [a, b] of links) {
      const dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1];
      const d = Math.max(1, Math.hypot(dx, dy)), f = (d * d) / k;
      disp[a][0] -= (dx / d) * f; disp[a][1] -= (dy / d) * f;
      disp[b][0] += (dx / d) * f; disp[b][1] += (dy / d) * f;
    }
    const temp = 30 * (1 - it / 250) + 1;
    for (let i = 0; i < n; i++) {
      const d = Math.max(1, Math.hypot(disp[i][0], disp[i][1]));
      pos[i][0] = Math.max(20, Math.min(W - 90, pos[i][0] + (disp[i][0] / d) * Math.min(d, temp)));
      pos[i][1] = Math.max(20, Math.min(H - 12, pos[i][1] + (disp[i][1] / d) * Math.min(d, temp)));
    }
  }
}

// Equirectangular map fitted to the points, with a graticule and country points.
export function worldMap(box, points, countries, opts = {}) {
  const W = 520, H = 340;
  const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
  let [lo0, lo1, la0, la1] = points.length
    ? [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)]
    : [-180, 180, -60, 80];
  const pad = Math.max(4, (lo1 - lo0) * 0.15, (la1 - la0) * 0.15);
  lo0 -= pad; lo1 += pad; la0 -= pad; la1 += pad;
  // keep the aspect ratio of an equirectangular projection
  const scale = Math.min(W / (lo1 - lo0), H / (la1 - la0));
  const cx = (lo0 + lo1) / 2, cy = (la0 + la1) / 2;
  const px = (lon) => W / 2 + (lon - cx) * scale;
  const py = (lat) => H / 2 - (lat - cy) * scale;
  const root = svgRoot(W, H);
  root.append(s("rect", { x: 0, y: 0, width: W, height: H, fill: "#f3f6fa" }));
  const step = (lo1 - lo0) > 90 ? 30 : (lo1 - lo0) > 30 ? 10 : 5;
  for (let lon = -180; lon <= 180; lon += step) {
    root.append(s("line", { class: "grat", x1: px(lon), x2: px(lon), y1: py(90), y2: py(-90) }));
  }
  for (let lat = -90; lat <= 90; lat += step) {
    root.append(s("line", { class: "grat", x1: px(-180), x2: px(180), y1: py(lat), y2: py(lat) }));
  }
  for (const c of countries) {
    const dot = s("circle", { class: "land", cx: px(c.lon), cy: py(c.lat), r: 2 });
    dot.append(s("title", {}, `${c.name} (${c.iso3})`));
    root.append(dot);
    const near = points.some((p) => Math.hypot(px(p.lon) - px(c.lon), py(p.lat) - py(c.lat)) < 30);
    if (scale > 6 && !near) root.append(s("text", { x: px(c.lon) + 3, y: py(c.lat) + 3, class: "axis" }, c.iso3));
  }
  if (opts.path && points.length > 1) {
    const d = points.map((p, i) => `${i ? "L" : "M"}${px(p.lon).toFixed(1)},${py(p.lat).toFixed(1)}`);
    root.append(s("path", { d: d.join(" "), fill: "none", stroke: "#2f5d9b", "stroke-width": 2,
      "stroke-dasharray": "5 3", "marker-end": "" }));
  }
  const maxN = Math.max(1, ...points.map((p) => p.n || 1));
  points.forEach((p, i) => {
    const g = s("g", { class: "node", "data-name": p.name || "" });
    const conflict = p.n ? (p.conflict || 0) / p.n : 0;
    g.append(s("circle", { cx: px(p.lon), cy: py(p.lat), r: opts.path ? 6 : 3 + 9 * Math.sqrt((p.n || 1) / maxN),
      fill: opts.path ? "#2f5d9b" : conflict > 0.5 ? "#c8382c" : "#2e8b57", "fill-opacity": 0.7,
      stroke: "#fff" }));
    const num = p.first && p.last > p.first ? `${p.first}–${p.last}` : p.first || i + 1;
    const label = opts.path ? `${num}. ${p.name || "?"}` : p.name || "";
    g.append(s("text", { x: px(p.lon) + 8, y: py(p.lat) + 4 }, label));
    g.append(s("title", {}, opts.path ? `${num}. ${p.date || ""} ${p.name || ""}` :
      `${p.name}: ${p.n} events`));
    if (opts.onPoint) g.addEventListener("click", () => opts.onPoint(p));
    root.append(g);
  });
  box.replaceChildren(root);
}
