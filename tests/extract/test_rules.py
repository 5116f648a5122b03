"""Typing from context, junk filters, acronyms, clusters, gazetteer: blank pipelines and rules only."""

import pytest
import spacy

from enquete.exc import InvalidData
from enquete.extract import acronyms, context
from enquete.extract.mentions import is_junk, spacy_text, _trim
from enquete.extract.names import Entry, fold, index, parse_yaml, ruler_patterns
from enquete.model import Mention


@pytest.mark.parametrize("text,name,expected", [
    ("la société Videx a vendu", "Videx", "Company"),
    ("l'entreprise Kolb est", "Kolb", "Company"),
    ("le groupe Arvel rachète", "Arvel", "Company"),
    ("la start-up Nimbo", "Nimbo", "Company"),
    ("the firm Lorrin sold", "Lorrin", "Company"),
    ("Tarsis GmbH sold", "Tarsis", "Company"),
    ("le programme Falcon", "Falcon", "Product"),
    ("le logiciel Tundra", "Tundra", "Product"),
    ("le projet Orca", "Orca", "Product"),
    ("the Harrow system", "Harrow", "Product"),
    ("Harrow spyware was found", "Harrow", "Product"),
    ("le salon Securexpo", "Securexpo", "Event"),
    ("l'ONG Vigie", "Vigie", "Organization"),
])
def test_cue_types(text, name, expected):
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == expected


@pytest.mark.parametrize("span,expected", [
    ("ministère de la Justice", "PublicBody"), ("Ministry of Interior", "PublicBody"),
    ("Ligue des droits", "Organization"), ("Fédération nationale", "Organization"),
    ("loi Renseignement", "Law"), ("salon Eurosatory", "Event"), ("Amesys", None),
])
def test_head_types(span, expected):
    assert context.head_type(span) == expected


def test_rule_mentions_find_lower_case_bodies():
    from enquete.model import Document
    text = "Le parquet de Lyon et les juges d'instruction ; la police nationale et le ministère de la Défense."
    got = {m.text: m.type for m in context.rule_mentions(Document("d" * 64, "x", text))}
    assert got == {"parquet de Lyon": "PublicBody", "juges d'instruction": "PublicBody",
                   "police nationale": "PublicBody", "ministère de la Défense": "PublicBody"}


def test_nationality_gives_country():
    text = "la société allemande Tarsis a vendu"
    assert context.nationality(text, text.index("Tarsis"), text.index("Tarsis") + 6) == "de"


@pytest.mark.parametrize("span,source,junk", [
    ("https://example.org", "ner", True), ("## Titre", "ner", True), ("X", "ner", True),
    ("elle", "ner", True), ("surveillance", "ner", True), ("Amesys", "ner", False),
    ("drones", "gazetteer", False), ("Aidez", "ner", False),
])
def test_junk(span, source, junk):
    assert is_junk(span, source) is junk


def test_imperative_at_sentence_start_is_junk():
    assert is_junk("Remarquez", "ner", at_sentence_start_verb=True)


def test_titles_are_left_out_of_person_spans():
    text = "selon Me Claude Katz, avocat"
    s, e = _trim(text, text.index("Me"), text.index(","), "Person")
    assert text[s:e] == "Claude Katz"


def test_spacy_text_keeps_length():
    raw = "l’entreprise d\\'Amesys «\\\"X\\\"»\u00a0"
    assert len(spacy_text(raw)) == len(raw)
    assert "’" not in spacy_text(raw)


def _mentions(text, spans):
    out = []
    for name, typ in spans:
        s = text.index(name)
        out.append(Mention(Mention.make_id("d" * 64, s, s + len(name)), "d" * 64, s, s + len(name), name, typ))
    return out


def test_acronym_in_parentheses_clusters():
    text = "La Fédération internationale des droits de l'homme (FIDH) porte plainte. La FIDH dit"
    ms = _mentions(text, [("Fédération internationale des droits de l'homme", "Organization"), ("FIDH", "Organization")])
    second = text.rindex("FIDH")
    ms.append(Mention(Mention.make_id("d" * 64, second, second + 4), "d" * 64, second, second + 4, "FIDH", "Organization"))
    acronyms.cluster(text, ms)
    assert len({m.cluster for m in ms}) == 1


def test_parenthesis_without_matching_initials_does_not_cluster():
    text = "Tarsis (Berlin) et Orca"
    ms = _mentions(text, [("Tarsis", "Company"), ("Berlin", "Company")])
    acronyms.cluster(text, ms)
    assert ms[0].cluster != ms[1].cluster


@pytest.mark.parametrize("text", ["Amesys est l'acronyme d'Advanced Middle East System.",
                                  "Amesys, l'acronyme d'Advanced Middle East System.",
                                  "Amesys is the acronym of Advanced Middle East System."])
def test_stated_acronym_clusters(text):
    ms = _mentions(text, [("Amesys", "Company"), ("Advanced Middle East System", "Company")])
    acronyms.cluster(text, ms)
    assert ms[0].cluster == ms[1].cluster


def test_unrelated_neighbours_do_not_cluster():
    text = "Amesys et Qosmos ont vendu."
    ms = _mentions(text, [("Amesys", "Company"), ("Qosmos", "Company")])
    acronyms.cluster(text, ms)
    assert ms[0].cluster != ms[1].cluster


def test_surname_joins_earlier_full_name():
    text = "Erik Larsson a parlé. Plus tard Larsson a dit. Mais Dupont aussi."
    ms = _mentions(text, [("Erik Larsson", "Person"), ("Dupont", "Person")])
    s = text.index("Larsson", 15)
    ms.insert(1, Mention(Mention.make_id("d" * 64, s, s + 7), "d" * 64, s, s + 7, "Larsson", "Person"))
    acronyms.cluster(text, ms)
    assert ms[0].cluster == ms[1].cluster != ms[2].cluster


def test_gazetteer_ruler_on_blank_pipeline():
    entries = parse_yaml("entities:\n  - {name: Tarsis, type: Company, country: de}\n"
                         "  - {name: Harrow, type: Product, categories: [intrusion-software], aliases: [HRW-X]}\n", "t")
    nlp = spacy.blank("fr")
    nlp.add_pipe("entity_ruler").add_patterns(ruler_patterns(entries))
    doc = nlp("Tarsis a vendu Harrow au Bahreïn.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Tarsis", "Company"), ("Harrow", "Product")]
    assert index(entries)[fold("hrw-x")].categories == ["intrusion-software"]


def test_bad_gazetteer_names_the_file():
    with pytest.raises(InvalidData, match="mine.yaml"):
        parse_yaml("entities:\n  - {name: X, type: Planet}\n", "mine.yaml")


def test_packaged_gazetteer_loads_with_countries():
    from enquete.extract.names import load_entries
    idx = index(load_entries())
    assert idx[fold("Bahreïn")].country == "bh" and idx[fold("Bahrain")].country == "bh"
    assert idx[fold("Pegasus")].categories == ["intrusion-software"]
    assert all(isinstance(e, Entry) for e in idx.values())


@pytest.mark.parametrize("text,end_word,expected", [
    ("lu dans Orient XXI hier", "Orient", "Orient XXI"),
    ('de "CASH INVESTIGATION" ce soir', "CASH", "CASH INVESTIGATION"),
    ("Amesys SA vend", "Amesys", "Amesys"),
])
def test_caps_tail(text, end_word, expected):
    from enquete.extract.mentions import _caps_tail
    s = text.index(end_word)
    assert text[s:_caps_tail(text, s, s + len(end_word))] == expected


def test_rule_mentions_laws_and_departments():
    from enquete.model import Document
    text = ("Council Regulation (EU) No 36/2012 et le règlement (UE) n° 36/2012 du Conseil ; "
            "the US Department of Commerce; la loi Renseignement.")
    got = {m.text: m.type for m in context.rule_mentions(Document("d" * 64, "x", text))}
    assert got["Council Regulation (EU) No 36/2012"] == "Law"
    assert got["règlement (UE) n° 36/2012 du Conseil"] == "Law"
    assert got["US Department of Commerce"] == "PublicBody"
    assert got["loi Renseignement"] == "Law"


def test_company_tail_words():
    text = "Positive Technologies a vendu"
    assert context.cue_type(text, 0, len("Positive Technologies")) == "Company"
