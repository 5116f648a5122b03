"""Scoring an export against a gold annotation (../shared/corpus/SCHEMA.md), with the referee's rules.

Entities are aligned by shared normalised aliases; relations by (subject, predicate, object) through
that alignment (`met` symmetric); events by compatible date and a shared participant, one to one;
claims by an overlapping quote in the same document (strict: same stance and speaker); contradictions
through claims; flags by (supplier, destination). Numbers are rounded to 3 places like the referee's.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from enquete.exc import InvalidData

_LEADING = re.compile(r"^(?:l|le|la|les|the|d|de|du|des)\s+")
PARTS = ("entities", "relations", "events", "claims", "contradictions", "flags")


def normalise(name: str | None) -> str:
    """Fold case and accents, drop backslashes and punctuation, then one leading article."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("\\", "")
    return _LEADING.sub("", re.sub(r"[^\w]+", " ", plain).strip()).strip()


def _words(text: str) -> set[str]:
    return set(normalise(text).split())


def quote_overlap(a: str, b: str) -> float:
    """Share of the shorter text's words present in the other."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def file_stem(source: str | None) -> str:
    last = re.split(r"[\\/]", source or "")[-1]
    return last.rsplit(".", 1)[0] if "." in last else last


def dates_agree(system: Any, gold: Any) -> bool:
    """Same year at least, and month/day where both have them; any endpoint of an interval."""
    if not system or not gold:
        return False
    for s in (p for p in str(system).split("/") if p):
        for g in (p for p in str(gold).split("/") if p):
            a, b = s.split("-"), g.split("-")
            if a[:min(len(a), len(b))] == b[:min(len(a), len(b))]:
                return True
    return False


def prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> dict[str, Any]:
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "system": n_sys, "gold": n_gold}


def group_rows(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Export rows by `kind`."""
    out: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        out[row.get("kind")].append(row)
    return out


def read_jsonl(path: str | Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InvalidData(f"{path}:{n}: not JSON: {exc}") from exc
    return rows


class _Alignment:
    """System entity id -> gold entity id, and what that says about splits and merges."""

    def __init__(self, gold_entities: dict[str, dict], system: list[dict]):
        by_alias: dict[str, set[str]] = defaultdict(set)
        for gid, e in gold_entities.items():
            for a in (e["name"], *e.get("aliases", [])):
                if normalise(a):
                    by_alias[normalise(a)].add(gid)
        self.map: dict[str, str] = {}
        self.touches: dict[str, set[str]] = {}
        for e in system:
            names = {normalise(x) for x in (e.get("name", ""), *e.get("aliases", []))}
            votes = Counter(g for a in names if a for g in by_alias.get(a, ()))
            self.touches[e["id"]] = {next(iter(by_alias[a])) for a in names if len(by_alias.get(a, ())) == 1}
            if votes:
                self.map[e["id"]] = max(sorted(votes), key=lambda g: votes[g])

    def get(self, sid: Any) -> str | None:
        return self.map.get(sid)


def _entities(gold_entities: dict, system: list[dict], al: _Alignment) -> tuple[dict, set[str], list[str]]:
    optional = {g for g, e in gold_entities.items() if e.get("optional")}
    counted = [e for e in system if al.get(e["id"]) not in optional]
    hits = [e for e in counted if e["id"] in al.map]
    found = {al.map[e["id"]] for e in hits}
    typed = {al.map[e["id"]] for e in hits if e.get("type") == gold_entities[al.map[e["id"]]]["type"]}
    required = {g for g in gold_entities if g not in optional}
    out = prf(len(hits), len(counted), len(found & required), len(required))
    out["typed_recall"] = round(len(typed & required) / len(required), 3) if required else 0.0
    return out, found, sorted(required)


def _relations(gold: dict, export: dict, docs: set[str], al: _Alignment) -> dict:
    def key(s: str, p: str, o: str) -> tuple:
        return (p, *sorted((s, o))) if p == "met" else (s, p, o)

    def pred(k: tuple) -> str:
        return "met" if k[0] == "met" else k[1]
    gold_rel: dict[tuple, dict] = {}
    for r in gold["relations"]:
        if r.get("doc") in docs:
            gold_rel.setdefault(key(r["subject"], r["predicate"], r["object"]), r)
    sys_rel: dict[tuple, dict] = {}
    for r in export["relation"]:
        s = al.get(r.get("subject")) or f"?{r.get('subject')}"
        o = al.get(r.get("object")) or f"?{r.get('object')}"
        sys_rel.setdefault(key(s, r.get("predicate"), o), r)
    tp = set(sys_rel) & set(gold_rel)
    out = prf(len(tp), len(sys_rel), len(tp), len(gold_rel))
    dated = [k for k in tp if gold_rel[k].get("date")]
    agree = sum(dates_agree(sys_rel[k].get("date"), gold_rel[k]["date"]) for k in dated)
    out["date_agreement"] = round(agree / len(dated), 3) if dated else None
    out["by_predicate"] = {}
    for p in sorted({pred(k) for k in gold_rel}):
        g = {k for k in gold_rel if pred(k) == p}
        s = {k for k in sys_rel if pred(k) == p}
        out["by_predicate"][p] = prf(len(g & s), len(s), len(g & s), len(g))
    out["missed"] = sorted(" ".join(k) for k in set(gold_rel) - tp)
    return out


def _events(gold: dict, export: dict, docs: set[str], al: _Alignment) -> dict:
    gold_ev = [e for e in gold.get("events", []) if e.get("doc") in docs]
    taken: set[int] = set()
    for se in export["event"]:
        parts = {al.get(p) for p in se.get("participants", [])} - {None}
        for i, ge in enumerate(gold_ev):
            if i in taken or not dates_agree(se.get("date"), ge["date"]):
                continue
            if ge.get("participants") and not parts & set(ge["participants"]):
                continue
            taken.add(i)
            break
    return prf(len(taken), len(export["event"]), len(taken), len(gold_ev))


def _claims(gold: dict, export: dict, docs: set[str], sys_to_gold_doc: dict, al: _Alignment) -> tuple:
    gold_claims = {c["id"]: c for c in gold.get("claims", []) if c.get("doc") in docs}

    def matches(sc: dict, strict: bool) -> set[str]:
        found = set()
        for ev in sc.get("evidence", []):
            gdoc = sys_to_gold_doc.get(ev.get("doc"))
            for gid, gc in gold_claims.items():
                if gc["doc"] != gdoc or quote_overlap(ev.get("quote", ""), gc["quote"]) < 0.5:
                    continue
                same = sc.get("stance") == gc["stance"] and al.get(sc.get("speaker")) == gc["speaker"]
                if strict and not same:
                    continue
                found.add(gid)
        return found
    loose = {c["id"]: matches(c, False) for c in export["claim"]}
    strict = [matches(c, True) for c in export["claim"]]
    hit_gold = set().union(*strict) if strict else set()
    return prf(sum(1 for s in strict if s), len(strict), len(hit_gold), len(gold_claims)), loose, gold_claims


def _contradictions(gold: dict, export: dict, loose: dict, gold_claims: dict) -> dict:
    wanted = [set(c["claims"]) for c in gold.get("contradictions", [])
              if set(c["claims"]) <= set(gold_claims)]
    found: set[int] = set()
    ok = 0
    for sc in export["contradiction"]:
        ids = (list(sc.get("claims", [])) + [None, None])[:2]
        a, b = (loose.get(x, set()) for x in ids)
        hit = {i for i, pair in enumerate(wanted) if any({x, y} == pair for x in a for y in b)}
        found |= hit
        ok += bool(hit)
    return prf(ok, len(export["contradiction"]), len(found), len(wanted))


def _flags(gold: dict, export: dict, docs: set[str], al: _Alignment) -> dict:
    wanted = [f for f in gold.get("flags", []) if f.get("doc") in docs]
    breaches = [f for f in export["flag"] if f.get("status", "breach") != "possible"]
    found: set[int] = set()
    ok = 0
    for f in breaches:
        pair = (al.get(f.get("supplier")), al.get(f.get("destination")))
        hit = {i for i, g in enumerate(wanted) if pair == (g["supplier"], g["destination"])}
        found |= hit
        ok += bool(hit)
    return prf(ok, len(breaches), len(found), len(wanted))


def _integrity(export: dict, texts: dict[str, str]) -> dict:
    total = broken = 0
    for kind in ("relation", "event", "claim", "flag"):
        for row in export[kind]:
            for ev in row.get("evidence", []):
                total += 1
                text = texts.get(ev.get("doc"))
                broken += text is None or text[ev.get("start", 0):ev.get("end", 0)] != ev.get("quote")
    return {"quotes": total, "broken": broken, "ok": round(1 - broken / total, 3) if total else None}


def _aligned(gold: dict, export_rows: Iterable[dict]) -> tuple[dict, dict, set[str], dict, _Alignment]:
    """The export by kind, its documents by file stem, the gold documents it holds, the gold entities of
    those documents, and the alignment of its entities to them."""
    export = group_rows(export_rows)
    by_stem = {file_stem(d.get("source")): d for d in export["document"]}
    docs = {g["id"] for g in gold["documents"] if g["id"] in by_stem}
    gold_entities = {e["id"]: e for e in gold["entities"] if set(e.get("docs") or []) & docs}
    return export, by_stem, docs, gold_entities, _Alignment(gold_entities, export["entity"])


#: Where the arguments of a missed gold relation are, worst first: an argument never recognised in its
#: document (entities or resolution), one recognised only outside the gold quote (a reference across
#: sentences), both recognised inside it (the wording was missed); "no-quote": the quote is not in the text.
WHERE = ("unrecognised", "elsewhere", "in-quote")


def missed_relations(gold: dict, export_rows: Iterable[dict], missed: Iterable[str]) -> list[dict]:
    """For each missed gold relation ("subject predicate object", as in score()'s `missed`), the gold
    relations behind it with where their arguments are in the export (see WHERE)."""
    export, by_stem, docs, _, al = _aligned(gold, export_rows)
    mentions: dict[str, list[dict]] = defaultdict(list)
    for m in export["mention"]:
        if al.get(m.get("entity")):
            mentions[m.get("doc")].append(m)
    wanted = set(missed)
    out = []
    for r in gold["relations"]:
        name = " ".join(("met", *sorted((r["subject"], r["object"]))) if r["predicate"] == "met"
                        else (r["subject"], r["predicate"], r["object"]))
        if name not in wanted or r.get("doc") not in docs:
            continue
        doc = by_stem[r["doc"]]
        quote = r.get("evidence") or ""
        at = (doc.get("text") or "").find(quote) if quote else -1
        where = "no-quote"
        if at >= 0:
            lo, hi = at, at + len(quote)

            def place(gid: str) -> int:
                ms = [m for m in mentions[doc["id"]] if al.get(m["entity"]) == gid]
                return 2 if any(lo <= m["start"] and m["end"] <= hi for m in ms) else 1 if ms else 0
            where = WHERE[min(place(r["subject"]), place(r["object"]))]
        out.append({"relation": name, "doc": r["doc"], "where": where})
    return out


def score(gold: dict, export_rows: Iterable[dict]) -> dict:
    """Every part's precision/recall/F1, resolution errors, evidence integrity and missed entities."""
    export, by_stem, docs, gold_entities, al = _aligned(gold, export_rows)
    texts = {d["id"]: d.get("text") for d in export["document"]}
    sys_to_gold_doc = {by_stem[g]["id"]: g for g in docs}
    entities, found, required = _entities(gold_entities, export["entity"], al)
    names = {e["id"]: e["name"] for e in export["entity"]}
    aligned: dict[str, list[str]] = defaultdict(list)
    for sid, gid in al.map.items():
        aligned[gid].append(sid)
    splits = {g: [names[s] for s in v] for g, v in aligned.items() if len(v) > 1}
    merges = {names[s]: sorted(g) for s, g in al.touches.items() if len(g) > 1}
    claims, loose, gold_claims = _claims(gold, export, docs, sys_to_gold_doc, al)
    return {"documents": sorted(docs), "entities": entities,
            "resolution": {"splits": splits, "merges": merges, "errors": len(splits) + len(merges)},
            "relations": _relations(gold, export, docs, al), "events": _events(gold, export, docs, al),
            "claims": claims, "contradictions": _contradictions(gold, export, loose, gold_claims),
            "flags": _flags(gold, export, docs, al), "evidence_integrity": _integrity(export, texts),
            "missed_entities": sorted(gold_entities[g]["name"] for g in set(required) - found)}


def missed_line(missed: list[dict]) -> str:
    """One line counting missed gold relations by where their arguments are (WHERE)."""
    n = Counter(m["where"] for m in missed)
    return (f"relations missed: {n['in-quote']} with both arguments recognised in the gold quote, "
            f"{n['elsewhere']} with one recognised only elsewhere in its document, "
            f"{n['unrecognised']} with one never recognised there" + (f", {n['no-quote']} whose quote is not in "
                                                                       "the text" if n["no-quote"] else ""))


def report_lines(result: dict) -> list[str]:
    """The referee's plain-text report, line for line."""
    lines = [f"documents scored: {len(result['documents'])}"]
    for part in PARTS:
        r = result[part]
        lines.append(f"{part:15} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                     f"   (system {r['system']}, gold {r['gold']})")
    res = result["resolution"]
    lines.append(f"resolution errors: {res['errors']} "
                 f"(splits {len(res['splits'])}, merges {len(res['merges'])})")
    lines.append(f"relation dates agreeing: {result['relations']['date_agreement']}")
    lines.append(f"evidence integrity: {result['evidence_integrity']}")
    return lines
