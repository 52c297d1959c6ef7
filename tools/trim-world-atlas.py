#!/usr/bin/env python3
"""Trims world-atlas's countries-50m.json (Natural Earth 1:50m, public domain; world-atlas is ISC) to the
outlines the workshop map needs, as plain [lon, lat] rings, so the page ships them itself and stays offline.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/trim-world-atlas.py package/countries-50m.json > src/CoopSim.Workshop/wwwroot/outlines.json
"""
import json, sys

LON, LAT = (30.0, 160.0), (-15.0, 65.0)   # the region the map shows; far-off members are pinned to its edge
STEP = 0.2                                 # drop points closer than this (degrees) to the last one kept

topo = json.load(open(sys.argv[1]))
sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx; y += dy
        points.append((x * sx + tx, y * sy + ty))
    arcs.append(points)

def ring(indices):
    out = []
    for i in indices:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(points if not out else points[1:])
    return out

def simplify(points):
    kept = [points[0]]
    for p in points[1:]:
        if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= STEP: kept.append(p)
    return kept

countries = []
for g in topo["objects"]["countries"]["geometries"]:
    polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
    rings = []
    for polygon in polygons:
        outer = ring(polygon[0])
        if not any(LON[0] <= x <= LON[1] and LAT[0] <= y <= LAT[1] for x, y in outer): continue
        small = simplify(outer)
        if len(small) >= 3: rings.append([[round(x, 2), round(y, 2)] for x, y in small])
    if rings: countries.append({"id": g.get("id"), "name": g["properties"]["name"], "rings": rings})

json.dump({"source": "Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2.0.2 (ISC), trimmed by tools/trim-world-atlas.py",
           "countries": countries}, sys.stdout, separators=(",", ":"))
