"""The graph around an entity: neighbours up to N hops through visible relations, a deterministic
radial layout (hop k on circle k, sorted by name), and a server-side SVG with clickable nodes.

A `supplied` relation with a product is drawn as two edges, vendor → product → buyer, so the path
of a transfer reads on the picture."""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import or_, select

from enquete.exc import NotFound
from enquete.store.schema import entity, mention, relation
from enquete.query import Scope, relation_rows

SIZE = 760
RADIUS = 150
MAX_NODES = 60


def _neighbour_relations(scope: Scope, conn: Any, entity_ids: set[str]) -> list[dict]:
    mids = select(mention.c.id).where(mention.c.entity_id.in_(sorted(entity_ids)),
                                      mention.c.doc_id.in_(scope.visible_docs()))
    return relation_rows(scope, conn, or_(relation.c.subject.in_(mids), relation.c.object.in_(mids),
                                          relation.c.product.in_(mids)))


def _edges_of(r: dict) -> list[tuple[str, str, str]]:
    s, o, p = (r["subject"] or {}).get("id"), (r["object"] or {}).get("id"), (r["product"] or {}).get("id")
    if not s or not o:
        return []
    if p:
        return [(s, p, r["predicate"]), (p, o, "to")]
    return [(s, o, r["predicate"])]


def graph(scope: Scope, entity_id: str, hops: int = 2) -> dict:
    """Nodes (with x, y, hop) and edges (source, target, label, relation) around `entity_id`."""
    hops = max(1, min(hops, 3))
    entity_id = scope.entity_ref(entity_id)
    with scope.store.connect() as conn:
        ent = conn.execute(select(entity.c.id, entity.c.name, entity.c.type).where(entity.c.id == entity_id)).first()
        visible = conn.execute(select(mention.c.id).where(mention.c.entity_id == entity_id,
                                                          mention.c.doc_id.in_(scope.visible_docs()))).first()
        if ent is None or (visible is None and scope.collections is not None):
            raise NotFound(f"no entity {entity_id!r}")
        center = scope.eid(ent.id) or ent.id
        nodes: dict[str, dict] = {center: {"id": center, "name": scope.name(ent.id, ent.name), "type": ent.type,
                                           "hop": 0}}
        edges: dict[tuple[str, str, str], dict] = {}
        frontier = {center}  # ids as shown: parties() gives public ids of protected entities
        for hop in range(1, hops + 1):
            if not frontier or len(nodes) >= MAX_NODES:
                break
            nxt: set[str] = set()
            for r in _neighbour_relations(scope, conn, {scope.redactor.internal(i) for i in frontier}):
                for part in (r["subject"], r["object"], r["product"]):
                    if part and part["id"] and part["id"] not in nodes and len(nodes) < MAX_NODES:
                        nodes[part["id"]] = {**part, "hop": hop}
                        nxt.add(part["id"])
                for s, t, label in _edges_of(r):
                    if s in nodes and t in nodes:
                        edges.setdefault((s, t, label), {"source": s, "target": t, "label": label,
                                                         "relations": []})["relations"].append(r["id"])
            frontier = nxt
    edge_list = sorted(edges.values(), key=lambda e: (e["source"], e["target"], e["label"]))
    _layout(list(nodes.values()), edge_list)
    return {"center": center, "hops": hops, "nodes": sorted(nodes.values(), key=lambda n: (n["hop"], n["name"] or "")),
            "edges": edge_list}


def _layout(nodes: list[dict], edges: list[dict]) -> None:
    """Radial layout: hop k on a circle of radius k*RADIUS. The first ring is spread evenly in name
    order; each outer node sits near its parent's angle, nodes kept a minimum angle apart."""
    c = SIZE / 2
    by_id = {n["id"]: n for n in nodes}
    links: dict[str, set[str]] = {}
    for e in edges:
        links.setdefault(e["source"], set()).add(e["target"])
        links.setdefault(e["target"], set()).add(e["source"])
    angle: dict[str, float] = {}
    for hop in sorted({n["hop"] for n in nodes}):
        ring = sorted((n for n in nodes if n["hop"] == hop), key=lambda n: ((n["name"] or "").lower(), n["id"]))
        if hop <= 1:
            for i, n in enumerate(ring):
                angle[n["id"]] = 2 * math.pi * i / len(ring) - math.pi / 2
        else:
            want = {}
            for n in ring:
                parents = sorted(p for p in links.get(n["id"], ()) if p in angle and by_id[p]["hop"] == hop - 1)
                want[n["id"]] = angle[parents[0]] if parents else 0.0
            sep = 2 * math.pi / max(len(ring), 16)
            last = None
            for n in sorted(ring, key=lambda n: (want[n["id"]], (n["name"] or "").lower(), n["id"])):
                a = want[n["id"]] if last is None else max(want[n["id"]], last + sep)
                angle[n["id"]] = last = a
        for n in ring:
            r = min(hop, 2.3) * RADIUS
            n["x"] = round(c + r * math.cos(angle[n["id"]]), 1)
            n["y"] = round(c + r * math.sin(angle[n["id"]]), 1)


COLOURS = {"Person": "#8c3b3b", "Company": "#1f4e79", "Organization": "#3b6e3b", "PublicBody": "#6b4e1f",
           "Country": "#555555", "Product": "#7a3b7a", "Event": "#3b6b6b", "Law": "#444"}


def svg(g: dict) -> Markup:
    """The graph as an SVG element: nodes are links to dossiers, edges carry their predicate."""
    pos = {n["id"]: n for n in g["nodes"]}
    xs, ys = [n["x"] for n in g["nodes"]], [n["y"] for n in g["nodes"]]
    x0, y0 = min(xs) - 130, min(ys) - 40
    w, h = max(xs) - min(xs) + 260, max(ys) - min(ys) + 80
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0:.0f} {y0:.0f} {w:.0f} {h:.0f}" class="graph" '
             f'role="img" aria-label="relations graph">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#777"/></marker></defs>']
    for e in g["edges"]:
        a, b = pos[e["source"]], pos[e["target"]]
        dx, dy = b["x"] - a["x"], b["y"] - a["y"]
        d = math.hypot(dx, dy) or 1
        x1, y1 = a["x"] + dx / d * 14, a["y"] + dy / d * 14
        x2, y2 = b["x"] - dx / d * 16, b["y"] - dy / d * 16
        parts.append(f'<g class="edge"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'marker-end="url(#arrow)"/><text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 4:.1f}">'
                     f'{escape(e["label"].replace("_", " "))}</text></g>')
    for n in g["nodes"]:
        colour = COLOURS.get(n["type"] or "", "#444")
        r = 12 if n["hop"] == 0 else 9
        parts.append(f'<a href="/entities/{escape(n["id"])}/graph" class="node"><title>{escape(n["type"])}: '
                     f'{escape(n["name"])}</title><circle cx="{n["x"]}" cy="{n["y"]}" r="{r}" fill="{colour}"/>'
                     f'<text x="{n["x"]}" y="{n["y"] + r + 13}">{escape(n["name"])}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
