"""Editions of recurring events: the year of the occurrence a mention of a trade show names, or the series
(enquete.extract.editions). Sentences written for these tests, French and English; real gazetteer, real
date finder; mentions placed by hand (the NER is not under test here), plus two runs of the whole
extraction on the installed models."""

from __future__ import annotations

import re

import pytest

from enquete.exc import InvalidData
from enquete.extract.dates import find_dates
from enquete.extract.editions import assign_editions, without_year
from enquete.extract.names import index, load_entries, parse_yaml
from enquete.model import Document, Mention, sha256

ENTRIES = index(load_entries())


def editions(text: str, names: list[tuple[str, str]],
             published: str | None = None) -> list[tuple[str, str | None]]:
    """(mention text, edition) of each `names` (surface, type), placed in order in `text`."""
    doc = Document(sha256(text), "t.txt", text, published=published)
    mentions, cursor = [], 0
    for surface, type_ in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mid = Mention.make_id(doc.id, start, cursor)
        mentions.append(Mention(mid, doc.id, start, cursor, surface, type_, cluster=mid))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text)]
    out = assign_editions(doc, sentences, mentions, find_dates(text, published), ENTRIES)
    for m in out:
        assert text[m.start:m.end] == m.text and m.id == Mention.make_id(doc.id, m.start, m.end)
    return [(m.text, m.edition) for m in out]


# --- 1. a year written with the name ---

@pytest.mark.parametrize("text, surface, expected", [
    ("Les visiteurs d'Eurosatory 2022 ont vu des drones armés.", "Eurosatory", "Eurosatory 2022"),
    ("Le fabricant a exposé au salon Eurosatory de 2018 ses blindés.", "salon Eurosatory",
     "salon Eurosatory de 2018"),
    ("Vendor brochures were handed out at ISS World 2012 in Dubai.", "ISS World", "ISS World 2012"),
])
def test_a_year_right_after_the_name_is_the_edition_and_part_of_its_name(text, surface, expected):
    ((name, edition),) = editions(text, [(surface, "Event")])
    assert name == expected and edition == re.search(r"\d{4}", expected).group()


@pytest.mark.parametrize("text, surface, year", [
    ("The 2019 edition of ISS World drew more vendors than ever.", "ISS World", "2019"),
    ("Lors de l'édition 2016 du salon Eurosatory, des stands ont été fermés.", "salon Eurosatory", "2016"),
    ("Plusieurs ONG ont manifesté devant Eurosatory en 2014, à Villepinte.", "Eurosatory", "2014"),
])
def test_a_year_written_around_the_name(text, surface, year):
    assert editions(text, [(surface, "Event")]) == [(surface, year)]


def test_a_known_name_glued_to_a_year_is_a_mention_of_that_edition():
    text = "Photo prise au salon #Eurosatory2024 par notre envoyée spéciale."
    assert editions(text, []) == [("Eurosatory2024", "2024")]


# --- 2. and 3. a dated occurrence in the clause ---

def test_a_day_or_month_date_in_the_sentence_names_the_edition():
    text = ("Du 3 au 6 juin 2014, le salon Eurosatory a réuni mille exposants. "
            "In March 2013 the ISS World conference welcomed Gulf delegations.")
    assert editions(text, [("salon Eurosatory", "Event"), ("ISS World", "Event")]) == [
        ("salon Eurosatory", "2014"), ("ISS World", "2013")]


def test_the_next_edition_of_a_show_is_announced_and_not_the_documents():
    text = ("En juin 2016, un fabricant a été exclu du salon Eurosatory. "
            "La prochaine édition d'Eurosatory aura lieu en juin 2018. "
            "Des militants ont manifesté devant Eurosatory.")
    assert editions(text, [("salon Eurosatory", "Event"), ("Eurosatory", "Event"), ("Eurosatory", "Event")]) \
        == [("salon Eurosatory", "2016"), ("Eurosatory", "2018"), ("Eurosatory", "2016")]


def test_a_date_in_a_parenthesis_belongs_to_the_parenthesis():
    text = ("Le salon Eurosatory, organisé par le GICAT (la prochaine édition d'Eurosatory se tiendra "
            "du 17 au 21 juin 2024), attire des délégations du monde entier.")
    assert editions(text, [("salon Eurosatory", "Event"), ("Eurosatory", "Event")]) == [
        ("salon Eurosatory", None), ("Eurosatory", "2024")]


def test_a_bare_year_in_the_sentence_is_no_edition_and_keeps_the_documents_away():
    text = ("Du 14 au 17 juin 2022, le salon Eurosatory a accueilli des délégations du Golfe. "
            "En 2016 déjà, un stand avait été fermé à Eurosatory. "
            "Les ONG ont compté les stands chinois à Eurosatory.")
    assert [e for _, e in editions(text, [("salon Eurosatory", "Event"), ("Eurosatory", "Event"),
                                          ("Eurosatory", "Event")])] == ["2022", None, "2022"]


# --- 4. the series itself ---

@pytest.mark.parametrize("text, surface", [
    ("Le salon Eurosatory, organisé sous l'égide du ministère des Armées, se tient tous les deux ans.",
     "salon Eurosatory"),
    ("Eurosatory est organisé par le GICAT depuis sa création.", "Eurosatory"),
    ("ISS World is organised by TeleStrategies and takes place every year in several regions.", "ISS World"),
    ("Dubai hosts ISS World, a biennial gathering of interception vendors.", "ISS World"),
    ("Eurosatory, le rendez-vous annuel des industriels, ouvre ses portes.", "Eurosatory"),
])
def test_sentences_about_the_series_stay_with_the_series(text, surface):
    lead = "In June 2021, investigators visited Eurosatory and ISS World stands. "
    found = editions(lead + text, [("Eurosatory", "Event"), ("ISS World", "Event"), (surface, "Event")])
    assert found[0][1] == found[1][1] == "2021"  # dated in their own sentence
    assert found[2] == (surface, None)


def test_an_annual_report_is_no_annual_show():
    text = ("In June 2021 ISS World opened in Prague. "
            "The annual report of the NGO counted forty vendors at ISS World.")
    assert editions(text, [("ISS World", "Event"), ("ISS World", "Event")]) == [
        ("ISS World", "2021"), ("ISS World", "2021")]


def test_as_every_year_with_the_days_of_the_show_is_that_years_edition():
    text = "Du 11 au 14 juin 2024 s'est tenu comme chaque année le salon Eurosatory à Villepinte."
    assert editions(text, [("salon Eurosatory", "Event")]) == [("salon Eurosatory", "2024")]


# --- 5. the document's edition ---

def test_the_documents_one_edition_reaches_its_undated_mentions_en():
    text = ("ISS World Europe was held in Prague on 4 June 2013. Reporters walked the halls of ISS World. "
            "Several vendors at ISS World offered intrusion tools.\nISS World: a report")
    found = editions(text, [("ISS World Europe", "Event"), ("ISS World", "Event"), ("ISS World", "Event"),
                            ("ISS World", "Event")])
    assert [e for _, e in found] == ["2013"] * 4


def test_two_dated_editions_leave_undated_mentions_with_the_series():
    text = ("En juin 2012, Bahreïn était au salon Eurosatory. In June 2014 Bahrain was back at Eurosatory. "
            "Des militants dénoncent Eurosatory.")
    found = editions(text, [("salon Eurosatory", "Event"), ("Eurosatory", "Event"), ("Eurosatory", "Event")])
    assert found == [("salon Eurosatory", "2012"), ("Eurosatory", "2014"), ("Eurosatory", None)]


def test_a_title_line_is_its_own_clause():
    text = "Eurosatory, vitrine des armées\n\nPublié le 15 juin 2022\n\nLe salon Eurosatory ouvre ce lundi."
    found = editions(text, [("Eurosatory", "Event"), ("salon Eurosatory", "Event")], published="2022-06-15")
    assert found == [("Eurosatory", None), ("salon Eurosatory", None)]  # no year written with the show


def test_one_off_events_and_other_types_have_no_edition():
    text = "En novembre 2013, la Coupe du monde et la société Vektor ont fait parler d'elles."
    assert editions(text, [("Coupe du monde", "Event"), ("Vektor", "Company")]) == [
        ("Coupe du monde", None), ("Vektor", None)]


def test_an_event_named_as_a_show_is_recurring_without_the_gazetteer():
    text = "Au Salon des technologies de sûreté 2019, la société a présenté ses caméras."
    assert editions(text, [("Salon des technologies de sûreté", "Event")]) == [
        ("Salon des technologies de sûreté 2019", "2019")]


def test_without_year():
    assert without_year("salon Milipol de 2013", "2013") == "salon Milipol"
    assert without_year("Milipol2023", "2023") == "Milipol"
    assert without_year("JO 2024", "2024") == "JO"


# --- the gazetteer key ---

def test_recurring_is_validated_where_the_gazetteer_is_read():
    (entry,) = parse_yaml("entities:\n  - {name: Salon X, type: Event, recurring: true}\n", "x.yaml")
    assert entry.recurring
    for bad in ("recurring: yes please", "recurring: 1"):
        with pytest.raises(InvalidData, match="x.yaml.*recurring"):
            parse_yaml(f"entities:\n  - {{name: Salon X, type: Event, {bad}}}\n", "x.yaml")
    with pytest.raises(InvalidData, match="recurring"):
        parse_yaml("entities:\n  - {name: Vektor, type: Company, recurring: true}\n", "x.yaml")
    assert ENTRIES["milipol"].recurring and not ENTRIES["amnesty international"].recurring


# --- the whole extraction, real models ---


def _extract(pipes, text: str, language: str) -> list[tuple[str, str | None]]:
    from enquete.extract.mentions import extract

    ex = extract(Document(sha256(text), "t.txt", text, language=language), pipes)
    return [(m.text, m.edition) for m in ex.mentions if m.type == "Event"]


def test_extraction_fr(pipes):
    text = ("Le salon Eurosatory, organisé par le GICAT, se tient tous les deux ans. "
            "Du 13 au 17 juin 2022, des entreprises israéliennes ont exposé au salon Eurosatory. "
            "Des militants ont protesté devant Eurosatory.")
    found = _extract(pipes, text, "fr")
    assert [e for _, e in found] == [None, "2022", "2022"]


def test_extraction_en(pipes):
    text = ("Interception vendors met police buyers at ISS World 2013 in Dubai. "
            "Reporters later described ISS World as a bazaar.")
    found = _extract(pipes, text, "en")
    assert found == [("ISS World 2013", "2013"), ("ISS World", "2013")]
