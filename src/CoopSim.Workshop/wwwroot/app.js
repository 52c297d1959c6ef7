"use strict";
const svg = (tag, attrs) => { const e = document.createElementNS("http://www.w3.org/2000/svg", tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
const $ = id => document.getElementById(id);
let world, scenario, present = false, pos = {}, lines = {}, nodes = {}, epoch = 0, labelItems = [];
let involved = new Set();
let clock = { ms: 0, at: performance.now(), speed: 3600, playing: false };
const flights = [];
const touched = [];

function simNow() { return clock.ms + (clock.playing ? (performance.now() - clock.at) * clock.speed : 0); }

function layout(outlines) {
  const placed = world.countries.filter(c => c.lat || c.lon);
  // The presenter view fits the map to the countries the run touches, so that their labels can be large.
  const mine = new Set(world.agencies.filter(a => involved.has(a.id)).map(a => a.country));
  const cs = present && placed.filter(c => mine.has(c.code)).length >= 2 ? placed.filter(c => mine.has(c.code)) : placed;
  // Fit the map to where most capitals are: a few far-off members (Lyon, Washington) would otherwise squeeze
  // the region the room is looking at into a corner, so they are pinned to the edge in their direction.
  const q = (v, f) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(f * (s.length - 1))]; };
  const lons = cs.map(c => c.lon), lats = cs.map(c => c.lat);
  const minLon = Math.max(Math.min(...lons), q(lons, .15) - 15) - 6, maxLon = Math.min(Math.max(...lons), q(lons, .85) + 15) + 6;
  const minLat = Math.min(...lats) - 6, maxLat = Math.max(...lats) + 6;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const rawX = lon => 40 + (lon - minLon) / (maxLon - minLon) * 1120, Y = lat => 40 + (maxLat - lat) / (maxLat - minLat) * 620;
  const X = lon => rawX(clamp(lon, minLon + 4, maxLon - 4));
  // In the presenter view an agency the run does not touch whose capital lies off the map is left out, rather than
  // piled at the map's edge.
  const off = new Set(present ? world.agencies.filter(a => !involved.has(a.id)).filter(a => {
    const c = world.countries.find(x => x.code === a.country);
    return !c || c.lon < minLon || c.lon > maxLon || c.lat < minLat || c.lat > maxLat;
  }).map(a => a.id) : []);

  // Country outlines (Natural Earth, shipped with the page), in the same projection; the viewBox clips the rest.
  for (const c of outlines.countries) {
    const d = c.rings.map(r => "M" + r.map(([lon, lat]) => rawX(lon).toFixed(1) + "," + Y(lat).toFixed(1)).join("L") + "Z").join("");
    const path = svg("path", { d, class: "outline" });
    path.appendChild(Object.assign(svg("title", {}), { textContent: c.name }));
    $("outlines").appendChild(path);
  }

  // Agencies start in a ring around their capital, then push apart until no two are closer than GAP, each held
  // back towards its start so it stays by its own capital.
  const GAP = 30, home = {};
  const byCountry = {};
  for (const a of world.agencies) (byCountry[a.country] ??= []).push(a);
  for (const c of world.countries) {
    const cx = X(c.lon), cy = Y(c.lat), members = byCountry[c.code] || [];
    members.forEach((a, i) => {
      const t = 2 * Math.PI * i / Math.max(1, members.length) - Math.PI / 2, r = members.length > 1 ? 18 : 0;
      home[a.id] = [cx + r * Math.cos(t), cy + r * Math.sin(t)]; pos[a.id] = [...home[a.id]];
    });
  }
  for (const id of off) delete pos[id];
  const ids = Object.keys(pos).sort();
  // Pushed apart further in the presenter view, where labels are larger.
  const gap = present ? 44 : GAP;
  for (let round = 0; round < 300; round++) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const p = pos[ids[i]], o = pos[ids[j]];
      let dx = o[0] - p[0], dy = o[1] - p[1], d = Math.hypot(dx, dy);
      if (d >= gap) continue;
      if (d < 0.01) { dx = Math.cos(i + j); dy = Math.sin(i + j); d = 1; }
      const push = (gap - d) / 2 / d;
      p[0] -= dx * push; p[1] -= dy * push; o[0] += dx * push; o[1] += dy * push;
    }
    for (const id of ids) { pos[id][0] += (home[id][0] - pos[id][0]) * 0.02; pos[id][1] += (home[id][1] - pos[id][1]) * 0.02; }
  }
  for (const id of ids) { pos[id][0] = clamp(pos[id][0], 20, 1180); pos[id][1] = clamp(pos[id][1], 20, 680); }

  for (const ch of world.channels) {
    if (!pos[ch.from] || !pos[ch.to]) continue;
    const [x1, y1] = pos[ch.from], [x2, y2] = pos[ch.to];
    const l = svg("line", { x1, y1, x2, y2, class: "ch " + ch.kind, "data-channel": ch.id });
    l.appendChild(Object.assign(svg("title", {}), { textContent: ch.id }));
    $("channels").appendChild(l); lines[ch.id] = l;
    $("cutChannel").appendChild(new Option(ch.id, ch.id));
  }
  for (const a of world.agencies) {
    if (!pos[a.id]) continue;
    const [x, y] = pos[a.id];
    const n = svg("circle", { cx: x, cy: y, r: 9, class: "agency" + (a.international ? " international" : ""), "data-agency": a.id });
    n.appendChild(Object.assign(svg("title", {}), { textContent: a.name + " (" + a.id + ")" }));
    $("agencies").appendChild(n); nodes[a.id] = n;
    $("injectAgency").appendChild(new Option(a.shortName || a.id, a.id));
  }
  for (const ch of world.channels) lines[ch.id]?.classList.toggle("quiet", present && !(involved.has(ch.from) && involved.has(ch.to)));
  for (const a of world.agencies) nodes[a.id]?.classList.toggle("quiet", present && !involved.has(a.id));
  for (const o of scenario.outages) { const l = lines[o.channel]; if (l) { l.classList.add("outage"); l.parentNode.appendChild(l); } }
  labelItems = [...cs.map(c => ({ text: c.name.split(" (")[0], at: [X(c.lon), Y(c.lat)], cls: "country-label", gap: 34, code: c.code })),
    ...world.agencies.filter(a => pos[a.id]).map(a => ({ text: a.shortName || a.id, at: pos[a.id], cls: "agency-label", gap: 13, id: a.id }))];
  relabel();
}

// The labels shown: every one in the trainer's view; in the presenter view only the agencies the run involves and
// their countries, at a size that is at least 20 px on screen (the map's scale is read back from the browser).
function relabel() {
  const countries = new Set(world.agencies.filter(a => involved.has(a.id) && !a.international).map(a => a.country));
  const items = present ? labelItems.filter(i => i.id ? involved.has(i.id) : countries.has(i.code)) : labelItems;
  const scale = $("map").getScreenCTM()?.a || 1;
  const size = present ? { "agency-label": Math.ceil(22 / scale), "country-label": Math.ceil(24 / scale) } : {};
  placeLabels(items.map(i => ({ ...i, size: size[i.cls], gap: present ? i.gap / scale * 0.8 : i.gap })), scale);
  document.body.dataset.relabelPending = "0";
}

// Labels go where they overlap nothing already placed (another label or an agency's dot): the first free spot
// among positions around their anchor, a little further out each time round.
function placeLabels(items, scale) {
  $("labels").replaceChildren(); $("leaders").replaceChildren();
  const taken = Object.entries(pos).filter(([id]) => !present || involved.has(id)).map(([, [x, y]]) => ({ x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 }));
  // The legend sits over the map's bottom left: no label may hide under it.
  const legend = document.querySelector(".legend").getBoundingClientRect(), ctm = $("map").getScreenCTM();
  if (ctm && legend.width) {
    const inv = ctm.inverse(), a = new DOMPoint(legend.left, legend.top).matrixTransform(inv), b = new DOMPoint(legend.right, legend.bottom).matrixTransform(inv);
    taken.push({ x1: a.x - 4, y1: a.y - 4, x2: b.x + 4, y2: b.y + 4 });
  }
  const hits = b => taken.some(t => b.x1 < t.x2 && t.x1 < b.x2 && b.y1 < t.y2 && t.y1 < b.y2);
  const directions = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]];
  for (const item of items) {
    const text = Object.assign(svg("text", { class: item.cls }), { textContent: item.text });
    if (item.size) text.style.fontSize = item.size + "px";
    if (item.id) text.dataset.agency = item.id;
    $("labels").appendChild(text);
    const { width, height } = text.getBBox();
    const step = Math.max(9, height / 2);
    let placed = null;
    for (let ring = 0; ring < 24 && !placed; ring++) {
      for (const [dx, dy] of directions) {
        const r = item.gap + ring * step;
        const cx = item.at[0] + dx * (r + (dx ? width / 2 : 0)), cy = item.at[1] + dy * (r + (dy ? height / 2 : 0));
        const box = { x1: cx - width / 2 - 2, y1: cy - height / 2 - 1, x2: cx + width / 2 + 2, y2: cy + height / 2 + 1 };
        if (box.x1 < 0 || box.x2 > 1200 || box.y1 < 0 || box.y2 > 700 || hits(box)) continue;
        placed = box; break;
      }
    }
    if (!placed) { const [x, y] = item.at; placed = { x1: x - width / 2, y1: y + item.gap, x2: x + width / 2, y2: y + item.gap + height }; }
    text.setAttribute("x", ((placed.x1 + placed.x2) / 2).toFixed(1));
    text.setAttribute("y", ((placed.y1 + placed.y2) / 2).toFixed(1));
    text.setAttribute("dominant-baseline", "central");
    taken.push(placed);

    // A label pushed away from its dot gets a thin line back to it, so the room can tell whose it is.
    const lx = Math.min(Math.max(item.at[0], placed.x1), placed.x2), ly = Math.min(Math.max(item.at[1], placed.y1), placed.y2);
    if (item.cls === "agency-label" && Math.hypot(lx - item.at[0], ly - item.at[1]) > item.gap + 6)
      $("leaders").appendChild(svg("line", { x1: item.at[0], y1: item.at[1], x2: lx, y2: ly, class: "leader" }));
  }
}

// Clocks: the local time at each agency the alert has touched (the origin and the question's agency from the
// start), one line each, since a UTC clock means nothing to a room in Seoul or Hanoi.
function renderClocks() {
  const t = epoch + simNow();
  $("simclock").textContent = new Date(t).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  // World text (names come from the world files) is only ever set as textContent, never as HTML.
  const rows = touched.slice(0, 12).map(id => {
    const a = world.agencies.find(x => x.id === id), c = world.countries.find(x => x.code === a.country);
    const local = new Date(t + (c ? c.utcOffsetMinutes : 0) * 60000);
    const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][local.getUTCDay()];
    return [a.shortName || a.id, day + " " + local.toISOString().slice(11, 16), a.name + (c ? ", " + c.name : "")];
  });
  const key = JSON.stringify(rows);
  if ($("clocks").dataset.key === key) return;
  $("clocks").dataset.key = key;
  $("clocks").replaceChildren(...rows.flatMap(([name, time, title]) => {
    const who = document.createElement("div"), when = document.createElement("div");
    who.className = "who"; who.textContent = name; who.title = title; who.dataset.testid = "clock";
    when.className = "time"; when.textContent = time;
    return [who, when];
  }));
}

function touch(id) {
  if (!id || touched.includes(id) || !world.agencies.some(a => a.id === id)) return;
  touched.push(id);
  if (present && !involved.has(id)) {
    involved.add(id); nodes[id]?.classList.remove("quiet");
    for (const ch of world.channels) if (involved.has(ch.from) && involved.has(ch.to)) lines[ch.id]?.classList.remove("quiet");
    scheduleRelabel();
  }
}

let relabelTimer = 0;
// Tests wait on data-relabel-pending rather than on a fixed time.
function scheduleRelabel() { document.body.dataset.relabelPending = "1"; clearTimeout(relabelTimer); relabelTimer = setTimeout(relabel, 200); }

function frame() {
  const now = simNow();
  for (let i = flights.length - 1; i >= 0; i--) {
    const f = flights[i];
    const end = f.arrivedMs > f.sentMs ? f.arrivedMs : f.sentMs + 1;
    const p = Math.min(1, Math.max(0, (now - f.sentMs) / (end - f.sentMs)));
    const [x1, y1] = pos[f.from], [x2, y2] = pos[f.to];
    const k = f.outcome === "lost" || f.outcome === "dropped-by-outage" ? Math.min(p, 0.5) : p;
    f.dot.setAttribute("cx", x1 + (x2 - x1) * k); f.dot.setAttribute("cy", y1 + (y2 - y1) * k);
    if (p >= 1) { f.dot.remove(); lines[f.channel]?.classList.remove("active"); flights.splice(i, 1); }
  }
  for (const o of scenario.outages) lines[o.channel]?.classList.toggle("down", now >= o.fromMs && now < o.untilMs);
  renderClocks();
  requestAnimationFrame(frame);
}

function narrate(text, cls) {
  const li = document.createElement("li"); li.textContent = text; li.dataset.testid = "narration-item"; if (cls) li.className = cls;
  $("narration").prepend(li);
  while ($("narration").children.length > 200) $("narration").lastChild.remove();
}

function reset() {
  $("narration").replaceChildren(); flights.splice(0).forEach(f => f.dot.remove());
  Object.values(nodes).forEach(n => n.classList.remove("reached")); Object.values(lines).forEach(l => l.classList.remove("active", "cut"));
  $("reachAgencies").textContent = "0"; $("reachCountries").textContent = "0";
}

// Before the first Play the header says what to do rather than "0 reached"; at the end the map gives way to the
// question and its answer for the run the room has just watched.
function showState(s) {
  const fresh = !s.playing && s.clockMs === 0;
  $("pressPlay").hidden = !fresh; $("reach").hidden = fresh;
  $("endSlide").hidden = !(s.ended && s.end);
  if (s.ended && s.end) { $("endAnswer").textContent = s.end.answer; $("endNote").textContent = s.end.note; }
}

function connect() {
  const events = new EventSource("/api/events");
  events.addEventListener("state", e => {
    const s = JSON.parse(e.data);
    clock = { ms: s.clockMs, at: performance.now(), speed: s.speed, playing: s.playing };
    if (document.activeElement !== $("speed")) $("speed").value = s.speed;
    for (const c of s.cut) lines[c]?.classList.add("cut");
    showState(s);
  });
  events.addEventListener("hop", e => {
    const h = JSON.parse(e.data);
    if (!pos[h.from] || !pos[h.to]) return;
    touch(h.from); touch(h.to);
    const dot = svg("circle", { r: 7, class: "dot" + (h.outcome === "lost" || h.outcome === "dropped-by-outage" ? " lost" : ""), cx: pos[h.from][0], cy: pos[h.from][1] });
    $("dots").appendChild(dot); lines[h.channel]?.classList.add("active");
    flights.push({ ...h, dot });
  });
  events.addEventListener("act", e => {
    const a = JSON.parse(e.data);
    if (a.outcome === "delivered" || a.outcome === "issued") { nodes[a.to]?.classList.add("reached"); touch(a.to); }
    if (a.text && a.outcome !== "duplicate") narrate(a.text, a.outcome === "lost" || a.outcome === "dropped-by-outage" ? "lost" : "");
    $("reachAgencies").textContent = a.reachedAgencies; $("reachCountries").textContent = a.reachedCountries;
  });
  events.addEventListener("narrate", e => narrate(JSON.parse(e.data).text, "lost"));
  events.addEventListener("cut", e => {
    const channel = JSON.parse(e.data).channel, l = lines[channel], ch = world.channels.find(c => c.id === channel);
    if (l) { l.classList.add("cut"); l.classList.remove("quiet"); l.parentNode.appendChild(l); }
    if (ch) { touch(ch.from); touch(ch.to); }
  });
  events.addEventListener("reset", reset);
}

async function control(path, body) {
  const response = await fetch("/api/control/" + path, {
    method: "POST", headers: { "Content-Type": "application/json", "X-CoopSim-Token": $("token").value }, body: JSON.stringify(body ?? {})
  });
  $("status").textContent = response.ok ? path + " ✓" : response.status === 401 || response.status === 403 ? "controls need the trainer's token" : path + " failed (" + response.status + ")";
}

$("play").onclick = () => control("play");
$("pause").onclick = () => control("pause");
$("step").onclick = () => control("step");
$("restart").onclick = () => control("restart");
$("speed").onchange = () => control("speed", { speed: Number($("speed").value) });
$("inject").onclick = () => control("inject", { agency: $("injectAgency").value, kind: $("injectKind").value });
$("cut").onclick = () => control("cut", { channel: $("cutChannel").value });
// Space plays and pauses, for a trainer standing away from the keyboard's controls.
document.addEventListener("keydown", e => {
  if (e.code !== "Space" || e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLButtonElement) return;
  e.preventDefault(); control(clock.playing ? "pause" : "play");
});

Promise.all([fetch("/api/world").then(r => r.json()), fetch("/outlines.json").then(r => r.json())]).then(([w, outlines]) => {
  world = w.world; epoch = w.epoch; scenario = w.scenario;
  // ?view=present or ?view=trainer in the page's address overrides the view serve was started with.
  const view = new URLSearchParams(location.search).get("view");
  present = view ? view === "present" : w.present;
  document.body.classList.toggle("present", present);
  involved = new Set(w.involved);
  $("title").textContent = scenario.name; $("question").textContent = scenario.question || "";
  $("endQuestion").textContent = scenario.question || scenario.name;
  document.title = scenario.name + " — CoopSim workshop";
  const target = scenario.target;
  if (target?.agency) touch(target.agency);
  layout(outlines);
  if (!w.canChange) { ["inject", "cut", "injectAgency", "injectKind", "cutChannel"].forEach(id => $(id).disabled = true); }
  addEventListener("resize", scheduleRelabel);
  document.body.dataset.ready = "true";
  connect(); requestAnimationFrame(frame);
});
