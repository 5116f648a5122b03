"""Relations whose second party the sentence leaves to the article: the company the text is about, named
before and meant here by a possessive or by nothing at all.

- a time inside a role apposed to a name or opening the sentence: "P, then its chief executive", "P, à
  l'époque sa directrice", "Its chief executive since 2013, P", "Son ancien directeur, P";
- a unit apposed to a name with no owner: "X, the Uzbek subsidiary", "X, la filiale ouzbèke" (the one company
  in view owns it);
- "the company's <Product>", "le <Product> de la société": the company in view made it;
- "the company" for the subject of a sentence before: the company the article is about ("At the time, the
  company insisted ... . P, then its chief executive", "La société rejette ... . Son fondateur, P");
- the state the article is about, in view just before: "le régime d'Alexandre Loukachenko", "Synesis fournit
  aux autorités une plate-forme";
- "The settlement, reached with the DOJ and the SEC": those bodies investigated the company in view.

Near misses: another company named in between or beside, two companies in view, "its" that stands for a
state or an NGO, a unit whose owner is named, goods a company sells or buys rather than makes, no dominant
company or state, a state out of view, a settlement sought or refused, a sale called a "transaction".

Sentences written for this test, with invented actors."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

N, R, V, C, H = "Nervala SA", "Ristek Systems", "Veltia", "Corvex", "Hadrin Labs"
MO, KB, PM, LV = "Maren Olsbo", "Karim Bensaïd", "Paul Marchand", "Lena Vasko"
E, S, D, I = "employed_by", "subsidiary_of", "developed", "investigated"

#: (language, text, relations that must be found, relations that must not)
CASES = [
    # a time inside a role apposed after the name
    ("en", "Nervala SA sells interception systems to police forces. Maren Olsbo, then its chief executive, "
           "signed the contract in 2012.", {(MO, E, N)}, set()),
    ("en", "Hadrin Labs sold the tool to several governments. Karim Bensaïd, at the time its head of sales, "
           "later resigned.", {(KB, E, H)}, set()),
    ("en", "Ristek Systems was fined in 2020. Paul Marchand, formerly its chief financial officer, testified "
           "before the court.", {(PM, E, R)}, set()),
    ("en", "Nervala SA sold drones to the army. Maren Olsbo, its then chief executive, approved the deal.",
     {(MO, E, N)}, set()),
    ("en", "Veltia was founded in Oslo in 2004. Paul Marchand, its chief executive until 2019, moved to "
           "London.", {(PM, E, V)}, set()),
    ("fr", "Nervala SA vend des sondes aux polices du Golfe. Maren Olsbo, alors sa directrice générale, a signé "
           "le contrat.", {(MO, E, N)}, set()),
    ("fr", "Ristek Systems a fermé son bureau de Tunis. Maren Olsbo, à l'époque sa directrice commerciale, a "
           "quitté le pays.", {(MO, E, R)}, set()),
    ("fr", "Hadrin Labs conteste ces chiffres. Karim Bensaïd, son président depuis 2018, parle d'une erreur.",
     {(KB, E, H)}, set()),
    ("fr", "Ristek Systems a été sanctionnée en 2021. Paul Marchand, alors son directeur technique, a témoigné.",
     {(PM, E, R)}, set()),
    ("en", "Hadrin Labs moved to Dubai in 2020. Karim Bensaïd, now its chairman, approved the move.",
     {(KB, E, H)}, set()),
    ("fr", "Nervala SA a été fondée en 2004. Paul Marchand, aujourd'hui son directeur général, y est entré en "
           "2010.", {(PM, E, N)}, set()),
    ("en", "Nervala SA bought Ristek Systems in 2020. Paul Marchand, now its chairman, approved the deal.", set(),
     {(PM, E, R)}),
    # a time inside a role that opens the sentence
    ("en", "Ristek Systems denied the report. Its chief executive since 2013, Karim Bensaïd, called it false.",
     {(KB, E, R)}, set()),
    ("en", "Hadrin Labs opened an office in Dubai. Its former sales director, Maren Olsbo, said the deal was "
           "legal.", {(MO, E, H)}, set()),
    ("en", "Hadrin Labs refused to comment. Its chief executive at the time, Maren Olsbo, had approved the "
           "sale.", {(MO, E, H)}, set()),
    ("en", "Nervala SA has grown fast. Its chief executive from 2010 to 2015, Paul Marchand, built the export "
           "business.", {(PM, E, N)}, set()),
    ("fr", "Ristek Systems a démenti. Son directeur général depuis 2013, Karim Bensaïd, parle d'une erreur.",
     {(KB, E, R)}, set()),
    ("fr", "Nervala SA a été sanctionnée. Son ancien directeur technique, Paul Marchand, a témoigné devant les "
           "juges.", {(PM, E, N)}, set()),
    ("fr", "Hadrin Labs a été fondée à Lyon. Son président à l'époque, Paul Marchand, a signé l'accord.",
     {(PM, E, H)}, set()),
    ("fr", "Corvex vend des caméras. Sa directrice jusqu'en 2019, Lena Vasko, a quitté le groupe.",
     {(LV, E, C)}, set()),
    # near misses: two companies in view, another company in between, "its" a state's, not a role
    ("en", "Nervala SA bought sensors from Ristek Systems. Maren Olsbo, then its chief executive, signed the "
           "deal.", set(), {(MO, E, R)}),
    ("en", "Belarus bought the cameras from Nervala SA. Paul Marchand, then its interior minister, ordered "
           "more.", set(), {(PM, E, N)}),
    ("fr", "Ristek Systems a signé un accord avec Hadrin Labs. Karim Bensaïd, alors son directeur, s'en "
           "félicite.", set(), {(KB, E, H)}),
    ("en", "Veltia sold the licence in 2016. Paul Marchand, then its customer, paid in cash.", set(),
     {(PM, E, V)}),
    ("en", "Ristek Systems makes probes. Lena Vasko, then his wife, ran a bakery.", set(), {(LV, E, R)}),
    ("en", "Nervala SA was sold to Ristek Systems in 2019. Its chief executive since 2013, Paul Marchand, "
           "stayed on.", set(), {(PM, E, R)}),
    ("fr", "La Biélorussie a acheté les caméras de Nervala SA. Son ministre de l'Intérieur depuis 2019, Paul "
           "Marchand, en a commandé d'autres.", set(), {(PM, E, N)}),
    ("en", "Amnesty International criticised Nervala SA and Ristek Systems. Its director since 2015, Lena "
           "Vasko, asked for an inquiry.", set(), {(LV, E, N), (LV, E, R)}),
    ("en", "Egypt bought the spyware from Nervala SA and Ristek Systems. Karim Bensaïd, then its chief "
           "executive, denied it.", set(), {(KB, E, N), (KB, E, R)}),
    # "the company" for subject before: the company the article is about (named far more than any other)
    ("en", "Nervala SA sells probes to police forces. Nervala SA has offices in Oslo and Dubai. In 2019, Nervala SA "
           "was sued by Ristek Systems. Activists protested outside its offices. At the time, the company denied "
           "everything. Maren Olsbo, then its chief executive, called the suit baseless.", {(MO, E, N)},
     {(MO, E, R)}),
    ("fr", "Nervala SA vend des sondes aux polices. Nervala SA a des bureaux à Oslo. En 2019, Nervala SA a été "
           "attaquée par Ristek Systems. Des militants ont manifesté devant ses bureaux. La société rejette ces "
           "accusations. Dans un communiqué, elle affirme respecter la loi. Son fondateur, Karim Bensaïd, dénonce "
           "une décision politique.", {(KB, E, N)}, {(KB, E, R)}),
    ("en", "Nervala SA and Ristek Systems sell probes. Ristek Systems and Nervala SA were sued. Activists "
           "protested. At the time, the company denied everything. Maren Olsbo, then its chief executive, "
           "called the suit baseless.", set(), {(MO, E, N), (MO, E, R)}),
    ("en", "Nervala SA sells probes to police forces. Nervala SA has offices in Oslo. In 2019, Nervala SA was "
           "sued. Activists protested. At the time, the organisation denied everything. Maren Olsbo, then its "
           "director, called the suit baseless.", set(), {(MO, E, N)}),
    ("en", "Nervala SA sells probes to police forces. Nervala SA has offices in Oslo. In 2019, Nervala SA was "
           "sued. The company denied everything. Amnesty International disagreed. Its director, Lena Vasko, "
           "called for an inquiry.", set(), {(LV, E, N)}),
    ("en", "# Nervala SA: probes for sale\n\nNervala SA sells probes. In 2019, Ristek Systems sued Nervala SA "
           "over a patent, and Ristek Systems won. Judges heard the case for months. Activists protested. At the "
           "time, the company denied everything. Its chief executive, Maren Olsbo, called the ruling unfair.",
     {(MO, E, N)}, {(MO, E, R)}),
    ("en", "Nervala SA sells probes. In 2019, Ristek Systems sued Nervala SA over a patent, and Ristek Systems "
           "won. Judges heard the case for months. Activists protested. At the time, the company denied "
           "everything. Its chief executive, Maren Olsbo, called the ruling unfair.", set(),
     {(MO, E, N), (MO, E, R)}),
    # "le régime de P" with no state beside: the state the article is about, in view just before
    ("fr", "# Biélorussie : les caméras de Minsk\n\nNervala SA vend des caméras de surveillance. Les autorités "
           "biélorusses les utilisent contre les manifestants. Selon les militants, Nervala SA profite du régime "
           "d'Alexandre Loukachenko.", {("Alexandre Loukachenko", E, "Biélorussie")}, set()),
    ("en", "# Belarus: the cameras of Minsk\n\nNervala SA sells surveillance cameras. The Belarusian police use "
           "them against protesters. Critics say Nervala SA profits from the regime of Alexander Lukashenko.",
     {("Alexander Lukashenko", E, "Belarus")}, set()),
    ("fr", "# Biélorussie : les caméras de Minsk\n\nNervala SA vend des caméras. Les autorités biélorusses les "
           "utilisent. Les ventes françaises au régime d'Alexandre Loukachenko ont repris.", set(),
     {("Alexandre Loukachenko", E, "France")}),
    ("en", "# Belarus and Russia: the cameras\n\nNervala SA sells cameras. Critics say Nervala SA profits from "
           "the regime of Alexander Lukashenko.", set(),
     {("Alexander Lukashenko", E, "Belarus"), ("Alexander Lukashenko", E, "Russia")}),
    ("en", "# Belarus: the cameras of Minsk\n\nThe Belarusian police bought cameras from Nervala SA in 2019. "
           "The firm has grown fast. It has opened offices in six cities. Its staff has doubled. It now sells "
           "drones as well. Its clients include several ministries. Some of its engineers once worked for "
           "the regime of Saddam Hussein.", set(), {("Saddam Hussein", E, "Belarus")}),
    # "aux autorités", "to the authorities" with no state beside: the state the article is about, in view
    ("fr", "# Biélorussie : les caméras de Minsk\n\nLa police biélorusse a réprimé les manifestations. Selon "
           "le Conseil, Nervala SA fournit aux autorités une plate-forme de surveillance.",
     {(N, "supplied", "Biélorussie")}, set()),
    ("en", "# Belarus: the cameras of Minsk\n\nThe Belarusian police cracked down on the protests. According "
           "to the Council, Nervala SA supplied the authorities with a surveillance platform.",
     {(N, "supplied", "Belarus")}, set()),
    ("en", "# Belarus: the cameras of Minsk\n\nThe Belarusian police cracked down on the protests. Nervala SA "
           "sold cameras to the Syrian authorities.", set(), {(N, "supplied", "Belarus")}),
    ("fr", "# Biélorussie : les caméras de Minsk\n\nLa police biélorusse a réprimé les manifestations. Nervala "
           "SA a aussi fourni des caméras aux autorités de l'Ouganda.", set(), {(N, "supplied", "Biélorussie")}),
    ("en", "# Belarus and Egypt: the cameras\n\nThe police cracked down on the protests. Nervala SA supplied "
           "the authorities with a surveillance platform.", set(),
     {(N, "supplied", "Belarus"), (N, "supplied", "Egypt")}),
    ("en", "# Belarus: the cameras of Minsk\n\nNervala SA was founded in Oslo in 2004. It grew fast. It hired "
           "many engineers. It opened offices in Asia. Nervala SA supplied the authorities with a platform.",
     set(), {(N, "supplied", "Belarus")}),
    # a settlement reached with bodies: they investigated the company named before or in view
    ("en", "Nervala SA agreed to pay $50 million to settle bribery allegations. The settlement, reached with the "
           "U.S. Department of Justice and the Securities and Exchange Commission, ends a long inquiry.",
     {("U.S. Department of Justice", I, N), ("Securities and Exchange Commission", I, N)}, set()),
    ("en", "Ristek Systems settled with the Securities and Exchange Commission in 2019.",
     {("Securities and Exchange Commission", I, R)}, set()),
    ("fr", "Nervala SA a versé dix millions d'euros. L'accord transactionnel, conclu avec le parquet national "
           "financier, met fin aux poursuites.", {("parquet national financier", I, N)}, set()),
    ("fr", "Nervala SA a conclu une transaction avec le ministère de la Défense pour des drones.", set(),
     {("ministère de la Défense", I, N)}),
    ("fr", "Nervala SA a refusé l'accord transactionnel négocié avec le parquet national financier.", set(),
     {("parquet national financier", I, N)}),
    ("en", "Nervala SA settled with Ristek Systems over a patent in 2019.", set(), {(R, I, N), (N, I, R)}),
    ("en", "Nervala SA is in talks over a settlement with the Securities and Exchange Commission.", set(),
     {("Securities and Exchange Commission", I, N)}),
    ("en", "Nervala SA rejected a settlement with the U.S. Department of Justice in 2019.", set(),
     {("U.S. Department of Justice", I, N)}),
    ("en", "Nervala SA bought drones from Ristek Systems. The settlement, reached with the Securities and "
           "Exchange Commission, was small.", set(),
     {("Securities and Exchange Commission", I, N), ("Securities and Exchange Commission", I, R)}),
    ("en", "Nervala SA and the Securities and Exchange Commission signed a cooperation agreement in 2019.", set(),
     {("Securities and Exchange Commission", I, N)}),
    # a unit apposed with no owner: the one company in view
    ("en", "Nervala SA operates in six countries. Internal files show that Corvex, the Uzbek subsidiary, paid "
           "the bribes.", {(C, S, N)}, set()),
    ("en", "Hadrin Labs entered the market in 2008. Corvex, the local subsidiary, won the contract.",
     {(C, S, H)}, set()),
    ("en", "Ristek Systems denied the claims. Yet Veltia, the Kenyan subsidiary, had budgeted for the "
           "equipment.", {(V, S, R)}, set()),
    ("fr", "Nervala SA opère dans six pays. Selon des documents internes, Corvex, la filiale ouzbèke, a versé "
           "les pots-de-vin.", {(C, S, N)}, set()),
    ("fr", "Ristek Systems dément. Veltia, la filiale kényane, avait pourtant budgété l'équipement.",
     {(V, S, R)}, set()),
    ("fr", "Hadrin Labs s'est implantée au Maroc en 2010. Ristek Systems, sa filiale marocaine, a remporté le "
           "marché.", {(R, S, H)}, set()),
    # near misses: two companies in view, the owner named, an organisation or a state in view, "a subsidiary"
    ("en", "Nervala SA and Ristek Systems both bid for the licence. Corvex, the Uzbek subsidiary, won it.",
     set(), {(C, S, N), (C, S, R)}),
    ("en", "Nervala SA sued Ristek Systems in 2019. Corvex, the Uzbek subsidiary, paid the fine.", set(),
     {(C, S, N), (C, S, R)}),
    ("en", "Nervala SA makes probes. Corvex, the subsidiary of Ristek Systems, sold them.", {(C, S, R)},
     {(C, S, N)}),
    ("en", "Nervala SA makes probes. Corvex, a subsidiary of a Swiss holding, sold them.", set(), {(C, S, N)}),
    ("en", "Amnesty International criticised the deal. Corvex, the Uzbek subsidiary, denied any wrongdoing.",
     set(), {(C, S, "Amnesty International")}),
    ("en", "Belarus signed the deal in 2019. Corvex, the local subsidiary, installed the cameras.", set(),
     {(C, S, "Belarus")}),
    ("fr", "Nervala SA a racheté Ristek Systems en 2015. Veltia, la filiale ouzbèke, a versé les fonds.", set(),
     {(V, S, N), (V, S, R)}),
    ("fr", "Nervala SA vend des sondes. Corvex, une filiale d'un fonds suisse, les revend.", set(), {(C, S, N)}),
    ("en", "Nervala SA makes probes. Ristek Systems, the subsidiary's main client, bought them.", set(),
     {(R, S, N)}),
    # the company's product: the company in view made it
    ("en", "Nervala SA was founded in 2005. The police bought a licence for Kestrel, the core tool of the "
           "company's FinFisher range.", {(N, D, "FinFisher")}, set()),
    ("en", "Ristek Systems sells to governments. Investigators found traces of the company's Pegasus spyware "
           "on the phones.", {(R, D, "Pegasus")}, set()),
    ("fr", "Hadrin Labs vend à des gouvernements. Les enquêteurs ont retrouvé la trace du logiciel Pegasus de "
           "la société sur les téléphones.", {(H, D, "Pegasus")}, set()),
    ("en", "Veltia makes surveillance gear. The firm's FinFisher suite was sold to six states.",
     {(V, D, "FinFisher")}, set()),
    # near misses: two companies in view, a buyer, a reseller, the product's maker named
    ("en", "Nervala SA bought a licence from Ristek Systems. The company's Pegasus spyware was found on "
           "the phones.", set(), {(N, D, "Pegasus"), (R, D, "Pegasus")}),
    ("en", "Amnesty International investigated the case. The group's Pegasus findings were confirmed.", set(),
     {("Amnesty International", D, "Pegasus")}),
    ("en", "Veltia resells surveillance tools. The company's Pegasus licences, made by NSO Group, were sold "
           "to Chad.", set(), {(V, D, "Pegasus")}),
    ("en", "The Egyptian police bought spyware. The agency's Pegasus licence cost a million dollars.", set(),
     {("Egyptian police", D, "Pegasus")}),
]



@pytest.mark.parametrize(("lang", "text", "want", "never"), CASES)
def test_topic_party(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
