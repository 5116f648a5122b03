"""Public bodies named by a description rather than a proper name: a state's possessive and the body's kind
("Israel's defence ministry", "Bahrain's security forces"), a state's adjective or name before it ("Libyan
military intelligence", "the Hong Kong police", "the Myanmar military"), the bare "the military" / "the junta"
/ "l'armée" where one state is in view, the United Nations' panels of experts ("a United Nations panel of
experts", "le groupe d'experts de l'ONU") and French bodies with their adjective of nationality after them
("le service national de renseignement équatorien", "l'armée birmane").

Near misses stay silent: a company's "security division", a body's word with no state ("the police said",
"the ministry declined"), a ministry in a novel, a minister (a person), "military-grade equipment", "Israeli
defence firms", an industry, a figurative "army of lobbyists", "the junta" where two states are in view.

Sentences written for this test; the companies are invented, the states real. The mentions come from the
whole mention stage on the installed models; a few cases run the whole extraction for the relations. Run as
a script for the pass rate:

    python -m tests.facts.test_public_bodies12
"""

from __future__ import annotations

import pytest

from enquete import model

pytestmark = pytest.mark.integration

# (lang, text, acceptable spans of the body, its state's code)
FOUND = [
    ("en", "China's foreign ministry said the sanctions were unjustified.", ("China's foreign ministry",), "cn"),
    ("en", "China's foreign ministry spokesman Li Wen said the sanctions were unjustified.",
     ("China's foreign ministry",), "cn"),
    ("en", "A Myanmar military spokesman denied the report.", ("Myanmar military",), "mm"),
    ("en", "Israel's defence ministry approved the export of the drones.", ("Israel's defence ministry",), "il"),
    ("en", "Last year Egypt's interior ministry denied buying the software.", ("Egypt's interior ministry",), "eg"),
    ("en", "Morocco's intelligence services used the tool against journalists.",
     ("Morocco's intelligence services",), "ma"),
    ("en", "Bahrain's security forces arrested the activist in 2019.", ("Bahrain's security forces",), "bh"),
    ("en", "Ethiopia's defense ministry signed a contract with Norvane Systems.",
     ("Ethiopia's defense ministry",), "et"),
    ("en", "According to the report, Mexico's army bought the spyware in 2016.", ("Mexico's army",), "mx"),
    ("en", "Kenya's military intelligence bought the interception system.", ("Kenya's military intelligence",),
     "ke"),
    ("en", "Libyan military intelligence monitored the dissidents from Tripoli.",
     ("Libyan military intelligence",), "ly"),
    ("en", "The Hong Kong police seized the phones of the protesters.", ("Hong Kong police",), "hk"),
    ("en", "The Serbian police bought drones from Velkor in 2019.", ("Serbian police",), "rs"),
    ("en", "The Egyptian army received armoured vehicles in 2014.", ("Egyptian army",), "eg"),
    ("en", "The Myanmar military used the drones against villages.", ("Myanmar military",), "mm"),
    ("en", "Uzbek security services tracked the journalist for months.", ("Uzbek security services",), "uz"),
    ("en", "The Turkish armed forces deployed the drones in 2020.", ("Turkish armed forces",), "tr"),
    ("en", "Greece's national intelligence service spied on the reporter.",
     ("Greece's national intelligence service",), "gr"),
    ("en", "Myanmar's military junta bought the drones through a broker.", ("Myanmar's military junta",), "mm"),
    ("en", "The Sudanese military received the vehicles in 2021.", ("Sudanese military",), "sd"),
    # the bare noun, one state in view
    ("en", "In Myanmar, the military seized power in 2021.", ("military",), "mm"),
    ("en", "Myanmar has been ruled by generals since the coup. The junta then bought drones from Velkor.",
     ("junta",), "mm"),
    ("en", "Egypt received the vehicles in 2014. The army used them in the Sinai.", ("army",), "eg"),
    ("fr", "Au Soudan, l'armée a acheté des drones en 2022.", ("armée",), "sd"),
    ("en", "Velkor sold drones to Egypt in 2015, and the army used them in the Sinai.", ("army",), "eg"),
    ("fr", "La Birmanie est dirigée depuis 2021 par la junte, qui a acheté des drones.", ("junte",), "mm"),
    ("fr", "Le Tchad a reçu les blindés en 2019. L'armée les a déployés dans le nord.", ("armée",), "td"),
    # a company's state of origin is not in view: the other state is
    ("en", "An Israeli surveillance company sold the platform to Myanmar weeks before the military seized power.",
     ("military",), "mm"),
    ("fr", "La société israélienne Velkor a vendu des drones au Tchad, dont l'armée se sert depuis.", ("armée",),
     "td"),
    ("fr", "Les rebelles sont en guerre contre l'armée régulière soudanaise depuis avril.",
     ("armée régulière soudanaise",), "sd"),
    # United Nations panels of experts
    ("en", "A United Nations panel of experts found that the drones reached Libya.",
     ("United Nations panel of experts",), None),
    ("en", "The UN panel of experts on Sudan documented the deliveries.",
     ("UN panel of experts on Sudan", "UN panel of experts"), None),
    ("fr", "Selon le groupe d'experts de l'ONU, les drones ont été livrés en 2020.",
     ("groupe d'experts de l'ONU",), None),
    ("fr", "Le groupe d'experts des Nations unies sur la Libye a documenté les livraisons.",
     ("groupe d'experts des Nations unies sur la Libye", "groupe d'experts des Nations unies"), None),
    ("en", "The UN Human Rights Council adopted a resolution on spyware.", ("UN Human Rights Council",), None),
    # French, the adjective of nationality after the body
    ("fr", "Le service national de renseignement équatorien a acheté le logiciel.",
     ("service national de renseignement équatorien",), "ec"),
    ("fr", "Le ministère de l'Intérieur égyptien a signé le contrat en 2015.",
     ("ministère de l'Intérieur égyptien", "ministère de l'Intérieur"), "eg"),
    ("fr", "La police serbe a acheté des drones à Velkor.", ("police serbe",), "rs"),
    ("fr", "Les services de renseignement marocains ont ciblé des journalistes.",
     ("services de renseignement marocains",), "ma"),
    ("fr", "L'armée birmane a utilisé des drones contre des villages.", ("armée birmane",), "mm"),
    ("fr", "Les forces de sécurité bahreïnies ont arrêté le militant.", ("forces de sécurité bahreïnies",), "bh"),
    ("fr", "La police hongkongaise a saisi les téléphones des manifestants.", ("police hongkongaise",), "hk"),
    ("fr", "Les services de renseignement militaire égyptiens ont acheté l'outil.",
     ("services de renseignement militaire égyptiens",), "eg"),
    ("fr", "Le ministère égyptien de l'Intérieur a signé le contrat.", ("ministère égyptien de l'Intérieur",), "eg"),
    ("fr", "La junte birmane a acheté des drones en 2022.", ("junte birmane",), "mm"),
]

# (lang, text, a word no public body's mention may hold)
SILENT = [
    ("en", "The company's security division bought new servers.", "security"),
    ("en", "Velkor's security services team audited the servers.", "security"),
    ("en", "The police said the warehouse was empty.", "police"),
    ("en", "In the novel, the ministry of magic hunts the young heroes.", "ministry"),
    ("en", "The ministry declined to comment on the contract.", "ministry"),
    ("en", "Ministry officials refused to answer.", "Ministry"),
    ("en", "The minister said the contract was legal.", "minister"),
    ("en", "France's foreign minister said the contract was legal.", "minister"),
    ("en", "The firm sells military-grade equipment to the military.", "military"),
    ("en", "Egypt ordered military equipment from Velkor in 2014.", "military"),
    ("en", "In Egypt, the military-backed government bought the software.", "military"),
    ("en", "Israeli defence firms exported drones to Azerbaijan.", "defence"),
    ("en", "Israel's defence industry grew fast after 2010.", "defence"),
    ("en", "Egypt's intelligence failures were well documented.", "intelligence"),
    ("en", "Egypt's military budget doubled in 2015.", "military"),
    ("en", "In Egypt, the army chief resigned after the deal.", "army"),
    ("en", "A Serbian police officer sold the data to a broker.", "police"),
    ("en", "The military has long used such tools.", "military"),
    ("en", "Israel sold drones to Azerbaijan; the army used them in 2020.", "army"),
    ("en", "Thailand and Myanmar signed a deal. The junta welcomed it.", "junta"),
    ("en", "The operator is owned by Japan's Kairo Telecom. The junta ordered it to switch on the probes.", "junta"),
    ("en", "Israeli firm Velkor sold drones in Asia. The army praised them.", "army"),
    ("en", "A UN panel discussion on privacy took place in Geneva.", "panel"),
    ("en", "The panel of experts praised the new phone.", "panel"),
    ("en", "China's military-grade drones were shown at the fair.", "military"),
    ("en", "Velkor hired an army of lobbyists in Egypt.", "army"),
    ("fr", "Un groupe d'experts indépendants a publié un rapport.", "experts"),
    ("fr", "Le ministre de l'Intérieur égyptien a démenti.", "ministre"),
    ("fr", "Une armée de lobbyistes a défendu le contrat en Égypte.", "armée"),
    ("fr", "L'armée a toujours utilisé ces outils.", "armée"),
    ("fr", "Le Maroc a vendu des drones à l'Algérie ; l'armée les utilise depuis.", "armée"),
    ("fr", "En 2019, la France a livré des blindés à l'armée.", "armée"),
    ("en", "Israel sold the drones to the military in 2018.", "military"),
    ("fr", "La société a créé un service de renseignement économique interne.", "renseignement"),
    ("fr", "La police a fermé la rue.", "police"),
]


def _mentions(pipes, lang: str, text: str) -> list[model.Mention]:  # type: ignore[no-untyped-def]
    from enquete.extract.mentions import find_mentions, spacy_text

    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language=lang, published="2022")
    return find_mentions(pipes.for_language(lang)(spacy_text(text)), doc, pipes)


def bodies(pipes, lang: str, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """The public bodies the mention stage finds in `text`, with their states' codes."""
    return [(m.text, m.country) for m in _mentions(pipes, lang, text) if m.type == "PublicBody"]


def _extract(pipes, lang: str, text: str):  # type: ignore[no-untyped-def]
    from enquete.extract import extract

    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language=lang, published="2022")
    ex = extract(doc, pipes)
    names = {m.id: m.text for m in ex.mentions}
    return {(names.get(r.subject), r.predicate, names.get(r.object)) for r in ex.relations}


@pytest.mark.parametrize("lang,text,spans,code", FOUND, ids=[t[:50] for _, t, _, _ in FOUND])
def test_found(pipes, lang: str, text: str, spans: tuple[str, ...], code: str | None) -> None:  # type: ignore[no-untyped-def]
    found = bodies(pipes, lang, text)
    assert any(t in spans and c == code for t, c in found), f"{spans} {code} not in {found}"


@pytest.mark.parametrize("lang,text,word", SILENT, ids=[t[:50] for _, t, _ in SILENT])
def test_silent(pipes, lang: str, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = [t for t, _ in bodies(pipes, lang, text)]
    assert not [b for b in found if word.lower() in b.lower()], found


# (lang, text, triples that must be read, triples that must not)
RELATIONS = [
    ("en", "The Serbian police bought drones from Elbit in 2019.",
     [("Elbit", "supplied", "Serbian police")], []),
    ("en", "Israel's defence ministry approved the export of drones to Myanmar.", [],
     [("Israel's defence ministry", "supplied", "Myanmar")]),
    ("en", "Egypt's interior ministry bought the spyware from Norvane Systems in 2018.",
     [("Norvane Systems", "supplied", "Egypt's interior ministry")], []),
    ("fr", "L'armée birmane a acheté des drones à Velkor Systems en 2022.",
     [("Velkor Systems", "supplied", "armée birmane")], []),
    # a secretary's title names his state: never another state's ministry of that portfolio (roles.py)
    ("en", "China's foreign ministry said the criticism was unfounded. The United Kingdom suspended licences, "
     "then-Foreign Secretary Jeremy Hunt said.", [("Jeremy Hunt", "employed_by", "United Kingdom")],
     [("Jeremy Hunt", "employed_by", "China's foreign ministry")]),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", RELATIONS, ids=[t[:50] for _, t, _, _ in RELATIONS])
def test_relations(pipes, lang: str, text: str, wanted: list, unwanted: list) -> None:  # type: ignore[no-untyped-def]
    triples = _extract(pipes, lang, text)
    assert all(t in triples for t in wanted), sorted(map(str, triples))
    assert not [t for t in unwanted if t in triples], sorted(map(str, triples))
    wrong = [t for t in triples if t[1] == "supplied" and "ministry" in str(t[0]) and "approved" in text]
    assert not wrong, wrong


if __name__ == "__main__":  # the battery's pass rate: pytest's own count of passed and failed cases
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", "-rN", __file__]))
