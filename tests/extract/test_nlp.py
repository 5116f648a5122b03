"""Loading: clear errors, user gazetteers, names learned from the store. Fast: no model is loaded."""

import sys
import subprocess

import pytest
from sqlalchemy import insert

from enquete.exc import ConfigError, InvalidData
from enquete.extract.names import read_file
from enquete.extract.nlp import load_model, store_entries
from enquete.store.schema import document, entity, mention


def test_missing_model_names_the_pip_package():
    with pytest.raises(ConfigError, match="pip install no-such-model-xyz"):
        load_model("no_such_model_xyz")


def test_nothing_heavy_loads_at_import():
    code = "import sys, enquete.extract, enquete.extract.nlp, enquete.extract.names; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_user_gazetteer_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entities:\n  - {name: Tarsis, type: Company, country: DE, aliases: [Tarsis AG]}\n", encoding="utf-8")
    [e] = read_file(path)
    assert (e.name, e.type, e.country, e.aliases) == ("Tarsis", "Company", "de", ["Tarsis AG"])
    with pytest.raises(InvalidData, match="nothere.yaml"):
        read_file(tmp_path / "nothere.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities: [\n", encoding="utf-8")
    with pytest.raises(InvalidData, match="bad.yaml: not valid YAML"):
        read_file(bad)


def test_names_learned_from_the_store(store):
    with store.begin() as conn:
        conn.execute(insert(document).values(id="d" * 64, source="a.txt", language="fr", text="Tarsis et TSS."))
        conn.execute(insert(entity).values(id="tarsis", type="Company", name="Tarsis", country="de"))
        conn.execute(insert(mention).values(id="m1", doc_id="d" * 64, start=0, end=6, text="Tarsis",
                                            type="Company", entity_id="tarsis"))
        conn.execute(insert(mention).values(id="m2", doc_id="d" * 64, start=10, end=13, text="TSS",
                                            type="Company", entity_id="tarsis"))
        conn.execute(insert(mention).values(id="m3", doc_id="d" * 64, start=0, end=6, text="Loose",
                                            type="Company", entity_id=None))
    [e] = store_entries(store)
    assert (e.name, e.type, e.country, e.source) == ("Tarsis", "Company", "de", "store")
    assert e.aliases == ["TSS"]


@pytest.mark.parametrize("text, read", [
    ("une plate-forme d'analyse", "une plateforme  d'analyse"),
    ("des plates-formes vidéo", "des plateformes   vidéo"),
    ("La Plate-forme civique", "La Plateforme  civique"),
    ("une plate forme", "une plate forme"),  # two words: left as written
])
def test_the_parser_reads_the_older_spelling_plate_forme_as_one_word_of_the_same_length(text, read):
    from enquete.extract.mentions import spacy_text
    assert spacy_text(text) == read and len(spacy_text(text)) == len(text)


def test_a_legal_name_never_takes_the_year_that_ends_the_sentence_before():
    from enquete import model
    from enquete.extract.context import legal_names
    text = "Ristek Systems sold cameras in 2019. Ristek Systems GmbH, the German affiliate, handled it."
    doc = model.Document(id="d", source="t.txt", text=text, language="en")
    assert [m.text for m in legal_names(doc)] == ["Ristek Systems GmbH"]
