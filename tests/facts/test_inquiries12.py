"""A battery for complaints and inquiries the sentence tells without naming one side or in words that are
not "complaint" or "investigate": a complaint made as a request to an authority ("X has asked the
prosecutors to open an investigation into whether Y exported ...", "X a demandé au parquet d'ouvrir une
enquête sur Y"), a prosecution or a court that opens an inquiry or rules on an action with the accused told
before ("The prosecutor's office has opened an inquiry", "Le tribunal doit se prononcer sur la recevabilité
de l'action"), charges against a person named by a pronoun ("prosecutors charged him"), a complaint made
by coordinated complainants named by a plural pronoun ("elles ont adressé à Y une mise en demeure, avant
de l'assigner").

Near misses give nothing: a request refused or only planned, a request to investigate a topic with no
actor, a company asked to comment, a court that rules on a law, a pronoun with no person before it.

Short articles written for this test with invented companies and people; the names are placed by hand
(only the fact rules are tested), as the extraction stage would find them.
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

N, R, V, C = "Nervala SA", "Ristek Systems", "Veltia", "Corvex"
MO, KB = "Maren Olsbo", "Karim Bensaïd"
NAMES = {
    N: "Company", R: "Company", V: "Company", C: "Company", "Hadrin Labs": "Company",
    "Civic Watch": "Organization", "Open Rights Lab": "Organization", "Veille Numérique": "Organization",
    "Droits Ouverts": "Organization", "Lumen Justice": "Organization",
    "HM Revenue and Customs": "PublicBody", "Serious Fraud Office": "PublicBody",
    "parquet national financier": "PublicBody", "parquet de Lyon": "PublicBody", "CNIL": "PublicBody",
    "tribunal judiciaire de Nanterre": "PublicBody", "tribunal de commerce de Lyon": "PublicBody",
    "Norwegian prosecutors": "PublicBody", "Danish prosecutors": "PublicBody", "Oslo district court": "PublicBody",
    "parquet de Paris": "PublicBody", "juges d'instruction": "PublicBody", "public prosecutor": "PublicBody",
    "Conseil constitutionnel": "PublicBody", "ministère de l'Intérieur": "PublicBody",
    "Interior Ministry": "PublicBody",
    MO: "Person", KB: "Person",
}
EN = "Nervala SA sold probes to a ministry in 2019. "
FR = "Nervala SA a vendu des sondes à un ministère en 2019. "
HMRC, SFO, PNF = "HM Revenue and Customs", "Serious Fraud Office", "parquet national financier"


def got(predicate: str, text: str, lang: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of `predicate` the rules read in `text`."""
    return pairs(text, lang, predicate, NAMES)


PLURAL = pytest.mark.xfail(reason="a plural pronoun for coordinated complainants (arguments.py)", strict=True)

TOLD = [
    # a charge told before a denial after a semicolon: the denial answers it, it does not undo it
    ("investigated", "Maren Olsbo ran Nervala SA until 2013. Norwegian prosecutors charged him with bribery in 2016; "
     "they deny the charges.", "en", {("Norwegian prosecutors", MO)}),
    # 1. a complaint made as a request to an authority
    ("complaint_against", EN + "Civic Watch says it has asked HM Revenue and Customs to open a criminal "
     "investigation into whether Ristek Systems exported controlled equipment without a licence.", "en",
     {("Civic Watch", R)}),
    ("complaint_against", EN + "Open Rights Lab has asked the Serious Fraud Office to open an inquiry into "
     "Veltia.", "en", {("Open Rights Lab", V)}),
    ("complaint_against", EN + "Civic Watch called on prosecutors to investigate Corvex over the sales.", "en",
     {("Civic Watch", C)}),
    ("complaint_against", EN + "In 2021 Open Rights Lab urged the Serious Fraud Office to investigate whether "
     "Veltia had bribed officials.", "en", {("Open Rights Lab", V)}),
    ("complaint_against", EN + "Civic Watch has petitioned the Serious Fraud Office to launch a probe into "
     "Ristek Systems.", "en", {("Civic Watch", R)}),
    ("complaint_against", FR + "Veille Numérique a demandé au parquet national financier d'ouvrir une "
     "enquête sur Ristek Systems.", "fr", {("Veille Numérique", R)}),
    ("complaint_against", FR + "Droits Ouverts a demandé au parquet de Lyon d'enquêter sur Veltia.", "fr",
     {("Droits Ouverts", V)}),
    ("complaint_against", FR + "Veille Numérique appelle la justice à enquêter sur Corvex.", "fr",
     {("Veille Numérique", C)}),
    ("complaint_against", FR + "En 2020, Droits Ouverts a saisi le parquet national financier au sujet de "
     "Ristek Systems.", "fr", {("Droits Ouverts", R)}),
    ("complaint_against", FR + "Lumen Justice a réclamé au parquet de Paris l'ouverture d'une enquête et lui "
     "a demandé d'enquêter sur Veltia.", "fr", {("Lumen Justice", V)}),
    # 2. a prosecution or a court that opens an inquiry or rules, the accused told before
    ("investigated", "Lumen Justice filed a complaint with the public prosecutor against Maren Olsbo in "
     "March. The public prosecutor has opened an inquiry, according to the lawyers.", "en",
     {("public prosecutor", MO)}),
    ("investigated", FR + "Droits Ouverts a assigné Ristek Systems devant le tribunal judiciaire de "
     "Nanterre. Le tribunal doit se prononcer sur la recevabilité de l'action en juin.", "fr",
     {("tribunal judiciaire de Nanterre", R)}),
    ("investigated", FR + "Veille Numérique a porté plainte contre Veltia devant le tribunal de commerce de "
     "Lyon. Le tribunal a statué sur la plainte en mars.", "fr", {("tribunal de commerce de Lyon", V)}),
    ("complaint_against", EN + "Lumen Justice had asked the public prosecutor to bring proceedings against "
     "Corvex and Veltia.", "en", {("Lumen Justice", C), ("Lumen Justice", V)}),
    ("complaint_against", FR + "Lumen Justice a demandé au parquet de Paris d'ouvrir une information "
     "judiciaire visant Corvex.", "fr", {("Lumen Justice", C)}),
    ("investigated", FR + "Lumen Justice a porté plainte contre Karim Bensaïd en mai. Le parquet de Paris a "
     "ouvert une enquête, selon l'avocat de l'association.", "fr", {("parquet de Paris", KB)}),
    ("investigated", EN + "Civic Watch filed a complaint against Corvex before the Oslo district court in 2022. "
     "The court ruled on the case in 2023.", "en", {("Oslo district court", C)}),
    # 3. charges against a person named by a pronoun
    ("investigated", "Karim Bensaïd ran Veltia until 2015. Norwegian prosecutors charged him and two other "
     "former executives with bribery in 2016.", "en", {("Norwegian prosecutors", KB)}),
    ("investigated", "Maren Olsbo resigned in 2013. Danish prosecutors indicted her in 2017.", "en",
     {("Danish prosecutors", MO)}),
    ("investigated", "Karim Bensaïd a dirigé Veltia jusqu'en 2015. Les juges d'instruction l'ont mis en "
     "examen en 2018.", "fr", {("juges d'instruction", KB)}),
    # 4. a formal notice, the first step of an action, sent by complainants named or told by a pronoun
    ("complaint_against", "Droits Ouverts et Lumen Justice ont adressé à Ristek Systems une mise en demeure "
     "en 2022, avant de l'assigner devant le tribunal judiciaire de Nanterre.", "fr",
     {("Droits Ouverts", R), ("Lumen Justice", R)}),
    ("complaint_against", FR + "En 2021, Veille Numérique a mis Veltia en demeure de publier son plan de "
     "vigilance.", "fr", {("Veille Numérique", V)}),
    ("complaint_against", FR + "Droits Ouverts a envoyé une mise en demeure à Corvex en mars.", "fr",
     {("Droits Ouverts", C)}),
    ("complaint_against", EN + "Civic Watch and Open Rights Lab sent Veltia a formal notice in 2022.", "en",
     {("Civic Watch", V), ("Open Rights Lab", V)}),
    ("complaint_against", EN + "Maren Olsbo served a legal notice on Corvex last year.", "en", {(MO, C)}),
    # the same told by a plural pronoun (not read yet: the subject of the trigger is read by arguments.py,
    # which takes a pronoun for one actor only)
    pytest.param("complaint_against", "Deux associations, Droits Ouverts et Lumen Justice, contestent ces "
                 "ventes. En 2022, elles ont adressé à Ristek Systems une mise en demeure, avant de l'assigner "
                 "devant le tribunal judiciaire de Nanterre.", "fr", {("Droits Ouverts", R), ("Lumen Justice", R)},
                 marks=PLURAL),
    pytest.param("complaint_against", "Droits Ouverts et Veille Numérique dénoncent ces ventes. Elles ont "
                 "assigné Veltia devant le tribunal judiciaire de Nanterre.", "fr",
                 {("Droits Ouverts", V), ("Veille Numérique", V)}, marks=PLURAL),
    pytest.param("complaint_against", "Civic Watch and Open Rights Lab oppose the deal. They sued Corvex in "
                 "2021.", "en", {("Civic Watch", C), ("Open Rights Lab", C)}, marks=PLURAL),
]

NEAR = [
    ("investigated", "Maren Olsbo ran Nervala SA until 2013. She denied that Norwegian prosecutors had charged her "
     "with bribery.", "en"),
    # a request refused, planned or only thought of
    ("complaint_against", EN + "Civic Watch refused to ask HM Revenue and Customs to open an investigation "
     "into Ristek Systems.", "en"),
    ("complaint_against", EN + "Civic Watch could ask the Serious Fraud Office to investigate Veltia.", "en"),
    ("complaint_against", EN + "Open Rights Lab plans to ask prosecutors to investigate Corvex.", "en"),
    ("complaint_against", FR + "Veille Numérique envisage de demander au parquet d'ouvrir une enquête sur "
     "Ristek Systems.", "fr"),
    ("complaint_against", FR + "Droits Ouverts a refusé de demander au parquet de Lyon d'enquêter sur Veltia.", "fr"),
    # a request to investigate a topic with no actor, a company asked to comment
    ("complaint_against", EN + "Civic Watch asked the Serious Fraud Office to investigate the leak.", "en"),
    ("complaint_against", EN + "Civic Watch asked Veltia to comment on the report.", "en"),
    ("complaint_against", EN + "Open Rights Lab asked Corvex to explain its sales.", "en"),
    ("complaint_against", FR + "Veille Numérique a demandé à Ristek Systems de commenter ces ventes.", "fr"),
    ("complaint_against", FR + "Droits Ouverts a demandé au parquet de Lyon d'ouvrir une enquête sur la fuite.", "fr"),
    ("complaint_against", EN + "It is unclear whether Civic Watch has sued Corvex.", "en"),
    # a court that rules on a law, a body that opens an inquiry with no one accused nor company in view
    ("investigated", "Le Conseil constitutionnel doit se prononcer sur la loi en juin.", "fr"),
    ("investigated", "The Interior Ministry said the public prosecutor has opened an inquiry into the riots.", "en"),
    ("investigated", FR + "Le tribunal doit se prononcer sur la recevabilité de la loi.", "fr"),
    # a pronoun with no person before it; a request, not a charge
    ("investigated", "The decision surprised observers. Norwegian prosecutors charged him in 2016.", "en"),
    ("investigated", "Karim Bensaïd ran Veltia until 2015. Civic Watch asked Norwegian prosecutors to charge "
     "him.", "en"),
    ("investigated", EN + "Civic Watch says it has asked HM Revenue and Customs to open an investigation into "
     "Ristek Systems.", "en"),
    ("investigated", FR + "Veille Numérique a demandé au parquet national financier d'ouvrir une enquête sur "
     "Ristek Systems.", "fr"),
    ("investigated", FR + "La CNIL suit le dossier. Le tribunal doit se prononcer sur la recevabilité de "
     "l'action.", "fr"),
    ("investigated", "The Oslo district court ruled on the rules of procedure in 2023.", "en"),
    ("complaint_against", EN + "Civic Watch asked the Serious Fraud Office whether it had investigated "
     "Veltia.", "en"),
    ("complaint_against", FR + "Le parquet de Paris a rejeté la demande de Veille Numérique, qui voulait une "
     "enquête sur Veltia.", "fr"),
    # a formal notice by a regulator is no complaint; one only threatened or received with no sender
    ("complaint_against", FR + "Veille Numérique menace d'adresser à Corvex une mise en demeure.", "fr"),
    ("complaint_against", EN + "Civic Watch could send Veltia a formal notice.", "en"),
    ("complaint_against", EN + "The Serious Fraud Office sent Corvex a formal notice in 2020.", "en"),
    ("complaint_against", FR + "La CNIL a adressé à Ristek Systems une mise en demeure en 2021.", "fr"),
    ("complaint_against", "Le ministère de l'Intérieur et la CNIL suivent le dossier. Ils ont adressé à "
     "Veltia une mise en demeure en 2021.", "fr"),
]


@pytest.mark.parametrize("predicate,text,lang,expected", TOLD)
def test_told(predicate, text, lang, expected):  # type: ignore[no-untyped-def]
    assert got(predicate, text, lang) >= expected


@pytest.mark.parametrize("predicate,text,lang", NEAR)
def test_near_misses(predicate, text, lang):  # type: ignore[no-untyped-def]
    assert got(predicate, text, lang) == set()
