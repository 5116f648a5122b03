"""Short articles written for these tests, where a report, a court or documents state a transfer and the
company answers: the claims come from the real parse (mentions placed by hand), are stored through the real
store code, and paired by refresh_contradictions. A denial pairs with the statement it answers and its
`why` names both sides; a bare dismissal ("rejected the accusations") answers the last accusation that has
the company at stake; an admission, a plea of ignorance against a report of use, or a dismissal when no one
accused the company, pairs with nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from enquete import model
from enquete.analyse.contradictions import refresh_contradictions
from enquete.store import schema as t
from enquete.store.documents import save_document
from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

NAMES = {"Korvan Networks": "Company", "Egypt": "Country", "Amnesty International": "Organization",
         "Veltra": "Company", "Libye": "Country", "tribunal de Paris": "PublicBody", "Reuters": "Organization",
         "Trelis": "Company", "Bahrain": "Country", "Forbidden Stories": "Organization", "Orcan": "Product",
         "Zentek": "Company", "Maroc": "Country", "Human Rights Watch": "Organization",
         "Brightline": "Company", "Myanmar": "Country", "Amnesty": "Organization", "Iran": "Country",
         "Nordsec": "Company", "Radar": "Organization", "Syrie": "Country", "Argus": "Product"}

DENIED_REPORT = ("Surveillance probes in Egypt\n\n"
                 "In a report published in March 2019, Amnesty International found that Korvan Networks had "
                 "supplied deep packet inspection equipment to Egypt.\n\n"
                 "Korvan Networks rejected the findings. In a statement, the company said it had never sold any "
                 "equipment to Egypt and called the report false.\n")
DENIED_JUDGMENT = ("Des sondes en Libye\n\n"
                   "Selon un jugement du tribunal de Paris rendu en 2020, Veltra a livré un système d'interception "
                   "à la Libye en 2009.\n\n"
                   "Veltra a fait appel. L'entreprise affirme n'avoir jamais vendu de matériel à la Libye.\n")
DENIED_DOCUMENTS = ("Spyware and Bahrain\n\n"
                    "Documents obtained by Reuters showed that Trelis provided its intrusion tool to Bahrain in 2012.\n\n"
                    "A company spokesperson told Reuters that Trelis had never supplied Bahrain.\n")
IGNORANCE = ("Un logiciel espion au Maroc\n\n"
             "D'après Forbidden Stories, le logiciel Orcan de Zentek a été utilisé au Maroc contre des "
             "journalistes.\n\n"
             "Son porte-parole a assuré que Zentek ignorait tout de l'usage fait d'Orcan au Maroc.\n")
ADMITTED = ("Cameras in Myanmar\n\n"
            "Human Rights Watch said that Brightline sold facial recognition cameras to Myanmar in 2021.\n\n"
            "Brightline acknowledged that it had sold cameras to Myanmar in 2021.\n")
KNOWLEDGE = ("Nordsec et l'Iran\n\n"
             "Selon Amnesty, Nordsec ne pouvait ignorer que ses sondes servaient en Iran à traquer des "
             "opposants.\n\n"
             "Nordsec affirme ignorer que ses sondes étaient utilisées en Iran.\n")
DISMISSED = ("Probes in Egypt\n\n"
             "Amnesty International said in 2019 that Korvan Networks had supplied probes to Egypt.\n\n"
             "Korvan Networks rejected the accusations.\n")
REFUTED = ("Argus en Syrie.\n\n"
           "Selon Radar, Nordsec a livré Argus à la Syrie en 2011.\n\n"
           "Nordsec a réfuté ces accusations.\n")
DISMISSED_ALONE = ("Probes in Egypt\n\n"
                   "Korvan Networks sells probes in Egypt.\n\n"
                   "Amnesty International said in 2019 that Egypt had arrested bloggers.\n\n"
                   "Korvan Networks rejected the accusations.\n")


def _pairs(store, text: str, lang: str) -> list[tuple[str, str, str]]:
    """(affirming speaker, denying speaker, why) of each claim-to-claim contradiction found in `text`."""
    f = Facts(text, lang, NAMES, {})
    ex = model.Extraction(doc=f.doc.id, mentions=f.mentions, relations=f.relations, events=f.events,
                          claims=f.claims)
    with store.begin() as conn:
        save_document(conn, f.doc, ex, None)
        for m in f.mentions:
            ent = m.text.casefold()
            if conn.execute(t.entity.select().where(t.entity.c.id == ent)).first() is None:
                conn.execute(t.entity.insert().values(id=ent, type=m.type, name=m.text))
            conn.execute(update(t.mention).where(t.mention.c.id == m.id).values(entity_id=ent))
    refresh_contradictions(store)
    with store.connect() as conn:
        speaker = {r.id: f.name(r.speaker) for r in conn.execute(select(t.claim))}
        return [(speaker[r.a_id], speaker[r.b_id], r.why) for r in conn.execute(select(t.contradiction))
                if r.b_kind == "claim"]


@pytest.mark.parametrize("text,lang,accuser,denier", [
    (DENIED_REPORT, "en", "Amnesty International", "Korvan Networks"),
    (DENIED_JUDGMENT, "fr", "tribunal de Paris", "Veltra"),
    (DENIED_DOCUMENTS, "en", "Reuters", "Trelis"),
    (KNOWLEDGE, "fr", "Amnesty", "Nordsec"),
    (DISMISSED, "en", "Amnesty International", "Korvan Networks"),
    (REFUTED, "fr", "Radar", "Nordsec"),
])
def test_a_company_denying_what_a_report_or_a_court_states_is_a_contradiction(store, text, lang, accuser,
                                                                               denier):
    pairs = _pairs(store, text, lang)
    assert pairs and {(a, b) for a, b, _ in pairs} == {(accuser, denier)}, pairs
    why = pairs[0][2]
    assert accuser in why and denier in why and "denies" in why


@pytest.mark.parametrize("text,lang", [(ADMITTED, "en"), (IGNORANCE, "fr"), (DISMISSED_ALONE, "en")])
def test_an_admission_a_plea_of_ignorance_or_a_dismissal_of_nothing_said_of_it_is_no_contradiction(
        store, text, lang):
    assert _pairs(store, text, lang) == []
