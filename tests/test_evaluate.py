"""enquete.evaluate agrees with the referee (../shared/tools/score.py) on the same export file."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from enquete.evaluate import dates_agree, missed_line, missed_relations, normalise, read_jsonl, report_lines, score

ROOT = Path(__file__).resolve().parents[1]
REFEREE = ROOT.parent / "shared" / "tools" / "score.py"
GOLD = {
    "documents": [{"id": "a1", "language": "fr"}, {"id": "b2", "language": "en"}],
    "entities": [
        {"id": "amesys", "type": "Company", "name": "Amesys", "aliases": ["Amesys"], "docs": ["a1"]},
        {"id": "libya", "type": "Country", "name": "Libye", "aliases": ["Libye", "Libya"], "docs": ["a1", "b2"]},
        {"id": "eagle", "type": "Product", "name": "Eagle", "aliases": ["programme Eagle"], "docs": ["a1"]},
        {"id": "fidh", "type": "Organization", "name": "FIDH", "aliases": ["FIDH"], "docs": ["b2"]},
        {"id": "opt", "type": "Event", "name": "Salon", "aliases": [], "docs": ["a1"], "optional": True},
        {"id": "other", "type": "Person", "name": "Nobody", "aliases": [], "docs": ["zz"]},
    ],
    "relations": [
        {"subject": "amesys", "predicate": "supplied", "object": "libya", "date": "2007/2011", "doc": "a1"},
        {"subject": "amesys", "predicate": "developed", "object": "eagle", "date": None, "doc": "a1"},
        {"subject": "fidh", "predicate": "met", "object": "amesys", "date": None, "doc": "b2"},
    ],
    "events": [{"id": "e1", "date": "2011-02-17", "participants": ["libya"], "doc": "a1"}],
    "claims": [
        {"id": "c1", "speaker": "amesys", "stance": "denies", "doc": "a1", "quote": "nous n'avons rien vendu à la Libye"},
        {"id": "c2", "speaker": "fidh", "stance": "affirms", "doc": "b2", "quote": "Amesys sold Eagle to Libya"},
    ],
    "contradictions": [{"claims": ["c1", "c2"]}],
    "flags": [{"id": "f1", "supplier": "amesys", "destination": "libya", "doc": "a1"}],
}
TEXT_A = "Amesys dit : nous n'avons rien vendu à la Libye. Le programme Eagle."
TEXT_B = "FIDH says Amesys sold Eagle to Libya."
EXPORT = [
    {"kind": "document", "id": "D1", "source": "/x/a1.txt", "text": TEXT_A},
    {"kind": "document", "id": "D2", "source": "b2.txt", "text": TEXT_B},
    {"kind": "entity", "id": "s1", "type": "Company", "name": "Amesys", "aliases": ["AMESYS"]},
    {"kind": "entity", "id": "s2", "type": "Country", "name": "Libya", "aliases": ["Libye"]},
    {"kind": "entity", "id": "s3", "type": "Company", "name": "Eagle", "aliases": []},
    {"kind": "entity", "id": "s4", "type": "Country", "name": "la Libye", "aliases": []},
    {"kind": "entity", "id": "s5", "type": "Person", "name": "Jean Personne", "aliases": []},
    {"kind": "entity", "id": "s6", "type": "Event", "name": "Salon", "aliases": []},
    {"kind": "relation", "id": "r1", "subject": "s1", "predicate": "supplied", "object": "s2", "date": "2008",
     "evidence": [{"doc": "D1", "start": 0, "end": 6, "quote": "Amesys"}]},
    {"kind": "relation", "id": "r2", "subject": "s1", "predicate": "met", "object": "s5", "date": None,
     "evidence": [{"doc": "D1", "start": 0, "end": 6, "quote": "Amesy"}]},
    {"kind": "event", "id": "v1", "date": "2011-02", "participants": ["s4"], "evidence": []},
    {"kind": "claim", "id": "k1", "speaker": "s1", "stance": "denies",
     "evidence": [{"doc": "D1", "start": 13, "end": 48, "quote": TEXT_A[13:48]}]},
    {"kind": "claim", "id": "k2", "speaker": "s5", "stance": "affirms",
     "evidence": [{"doc": "D2", "start": 10, "end": 36, "quote": TEXT_B[10:36]}]},
    {"kind": "contradiction", "claims": ["k1", "k2"], "why": "x"},
    {"kind": "flag", "id": "g1", "status": "breach", "supplier": "s1", "destination": "s2"},
    {"kind": "flag", "id": "g2", "status": "possible", "supplier": "s1", "destination": "s5"},
]


@pytest.fixture
def export_file(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in EXPORT) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return gold, path


@pytest.mark.skipif(not REFEREE.exists(), reason="the referee script is not beside the repository")
def test_same_numbers_as_the_referee(export_file):
    gold, path = export_file
    ref = json.loads(subprocess.run([sys.executable, str(REFEREE), str(gold), str(path), "--json"],
                                    capture_output=True, text=True, check=True).stdout)
    mine = score(json.loads(gold.read_text()), read_jsonl(path))
    assert mine == ref
    text = subprocess.run([sys.executable, str(REFEREE), str(gold), str(path)],
                          capture_output=True, text=True, check=True).stdout
    assert "\n".join(report_lines(mine)) == text.strip()


def test_numbers_by_hand(export_file):
    gold, path = export_file
    r = score(json.loads(gold.read_text()), read_jsonl(path))
    assert r["documents"] == ["a1", "b2"]
    # 5 counted system entities (Salon is optional), 4 aligned (s1 s2 s3 s4); gold required 4, found 3
    assert (r["entities"]["system"], r["entities"]["gold"]) == (5, 4)
    assert r["entities"]["precision"] == 0.8 and r["entities"]["recall"] == 0.75
    assert r["entities"]["typed_recall"] == 0.5  # Eagle typed Company
    assert r["resolution"]["splits"] == {"libya": ["Libya", "la Libye"]}
    assert r["relations"]["system"] == 2 and r["relations"]["recall"] == round(1 / 3, 3)
    assert r["relations"]["date_agreement"] == 0.0  # 2008 is neither endpoint of 2007/2011
    assert r["events"]["recall"] == 1.0
    assert r["claims"]["system"] == 2 and r["claims"]["recall"] == 0.5
    assert r["contradictions"]["recall"] == 1.0
    assert r["flags"]["precision"] == 1.0 and r["flags"]["system"] == 1
    assert r["evidence_integrity"] == {"quotes": 4, "broken": 1, "ok": 0.75}
    assert r["missed_entities"] == ["FIDH"]


MENTIONS = [
    {"kind": "mention", "doc": "D1", "start": 0, "end": 6, "entity": "s1"},
    {"kind": "mention", "doc": "D1", "start": TEXT_A.index("Eagle"), "end": TEXT_A.index("Eagle") + 5, "entity": "s3"},
    {"kind": "mention", "doc": "D2", "start": 10, "end": 16, "entity": "s1"},
    {"kind": "mention", "doc": "D2", "start": 0, "end": 4, "entity": "s5"},  # aligned to no gold entity
]


@pytest.mark.parametrize("quote, where", [
    ("Le programme Eagle.", "elsewhere"),  # Amesys is named in the document, not in the quote
    (TEXT_A, "in-quote"),
    ("Amesys a vendu Eagle", "no-quote"),  # not a substring of the text
])
def test_missed_relations_say_where_the_arguments_are(quote, where):
    gold = json.loads(json.dumps(GOLD))
    gold["relations"][1]["evidence"] = quote  # amesys developed eagle, which the export misses
    gold["relations"][2]["evidence"] = "FIDH says Amesys sold"  # FIDH is never a recognised mention
    rows = EXPORT + MENTIONS
    result = score(gold, rows)
    got = missed_relations(gold, rows, result["relations"]["missed"])
    assert {m["relation"]: m["where"] for m in got} == {"amesys developed eagle": where,
                                                        "met amesys fidh": "unrecognised"}
    line = missed_line(got)
    assert "1 with one never recognised there" in line
    assert ("whose quote is not in the text" in line) == (where == "no-quote")


def test_helpers():
    assert normalise("L'Élysée, \\'Paris\\'") == "elysee paris"
    assert normalise("The Guardian") == "guardian"
    assert dates_agree("2011-02-17", "2011-02") and dates_agree("2007/2011", "2011-05")
    assert not dates_agree("2011-03", "2011-02") and not dates_agree(None, "2011")
