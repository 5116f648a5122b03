"""The real models on the founding articles and on our own sample articles."""

import json
from pathlib import Path

import pytest

from enquete.evaluate import normalise
from enquete.extract.mentions import extract, extract_all
from enquete.model import ENTITY_TYPES, Document, sha256

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
OWN = Path(__file__).parent / "data" / "own"
OWN_DOCS = OWN / "docs"


def _body(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    return raw.split("---", 2)[2].lstrip("\n") if raw.startswith("---") else raw


def _docs(folder: Path, gold: dict) -> list[Document]:
    meta = {d["id"]: d for d in gold["documents"]}
    out = []
    for path in sorted(folder.glob("*.txt")):
        md = meta.get(path.stem, {})
        text = _body(path)
        out.append(Document(sha256(text), path.name, text, language=md.get("language", "fr"),
                            published=md.get("published")))
    return out


def _recall(folder: Path, gold_path: Path, pipes) -> tuple[float, float]:
    """Share of required gold entities with at least one alias among the mentions (and with its type)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    seen: dict[str, set[str]] = {}
    for x in extract_all(_docs(folder, gold), pipes):
        for m in x.mentions:
            seen.setdefault(normalise(m.text), set()).add(m.type)
    required = [e for e in gold["entities"] if not e.get("optional")]
    found = [e for e in required if any(normalise(a) in seen for a in [e["name"], *e["aliases"]])]
    typed = [e for e in found if any(e["type"] in seen.get(normalise(a), ()) for a in [e["name"], *e["aliases"]])]
    return len(found) / len(required), len(typed) / len(required)


@pytest.mark.skipif(not SEEDS.exists(), reason="founding articles not beside the repository")
def test_seeds_offsets_and_types(pipes):
    gold = json.loads((SEEDS.parent / "gold_dev.json").read_text(encoding="utf-8"))
    for doc in _docs(SEEDS, gold):
        x = extract(doc, pipes)
        assert x.doc == doc.id and x.sentences
        for m in x.mentions:
            assert doc.text[m.start:m.end] == m.text and m.type in ENTITY_TYPES
            assert m.id == f"{doc.id[:16]}:{m.start}:{m.end}" and m.cluster
        for d in x.dates:
            assert doc.text[d.start:d.end] == d.text
        assert not any(m.text.lower() in ("il", "elle", "remarquez", "aidez") for m in x.mentions)


@pytest.mark.skipif(not SEEDS.exists(), reason="founding articles not beside the repository")
def test_seeds_recall(pipes):
    found, typed = _recall(SEEDS, SEEDS.parent / "gold_dev.json", pipes)
    assert found >= 0.8 and typed >= 0.75


def test_own_articles_recall(pipes):
    found, typed = _recall(OWN_DOCS, OWN / "gold.json", pipes)
    assert found >= 0.85 and typed >= 0.8


def test_seed_facts(pipes):
    text = ("La Fédération internationale des droits de l'homme (FIDH) a porté plainte. Selon la FIDH, "
            "la société française Amesys a vendu le système Eagle à la Libye en 2007. Paris suspend les "
            "livraisons dès le 17 février 2011.")
    doc = Document(sha256(text), "t", text, language="fr", published="2013-06-20")
    x = extract(doc, pipes)
    by = {m.text: m for m in x.mentions}
    assert by["FIDH"].cluster == by["Fédération internationale des droits de l'homme"].cluster
    assert by["Amesys"].type == "Company" and by["Amesys"].country == "fr"
    assert by["Libye"].type == "Country" and by["Libye"].country == "ly"
    assert "ip-network-surveillance" in next(m for m in x.mentions if "Eagle" in m.text).categories
    assert by["Paris"].type == "Country"
    assert {"2007", "2011-02-17"} <= {d.value for d in x.dates}


def test_english_pipeline(pipes):
    text = "The Israeli firm NSO Group sold Pegasus spyware to Mexico in 2014, Citizen Lab said on 4 March 2019."
    x = extract(Document(sha256(text), "t", text, language="en"), pipes)
    got = {m.text: m.type for m in x.mentions}
    assert got.get("NSO Group") == "Company" and got.get("Pegasus") == "Product"
    assert got.get("Mexico") == "Country" and got.get("Citizen Lab") == "Organization"
    assert "Israeli" not in got
