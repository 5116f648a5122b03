"""A company described by its kind as the subject after an opening clause ("Fondée en 2008 par P et par Q, la
société a été rachetée par Z", "Spun off from Y, the company was acquired by Z"): the company in view, not the
name that closes the opening clause, which is no apposition of the description (no comma closes it, no
indefinite article opens it). The founders of "fondée par P et par Q", "founded by P, a former officer, and
by Q". A bare capitalised French noun opening a sentence, typed by "être" and a kind noun ("Circles est une
entreprise"): a company, even where the NER read a place.
Near misses: a true apposition ("Y, une petite société chypriote, a été rachetée", "Y, la société chypriote,
a été rachetée"), a description with a name of its own, a noun under a determiner ("La sécurité est une
priorité"), a place that "être" calls a place.

Sentences written for this test, with invented companies and people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

SUB, EMP, SUP = "subsidiary_of", "employed_by", "supplied"
FR = "Vexor Systems est une entreprise de surveillance. "
EN = "Vexor Systems builds interception probes. "
CASES = [
    # the company in view after an opening clause, not the name that ends it
    ("fr", FR + "Fondée en 2008 par Marc Delorme et par Jean Vasseur, la société a été rachetée en 2014 par le fonds "
                "Halden Capital.", {("Vexor Systems", SUB, "Halden Capital")},
     {("Jean Vasseur", SUB, "Halden Capital")}),
    ("fr", FR + "Née d'une scission avec Korvane Group, la société a été rachetée en 2014 par Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    ("fr", FR + "Issue de Korvane Group, la société fut rachetée en 2014 par Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    ("fr", FR + "Après des années de partenariat avec Korvane Group, l'entreprise a été rachetée par Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    ("fr", FR + "Longtemps concurrente de Korvane Group, la firme a été acquise en 2016 par Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    ("en", EN + "Spun off from Korvane Group, the company was acquired in 2014 by Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    ("en", EN + "After years as a partner of Korvane Group, the firm was bought by Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    ("en", EN + "Founded in 2008 by Mark Dalton and Joe Vance, the company was bought in 2014 by the fund Halden "
                "Capital.", {("Vexor Systems", SUB, "Halden Capital")}, {("Joe Vance", SUB, "Halden Capital")}),
    ("en", EN + "Once a rival of Korvane Group, the company was later acquired by Halden Capital.",
     {("Vexor Systems", SUB, "Halden Capital")}, {("Korvane Group", SUB, "Halden Capital")}),
    # a true apposition: the name it is set beside
    ("fr", FR + "Selvane, une petite société chypriote, a été rachetée par Halden Capital.",
     {("Selvane", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    ("fr", FR + "Selvane, la société chypriote, a été rachetée par Halden Capital.",
     {("Selvane", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    ("fr", FR + "Selvane, une société chypriote, a été rachetée en 2015 par Halden Capital.",
     {("Selvane", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    ("en", EN + "Selvane, a small Cypriot company, was acquired by Halden Capital.",
     {("Selvane", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    ("en", EN + "Selvane, the Cypriot company, was acquired by Halden Capital.",
     {("Selvane", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    ("en", "Selvane, an Israeli company acquired in 2014 by Halden Capital, makes probes.",
     {("Selvane", SUB, "Halden Capital")}, set()),
    ("en", "Selvane, the Israeli company later acquired by Halden Capital, makes probes.",
     {("Selvane", SUB, "Halden Capital")}, set()),
    ("fr", "Selvane, une société israélienne rachetée en 2014 par Halden Capital, fabrique des sondes.",
     {("Selvane", SUB, "Halden Capital")}, set()),
    # a description with a name of its own
    ("fr", FR + "Après des années de partenariat, la société Orvane a été rachetée par Halden Capital.",
     {("Orvane", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    ("en", EN + "After years of partnership, the company Orvane Labs was acquired by Halden Capital.",
     {("Orvane Labs", SUB, "Halden Capital")}, {("Vexor Systems", SUB, "Halden Capital")}),
    # no company typed from a description that opens the next clause
    ("fr", FR + "Créée par Marc Delorme et par Jean Vasseur, la société vend des sondes.",
     {("Jean Vasseur", EMP, "Vexor Systems")}, {("Jean Vasseur", SUB, "Vexor Systems")}),
    # the founders of "fondée par P et par Q"
    ("fr", FR + "Fondée en 2008 par Marc Delorme et par Jean Vasseur, la société vend des sondes.",
     {("Marc Delorme", EMP, "Vexor Systems"), ("Jean Vasseur", EMP, "Vexor Systems")}, set()),
    ("fr", FR + "Fondée en 2008 par Marc Delorme, un ancien officier du renseignement militaire israélien, et par "
                "Jean Vasseur, la société vend des sondes.",
     {("Marc Delorme", EMP, "Vexor Systems"), ("Jean Vasseur", EMP, "Vexor Systems")}, set()),
    ("fr", FR + "Fondée par Marc Delorme et Jean Vasseur, la société vend des sondes.",
     {("Marc Delorme", EMP, "Vexor Systems"), ("Jean Vasseur", EMP, "Vexor Systems")}, set()),
    ("fr", "Fondée en 2010 par Marc Delorme et par Jean Vasseur, Tessor vend des sondes.",
     {("Marc Delorme", EMP, "Tessor"), ("Jean Vasseur", EMP, "Tessor")}, set()),
    ("en", EN + "Founded in 2008 by Mark Dalton and by Joe Vance, the company sells probes.",
     {("Mark Dalton", EMP, "Vexor Systems"), ("Joe Vance", EMP, "Vexor Systems")}, set()),
    ("en", EN + "Founded in 2008 by Mark Dalton, a former officer of the Israeli army, and by Joe Vance, the company "
                "sells probes.", {("Mark Dalton", EMP, "Vexor Systems"), ("Joe Vance", EMP, "Vexor Systems")}, set()),
    ("en", EN + "Founded in 2008 by Mark Dalton, the company sells probes.",
     {("Mark Dalton", EMP, "Vexor Systems")}, set()),
    # "la société" after an NGO the sentences before were about: the company the document is about
    ("fr", "Vexor Systems vend des sondes. Vexor Systems équipe la police kényane. Vexor Systems a été citée par "
           "Amnesty International. L'ONG Amnesty International a publié un rapport en 2020. Selon l'ONG, les sondes "
           "servent à espionner des journalistes. Fondée en 2008 par Marc Delorme, la société a été rachetée par "
           "Halden Capital.", {("Marc Delorme", EMP, "Vexor Systems")},
     {("Marc Delorme", EMP, "Amnesty International")}),
    ("en", "Vexor Systems sells probes. Vexor Systems equips the Kenyan police. Vexor Systems was named by Amnesty "
           "International. The NGO Amnesty International published a report in 2020. The group said the probes "
           "were used to spy on journalists. Founded in 2008 by Mark Dalton, the company was bought by Halden "
           "Capital.", {("Mark Dalton", EMP, "Vexor Systems")}, {("Mark Dalton", EMP, "Amnesty International")}),
    # near misses: the second person is not a founder
    ("fr", FR + "Fondée en 2008 par Marc Delorme, la société a recruté Jean Vasseur en 2012.",
     {("Marc Delorme", EMP, "Vexor Systems")}, set()),
    ("fr", FR + "Fondée en 2008 par Marc Delorme, selon Jean Vasseur, la société vend des sondes.",
     set(), {("Jean Vasseur", EMP, "Vexor Systems")}),
    ("en", EN + "Founded in 2008 by Mark Dalton, according to Joe Vance, the company sells probes.",
     set(), {("Joe Vance", EMP, "Vexor Systems")}),
    # a bare capitalised French noun opening a sentence, typed by "être" and a kind noun
    ("fr", "Circles est une entreprise de surveillance. Fondée en 2008 par Marc Delorme et par Jean Vasseur, la "
           "société a été rachetée en 2014 par Francisco Partners.",
     {("Circles", SUB, "Francisco Partners"), ("Marc Delorme", EMP, "Circles"), ("Jean Vasseur", EMP, "Circles")},
     {("Jean Vasseur", SUB, "Francisco Partners")}),
    ("fr", "Circles est une société israélienne. Elle a vendu des systèmes au Nigeria.",
     {("Circles", SUP, "Nigeria")}, set()),
    ("fr", "Circles est une société israélienne. En 2015, Circles a vendu des systèmes au Nigeria.",
     {("Circles", SUP, "Nigeria")}, set()),
    ("fr", "Cobalt est une entreprise de surveillance. Elle a livré des sondes au Nigeria en 2016.",
     {("Cobalt", SUP, "Nigeria")}, set()),
    ("fr", "Vexor est une société israélienne. Elle a vendu des systèmes au Nigeria.",
     {("Vexor", SUP, "Nigeria")}, set()),
    # near misses: a noun under a determiner, a place called a place, a noun that is no subject
    ("fr", "La sécurité est une entreprise de longue haleine. Elle a vendu des systèmes au Nigeria.", set(),
     {("sécurité", SUP, "Nigeria"), ("La sécurité", SUP, "Nigeria")}),
    ("fr", "Texas est un État américain. Il a vendu des systèmes au Nigeria.", set(), {("Texas", SUP, "Nigeria")}),
    ("fr", "Marseille est une ville portuaire. Elle a acheté des caméras à Vexor Systems.",
     set(), {("Marseille", SUB, "Vexor Systems")}),
    ("fr", "Circles, selon le rapport, reste une piste. Le Nigeria a acheté des systèmes.", set(),
     {("Circles", SUP, "Nigeria")}),
    # English keeps to proper nouns: a bare plural opening a sentence is no name
    ("en", "Circles are shapes drawn on the map. The Kenyan army bought probes from Vexor Systems.",
     {("Vexor Systems", SUP, "Kenyan army")}, {("Circles", SUP, "Kenyan army")}),
    ("en", "Korbanet is a company that sells interception systems. It sold probes to Nigeria in 2016.",
     {("Korbanet", SUP, "Nigeria")}, set()),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][-50:] for c in CASES])
def test_openers(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
