"use strict";
const svg = (tag, attrs) => { const e = document.createElementNS("http://www.w3.org/2000/svg", tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
const $ = id => document.getElementById(id);
let world, pos = {}, lines = {}, nodes = {}, epoch = 0;
let clock = { ms: 0, at: performance.now(), speed: 3600, playing: false };
const flights = [];
const involved = new Set();

function simNow() { return clock.ms + (clock.playing ? (performance.now() - clock.at) * clock.speed : 0); }

function layout(outlines) {
  const cs = world.countries.filter(c => c.lat || c.lon);
  // Fit the map to where most capitals are: a few far-off members (Lyon, Washington) would otherwise squeeze
  // the region the room is looking at into a corner, so they are pinned to the edge in their direction.
  const q = (v, f) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(f * (s.length - 1))]; };
  const lons = cs.map(c => c.lon), lats = cs.map(c => c.lat);
  const minLon = Math.max(Math.min(...lons), q(lons, .15) - 15) - 6, maxLon = Math.min(Math.max(...lons), q(lons, .85) + 15) + 6;
  const minLat = Math.min(...lats) - 6, maxLat = Math.max(...lats) + 6;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const rawX = lon => 40 + (lon - minLon) / (maxLon - minLon) * 1120, Y = lat => 40 + (maxLat - lat) / (maxLat - minLat) * 620;
  const X = lon => rawX(clamp(lon, minLon + 4, maxLon - 4));

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
  const ids = Object.keys(pos).sort();
  for (let round = 0; round < 300; round++) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const p = pos[ids[i]], o = pos[ids[j]];
      let dx = o[0] - p[0], dy = o[1] - p[1], d = Math.hypot(dx, dy);
      if (d >= GAP) continue;
      if (d < 0.01) { dx = Math.cos(i + j); dy = Math.sin(i + j); d = 1; }
      const push = (GAP - d) / 2 / d;
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
  placeLabels(cs.map(c => ({ text: c.name.split(" (")[0], at: [X(c.lon), Y(c.lat)], cls: "country-label", gap: 34 }))
    .concat(world.agencies.filter(a => pos[a.id]).map(a => ({ text: a.shortName || a.id, at: pos[a.id], cls: "agency-label", gap: 13 }))));
}

// Labels go where they overlap nothing already placed (another label or an agency's dot): the first free spot
// among positions around their anchor, a little further out each time round.
function placeLabels(items) {
  const taken = Object.values(pos).map(([x, y]) => ({ x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 }));
  const hits = b => taken.some(t => b.x1 < t.x2 && t.x1 < b.x2 && b.y1 < t.y2 && t.y1 < b.y2);
  const directions = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]];
  for (const item of items) {
    const text = Object.assign(svg("text", { class: item.cls }), { textContent: item.text });
    $("labels").appendChild(text);
    const { width, height } = text.getBBox();
    let placed = null;
    for (let ring = 0; ring < 12 && !placed; ring++) {
      for (const [dx, dy] of directions) {
        const r = item.gap + ring * 9;
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

function countryOf(agency) { const a = world.agencies.find(x => x.id === agency); return a && !a.international ? a.country : null; }

function renderClocks() {
  const t = epoch + simNow();
  $("simclock").textContent = new Date(t).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  // World text (country names come from the world files) is only ever set as textContent, never as HTML.
  const rows = [...involved].slice(0, 10).map(code => {
    const c = world.countries.find(x => x.code === code);
    const local = new Date(t + c.utcOffsetMinutes * 60000);
    const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][local.getUTCDay()];
    return [c.name.split(" (")[0], day + " " + local.toISOString().slice(11, 16)];
  });
  const key = JSON.stringify(rows);
  if ($("clocks").dataset.key === key) return;
  $("clocks").dataset.key = key;
  $("clocks").replaceChildren(...rows.map(([name, time]) => {
    const div = document.createElement("div"), span = document.createElement("span");
    div.dataset.testid = "clock"; span.textContent = time; div.append(name + " ", span);
    return div;
  }));
}

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

function connect() {
  const events = new EventSource("/api/events");
  events.addEventListener("state", e => {
    const s = JSON.parse(e.data);
    clock = { ms: s.clockMs, at: performance.now(), speed: s.speed, playing: s.playing };
    if (document.activeElement !== $("speed")) $("speed").value = s.speed;
    for (const c of s.cut) lines[c]?.classList.add("cut");
  });
  events.addEventListener("hop", e => {
    const h = JSON.parse(e.data);
    if (!pos[h.from] || !pos[h.to]) return;
    [h.from, h.to].map(countryOf).filter(Boolean).forEach(c => involved.add(c));
    const dot = svg("circle", { r: 7, class: "dot" + (h.outcome === "lost" || h.outcome === "dropped-by-outage" ? " lost" : ""), cx: pos[h.from][0], cy: pos[h.from][1] });
    $("dots").appendChild(dot); lines[h.channel]?.classList.add("active");
    flights.push({ ...h, dot });
  });
  events.addEventListener("act", e => {
    const a = JSON.parse(e.data);
    if (a.outcome === "delivered" || a.outcome === "issued") { nodes[a.to]?.classList.add("reached"); const c = countryOf(a.to); if (c) involved.add(c); }
    if (a.text && a.outcome !== "duplicate") narrate(a.text, a.outcome === "lost" || a.outcome === "dropped-by-outage" ? "lost" : "");
    $("reachAgencies").textContent = a.reachedAgencies; $("reachCountries").textContent = a.reachedCountries;
  });
  events.addEventListener("narrate", e => narrate(JSON.parse(e.data).text, "lost"));
  events.addEventListener("cut", e => lines[JSON.parse(e.data).channel]?.classList.add("cut"));
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

Promise.all([fetch("/api/world").then(r => r.json()), fetch("/outlines.json").then(r => r.json())]).then(([w, outlines]) => {
  world = w.world; epoch = w.epoch; layout(outlines);
  if (!w.canChange) { ["inject", "cut", "injectAgency", "injectKind", "cutChannel"].forEach(id => $(id).disabled = true); }
  connect(); requestAnimationFrame(frame);
});
