"""A battery for `investigated`, `complaint_against` and `funded` where one side is told by the discourse
rather than named in the sentence ("fined it", "the firm's offices", "les locaux", "ses dirigeants", "a
judge was appointed" after a complaint against the company), and for the wordings of enforcement that
are not "investigate" (a plea of guilt, a conviction, a seizure, a penalty paid, a raid, a charge, a
formal notice). Near misses give nothing: a fine or an inquiry only called for, threatened, denied or
never opened, a body that fines someone else, journalists or researchers who investigate, a fine paid by
a person, a search with no company in view, money received for a sale.

Short articles written for this test with invented companies and people; the names are placed by hand
(only the fact rules are tested), as the extraction stage would find them.
"""

from __future__ import annotations

import pytest

from tests.facts.conftest import pairs

pytestmark = pytest.mark.integration

T, V, H = "Talvio Systems", "Vexalor", "Harfang"
NAMES = {
    T: "Company", V: "Company", "Quorra Networks": "Company", H: "Product",
    "Arcadie Capital": "Company", "Redwater Ventures": "Company",
    "Amnesty International": "Organization", "Privacy International": "Organization",
    "Access Now": "Organization", "Human Rights Watch": "Organization", "FIDH": "Organization",
    "LDH": "Organization", "Citizen Lab": "Organization", "Le Monde": "Organization",
    "Civic Watch": "Organization",
    "Bureau of Industry and Security": "PublicBody", "Garante": "PublicBody", "Oslo police": "PublicBody",
    "Guardia di Finanza": "PublicBody", "juge d'instruction": "PublicBody",
    "juges d'instruction": "PublicBody", "investigating judge": "PublicBody",
    "US federal court": "PublicBody", "tribunal fédéral américain": "PublicBody",
    "Commerce Department": "PublicBody", "FBI": "PublicBody", "gendarmerie": "PublicBody",
    "tribunal correctionnel de Milan": "PublicBody", "CNIL": "PublicBody", "parquet de Paris": "PublicBody",
    "Paris prosecutor's office": "PublicBody", "Serious Fraud Office": "PublicBody",
    "Milan court": "PublicBody", "federal grand jury": "PublicBody", "Department of Justice": "PublicBody",
    "OCLCTIC": "PublicBody", "Interior Ministry": "PublicBody", "ministère de l'Intérieur": "PublicBody",
    "Bpifrance": "PublicBody",
    "Ruth Calder": "Person", "Marc Fayolle": "Person",
    "Egypt": "Country", "Égypte": "Country", "Italy": "Country", "Italie": "Country",
}
CODES = {"Egypt": "eg", "Égypte": "eg", "Italy": "it", "Italie": "it"}
EN = "Talvio Systems sold Harfang to Egypt in 2012. "
FR = "Talvio Systems a vendu Harfang à l'Égypte en 2012. "


def got(predicate: str, text: str, lang: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of `predicate` the rules read in `text`."""
    return pairs(text, lang, predicate, NAMES, CODES)


BIS, CD, PO = "Bureau of Industry and Security", "Commerce Department", "Paris prosecutor's office"
GF, JI, PP = "Guardia di Finanza", "juge d'instruction", "parquet de Paris"

INVESTIGATED = [
    # the company in view told by a pronoun, "the company", "the firm's", "les locaux"
    (EN + "The Bureau of Industry and Security fined it 2.8 million dollars in 2014.", "en", {(BIS, T)}),
    (EN + "The Bureau of Industry and Security fined the company 2.8 million dollars in 2014.", "en",
     {(BIS, T)}),
    (EN + "Italy's Garante imposed a fine on the company a year later.", "en", {("Garante", T)}),
    (EN + "Oslo police searched the firm's offices in 2018.", "en", {("Oslo police", T)}),
    (EN + "The Paris prosecutor's office charged it with complicity in 2015.", "en", {(PO, T)}),
    (EN + "The Serious Fraud Office seized its servers in 2016.", "en", {("Serious Fraud Office", T)}),
    (EN + "In 2019 the company was fined €3 million by the Garante.", "en", {("Garante", T)}),
    (EN + "It was later indicted by a federal grand jury.", "en", {("federal grand jury", T)}),
    (EN + "Its offices were raided by the FBI in 2018.", "en", {("FBI", T)}),
    (FR + "Les enquêteurs de la Guardia di Finanza ont perquisitionné les locaux.", "fr", {(GF, T)}),
    (FR + "La CNIL l'a sanctionnée en 2019.", "fr", {("CNIL", T)}),
    (FR + "La CNIL lui a infligé une amende de deux millions d'euros.", "fr", {("CNIL", T)}),
    (FR + "Le tribunal correctionnel de Milan a condamné la société à une amende.", "fr",
     {("tribunal correctionnel de Milan", T)}),
    (FR + "Le tribunal correctionnel de Milan l'a condamnée à une amende de 500 000 euros.", "fr",
     {("tribunal correctionnel de Milan", T)}),
    (FR + "Les documents saisis par la gendarmerie montrent que les ventes ont continué.", "fr",
     {("gendarmerie", T)}),
    (FR + "Le parquet de Paris a fait saisir ses serveurs en 2016.", "fr", {(PP, T)}),
    (FR + "Ses locaux ont été perquisitionnés par l'OCLCTIC en 2018.", "fr", {("OCLCTIC", T)}),
    # the target of a complaint told before: the judge appointed investigates it
    (FR + "En 2017, la FIDH a déposé une plainte contre Talvio Systems, ce qui a conduit à la désignation "
     "d'un juge d'instruction.", "fr", {(JI, T)}),
    ("En 2017, la FIDH a porté plainte contre Talvio Systems. Un juge d'instruction a été désigné en 2018.",
     "fr", {(JI, T)}),
    (EN + "In 2017 the FIDH filed a complaint against the company, which led to the appointment of an "
     "investigating judge.", "en", {("investigating judge", T)}),
    # other wordings of enforcement
    ("Talvio Systems pleaded guilty in a US federal court in 2016.", "en", {("US federal court", T)}),
    ("Talvio Systems pleaded guilty before a US federal court in 2016.", "en", {("US federal court", T)}),
    ("Talvio Systems a accepté de plaider coupable devant un tribunal fédéral américain.", "fr",
     {("tribunal fédéral américain", T)}),
    ("Talvio Systems agreed to pay a civil penalty to the Commerce Department.", "en", {(CD, T)}),
    (EN + "The company agreed to pay a civil penalty to the Commerce Department.", "en", {(CD, T)}),
    ("The FBI raided Talvio Systems' headquarters in 2018.", "en", {("FBI", T)}),
    ("Talvio Systems was indicted by a federal grand jury in 2015.", "en", {("federal grand jury", T)}),
    ("Talvio Systems was charged by the Paris prosecutor's office in 2015.", "en", {(PO, T)}),
    ("Le tribunal correctionnel de Milan a condamné Talvio Systems à une amende.", "fr",
     {("tribunal correctionnel de Milan", T)}),
    ("Talvio Systems was convicted by a Milan court in 2019.", "en", {("Milan court", T)}),
    ("Les serveurs de Talvio Systems ont été saisis par la gendarmerie.", "fr", {("gendarmerie", T)}),
    ("La gendarmerie a saisi les serveurs de Talvio Systems en 2016.", "fr", {("gendarmerie", T)}),
    ("The Department of Justice seized Talvio Systems' servers in 2016.", "en",
     {("Department of Justice", T)}),
    ("La CNIL a mis en demeure Talvio Systems en 2020.", "fr", {("CNIL", T)}),
    ("Talvio Systems paid a $2 million penalty to settle charges brought by the Commerce Department.", "en",
     {(CD, T)}),
    # second round, written after the first fixes to probe other shapes
    (EN + "Two years later, the Garante fined the firm €1.2 million.", "en", {("Garante", T)}),
    (EN + "The Department of Justice charged two of its executives in 2015.", "en",
     {("Department of Justice", T)}),
    (EN + "Its chief executive, Ruth Calder, was arrested by Oslo police.", "en",
     {("Oslo police", "Ruth Calder")}),
    (EN + "The company settled the charges with the Commerce Department in 2014.", "en", {(CD, T)}),
    (EN + "In 2014 it agreed to pay $2.8 million to settle charges brought by the Commerce Department.", "en",
     {(CD, T)}),
    (EN + "The company pleaded guilty to charges brought by the Department of Justice.", "en",
     {("Department of Justice", T)}),
    (EN + "It was sentenced to a fine by a Milan court in 2019.", "en", {("Milan court", T)}),
    (FR + "En 2019, la société a été condamnée à une amende d'un million d'euros par le tribunal "
     "correctionnel de Milan.", "fr", {("tribunal correctionnel de Milan", T)}),
    (FR + "La gendarmerie a perquisitionné son siège en 2018.", "fr", {("gendarmerie", T)}),
    (FR + "Elle a été mise en examen par un juge d'instruction en 2019.", "fr", {(JI, T)}),
    (FR + "Ses dirigeants ont été entendus par les enquêteurs de l'OCLCTIC.", "fr", {("OCLCTIC", T)}),
    (FR + "Le parquet de Paris a ouvert une enquête préliminaire à son encontre.", "fr", {(PP, T)}),
    (FR + "La CNIL l'a mise en demeure en 2020.", "fr", {("CNIL", T)}),
    (FR + "Une perquisition a été menée dans ses locaux par la gendarmerie.", "fr", {("gendarmerie", T)}),
    (FR + "Elle a écopé d'une amende de la CNIL en 2021.", "fr", {("CNIL", T)}),
    # third round
    (EN + "Complaints filed by Amnesty International in 2021 led to an investigation by the Paris "
     "prosecutor's office.", "en", {(PO, T)}),
    (FR + "La plainte de la FIDH a abouti à l'ouverture d'une enquête du parquet de Paris.", "fr", {(PP, T)}),
    (FR + "Les juges d'instruction ont mis en examen la société en 2021.", "fr",
     {("juges d'instruction", T)}),
    (EN + "The Paris prosecutor's office charged the company's former chief executive, Ruth Calder.", "en",
     {(PO, "Ruth Calder")}),
    ("Talvio Systems' offices in Milan were searched by the Guardia di Finanza in 2018.", "en", {(GF, T)}),
    (FR + "Elle avait été condamnée en 2019 à une amende de 400 000 euros par la CNIL.", "fr", {("CNIL", T)}),
    (EN + "Italy's Garante and the CNIL each imposed the same fine a year later.", "en",
     {("Garante", T), ("CNIL", T)}),
    (EN + "Italy's Garante and the CNIL had each imposed the same amount a year later.", "en",
     {("Garante", T), ("CNIL", T)}),
    (FR + "En 2020, la CNIL lui a infligé la même somme.", "fr", {("CNIL", T)}),
    ("The Garante opened an inquiry into Talvio Systems in 2020. Two years later, the regulator fined the "
     "company €5 million.", "en", {("Garante", T)}),
    ("Ruth Calder agreed to pay $200,000, the Department of Justice said. Ruth Calder entered into a "
     "deferred prosecution agreement with federal prosecutors in Virginia.", "en",
     {("Department of Justice", "Ruth Calder")}),
    ("Le parquet de Paris a ouvert une enquête en 2019. Les enquêteurs ont perquisitionné le siège de Talvio "
     "Systems en 2020.", "fr", {(PP, T)}),
]



INVESTIGATED_NONE = [
    (EN + "NGOs urged prosecutors to investigate the company.", "en"),
    (EN + "Civic Watch urged the Garante to fine the company.", "en"),
    (EN + "No inquiry into the company was ever opened by the Paris prosecutor's office.", "en"),
    (EN + "The Garante could fine it next year.", "en"),
    (EN + "The Garante threatened to fine the company.", "en"),
    (FR + "Le parquet de Paris a classé l'affaire sans suite.", "fr"),
    (FR + "La CNIL n'a jamais sanctionné la société.", "fr"),
    (EN + "The Garante fined Vexalor, one of its rivals, in 2019.", "en"),
    (EN + "The Garante fined a hospital in Turin in 2019.", "en"),
    (FR + "La CNIL a infligé une amende à un hôpital de Lyon.", "fr"),
    (EN + "Journalists investigated the company for two years.", "en"),
    (EN + "Citizen Lab researchers investigated it in 2018.", "en"),
    (FR + "Le Monde a enquêté sur la société pendant six mois.", "fr"),
    (EN + "Its founder Ruth Calder paid a fine to the Garante.", "en"),
    ("Protesters gathered in Cairo in 2012. Oslo police searched the offices of a newspaper.", "en"),
    ("Des manifestants se sont réunis au Caire. La gendarmerie a perquisitionné les locaux.", "fr"),
    (EN + "The company denied that the Garante had fined it.", "en"),
    (FR + "La société dément avoir été sanctionnée par la CNIL.", "fr"),
    (EN + "Oslo police searched for the missing engineer.", "en"),
    (EN + "The Egyptian police seized the phones of activists.", "en"),
    (FR + "Le parquet de Paris a été saisi par la FIDH.", "fr"),
    (FR + "La FIDH a saisi le parquet de Paris.", "fr"),
    (FR + "Amnesty International demande à la CNIL de sanctionner la société.", "fr"),
    (EN + "The company charged the Interior Ministry $4 million for the system.", "en"),
    (EN + "Ruth Calder pleaded guilty to drunk driving.", "en"),
    (FR + "Un juge d'instruction a été désigné pour enquêter sur la mort d'un journaliste.", "fr"),
    (EN + "The Garante fined Vexalor, which had bought the system from the company.", "en"),
    (EN + "Oslo police arrested two protesters in 2018.", "en"),
    (EN + "The Garante has never fined it.", "en"),
    (FR + "La CNIL n'a pas sanctionné la société.", "fr"),
    (FR + "Les documents saisis par la gendarmerie chez Vexalor montrent les ventes.", "fr"),
    (EN + "Complaints filed by Amnesty International led to an investigation by the Paris prosecutor's "
     "office into Vexalor.", "en"),
    (EN + "The leak led to an investigation by Citizen Lab.", "en"),
    (EN + "Citizen Lab published a report. Investigators found the company's servers in Egypt.", "en"),
    (EN + "It paid a large amount to the Interior Ministry in 2013.", "en"),
    (EN + "The Commerce Department imposed the same amount of paperwork on every exporter.", "en"),
    (FR + "Elle a versé une somme importante au ministère de l'Intérieur.", "fr"),
    ("The Garante fined Vexalor in 2019. Italian prosecutors later charged Talvio Systems.", "en"),
    ("Le Monde a enquêté sur Vexalor. Ses enquêteurs ont interrogé Talvio Systems.", "fr"),
    (EN + "Journalists from Le Monde searched the company's archives.", "en"),
    (EN + "Citizen Lab seized the opportunity to study the company.", "en"),
    (FR + "La FIDH a saisi la justice contre l'Égypte.", "fr"),
]



AI, PI, AN, HRW = "Amnesty International", "Privacy International", "Access Now", "Human Rights Watch"

COMPLAINT = [
    (EN + "Complaints were filed in May 2021 by Amnesty International, Privacy International, Access Now "
     "and Human Rights Watch.", "en", {(AI, T), (PI, T), (AN, T), (HRW, T)}),
    (EN + "The complaints filed in May 2021 by Amnesty International, Privacy International, Access Now and "
     "Human Rights Watch accuse the company of complicity.", "en", {(AI, T), (PI, T), (AN, T), (HRW, T)}),
    ("Amnesty International et la LDH ont déposé une plainte contre les dirigeants de Talvio Systems.", "fr",
     {(AI, T), ("LDH", T)}),
    (FR + "La FIDH et la LDH ont porté plainte contre ses dirigeants en 2017.", "fr",
     {("FIDH", T), ("LDH", T)}),
    (EN + "Amnesty International and Access Now filed a complaint against its executives.", "en",
     {(AI, T), (AN, T)}),
    (EN + "Amnesty International filed a complaint against it in 2019.", "en", {(AI, T)}),
    (FR + "Plusieurs ONG, dont la FIDH et la LDH, ont porté plainte contre elle.", "fr",
     {("FIDH", T), ("LDH", T)}),
    (EN + "In May 2021, Amnesty International, Access Now and Human Rights Watch filed complaints.", "en",
     {(AI, T), (AN, T), (HRW, T)}),
    (FR + "La plainte, déposée par la FIDH et la LDH, vise ses dirigeants.", "fr", {("FIDH", T), ("LDH", T)}),
    (EN + "A complaint was filed against it in 2019 by the FIDH.", "en", {("FIDH", T)}),
    (EN + "The complaints were filed in 2021 by Civic Watch, the Austrian group Access Now, Italy's "
     "Privacy International and Egypt's Human Rights Watch.", "en",
     {("Civic Watch", T), (AN, T), (PI, T), (HRW, T)}),
    (FR + "Les plaintes ont été déposées par la FIDH, l'ONG autrichienne Access Now et la LDH.", "fr",
     {("FIDH", T), (AN, T), ("LDH", T)}),
    (FR + "La FIDH et la LDH ont déposé plainte en 2011 pour complicité de torture.", "fr",
     {("FIDH", T), ("LDH", T)}),
    (FR + "Une plainte a été déposée en 2021 par la FIDH, la LDH et Amnesty International.", "fr",
     {("FIDH", T), ("LDH", T), (AI, T)}),
]



COMPLAINT_NONE = [
    (EN + "Amnesty International threatened to file a complaint against the company.", "en"),
    (EN + "Amnesty International filed a complaint against the Interior Ministry.", "en"),
    (FR + "La FIDH envisage de porter plainte contre la société.", "fr"),
    (EN + "Amnesty International complained about the heat at the trade fair.", "en"),
    pytest.param(EN + "Amnesty International, which the company sued in 2019, filed complaints against "
                 "Egypt.", "en", marks=pytest.mark.xfail(
                     reason="arguments.py: the 'sued' of a relative clause takes the subject of the main "
                            "clause, the company in view as object")),
]



AC, RW = "Arcadie Capital", "Redwater Ventures"

FUNDED = [
    ("Talvio Systems a reçu 10 millions d'euros de la part du fonds Arcadie Capital.", "fr", {(AC, T)}),
    (FR + "La société a reçu 10 millions d'euros de la part du fonds Arcadie Capital.", "fr", {(AC, T)}),
    (FR + "Elle a reçu 10 millions d'euros du fonds Arcadie Capital en 2015.", "fr", {(AC, T)}),
    (EN + "In 2016 it received $10 million from the fund Redwater Ventures.", "en", {(RW, T)}),
    (EN + "Redwater Ventures invested $10 million in the company in 2016.", "en", {(RW, T)}),
    (FR + "Elle a levé 5 millions d'euros auprès d'Arcadie Capital.", "fr", {(AC, T)}),
    (FR + "Bpifrance lui a accordé une subvention de deux millions d'euros.", "fr", {("Bpifrance", T)}),
    (EN + "The company raised $5 million from Redwater Ventures in 2015.", "en", {(RW, T)}),
    (FR + "Arcadie Capital y a investi 5 millions d'euros en 2016.", "fr", {(AC, T)}),
    (EN + "Redwater Ventures led its Series A round in 2016.", "en", {(RW, T)}),
    (FR + "Le fonds Arcadie Capital lui a apporté 3 millions d'euros.", "fr", {(AC, T)}),
    (FR + "Elle est soutenue par le fonds Arcadie Capital depuis 2015.", "fr", {(AC, T)}),
    (EN + "Its investors include Redwater Ventures and Arcadie Capital.", "en", {(RW, T), (AC, T)}),
    (FR + "Parmi ses investisseurs figure Arcadie Capital.", "fr", {(AC, T)}),
    (EN + "Redwater Ventures bought a controlling stake in 2014, before selling it to the fund Arcadie "
     "Capital.", "en", {(RW, T), (AC, T)}),
    pytest.param(
        EN + "In 2014 Redwater Ventures bought a controlling stake, before selling it in 2019 to the "
        "fund Arcadie Capital.", "en", {(RW, T), (AC, T)}, marks=pytest.mark.xfail(
            reason="arguments.py: the 'in' after 'controlling stake' reaches past 'in 2019' to the buyer")),
    ("Redwater Ventures sold its stake in Talvio Systems to Arcadie Capital in 2019.", "en", {(AC, T)}),
    (FR + "En 2019, Redwater Ventures a revendu sa participation au fonds Arcadie Capital.", "fr", {(AC, T)}),
]



FUNDED_NONE = [
    (EN + "It received $10 million from the Interior Ministry for the Harfang system.", "en"),
    (FR + "Elle a reçu 10 millions d'euros du ministère de l'Intérieur pour le système Harfang.", "fr"),
    (EN + "Redwater Ventures declined to invest in the company.", "en"),
    (FR + "Arcadie Capital a refusé d'investir dans la société.", "fr"),
    (EN + "It raised concerns with Redwater Ventures about the sale.", "en"),
    (EN + "Redwater Ventures sold Harfang servers to Egypt in 2014.", "en"),
    (EN + "Redwater Ventures sold its stake in Vexalor to Arcadie Capital in 2019.", "en"),
    (EN + "The company raised concerns with Redwater Ventures in 2015.", "en"),
    (FR + "La société a levé le voile sur ses ventes auprès d'Arcadie Capital.", "fr"),
    (FR + "Elle a reçu des fonds publics pour son déménagement.", "fr"),
    (EN + "The Commerce Department granted it an export licence in 2013.", "en"),
    (EN + "Redwater Ventures gave the company a deadline.", "en"),
    (FR + "Arcadie Capital lui a accordé un délai de paiement.", "fr"),
]


def _tagged(predicate: str, case):  # type: ignore[no-untyped-def]
    """A case led by its predicate, its marks kept."""
    if hasattr(case, "marks"):
        return pytest.param(predicate, *case.values, marks=case.marks)
    return (predicate, *case)


CASES = [*(("investigated", *c) for c in INVESTIGATED), *(("complaint_against", *c) for c in COMPLAINT),
         *(_tagged("funded", c) for c in FUNDED)]
NEAR = [*(("investigated", *c) for c in INVESTIGATED_NONE), *(("funded", *c) for c in FUNDED_NONE),
        *(_tagged("complaint_against", c) for c in COMPLAINT_NONE)]


@pytest.mark.parametrize("predicate,text,lang,expected", CASES)
def test_told(predicate, text, lang, expected):
    """Every expected pair, and no other pair with one of their ends."""
    found = got(predicate, text, lang)
    ends = {a for a, _ in expected} | {b for _, b in expected}
    assert expected <= found and not {(s, o) for s, o in found - expected if s in ends or o in ends}, found


@pytest.mark.parametrize("predicate,text,lang", NEAR)
def test_near_misses(predicate, text, lang):
    """No pair with the company of the text."""
    assert not {(s, o) for s, o in got(predicate, text, lang) if T in (s, o)}
