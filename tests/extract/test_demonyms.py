"""One table of adjectives of nationality (lexicon/demonyms.yaml) for the whole pipeline: extraction's
state bodies and anaphora, company countries (context.NATIONALITY) and the resolver's state of a public body.
Sentences written for these tests; unit cases on the table and context.py, end-to-end on the installed
models."""

import re

import pytest

from enquete.extract import anaphora, context
from enquete.model import Document
from enquete.resolve.names import demonym_country, name_key

COVERED = ("rs mm eg sa ae bh ly sy ma et rw ug ke ng za by kz uz az tr in pk bd id ph vn th mx co br ar ve "
           "ni sv fr gb de us ru cn il ir iq ps tw xk").split()


@pytest.mark.parametrize("code", COVERED)
def test_the_table_has_french_and_english_forms(code: str) -> None:
    forms = anaphora.demonym_table()[code]
    assert any(f[0].islower() for f in forms), f"{code}: no French adjective"
    assert any(f[0].isupper() for f in forms), f"{code}: no English adjective"


def test_the_table_covers_the_un_member_states() -> None:
    table = anaphora.demonym_table()
    assert len(table) >= 193 + 5  # UN members, Kosovo, Palestine, Taiwan, Hong Kong, Western Sahara
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in table)  # "no" (Norway) is no YAML false


def test_no_form_names_two_states() -> None:
    seen: dict[str, str] = {}
    for code, forms in anaphora.demonym_table().items():
        for form in forms:
            key = anaphora.fold(form)
            assert seen.setdefault(key, code) == code, f"{form}: {seen[key]} and {code}"


@pytest.mark.parametrize("word,code", [
    ("serbe", "rs"), ("Serbian", "rs"), ("égyptiennes", "eg"), ("émiratis", "ae"), ("saoudien", "sa"),
    ("ivoirien", "ci"), ("bahreïni", "bh"), ("bahreïnien", "bh"), ("Bahraini", "bh"), ("Burmese", "mm"),
    ("birmane", "mm"), ("Emirati", "ae"), ("Saudi", "sa"), ("Ivorian", "ci"), ("sud-coréen", "kr"),
    ("nigérien", "ne"), ("nigérian", "ng"), ("Nigerien", "ne"), ("Nigerian", "ng"), ("Kenyans", "ke"),
])
def test_demonyms_fold_and_plurals(word: str, code: str) -> None:
    assert anaphora.demonyms()[anaphora.fold(word)] == code


@pytest.mark.parametrize("word", ["Myanmar", "Luxembourg", "Chad", "Jordan", "Guinea", "Korean", "coréen",
                                  "Congolese", "congolais", "English", "anglais", "Serb", "lao", "laos"])
def test_left_out_forms(word: str) -> None:
    """A state's own name, a form naming two states, an ethnic or language word: no adjective."""
    assert anaphora.fold(word) not in anaphora.demonyms()
    assert word.lower() not in context.NATIONALITY


@pytest.mark.parametrize("text,code", [
    ("ministère serbe de l'Intérieur", "rs"),
    ("the Serbian interior ministry", "rs"),
    ("les autorités égyptiennes", "eg"),
    ("le ministère de l'Intérieur marocain", "ma"),
    ("ministère sud-coréen de la Défense", "kr"),
    ("North Korean army", "kp"),
    ("Papua New Guinean police", "pg"),  # not Guinea's
    ("Equatorial Guinean customs", "gq"),
    ("South Sudanese army", "ss"),  # not Sudan's
    ("ministère de l'Intérieur", None),
    ("commission mixte serbo-croate, serbe et croate", None),  # two states: none
])
def test_demonym_country(text: str, code: str | None) -> None:
    assert demonym_country(text) == code


def test_a_body_key_drops_a_phrase_demonym() -> None:
    assert name_key("South Korean National Police Agency", "PublicBody") == "national police agency"
    assert name_key("ministère serbe de l'Intérieur", "PublicBody") == name_key("ministère de l'Intérieur",
                                                                                  "PublicBody")


@pytest.mark.parametrize("text,code", [
    ("the Serbian government said", "rs"), ("le gouvernement birman", "mm"), ("les autorités égyptiennes", "eg"),
    ("the Rwandan authorities", "rw"), ("le régime biélorusse", "by"), ("the Dutch government", "nl"),
    ("the new government", None),
])
def test_state_code_at(text: str, code: str | None) -> None:
    assert anaphora.state_code_at(text, 0) == code


@pytest.mark.parametrize("text,country", [
    ("Elle a vendu le logiciel à la société serbe Kavrak.", "rs"),
    ("Elle a vendu le logiciel à la société ougandaise Kavrak.", "ug"),
    ("They sold it to the Kazakh firm Kavrak.", "kz"),
    ("Elle a vendu le logiciel à la société Kavrak.", None),
])
def test_company_nationality(text: str, country: str | None) -> None:
    start = text.index("Kavrak")
    assert context.nationality(text, start, start + len("Kavrak")) == country


@pytest.mark.parametrize("text,body,code", [
    ("The Serbian interior ministry bought it.", "Serbian interior ministry", "rs"),
    ("Vietnamese police detained him.", "Vietnamese police", "vn"),
    ("Les douanes marocaines ont saisi le colis.", "douanes marocaines", "ma"),
    ("le parquet kényan a ouvert une enquête", "parquet kényan", "ke"),
])
def test_state_bodies(text: str, body: str, code: str) -> None:
    found = context.state_bodies(Document(id="d", source="d", text=text, language="en"))
    assert [(m.text, m.country) for m in found] == [(body, code)]


def _mentions(pipes, text: str, lang: str) -> list[tuple[str, str, str | None]]:
    from enquete.extract import extract
    ex = extract(Document(id="e", source="e.txt", text=text, language=lang), pipes)
    return [(m.text, m.type, m.country) for m in ex.mentions]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "In 2021 the Serbian interior ministry bought an interception system from Veltrix Systems.",
     ("Serbian interior ministry", "PublicBody", "rs")),
    ("en", "The Kenyan police bought the system from the British firm Veltrix Systems.",
     ("Kenyan police", "PublicBody", "ke")),
    ("fr", "Les douanes marocaines ont saisi le matériel vendu par la société turque Kavrak.",
     ("douanes marocaines", "PublicBody", "ma")),
    ("fr", "Les douanes marocaines ont saisi le matériel vendu par la société turque Kavrak.",
     ("Kavrak", "Company", "tr")),
])
def test_end_to_end(pipes, lang: str, text: str, expected: tuple) -> None:
    assert expected in _mentions(pipes, text, lang)


@pytest.mark.parametrize("lang,text,person", [
    ("fr", "Jean Français, directeur de la société Arvane, a vendu le logiciel au Maroc.", "Jean Français"),
    ("en", "Dawn French, a spokeswoman for Veltrix Systems, said the company sold the software to Kenya.",
     "Dawn French"),
    ("fr", "Selon Marc Allemand, porte-parole de la société Arvane, le Maroc a été livré.", "Marc Allemand"),
])
def test_a_surname_that_is_a_demonym_names_no_state(pipes, lang: str, text: str, person: str) -> None:
    found = _mentions(pipes, text, lang)
    assert (person, "Person", None) in found
    assert not [m for m in found if m[1] == "PublicBody" or (m[1] == "Country" and m[2] in ("fr", "de"))]
