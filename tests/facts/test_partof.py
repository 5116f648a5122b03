"""Units that are part of a larger body (subsidiary_of beyond companies): a lab or centre of a university
("le Borealis Lab de l'université de Montréal", "the Borealis Lab at the University of Oslo", "X, the
research group based at the University of Y"), a unit named after a possessive that points to its owner
("Son groupe d'analyse des menaces, le X", "Its threat intelligence arm, X"), and a unit of a public body
named by description ("l'unité de cybersurveillance de la police kényane", "the cyber unit of the Kenyan
police", "au sein de sa commission spéciale sur …").

Near misses stay silent: a partner ("a lab that works with the University of Y"), goods ("a unit bought
from Z", "sold the interception unit to"), a person of the body ("le directeur de l'université"), a unit
with no owner named ("the police unit raided"), a customer, a founder's former employer, a denial, a plan,
and a unit whose possessive points to another body.

Sentences written for this test; the companies, labs and units are invented, the states and universities
real. The whole extraction runs on the installed models. Run as a script for the pass rate:

    python -m tests.facts.test_partof
"""

from __future__ import annotations

import pytest

from enquete import model

pytestmark = pytest.mark.integration

SUB = "subsidiary_of"

# (lang, text, (unit, owner) pairs that must be read, pairs that must not; None: no subsidiary_of at all)
CASES = [
    # a lab or centre of a university
    ("fr", "En 2021, le Borealis Lab de l'université de Montréal a identifié des infections.",
     [("Borealis Lab", "université de Montréal")], []),
    ("fr", "Selon le Borealis Lab de l'université d'Ottawa, le téléphone a été infecté à douze reprises.",
     [("Borealis Lab", "université d'Ottawa")], []),
    ("en", "The Digital Security Lab at the University of Oslo published a report on Wednesday.",
     [("Digital Security Lab", "University of Oslo")], []),
    ("en", "That is the finding of the Digital Security Lab, the research group based at the University of "
     "Oslo's School of Law, which has studied the firm for years.",
     [("Digital Security Lab", "University of Oslo")], []),
    ("en", "Quadrix Tech, the technology unit of Human Rights Watch, confirmed the traces.",
     [("Quadrix Tech", "Human Rights Watch")], []),
    ("fr", "Le Lumen Lab, un laboratoire de l'université de Lausanne, a publié l'analyse.",
     [("Lumen Lab", "université de Lausanne")], []),
    ("en", "The Digital Security Lab of the University of Geneva found the spyware on two phones.",
     [("Digital Security Lab", "University of Geneva")], []),
    ("en", "Researchers from the Digital Security Lab, a research centre housed at Stanford University, "
     "found the implant.", [("Digital Security Lab", "Stanford University")], []),
    ("fr", "Le Borealis Lab, un groupe de recherche rattaché à l'université de Montréal, a publié le "
     "rapport.",
     [("Borealis Lab", "université de Montréal")], []),
    # a unit after a possessive that points to its owner
    ("fr", "Quadrix Labs a confirmé les faits. Son groupe d'analyse des menaces, le Threat Response Group, "
     "a indiqué avoir identifié des victimes.", [("Threat Response Group", "Quadrix Labs")], []),
    ("en", "Ristek Systems confirmed the attack. Its threat intelligence arm, Halcyon Labs, said the servers "
     "were in Kenya.", [("Halcyon Labs", "Ristek Systems")], []),
    ("fr", "Nervala SA a vendu ses caméras en 2019. Sa filiale Ombrix a installé les serveurs au Maroc.",
     [("Ombrix", "Nervala SA")], []),
    ("en", "Quadrix Labs declined to comment. Its research unit, the Orion Group, said the flaw had been "
     "fixed.", [("Orion Group", "Quadrix Labs")], []),
    ("en", "Nervala SA said its security division, Halcyon Labs, had found the flaw.",
     [("Halcyon Labs", "Nervala SA")], []),
    ("fr", "Ristek Systems a publié un rapport. Son équipe de recherche, le Threat Response Group, a "
     "identifié les serveurs.", [("Threat Response Group", "Ristek Systems")], []),
    # a unit of a public body named by description
    ("fr", "Des techniciens de Ristek Systems ont aidé l'unité de cybersurveillance de la police kényane à "
     "lire les messages.", [("unité de cybersurveillance", "police kényane")], []),
    ("en", "Technicians from Ristek Systems helped the cyber unit of the Kenyan police to read the messages.",
     [("cyber unit", "Kenyan police")], []),
    ("fr", "Le Sénat enquête, au sein de sa commission spéciale sur les logiciels espions, sur l'usage "
     "de ces outils.", [("commission spéciale sur les logiciels espions", "Sénat")], []),
    ("fr", "La brigade numérique de la gendarmerie nationale a saisi les serveurs.",
     [("brigade numérique", "gendarmerie nationale")], []),
    ("en", "The special investigations unit of the Serbian police seized the phones.",
     [("special investigations unit", "Serbian police")], []),
    ("fr", "La cellule anticorruption du ministère de la Justice a transmis le dossier au parquet.",
     [("cellule anticorruption", "ministère de la Justice")], []),
    ("en", "In 2022 the European Parliament set up its special committee on spyware.",
     [("special committee on spyware", "European Parliament")], []),
    ("en", "The Kenyan police's cyber crime unit arrested the blogger in March.",
     [("cyber crime unit", "Kenyan police")], []),
    ("fr", "Le laboratoire d'analyse de la police serbe a examiné les téléphones.",
     [("laboratoire d'analyse", "police serbe")], []),
    ("en", "The forensic lab of the Serbian police examined the phones.",
     [("forensic lab", "Serbian police")], []),
    ("fr", "La division technique de la police ougandaise a reçu les caméras en 2019.",
     [("division technique", "police ougandaise")], []),
    ("en", "The technical division of the Ugandan police received the cameras in 2019.",
     [("technical division", "Ugandan police")], []),
    ("fr", "Le Parlement européen a entendu Ristek Systems devant sa commission spéciale sur la "
     "surveillance.",
     [("commission spéciale sur la surveillance", "Parlement européen")], []),
    # near misses
    ("en", "The Digital Security Lab, a lab that works with the University of Geneva, published the report.",
     [], None),
    ("en", "The police deployed an interception unit bought from Ristek Systems.", [], None),
    ("fr", "Le directeur de l'université de Montréal a démenti les faits.", [], None),
    ("en", "The police unit raided the offices of Quadrix Labs.", [], None),
    ("en", "The Kenyan police is a client of Ristek Systems.", [], None),
    ("fr", "La police kényane est un client de Ristek Systems depuis 2018.", [], None),
    ("en", "Halcyon Labs, founded by former members of Ristek Systems, sells spyware.", [], None),
    ("fr", "Ombrix, fondée par d'anciens employés de Nervala SA, vend des logiciels espions.", [], None),
    ("en", "Quadrix Labs published the report, and Google's threat unit, the Orion Group, confirmed it.", [],
     [("Orion Group", "Quadrix Labs")]),
    ("fr", "Le Sénat a critiqué la police kényane et son unité de cybersurveillance.", [],
     [("unité de cybersurveillance", "Sénat")]),
    ("en", "The Digital Security Lab partnered with the University of Geneva on the study.", [], None),
    ("en", "Ristek Systems sold the interception unit to the Kenyan police.", [], None),
    ("fr", "Ristek Systems a vendu une unité d'interception à la police kényane.", [], None),
    ("en", "Researchers at the University of Oslo and the Digital Security Lab published a joint report.",
     [], None),
    ("fr", "Le Borealis Lab et l'université de Montréal ont publié un rapport commun.", [], None),
    ("en", "The Digital Security Lab criticised the University of Oslo for its silence.", [], None),
    ("fr", "Nervala SA dément qu'Ombrix soit sa filiale.", [], None),
    ("en", "Ristek Systems will create a cyber unit for the Kenyan police.", [], None),
    ("fr", "L'unité de cybersurveillance a été équipée par Ristek Systems.", [], None),
    ("fr", "La commission a auditionné le directeur de la police kényane.", [], None),
    ("en", "Halcyon Labs, a client of Ristek Systems, bought the licences.", [], None),
    ("en", "Quadrix Labs said the lab of the University of Oslo had asked for the data.", [],
     [("lab", "Quadrix Labs")]),
    ("fr", "Ombrix, au service de la police kényane depuis 2018, installe les caméras.", [], None),
    ("en", "Halcyon Labs, in the service of the Kenyan police since 2018, installs the cameras.", [], None),
    ("en", "The Kenyan police said its own unit had not used the tool.", [], None),
]

# (lang, text, a span that must be an Organization mention)
UNIVERSITIES = [
    ("fr", "Les chercheurs de l'université de Toulouse ont publié un rapport.", "université de Toulouse"),
    ("fr", "Une étude de l'université d'Ottawa décrit le logiciel.", "université d'Ottawa"),
    ("en", "Researchers at the University of Oslo found the spyware.", "University of Oslo"),
]


# (lang, text, a unit's mention, its state): a unit takes its owner's state, so that units of one kind in two
# states stay two entities
UNIT_STATES = [
    ("fr", "L'unité de cybersurveillance de la police kényane a lu les messages.", "unité de cybersurveillance", "ke"),
    ("en", "The cyber unit of the Ugandan police read the messages.", "cyber unit", "ug"),
]


def _extract(pipes, lang: str, text: str):  # type: ignore[no-untyped-def]
    from enquete.extract import extract

    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language=lang, published="2022")
    return extract(doc, pipes)


def _pairs(pipes, lang: str, text: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    ex = _extract(pipes, lang, text)
    names = {m.id: m.text for m in ex.mentions}
    return {(names.get(r.subject), names.get(r.object)) for r in ex.relations if r.predicate == SUB}


def _passes(found: set, wanted: list, unwanted: list | None) -> bool:
    if not all(tuple(w) in found for w in wanted):
        return False
    return not found if unwanted is None else not [u for u in unwanted if tuple(u) in found]


@pytest.mark.parametrize("lang,text,wanted,unwanted", CASES, ids=[t[:50] for _, t, _, _ in CASES])
def test_part_of(pipes, lang: str, text: str, wanted: list,  # type: ignore[no-untyped-def]
                 unwanted: list | None) -> None:
    found = _pairs(pipes, lang, text)
    assert _passes(found, wanted, unwanted), sorted(map(str, found))


@pytest.mark.parametrize("lang,text,span", UNIVERSITIES, ids=[t[:50] for _, t, _ in UNIVERSITIES])
def test_university(pipes, lang: str, text: str, span: str) -> None:  # type: ignore[no-untyped-def]
    found = [(m.text, m.type) for m in _extract(pipes, lang, text).mentions]
    assert (span, "Organization") in found, found


@pytest.mark.parametrize("lang,text,span,code", UNIT_STATES, ids=[t[:50] for _, t, _, _ in UNIT_STATES])
def test_unit_state(pipes, lang: str, text: str, span: str, code: str) -> None:  # type: ignore[no-untyped-def]
    found = [(m.text, m.type, m.country) for m in _extract(pipes, lang, text).mentions]
    assert (span, "PublicBody", code) in found, found


def test_university_one_key() -> None:
    """A university named in French and in English is one actor; two universities stay two."""
    from enquete.resolve.names import name_key

    assert name_key("université de Toronto", "Organization") == name_key("University of Toronto", "Organization")
    assert name_key("université d'Ottawa", "Organization") == name_key("University of Ottawa", "Organization")
    assert name_key("université Harvard", "Organization") == name_key("Harvard University", "Organization")
    assert name_key("université de Montréal", "Organization") != name_key("université de Toronto", "Organization")


if __name__ == "__main__":  # the battery's pass rate: pytest's own count of passed and failed cases
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", "-rN", __file__]))
