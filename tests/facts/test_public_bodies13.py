"""Public bodies named by their bare kind, with no state in the words, where one state is in view: "the
police", "the security forces", "the armed forces", "the intelligence services", "the interior ministry",
"la police", "les forces de l'ordre", "les forces de sécurité", "les services de renseignement", "le
ministère de l'Intérieur". The sentence names one state (before the body, or right after it: "the police in
Serbia"), or names none and the nearest of the two sentences before that names any names one; the mention
carries that state's code, so that the resolver keeps bodies of different states apart.

Near misses stay silent (or keep no state): a speaker's bare body in a quotation, the generic police
("police forces around the world", "the police in many countries", "la police de l'air"), a person of the
body ("a police officer"), a "police state", no state in view, two states in view, a company's home state
("Israeli firm Velkor", "a company based in Israel", "la société française X"), a state the sentence says
sells to the body ("Israel sold drones to the police") or buys from it ("bought cameras from Israel"), a
state the body acts on after it ("handed him over to Egypt", "a signé un accord avec Bahreïn").

Sentences written for this test; the companies are invented, the states real. The mentions come from the
whole mention stage on the installed models; a few cases run the whole extraction for the relations. Run as
a script for the pass rate:

    python -m tests.facts.test_public_bodies13
"""

from __future__ import annotations

import pytest

from enquete import model
from tests.facts.test_public_bodies12 import bodies

pytestmark = pytest.mark.integration

# (lang, text, acceptable spans of the body, its state's code)
FOUND = [
    ("en", "In Serbia, the police bought cameras from Ristek Systems in 2019.", ("police",), "rs"),
    ("en", "Egypt received the drones in 2019. The police used them against protesters.", ("police",), "eg"),
    ("en", "Kenya signed the deal in May. Weeks later, the security forces deployed the system.",
     ("security forces",), "ke"),
    ("en", "In Bahrain, security forces arrested the activist in 2011.", ("security forces",), "bh"),
    ("en", "Ethiopia bought the software in 2016, and the intelligence services used it against journalists.",
     ("intelligence services",), "et"),
    ("en", "In Uganda, the armed forces received armoured vehicles in 2020.", ("armed forces",), "ug"),
    ("en", "Mexico signed the contract in 2014. The interior ministry denied any wrongdoing.",
     ("interior ministry",), "mx"),
    ("en", "Morocco denied the report. According to the researchers, the intelligence services targeted the "
     "journalist.", ("intelligence services",), "ma"),
    ("en", "The police in Serbia bought cameras from Ristek Systems.", ("police",), "rs"),
    ("en", "Tunisia ordered the probes in 2010. The interior ministry installed them in Tunis.",
     ("interior ministry",), "tn"),
    ("en", "Belarus held an election in August. The police detained thousands of protesters.", ("police",), "by"),
    ("en", "Police in Belarus detained thousands of protesters in 2020.", ("Police",), "by"),
    ("en", "In Egypt, Velkor Systems sold drones to the police in 2019.", ("police",), "eg"),
    ("fr", "Au Bahreïn, la société Velkor a vendu des grenades aux forces de sécurité.",
     ("forces de sécurité",), "bh"),
    ("fr", "En Serbie, la police a acheté des caméras à Ristek Systems en 2019.", ("police",), "rs"),
    ("fr", "L'Égypte a reçu les drones en 2019. La police les a utilisés contre des manifestants.",
     ("police",), "eg"),
    ("fr", "Au Bahreïn, les forces de sécurité ont arrêté le militant en 2011.", ("forces de sécurité",), "bh"),
    ("fr", "Au Kenya, les forces de l'ordre ont déployé le système en 2020.", ("forces de l'ordre",), "ke"),
    ("fr", "Le Maroc a démenti. Selon les chercheurs, les services de renseignement ont ciblé le journaliste.",
     ("services de renseignement",), "ma"),
    ("fr", "Le Mexique a signé le contrat en 2014. Le ministère de l'Intérieur a démenti toute irrégularité.",
     ("ministère de l'Intérieur",), "mx"),
    ("fr", "En Ouganda, les forces armées ont reçu des blindés en 2020.", ("forces armées",), "ug"),
    ("fr", "La France a commandé des drones en 2019. La police les utilise depuis pour surveiller les "
     "manifestations.", ("police",), "fr"),
    ("fr", "En France, la police a été critiquée pour son usage de la reconnaissance faciale.", ("police",), "fr"),
    ("fr", "La Tunisie a commandé les sondes en 2010, et le ministère de l'Intérieur les a installées à Tunis.",
     ("ministère de l'Intérieur",), "tn"),
]

# (lang, text, a word that no public body's mention holding it may carry a state for, or hold at all)
SILENT = [
    ("en", "Police forces around the world use such tools.", "police"),
    ("en", "The police declined to comment on the case.", "police"),
    ("en", "A police officer in Serbia sold the data to a broker.", "police"),
    ("en", "Israel sold drones to the police in 2019.", "police"),
    ("en", "Israel and Egypt signed a deal. The police welcomed it.", "police"),
    ("en", "Israeli firm Velkor sells cameras. The police bought them in 2019.", "police"),
    ("en", "Velkor, a company based in Israel, sold cameras to the police.", "police"),
    ("en", "Kenya's Safcell sold the subscribers' data to the police.", "police"),
    ("en", "The police bought the cameras from Israel in 2019.", "police"),
    ("en", "The police handed the activist over to Egypt.", "police"),
    ("en", "In Serbia, the police state has grown stronger.", "police"),
    ("en", "In Egypt, the police station was attacked in 2013.", "police"),
    ("en", "Egypt bought the drones in 2019. Velkor says the police in many countries use them.", "police"),
    ("en", "Egypt bought the drones. Velkor also sells its tools to security forces in Asia.", "security"),
    ("en", "Egypt bought drones in 2019. The interior ministry of Jordan denied buying any.", "interior"),
    ("en", "Egypt bought drones in 2019. The security forces of several states use them.", "security"),
    ("en", "Egypt bought the drones. The army later used them against Libya.", "army"),
    ("en", "Germany's Ostwind sold the probes. The intelligence services praised them.", "intelligence"),
    ("en", "Egypt bought the software in 2019; its security forces features are new.", "security"),
    ("fr", "La police de l'air et des frontières a contrôlé les passagers venus d'Égypte.", "police"),
    ("fr", "La société française Velkor a vendu des caméras. La police a été critiquée.", "police"),
    ("fr", "Un officier de police a vendu les données en Serbie.", "police"),
    ("fr", "Israël a vendu des drones à la police en 2019.", "police"),
    ("fr", "Israël a vendu des grenades aux forces de sécurité en 2012.", "forces"),
    ("fr", "Au Bahreïn, des forces de sécurité privées gardent les usines.", "forces"),
    ("fr", "Israël et l'Égypte ont signé un accord. La police l'a salué.", "police"),
    ("fr", "Les forces de l'ordre du monde entier utilisent ces outils.", "forces"),
    ("fr", "La police a acheté les caméras à Israël en 2019.", "police"),
    ("fr", "La police de nombreux pays utilise ces outils, dont l'Égypte.", "police"),
    ("fr", "Le ministère de l'Intérieur a signé un accord avec Bahreïn en 2009.", "ministère"),
    ("fr", "La France a livré les blindés. Les images les montrent aux mains des forces de sécurité du ministère "
     "de l'Intérieur, dans des quartiers du Caire.", "ministère"),
    ("fr", "L'entreprise israélienne Velkor a vendu le logiciel. Les services de renseignement l'ont utilisé.",
     "renseignement"),
    ("fr", "La police a fermé la rue.", "police"),
    ("fr", "L'Égypte a acheté des drones. La police municipale de Lyon n'en veut pas.", "police"),
    ("fr", "En Égypte, la police politique a été dissoute en 2011, puis la France a vendu des blindés.", "police"),
    # a ministry whose business is other states'
    ("en", "Myanmar bought the drones in 2019. The defence ministry approved the export.", "defence"),
    ("fr", "La Birmanie a acheté les drones en 2019. Le ministère de la Défense a autorisé l'export.",
     "Défense"),
    ("en", "Egypt requested his extradition. The justice ministry refused it.", "justice"),
    # an outlet's state is no state in view
    ("fr", "Le quotidien américain affirme que les images étaient regardées par la police.", "police"),
    ("en", "The American daily reported that the police watched the footage.", "police"),
    # a speaker's bare body in a quotation: the words around it do not say whose
    ("fr", "« En Serbie, la police traite ces données sans loi », résume Ana Petrović, sa directrice.", "police"),
    ("en", "\u201cIn Serbia, the police must obey the law,\u201d said Ana Petrovic, its director.", "police"),
]


def _extract(pipes, lang: str, text: str):  # type: ignore[no-untyped-def]
    from enquete.extract import extract

    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language=lang, published="2022")
    ex = extract(doc, pipes)
    names = {m.id: m.text for m in ex.mentions}
    codes = {m.text: m.country for m in ex.mentions}
    return {(names.get(r.subject), r.predicate, names.get(r.object)) for r in ex.relations}, codes


def _silent(pipes, lang: str, text: str, word: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """The bodies holding `word` that break the case: any, but a state named in the body's own words
    ("la police municipale de Lyon" names no state)."""
    return [(t, c) for t, c in bodies(pipes, lang, text) if word.lower() in t.lower() and (c or t.lower() in (
        "police", "security forces", "forces de sécurité", "forces de l'ordre", "interior ministry",
        "intelligence services", "services de renseignement", "army", "armed forces"))]


@pytest.mark.parametrize("lang,text,spans,code", FOUND, ids=[t[:50] for _, t, _, _ in FOUND])
def test_found(pipes, lang: str, text: str, spans: tuple[str, ...], code: str | None) -> None:  # type: ignore[no-untyped-def]
    found = bodies(pipes, lang, text)
    assert any(t in spans and c == code for t, c in found), f"{spans} {code} not in {found}"


@pytest.mark.parametrize("lang,text,word", SILENT, ids=[t[:50] for _, t, _ in SILENT])
def test_silent(pipes, lang: str, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not _silent(pipes, lang, text, word)


# (lang, text, triples that must be read, triples that must not, {body: its state's code})
RELATIONS = [
    ("en", "In Serbia, the police bought cameras from Ristek Systems in 2019.",
     [("Ristek Systems", "supplied", "police")], [], {"police": "rs"}),
    ("fr", "En Serbie, la police a acheté des caméras à Ristek Systems en 2019.",
     [("Ristek Systems", "supplied", "police")], [], {"police": "rs"}),
    ("en", "Egypt bought drones in 2019. The police used them against protesters.", [],
     [("Egypt", "supplied", "police"), ("police", "supplied", "Egypt")], {}),
    ("fr", "L'Égypte a acheté des drones en 2019. La police les a utilisés contre des manifestants.", [],
     [("Égypte", "supplied", "police"), ("police", "supplied", "Égypte")], {}),
    ("en", "Israel sold drones to the police in 2019.", [], [("Israel", "supplied", "police")], {}),
    ("en", "In Egypt, Velkor Systems sold drones to the police in 2019.",
     [("Velkor Systems", "supplied", "police")], [("Velkor Systems", "supplied", "Egypt")], {"police": "eg"}),
    ("fr", "L'ONG Vigilia suit le dossier. « Aucune loi serbe n'autorise la police à traiter ces données », "
     "résume Ana Petrović, sa directrice.", [], [("Ana Petrović", "employed_by", "police")], {}),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted,codes", RELATIONS, ids=[t[:50] for t in
                                                                           (r[1] for r in RELATIONS)])
def test_relations(pipes, lang: str, text: str, wanted: list, unwanted: list, codes: dict) -> None:  # type: ignore[no-untyped-def]
    triples, found = _extract(pipes, lang, text)
    assert all(t in triples for t in wanted), sorted(map(str, triples))
    assert not [t for t in unwanted if t in triples], sorted(map(str, triples))
    assert all(found.get(b) == c for b, c in codes.items()), found


if __name__ == "__main__":  # the battery's pass rate: pytest's own count of passed and failed cases
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", "-rN", __file__]))
