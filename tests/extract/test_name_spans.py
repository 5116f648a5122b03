"""Where a name ends when words inside it are not what the model expects of a name: "&" or "and"/"et" between
capitalised common words ("Veltia Identity & Security", "Tarsia Revenue and Customs"), a court named with its
place ("la Haute Cour de Nairobi", "the High Court of Tarsia"), a French organisation closed by a nationality
adjective ("la Croix-Rouge libanaise"), a capitalised common word after a listed name ("Nervo Sport
Sécurité"), lower-case words of another language inside a name ("Haki na Sheria Initiative", "the
investigative programme Uppdrag granskning").
Near misses stay split or unread: two names joined by "and" ("Nervala and Ristek"), two persons, a list, a
court without a place ("the High Court judge"), an apposition with its comma ("Veltia, libanaise depuis
2010"), a verb inside ("Nervala funded Corvex Foundation").

Sentences written for this test, with invented names."""

from __future__ import annotations

import pytest

from enquete import model

pytestmark = pytest.mark.integration

#: (language, text, mentions whose text must be found exactly, texts no mention may have)
CASES = [
    # "&" inside a name
    ("en", "Veltia Identity & Security sold the biometric kits to the police.",
     ("Veltia Identity & Security",), ("Veltia", "Security")),
    ("fr", "Le contrat a été attribué à Corvex Identity & Security en 2017.", ("Corvex Identity & Security",), ()),
    ("en", "Nervala Defence & Aerospace supplied the drones to the army.", ("Nervala Defence & Aerospace",), ()),
    ("fr", "Ristek Détection & Sécurité a livré les portiques en 2020.", ("Ristek Détection & Sécurité",), ()),
    ("en", "The audit was done by Hadrin & Partners in 2018.", ("Hadrin & Partners",), ()),
    # "and"/"et" between common words inside a name
    ("en", "The licence was granted by Tarsia Revenue and Customs in 2019.", ("Tarsia Revenue and Customs",),
     ("Customs",)),
    ("en", "Nervala SA paid the duties to Velmar Revenue and Customs last year.",
     ("Velmar Revenue and Customs",), ()),
    ("en", "The Department for Trade, Innovation and Skills granted the licence to Ristek Systems.",
     ("Department for Trade, Innovation and Skills",), ()),
    ("en", "The Office for Science, Research and Innovation funded Hadrin Labs.",
     ("Office for Science, Research and Innovation",), ()),
    ("en", "The accounts were audited by Velmar Audit and Assurance in 2021.", ("Velmar Audit and Assurance",), ()),
    # a court and its place
    ("fr", "La Cour suprême du Tarsia a annulé le contrat de Veltia.", ("Cour suprême du Tarsia",), ()),
    ("fr", "La Haute Cour de Velmar a suspendu le déploiement des caméras.", ("Haute Cour de Velmar",), ()),
    ("fr", "Le Tribunal de l'Union européenne a rejeté le recours de Nervala SA.",
     ("Tribunal de l'Union européenne",), ("Union européenne",)),
    ("fr", "La cour d'appel de Velmar a confirmé la condamnation de Karim Bensaïd.", ("cour d'appel de Velmar",), ()),
    ("fr", "Le tribunal de commerce de Velmar a placé Corvex en liquidation.", ("tribunal de commerce de Velmar",),
     ()),
    ("fr", "Le tribunal de Velmar a condamné Ristek Systems.", ("tribunal de Velmar",), ()),
    ("fr", "La Cour constitutionnelle du Tarsia a invalidé la loi.", ("Cour constitutionnelle du Tarsia",), ()),
    ("en", "The High Court of Tarsia suspended the programme run by Ristek Systems.", ("High Court of Tarsia",),
     ("High Court",)),
    ("en", "The Supreme Court of Velmar ruled against Nervala SA in 2020.", ("Supreme Court of Velmar",), ()),
    ("en", "The Court of Appeal of Tarsia upheld the fine imposed on Corvex.", ("Court of Appeal of Tarsia",), ()),
    ("en", "A ruling by the Constitutional Court of Velmar halted the deal.", ("Constitutional Court of Velmar",),
     ()),
    ("en", "The Federal High Court of Tarsia ordered Hadrin Labs to stop.", ("Federal High Court of Tarsia",), ()),
    # a French organisation closed by its nationality adjective
    ("fr", "La Croix-Rouge libanaise a soigné les blessés.", ("Croix-Rouge libanaise",), ("La Croix-Rouge",)),
    ("fr", "Selon la Croix-Rouge tunisienne, les blessés sont nombreux.", ("Croix-Rouge tunisienne",),
     ("Croix-Rouge",)),
    ("fr", "Le Croissant-Rouge libanais a ouvert un hôpital de campagne.", ("Croissant-Rouge libanais",), ()),
    ("fr", "D'après la Ligue tunisienne des droits de l'homme, Veltia a vendu les caméras.",
     ("Ligue tunisienne des droits de l'homme",), ()),
    ("fr", "La Ligue tunisienne a dénoncé la vente des caméras par Veltia.", ("Ligue tunisienne",), ("Ligue",)),
    # a capitalised common word after a listed name
    ("fr", "Veltia a racheté Nervo Sport Sécurité en 2018.", ("Nervo Sport Sécurité",), ()),
    # words of another language inside a name
    ("en", "Haki na Sheria Initiative documented the killings in Velmar.", ("Haki na Sheria Initiative",),
     ("Haki", "Sheria Initiative")),
    ("en", "The report by Sauti ya Haki Foundation named Ristek Systems.", ("Sauti ya Haki Foundation",), ()),
    ("fr", "L'association Mwanga wa Haki Initiative a dénoncé les achats de Corvex.",
     ("Mwanga wa Haki Initiative",), ()),
    ("en", "The investigative programme Uppdrag granskning revealed the contract with Veltia.",
     ("Uppdrag granskning",), ("Uppdrag",)),
    ("fr", "L'émission d'investigation Kalla fakta a révélé le contrat de Veltia.", ("Kalla fakta",), ("Kalla",)),
    ("en", "The documentary Dold granskning showed the Corvex cameras.", ("Dold granskning",), ()),
    # near misses: two names, lists, persons
    ("en", "Nervala and Ristek signed the deal in 2019.", (), ("Nervala and Ristek",)),
    ("en", "Maren Olsbo and Karim Bensaïd wrote the report.", ("Maren Olsbo",),
     ("Maren Olsbo and Karim Bensaïd",)),
    ("en", "Ristek Systems, Nervala and Corvex bid for the contract.", ("Ristek Systems",),
     ("Ristek Systems, Nervala and Corvex", "Ristek Systems, Nervala")),
    ("fr", "Ristek Systems et Nervala ont signé le contrat.", ("Ristek Systems",), ("Ristek Systems et Nervala",)),
    ("en", "Ristek Systems and Google signed the deal.", ("Ristek Systems",), ("Ristek Systems and Google",)),
    ("en", "Amnesty International and Human Rights Watch condemned Veltia.", (),
     ("Amnesty International and Human", "Amnesty International and Human Rights Watch")),
    ("fr", "Ristek Systems et Orange ont signé un accord.", ("Ristek Systems",), ("Ristek Systems et Orange",)),
    ("fr", "Développé par l'entreprise Nervala Team, Secure Control System a été vendu à la police.", (),
     ("Nervala Team, Secure Control System",)),
    ("en", "Built by Velmar Research, Deep Search Platform was sold to the police.", (),
     ("Velmar Research, Deep Search Platform",)),
    ("en", "HM Treasury and Customs officials met the managers of Veltia.", (), ("HM Treasury and Customs",)),
    # near misses: one company with "&" stays as it is
    ("en", "Veltia & Co sold the rifles to the police.", ("Veltia & Co",), ("Veltia",)),
    ("en", "Hadrin & Wessel made the rifles.", ("Hadrin & Wessel",), ("Hadrin",)),
    # near misses: no court's name
    ("en", "The High Court judge dismissed the case against Veltia.", (), ("High Court judge",)),
    ("en", "The Supreme Court of Tarsia Chief Justice Maren Olsbo voided the law.", ("Supreme Court of Tarsia",),
     ("Supreme Court of Tarsia Chief Justice",)),
    ("fr", "La Cour suprême a jugé l'affaire Veltia en 2020.", ("Cour suprême",), ("Cour suprême a jugé",)),
    ("fr", "Les voitures étaient garées dans la cour de Veltia.", (), ("cour de Veltia",)),
    ("en", "The court of public opinion judged Ristek Systems harshly.", (), ("court of public opinion",)),
    # near misses: an apposition, a firm with its nationality
    ("fr", "Veltia, libanaise depuis 2010, vend des caméras.", (), ("Veltia, libanaise", "Veltia libanaise")),
    ("fr", "La société Nervala libanaise a vendu des caméras.", (), ("Nervala libanaise",)),
    ("fr", "L'État français a autorisé la vente des caméras de Veltia.", (), ("État français",)),
    ("fr", "Selon l'Agence nationale de sécurité libanaise, Veltia a vendu des caméras.", (),
     ("Agence nationale de sécurité libanaise",)),
    # near misses: a weekday, a title, a headline's verb
    ("en", "Ristek Systems Monday announced the sale.", ("Ristek Systems",), ("Ristek Systems Monday",)),
    ("en", "Nervala Security Deal Collapses after the vote.", (), ("Nervala Security Deal",)),
    ("en", "Corvex Security Wins the police contract.", (), ("Corvex Security Wins",)),
    # near misses: a verb or an English word inside, no foreign name
    ("en", "Nervala funded Corvex Foundation in 2018.", (), ("Nervala funded Corvex Foundation",)),
    ("en", "Veltia and Ristek Foundation signed the deal.", (), ("Veltia and Ristek Foundation",)),
    ("fr", "Veltia soutient Corvex Initiative depuis 2018.", (), ("Veltia soutient Corvex Initiative",)),
    ("en", "The investigative programme Panorama revealed the contract with Veltia.", (),
     ("Panorama revealed",)),
    ("fr", "L'émission Complément d'enquête a révélé le contrat.", (), ("Complément d'enquête a",)),
    ("en", "The show Veltia exposed revealed nothing.", (), ("Veltia exposed",)),
]


def _extract(lang: str, text: str, pipes):  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    return extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)


@pytest.mark.parametrize(("lang", "text", "want", "never"), CASES, ids=[c[1][:50] for c in CASES])
def test_name_spans(lang: str, text: str, want: tuple, never: tuple, pipes) -> None:  # type: ignore[no-untyped-def]
    found = [m.text for m in _extract(lang, text, pipes).mentions]
    for name in want:
        assert name in found, (name, found)
    for name in never:
        assert name not in found, (name, found)


@pytest.mark.integration
@pytest.mark.parametrize("text, name, kind", [
    ("Fondée en 2007, Nervala a développé Kipavo, une plate-forme d'analyse vidéo.", "Kipavo", "Product"),
    ("Fondée en 2007, Nervala a développé Kipavo, une plateforme d'analyse vidéo.", "Kipavo", "Product"),
])
def test_the_older_spelling_plate_forme_types_the_apposed_name_as_goods(text, name, kind):
    from enquete import model
    from enquete.extract import extract, load_pipelines
    doc = model.Document(id=model.sha256(text), source="t.txt", text=text, language="fr")
    found = {m.text: m.type for m in extract(doc, load_pipelines()).mentions}
    assert found.get(name) == kind, found
