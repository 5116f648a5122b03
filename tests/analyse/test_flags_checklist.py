"""A checklist for screening flags (DESIGN §4): each general construction that feeds a flag, with true
cases and near misses that must NOT fire, on the packaged rules.

- categories: arms shown in use against a population are internal-repression equipment (the EU's words:
  "equipment which might be used for internal repression"); arms alone, arms for another use, software
  used to repress are not;
- production dates: a program's compilation dates its making; "compiled before 2015" gives no year;
- screening on the packaged rules: a breach inside the window by a bound supplier; near misses before
  the rule's start, by a supplier the rule does not bind, a date that straddles the start, a licence
  requirement without evidence that no licence was granted (all at most `possible`);
- gazetteer: suppliers of the trade carry their state (a flag needs it to know which rules bind them).

Sentences written for this test, with invented companies and products.
"""

from __future__ import annotations

import pytest

from enquete.analyse.categories import categorise, production_years, scope_terms
from enquete.analyse.rules import load_rules
from enquete.analyse.screen import screen
from enquete.analyse.transfers import Party, Transfer

IRE = "internal-repression-equipment"

# --- categories: arms in use against a population -------------------------------------------------------

REPRESSION_USE = [
    "des véhicules blindés qui ont servi à réprimer les manifestations de l'opposition",
    "des blindés Korvax ont été filmés lors de la dispersion sanglante du sit-in de la place centrale",
    "armoured vehicles used against peaceful protesters in the capital",
    "the rifles were deployed to crush the demonstrations in March",
    "des fusils utilisés contre des manifestants à Tarvel",
    "armoured trucks filmed during the dispersal of the protest camp",
]
NOT_REPRESSION_USE = [
    "des véhicules blindés destinés à la lutte contre le terrorisme dans le désert",  # another use
    "armoured vehicles sold to the army for border patrols",
    "des blindés Korvax exposés au salon de l'armement",  # arms, no use
    "des logiciels espions utilisés pour réprimer les opposants",  # software: its own lists, not IRE
    "des armes et la répression du soulèvement",  # repression named, no use of the goods
    "the government crushed the protests with its own police",  # no arms named
]


@pytest.mark.parametrize("text", REPRESSION_USE)
def test_arms_in_use_against_a_population_are_repression_equipment(text: str) -> None:
    assert {"arms", IRE} <= categorise(text)
    assert IRE in scope_terms(categorise(text))


@pytest.mark.parametrize("text", NOT_REPRESSION_USE)
def test_near_misses_are_not_repression_equipment(text: str) -> None:
    assert IRE not in categorise(text)


# --- production dates: software compiled -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, years", [
    ("D'après une analyse technique, ce programme avait été compilé après 2016.", {"2016"}),
    ("The sample found on the phone was compiled in 2017.", {"2017"}),
    ("La version Android du logiciel a été compilée en 2018, selon les chercheurs.", {"2018"}),
    ("Its compilation date is 2019.", {"2019"}),
    ("Ce programme avait été compilé avant 2015.", set()),  # before: no lower bound
    ("The binary was compiled before 2014, the lab says.", set()),
    ("Researchers compiled a list of 40 countries in 2016.", set()),  # a list, not a program
    ("Le rapport, compilé en 2019 par des chercheurs, recense 40 pays.", set()),
])
def test_compilation_dates_a_program(sentence: str, years: set[str]) -> None:
    assert production_years(sentence) == years


# --- screening on the packaged rules ----------------------------------------------------------------------

RULES = load_rules()


def sale(date: str | None, *, country: str | None = "FR", dest: str = "EG", text: str = "",
         unlicensed: bool = False, supplier: str = "Korvax Défense") -> Transfer:
    """A transfer as transfers.py builds it, its categories read from `text` as there."""
    quote = {"doc": "d", "start": 0, "end": len(text), "quote": text}
    return Transfer(
        id=f"t-{date}-{country}-{dest}", supplier=Party(supplier, "s1", country), destination=dest,
        item="item", categories=frozenset(categorise(text)), date=date, destination_id=f"c-{dest}",
        relation_ids=("r1",), evidence=(quote,), unlicensed=(quote,) if unlicensed else ())


def flags_of(t: Transfer, rule_id: str) -> list[str]:
    return [f.status for f in screen([t], RULES) if f.rule == rule_id]


ARMOURED = "des véhicules blindés qui ont servi à réprimer les manifestations au Caire"
EG_2013 = "eu-egypt-internal-repression-2013"


@pytest.mark.parametrize("date, country, text, expected", [
    ("2014-03", "FR", ARMOURED, ["breach"]),  # after 21 Aug 2013, an EU supplier, repression use
    ("2013-09/2014", "BE", ARMOURED, ["breach"]),
    ("2013-03", "FR", ARMOURED, []),  # before the rule's start
    ("2013", "FR", ARMOURED, ["possible"]),  # straddles the start
    ("2014-03", "BR", ARMOURED, []),  # supplier not bound by an EU measure
    ("2014-03", None, ARMOURED, []),  # supplier's state unknown: nothing binds it
    ("2014-03", "FR", "des véhicules blindés pour la lutte contre le terrorisme", []),  # not IRE
])
def test_egypt_internal_repression_commitment(date: str, country: str | None, text: str,
                                              expected: list[str]) -> None:
    assert flags_of(sale(date, country=country, text=text), EG_2013) == expected


INTRUSION = "le logiciel espion Pyrrha, un outil d'intrusion"
DUAL_USE = "eu-dual-use-annex-i-wa2013-cyber-items"


@pytest.mark.parametrize("date, unlicensed, expected", [
    ("2016/2017", False, ["possible"]),  # a licence requirement alone: at most possible
    ("2016/2017", True, ["breach"]),  # the sources show no licence was granted
    ("2013/2017", True, ["possible"]),  # made before the rule's start: the export may predate it
    ("2013", True, []),  # before the rule
])
def test_intrusion_software_licence(date: str, unlicensed: bool, expected: list[str]) -> None:
    t = sale(date, country="DE", dest="TR", text=INTRUSION, unlicensed=unlicensed)
    assert flags_of(t, DUAL_USE) == expected
    assert flags_of(t, "wa-2013-intrusion-software") in ([], ["possible"])  # multilateral: never a breach


def test_arms_to_an_embargoed_state_whoever_the_eu_supplier() -> None:
    t = sale("2024", country="FR", dest="SD", text="des lanceurs de grenades fumigènes, un système d'armes")
    assert flags_of(t, "eu-sudan-arms-1994") == ["breach"]
    assert flags_of(sale("/2024", country="FR", dest="SD", text="un système d'armes"),
                    "eu-sudan-arms-1994") == ["possible"]  # found in 2024, exported at some time before
    assert flags_of(sale("2024", country="AE", dest="SD", text="un système d'armes"), "eu-sudan-arms-1994") == []


# --- gazetteer: suppliers carry their state ----------------------------------------------------------------

def _vendor(name: str):  # type: ignore[no-untyped-def]
    from enquete.extract.names import fold, load_entries
    return next((e for e in load_entries() if fold(name) in {fold(n) for n in e.names}), None)


@pytest.mark.parametrize("name, country", [
    ("Renault Trucks Defense", "fr"), ("Renault Trucks Défense", "fr"), ("Lacroix Defense", "fr"),
    ("KNDS France", "fr"), ("Nexter", "fr"), ("Computerlinks FZCO", "ae"), ("Arquus", "fr"),
])
def test_vendors_carry_their_state(name: str, country: str) -> None:
    entry = _vendor(name)
    assert entry is not None and entry.country == country


def test_a_renamed_company_is_not_an_alias_of_its_successor() -> None:
    assert _vendor("KNDS France").name != _vendor("Nexter").name
    assert _vendor("Renault Trucks Defense").name != _vendor("Arquus").name


# --- dates: two years of one act (dates.py) ----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Helvar Trade exported the probes in 2010 and 2011, the settlement says.", ["2010/2011"]),
    ("Les sondes ont été livrées en 2014 et en 2016 au ministère.", ["2014/2016"]),
    ("The contract was signed in 2010 and renewed in 2030.", ["2010", "2030"]),  # two acts, far apart
    ("between 2007 and 2011", ["2007/2011"]),
])
def test_two_years_of_one_act_bound_its_span(text: str, value: list[str]) -> None:
    from enquete.extract.dates import find_dates
    assert [d.value for d in find_dates(text, "2020-01-01")] == value


# --- categories from the words next to a product's name (transfers.py, categories.around) -------------------

@pytest.mark.parametrize("text, name, expected", [
    ("Selon l'ONG, des véhicules blindés Korvax et Tarn fabriqués par Helvar ont été filmés.", "Korvax",
     {"arms"}),
    ("The Korvax armoured vehicles were seen in the capital.", "Korvax", {"arms"}),
    ("Le logiciel espion Pyrrha a été retrouvé sur des téléphones.", "Pyrrha", {"intrusion-software"}),
    ("Helvar, qui vend aussi des armes, a livré Pyrrha au ministère.", "Pyrrha", set()),  # past a comma
    ("Le commerce des armes ne concerne pas le logiciel Pyrrha vendu à Tarvel.", "Pyrrha", set()),  # far
    ("Pyrrha (a program that also runs on rifles' sights) was sold.", "Pyrrha", set()),  # past a bracket
])
def test_a_product_takes_the_category_of_the_words_next_to_its_name(text: str, name: str,
                                                                    expected: set[str]) -> None:
    from enquete.analyse.categories import around
    i = text.index(name)
    assert categorise(around(text, i, i + len(name))) == expected


# --- supply.py: goods named by a demonstrative before an agentless passive sale (real pipeline) --------------

_PIPES: list = []


def _supplies(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    from enquete import model
    from enquete.extract import extract, load_pipelines
    if not _PIPES:
        _PIPES.append(load_pipelines())
    doc = model.Document(id=model.sha256(text), source="c.txt", text=text, language=lang)
    x = extract(doc, _PIPES[0])
    by_id = {m.id: m.text for m in x.mentions}
    return {(by_id[r.subject], by_id[r.object], r.date) for r in x.relations if r.predicate == "supplied"}


MADE = "Des véhicules blindés Korvax fabriqués par Renault Trucks Defense ont été filmés au Caire. "


@pytest.mark.integration
@pytest.mark.parametrize("text, want", [
    (MADE + "Plus de 200 de ces véhicules auraient été livrés au ministère de l'Intérieur égyptien entre "
     "2012 et 2014.", {("Renault Trucks Defense", "ministère de l'Intérieur", "2012/2014")}),
    (MADE + "Plusieurs dizaines de ces véhicules ont été livrés au Kenya en 2015.",
     {("Renault Trucks Defense", "Kenya", "2015")}),
    (MADE + "Plus de 200 de ces véhicules n'ont jamais été livrés au Kenya.", set()),  # negated
    ("Des véhicules blindés Korvax ont été filmés au Caire. Plus de 200 de ces véhicules ont été livrés au "
     "Kenya.", set()),  # no maker read: no seller
])
def test_fronted_demonstrative_goods_sold_by_their_maker(text: str, want: set) -> None:
    assert _supplies(text, "fr") == want


# --- known gaps on the way to a flag (strict xfails: each names the module where the chain breaks) ---------

def _facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    from enquete import model
    from enquete.extract import extract, load_pipelines
    if not _PIPES:
        _PIPES.append(load_pipelines())
    x = extract(model.Document(id=model.sha256(text), source="c.txt", text=text, language=lang), _PIPES[0])
    by_id = {m.id: m.text for m in x.mentions}
    return {(by_id[r.subject], r.predicate, by_id[r.object]) for r in x.relations}


@pytest.mark.integration
@pytest.mark.xfail(strict=True, reason="found_in (phrasings.yaml): a brand marked on goods photographed in a "
                   "state ('des culots qui portent le marquage de X', with the state as a demonym) is no find")
def test_gap_goods_marked_with_a_brand_photographed_in_a_state() -> None:
    text = ("Nobel Sport fabrique des grenades lacrymogènes. En mars 2016, des militants kényans photographient "
            "à Nairobi des culots de grenades qui portent le marquage de Nobel Sport.")
    assert any(p == "found_in" and o in ("Kenya", "Nairobi") for _, p, o in _facts(text, "fr"))


@pytest.mark.integration
@pytest.mark.xfail(strict=True, reason="supply/anaphora: the destination of 'X exported the devices' is named "
                   "only in an earlier sentence about 'a Dubai-based distributor' that X then names")
def test_gap_destination_named_in_the_lead() -> None:
    text = ("A Dubai-based reseller has agreed to pay a penalty for shipping network filters to Iran. "
            "Helvar Trade, a subsidiary of a Swiss group, exported the devices in 2012 and 2013.")
    assert ("Helvar Trade", "supplied", "Iran") in _facts(text, "en")


@pytest.mark.integration
@pytest.mark.xfail(strict=True, reason="arguments/supply: an agentless passive shipment of indefinite goods "
                   "('des serveurs ont été expédiés à Z') has no seller, not even the company the text is about")
def test_gap_agentless_shipment_of_the_company_in_view() -> None:
    text = ("Le parquet enquête sur la société Helvar, qui a construit un centre d'écoute en Iran. "
            "Des serveurs ont encore été expédiés à Téhéran en mars 2013.")
    assert any(s == "Helvar" and p == "supplied" for s, p, _ in _facts(text, "fr"))
