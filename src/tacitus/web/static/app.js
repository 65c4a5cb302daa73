// The tacitus dashboard. Article text is untrusted: every piece of data reaches the page
// through textContent or setAttribute, never through HTML parsing.
import { QUAD, empty, network, timeline, worldMap } from "./charts.js";

const $ = (sel) => document.querySelector(sel);
const FILTERS = ["source", "target", "actor", "country", "cameo", "quad_class", "place",
  "since", "until", "text"];
const PAGE = 25;
const state = { offset: 0, countries: null };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") node.textContent = v ?? "";
    else if (k === "onclick") node.addEventListener("click", v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(c);
  return node;
}

async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) q.set(k, v);
  const res = await fetch(`/api/${path}${q.size ? `?${q}` : ""}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

function route() {
  const [path, query] = location.hash.slice(1).split("?");
  return { view: (path || "/").split("/")[1] || "overview", params: new URLSearchParams(query || "") };
}

const go = (view, params = {}) => { location.hash = `#/${view}?${new URLSearchParams(params)}`; };

function filters() {
  const f = {};
  for (const name of FILTERS) {
    const v = $("#filters").elements[name].value.trim();
    if (v) f[name] = v;
  }
  return f;
}

function setFilters(values) {
  for (const name of FILTERS) $("#filters").elements[name].value = values[name] || "";
}

function legend() {
  $("#legend").replaceChildren(...Object.values(QUAD).map(([label, colour]) => {
    const i = el("i");
    i.style.background = colour;
    return el("span", {}, i, label);
  }));
}

// -- overview ---------------------------------------------------------------------------
async function overview(params) {
  setFilters(Object.fromEntries(params));
  state.offset = Number(params.get("offset") || 0);
  const f = filters();
  const [tl, net, places, countries, page] = await Promise.all([
    api("timeline", f), api("network", { ...f, limit: 40 }), api("map", f), loadCountries(),
    api("events", { ...f, limit: PAGE, offset: state.offset }),
  ]);
  timeline($("#timeline"), tl, (since, until) => go("", { ...filters(), since, until }));
  network($("#network"), net, (name) => go("actor", { name }));
  worldMap($("#map"), places, countries, { onPoint: (p) => go("", { ...filters(), place: p.name }) });
  eventRows(page);
  document.body.dataset.ready = "overview";
}

function eventRows(page) {
  const rows = page.items.map((e) => {
    const tr = el("tr", { "data-id": e.id, "data-article": e.article_id },
      el("td", { text: e.date || "" }),
      el("td", { text: e.source_name || "" }),
      el("td", { text: `${e.cameo} ${e.trigger || ""}`, title: e.plover || "" }),
      el("td", { text: e.target_name || "" }),
      el("td", { text: e.place_name || "" }),
      el("td", { text: e.goldstein ?? "" }),
      el("td", { class: "sentence", text: e.sentence || "" }));
    tr.addEventListener("click", () => go("article", { id: e.article_id, event: e.id,
      start: e.span_start }));
    return tr;
  });
  $("#events tbody").replaceChildren(...rows);
  const to = Math.min(page.total, state.offset + rows.length);
  $("#event-count").textContent = `${page.total ? state.offset + 1 : 0}–${to} of ${page.total}`;
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = to >= page.total;
}

async function loadCountries() {
  if (!state.countries) state.countries = await (await fetch("/static/countries.json")).json();
  return state.countries;
}

// -- article ----------------------------------------------------------------------------
async function article(params) {
  const rec = await api(`articles/${encodeURIComponent(params.get("id"))}`);
  const a = rec.article;
  $("#article-title").textContent = a.title || "(untitled)";
  const meta = [a.published, a.source, a.dateline && a.dateline.name].filter(Boolean).join(" · ");
  $("#article-meta").replaceChildren(meta);
  if (a.url && /^https?:\/\//i.test(a.url)) {
    $("#article-meta").append(" · ", el("a", { href: a.url, rel: "noopener noreferrer", text: a.url }));
  }
  const start = params.get("start");
  const ev = rec.events.find((e) => e.id === params.get("event") &&
    (start === null || String(e.span[0]) === start)) || null;
  $("#article-text").replaceChildren(...highlight(a.text, ev, rec.actors));
  $("#article-events").replaceChildren(...rec.events.map((e) => el("li", {},
    el("a", { text: `${e.date || ""} ${e.source ? e.source.name : "?"} ${e.cameo} ${e.trigger} ${e.target ? e.target.name : ""}`,
      class: "link", onclick: () => go("article", { id: a.id, event: e.id, start: e.span[0] }) }))));
  const mark = $("#article-text mark.sentence");
  if (mark) mark.scrollIntoView({ block: "center" });
  document.body.dataset.ready = "article";
}

function within(spans, s0, s1) {
  return (spans || []).find(([a, b]) => a >= s0 && b <= s1) || null;
}

function find(text, needle, s0, s1) {
  if (!needle) return null;
  const i = text.slice(s0, s1).toLowerCase().indexOf(needle.toLowerCase());
  return i < 0 ? null : [s0 + i, s0 + i + needle.length];
}

// An event names its actors without their mentions (tacitus/1 ACTOR_REF); the article's
// actor list has them once.
function actorSpan(text, actor, s0, s1, actors) {
  if (!actor) return null;
  const full = (actors || []).find((a) => a.id === actor.id) || actor;
  return within(full.mentions, s0, s1) || find(text, actor.name, s0, s1) ||
    find(text, actor.name.split(" ").pop(), s0, s1);
}

// The article as text nodes and <mark> elements (sentence, trigger, source, target).
function highlight(text, ev, actors) {
  if (!ev) return [text];
  const [s0, s1] = ev.span;
  const marks = [["trigger", find(text, ev.trigger, s0, s1)],
    ["src", actorSpan(text, ev.source, s0, s1, actors)],
    ["tgt", actorSpan(text, ev.target, s0, s1, actors)]]
    .filter(([, sp]) => sp).sort((x, y) => x[1][0] - y[1][0]);
  const inner = [];
  let at = s0;
  for (const [cls, [a, b]] of marks) {
    if (a < at) continue;  // overlapping spans: keep the first
    inner.push(text.slice(at, a), el("mark", { class: cls, text: text.slice(a, b) }));
    at = b;
  }
  inner.push(text.slice(at, s1));
  return [text.slice(0, s0), el("mark", { class: "sentence" }, ...inner), text.slice(s1)];
}

// -- quotes -----------------------------------------------------------------------------
async function quotes(params) {
  const speaker = params.get("speaker") || "";
  const [speakers, page] = await Promise.all([api("speakers"),
    api("quotes", { speaker, limit: 100 })]);
  $("#speakers").replaceChildren(...speakers.map((sp) => el("li", {},
    el("a", { class: "link", text: `${sp.name} (${sp.n})`, onclick: () => go("quotes", { speaker: sp.name }) }))));
  $("#quotes-title").textContent = speaker ? `Quotes by ${speaker}` : "Quotes";
  $("#quotes").replaceChildren(...quoteItems(page.items));
  document.body.dataset.ready = "quotes";
}

function quoteItems(items) {
  if (!items.length) return [el("li", { class: "empty", text: "No quotes." })];
  return items.map((q) => el("li", { class: "quote" },
    el("div", { text: q.kind === "direct" ? `“${q.text}”` : q.text }),
    el("a", { class: "link muted", text: `— ${q.speaker_name || "unknown"}${q.cue ? `, ${q.cue}` : ""}`,
      onclick: () => go("article", { id: q.article_id }) })));
}

// -- actor ------------------------------------------------------------------------------
async function actor(params) {
  const name = params.get("name") || "";
  $("#actor-form").elements.name.value = name;
  $("#actor-body").hidden = !name;
  if (!name) return void (document.body.dataset.ready = "actor");
  const [prof, tl, qs] = await Promise.all([
    api(`actors/${encodeURIComponent(name)}`).catch(() => null),
    api("timeline", { actor: name }), api("quotes", { speaker: name, limit: 50 })]);
  $("#actor-name").textContent = name;
  $("#actor-itinerary").setAttribute("href", `#/itinerary?${new URLSearchParams({ name })}`);
  $("#actor-roles tbody").replaceChildren(...(prof ? prof.roles : []).map((r) => el("tr", {},
    ...[r.name, r.kind, r.country, r.sector, r.code, r.articles].map((v) => el("td", { text: v ?? "" })))));
  $("#actor-events").replaceChildren(...(prof ? prof.events : []).map((r) => el("li", {
    text: `as ${r.role}: ${r.n} ${QUAD[r.quad_class] ? QUAD[r.quad_class][0] : ""} (mean Goldstein ${r.goldstein})` })));
  $("#actor-partners").replaceChildren(...(prof ? prof.partners : []).map((p) => el("li", {},
    el("a", { class: "link", text: `${p.partner} (${p.n}, ${p.goldstein})`, onclick: () => go("actor", { name: p.partner }) }))));
  timeline($("#actor-timeline"), tl, (since, until) => go("", { actor: name, since, until }));
  $("#actor-quotes").replaceChildren(...quoteItems(qs.items));
  document.body.dataset.ready = "actor";
}

// -- itinerary --------------------------------------------------------------------------
async function itinerary(params) {
  const name = params.get("name") || "";
  $("#itinerary-form").elements.name.value = name;
  const stops = name ? await api("itinerary", { actor: name }) : [];
  const placed = [];  // consecutive stops at one place become one numbered point
  stops.forEach((p, i) => {
    if (p.lat == null || p.lon == null) return;
    const prev = placed[placed.length - 1];
    if (prev && prev.place_name === p.place_name) prev.last = i + 1;
    else placed.push({ ...p, name: p.place_name, first: i + 1, last: i + 1 });
  });
  $("#itinerary-title").textContent = name ? `Itinerary of ${name}` : "Itinerary";
  if (name && !stops.length) empty($("#itinerary-map"), "No visits or meetings (CAMEO 04x) found.");
  else worldMap($("#itinerary-map"), placed, await loadCountries(), { path: true,
    onPoint: (p) => go("article", { id: p.article_id, event: p.id, start: p.span_start }) });
  $("#itinerary-list").replaceChildren(...stops.map((p) => el("li", {},
    el("a", { class: "link", text: `${p.date || "undated"} · ${p.place_name || "no place"} · ${p.trigger} ${p.target_name || ""}`,
      onclick: () => go("article", { id: p.article_id, event: p.id, start: p.span_start }) }))));
  document.body.dataset.ready = "itinerary";
}

// -- wiring -----------------------------------------------------------------------------
const VIEWS = { overview, article, quotes, actor, itinerary };

async function render() {
  const { view, params } = route();
  const name = VIEWS[view] ? view : "overview";
  delete document.body.dataset.ready;
  for (const sec of document.querySelectorAll(".view")) sec.classList.toggle("active", sec.id === `view-${name}`);
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === name);
  $("#filters").hidden = name !== "overview";
  try {
    await VIEWS[name](params);
  } catch (err) {
    document.body.dataset.ready = "error";
    $(`#view-${name}`).prepend(el("p", { class: "empty", text: String(err.message || err) }));
  }
  document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
}

async function names() {
  const page = await api("actors", { limit: 200 });
  $("#actor-names").replaceChildren(...page.items.map((a) => el("option", { value: a.name })));
  const s = await api("summary");
  $("#summary").textContent = `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`;
}

function init() {
  legend();
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); go("", filters()); });
  $("#reset").addEventListener("click", () => go("", {}));
  $("#prev").addEventListener("click", () => go("", { ...filters(), offset: Math.max(0, state.offset - PAGE) }));
  $("#next").addEventListener("click", () => go("", { ...filters(), offset: state.offset + PAGE }));
  $("#actor-form").addEventListener("submit", (ev) => { ev.preventDefault(); go("actor", { name: ev.target.elements.name.value }); });
  $("#itinerary-form").addEventListener("submit", (ev) => { ev.preventDefault(); go("itinerary", { name: ev.target.elements.name.value }); });
  window.addEventListener("hashchange", render);
  render().then(() => names()).catch(() => {});  // the first view first
}

init();
