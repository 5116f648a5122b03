"""A person tied to the organisation they work for, head, founded, or speak for (`employed_by`), read the many
ways reporters write it: a title before or after the name, an apposition with or without an article, a
possessive ("Veltrix Systems' head of sales"), a relative clause ("who heads", "qui dirige", "who ran sales for
X until 2021"), a former post ("a former engineer at X", "ancien cadre de X"), a founder ("l'un des
fondateurs de X"), a post held in a branch of the company ("X's Middle East business, led by P", "la filiale
de X"), a minister of the state in view, and a role whose organisation was named one or two sentences before
("Its chief executive", "Son directeur général", "then head of export sales"), where another organisation
named there must not win.

Near misses that give no `employed_by`: a person who met, sued, criticised, investigated, bought from or writes
about an organisation, its former client, a lawyer who acts for it (he `represents` it), a person of one company
with another company named as buyer in the same sentence, and a person whose only description is unrelated to
the organisation named in the sentence before.

Sentences written for this test, with invented companies and people."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

E = "employed_by"
R = "represents"

CASES = [
    # --- English: titles, appositions, possessives
    ("en", "Michael Hale, the chief executive of Veltrix Systems, declined to comment on the Libyan contract.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems chief executive Michael Hale said the contract complied with export rules.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Karsen Labs' head of sales, Erik Moller, travelled to Cairo in 2016 to present the platform.",
     {("Erik Moller", E, "Karsen Labs")}, set()),
    ("en", "Emma Novak, Brindle Analytics Ltd's former marketing director, confirmed that the demonstration "
           "took place.",
     {("Emma Novak", E, "Brindle Analytics Ltd")}, set()),
    ("en", "The demonstration in Riyadh was led by Brindle Analytics Ltd engineer Mark Sutton.",
     {("Mark Sutton", E, "Brindle Analytics Ltd")}, set()),
    ("en", "\"We never sold to Bahrain,\" said Rachel Stein, a spokeswoman for Karsen Labs.",
     {("Rachel Stein", E, "Karsen Labs")}, set()),
    ("en", "Ravi Menon, founder and chief executive of Nexora Telecom, refused to answer questions about the deal.",
     {("Ravi Menon", E, "Nexora Telecom")}, set()),
    ("en", "Liam Foster, a former vice president of Karsen Labs, now advises the Kenyan government.",
     {("Liam Foster", E, "Karsen Labs")}, set()),
    # --- English: relative clauses and verbs of employment
    ("en", "Dana Whitfield, who heads Orvane Technologies, told reporters that the export licence was valid.",
     {("Dana Whitfield", E, "Orvane Technologies")}, set()),
    ("en", "The contract was negotiated by Peter Lindqvist, who co-founded Karsen Labs in 2009.",
     {("Peter Lindqvist", E, "Karsen Labs")}, set()),
    ("en", "Tom Reyes, who ran sales for Brindle Analytics Ltd until 2021, said the software was marketed to police.",
     {("Tom Reyes", E, "Brindle Analytics Ltd")}, set()),
    ("en", "According to Anna Kowalski, a former engineer at Veltrix Systems, the system could read all traffic.",
     {("Anna Kowalski", E, "Veltrix Systems")}, set()),
    ("en", "Orvane Technologies' Middle East business, led by Karim Haddad, signed the deal with the Saudi ministry.",
     {("Karim Haddad", E, "Orvane Technologies")}, set()),
    ("en", "Greta Holm joined Veltrix Systems as chief technology officer in 2018.",
     {("Greta Holm", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems hired Laura Bennett as its regional director for Africa in 2019.",
     {("Laura Bennett", E, "Veltrix Systems")}, set()),
    ("en", "Karsen Labs is run by Viktor Ilyin, a former intelligence officer.",
     {("Viktor Ilyin", E, "Karsen Labs")}, set()),
    ("en", "Daniel Brooks, who spent a decade at Orvane Technologies as a software architect, described the probes.",
     {("Daniel Brooks", E, "Orvane Technologies")}, set()),
    ("en", "Morocco bought the interception system in 2017. Morocco's Interior Minister, Youssef Amrani, approved "
           "the purchase.", {("Youssef Amrani", E, "Morocco")}, set()),
    # --- English: the organisation named in an earlier sentence, another one beside it
    ("en", "Karsen Labs sold its interception platform to Egypt in 2015. Erik Moller, then head of export sales, "
           "signed the deal.", {("Erik Moller", E, "Karsen Labs")}, set()),
    ("en", "Brindle Analytics Ltd was founded in Leeds in 2011. Its chief executive, Sarah Okafor, denied any sale to "
           "Bahrain.", {("Sarah Okafor", E, "Brindle Analytics Ltd")}, set()),
    ("en", "Veltrix Systems sold the probes to Nexora Telecom in 2010. Its sales director, Paul Granger, oversaw "
           "the installation.", {("Paul Granger", E, "Veltrix Systems")}, {("Paul Granger", E, "Nexora Telecom")}),
    ("en", "Orvane Technologies is based in Oslo. The company delivered the system to Nexora Telecom in 2014. Its "
           "founder, Lars Dahl, called the deal a mistake.",
     {("Lars Dahl", E, "Orvane Technologies")}, {("Lars Dahl", E, "Nexora Telecom")}),
    ("en", "Karsen Labs sold its platform to Egypt in 2015. Erik Moller, then head of export sales at Nexora "
           "Telecom SA, signed the deal.", {("Erik Moller", E, "Nexora Telecom SA")},
     {("Erik Moller", E, "Karsen Labs")}),
    ("en", "Amnesty International criticised the sale. \"This is unacceptable,\" said its secretary general, "
           "Maria Lund.", {("Maria Lund", E, "Amnesty International")}, set()),
    ("en", "Laurent Mercier is one of the founders of Karsen Labs.", {("Laurent Mercier", E, "Karsen Labs")},
     set()),
    ("en", "Veltrix Systems sold the probes to Nexora Telecom in 2010. The chief executive, Michael Hale, said the "
           "deal was legal.", {("Michael Hale", E, "Veltrix Systems")}, {("Michael Hale", E, "Nexora Telecom")}),
    # --- English near misses
    ("en", "Veltrix Systems bought Nexora Telecom in 2019. Paul Granger, then head of export sales, left soon "
           "after.", set(), {("Paul Granger", E, "Veltrix Systems"), ("Paul Granger", E, "Nexora Telecom")}),
    ("en", "Laurent Mercier is one of the critics of Karsen Labs.", set(), {("Laurent Mercier", E, "Karsen Labs")}),
    ("en", "Orvane Technologies' main rival, led by Karim Haddad, won the Saudi contract.", set(),
     {("Karim Haddad", E, "Orvane Technologies")}),
    ("en", "Michael Hale met executives of Veltrix Systems in Dubai in 2016.", set(),
     {("Michael Hale", E, "Veltrix Systems")}),
    ("en", "Dana Whitfield sued Orvane Technologies in 2020 over the sale of the spyware.", set(),
     {("Dana Whitfield", E, "Orvane Technologies")}),
    ("en", "The activist Omar Khalil criticised Karsen Labs for selling spyware to Bahrain.", set(),
     {("Omar Khalil", E, "Karsen Labs")}),
    ("en", "Jenny Walsh, a journalist who has written about Brindle Analytics Ltd for years, obtained the contract.",
     set(), {("Jenny Walsh", E, "Brindle Analytics Ltd")}),
    ("en", "Peter Lindqvist, a former client of Karsen Labs, said the product never worked.", set(),
     {("Peter Lindqvist", E, "Karsen Labs")}),
    ("en", "Sofia Reyes, who investigated Veltrix Systems for two years, found traces of the spyware.", set(),
     {("Sofia Reyes", E, "Veltrix Systems")}),
    ("en", "Mark Sutton, the chief executive of Brindle Analytics Ltd, said Nexora Telecom bought the system in 2015.",
     {("Mark Sutton", E, "Brindle Analytics Ltd")}, {("Mark Sutton", E, "Nexora Telecom")}),
    ("en", "Ahmed Saleh, who bought the software from Orvane Technologies, ran the monitoring centre.", set(),
     {("Ahmed Saleh", E, "Orvane Technologies")}),
    ("en", "Lucy Grant, a researcher at Citizen Lab, analysed the Veltrix Systems spyware.",
     {("Lucy Grant", E, "Citizen Lab")}, {("Lucy Grant", E, "Veltrix Systems")}),
    ("en", "Hannah Kerr, the former chief executive of Brindle Analytics Ltd, is now suing Veltrix Systems.",
     {("Hannah Kerr", E, "Brindle Analytics Ltd")}, {("Hannah Kerr", E, "Veltrix Systems")}),
    ("en", "Karsen Labs sold its platform to Egypt in 2015. Erik Moller, a human rights researcher, documented "
           "the sale.", set(), {("Erik Moller", E, "Karsen Labs")}),
    ("en", "According to Jonathan Pierce, a lawyer for Veltrix Systems, the company broke no law.",
     {("Jonathan Pierce", R, "Veltrix Systems")}, {("Jonathan Pierce", E, "Veltrix Systems")}),
    # --- French: titres, appositions, relatives
    ("fr", "Jean-Marc Lefort, directeur général de Sécuris SA, a refusé de répondre à nos questions.",
     {("Jean-Marc Lefort", E, "Sécuris SA")}, set()),
    ("fr", "Le directeur général de Sécuris SA, Jean-Marc Lefort, a refusé de répondre à nos questions.",
     {("Jean-Marc Lefort", E, "Sécuris SA")}, set()),
    ("fr", "Selon Claire Dubois, la présidente de Nexalis SAS, le contrat respectait la loi.",
     {("Claire Dubois", E, "Nexalis SAS")}, set()),
    ("fr", "Philippe Marchand, qui dirige la filiale marocaine de Sécuris SA, a signé le contrat en 2013.",
     {("Philippe Marchand", E, "Sécuris SA")}, set()),
    ("fr", "Antoine Girard, ancien cadre de Nexalis SAS, a décrit le fonctionnement du logiciel.",
     {("Antoine Girard", E, "Nexalis SAS")}, set()),
    ("fr", "Laurent Mercier est l'un des fondateurs de Vigitel, une société lyonnaise.",
     {("Laurent Mercier", E, "Vigitel")}, set()),
    ("fr", "Sophie Renard, chargée des exportations chez Vigitel, a confirmé la livraison des sondes.",
     {("Sophie Renard", E, "Vigitel")}, set()),
    ("fr", "Karim Benali, porte-parole du ministère de l'Intérieur, a démenti tout achat de logiciel espion.",
     {("Karim Benali", E, "ministère de l'Intérieur")}, set()),
    ("fr", "Henri Vasseur, qui a fondé Vigitel en 2004, a quitté l'entreprise en 2015.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Isabelle Roche a rejoint Nexalis SAS en 2017 comme directrice juridique.",
     {("Isabelle Roche", E, "Nexalis SAS")}, set()),
    ("fr", "Nexalis SAS est dirigée par Isabelle Roche depuis 2019.", {("Isabelle Roche", E, "Nexalis SAS")}, set()),
    ("fr", "Thomas Lemaire, ingénieur chez Sécuris SA jusqu'en 2018, affirme que le système visait les opposants.",
     {("Thomas Lemaire", E, "Sécuris SA")}, set()),
    ("fr", "Marc Olivier, ex-directeur technique de Nexalis SAS, travaille aujourd'hui pour Vigitel.",
     {("Marc Olivier", E, "Nexalis SAS"), ("Marc Olivier", E, "Vigitel")}, set()),
    ("fr", "Hélène Martin, responsable commerciale de Sécuris SA pour le Moyen-Orient, a organisé la démonstration.",
     {("Hélène Martin", E, "Sécuris SA")}, set()),
    ("fr", "Paul Garnier, PDG de Vigitel, assure que l'entreprise n'a rien vendu à la Syrie.",
     {("Paul Garnier", E, "Vigitel")}, set()),
    ("fr", "Directeur commercial de Nexalis SAS entre 2010 et 2014, Bruno Leclerc a négocié le contrat libyen.",
     {("Bruno Leclerc", E, "Nexalis SAS")}, set()),
    ("fr", "Bruno Leclerc a travaillé pendant dix ans chez Nexalis SAS avant de créer sa propre société.",
     {("Bruno Leclerc", E, "Nexalis SAS")}, set()),
    ("fr", "Le fondateur de Vigitel, Henri Vasseur, a reconnu la vente devant les enquêteurs.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Le Maroc a acheté le système en 2012. Le ministre de l'Intérieur, Driss Alaoui, a signé le contrat "
           "avec Vigitel.", {("Driss Alaoui", E, "Maroc")}, {("Driss Alaoui", E, "Vigitel")}),
    # --- French: l'organisation nommée une ou deux phrases avant
    ("fr", "Vigitel a vendu ses sondes à la Libye en 2010. Son directeur général, Henri Vasseur, assure que tout "
           "était légal.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Vigitel a vendu ses sondes à Madar Telecom SA en 2010. Henri Vasseur, alors directeur commercial, a "
           "négocié le contrat.", {("Henri Vasseur", E, "Vigitel")}, {("Henri Vasseur", E, "Madar Telecom SA")}),
    ("fr", "Vigitel a signé un contrat avec Madar Telecom SA en 2008. Son président, Henri Vasseur, s'est rendu à "
           "Tripoli.", {("Henri Vasseur", E, "Vigitel")}, {("Henri Vasseur", E, "Madar Telecom SA")}),
    ("fr", "Nexalis SAS est installée à Grenoble. L'entreprise a livré son système à Madar Telecom SA en 2011. Sa "
           "directrice financière, Agnès Petit, a supervisé le paiement.",
     {("Agnès Petit", E, "Nexalis SAS")}, {("Agnès Petit", E, "Madar Telecom SA")}),
    ("fr", "Vigitel SA est née à Lyon en 2004. La société a été fondée par Henri Vasseur et Paul Garnier.",
     {("Henri Vasseur", E, "Vigitel SA"), ("Paul Garnier", E, "Vigitel SA")}, set()),
    ("fr", "Le Centre Aurore pour la paix suit ces ventes. Son chercheur Marc Vidal estime que les livraisons "
           "continuent.", {("Marc Vidal", E, "Centre Aurore pour la paix")}, set()),
    ("fr", "Selon Paul Garnier, patron de Vigitel, les ventes ont doublé.", {("Paul Garnier", E, "Vigitel")}, set()),
    ("fr", "Paul Garnier, à la tête de Vigitel depuis 2015, dément toute vente à la Syrie.",
     {("Paul Garnier", E, "Vigitel")}, set()),
    ("fr", "Yves Morel, qui a longtemps travaillé pour Vigitel, décrit un système pensé pour la police.",
     {("Yves Morel", E, "Vigitel")}, set()),
    ("fr", "Vigitel a vendu ses sondes à Madar Telecom SA en 2010. Le directeur commercial de Madar Telecom SA, "
           "Omar Fathi, a signé la commande.", {("Omar Fathi", E, "Madar Telecom SA")}, {("Omar Fathi", E, "Vigitel")}),
    # --- French near misses
    ("fr", "Vigitel SA et Madar Telecom SA ont signé un accord en 2009. Henri Vasseur, alors directeur "
           "commercial, s'en félicite.", set(),
     {("Henri Vasseur", E, "Vigitel SA"), ("Henri Vasseur", E, "Madar Telecom SA")}),
    ("fr", "Laurent Mercier est l'un des clients de Vigitel depuis 2012.", set(), {("Laurent Mercier", E, "Vigitel")}),
    ("fr", "Yves Morel, avocat des victimes de Vigitel, a déposé plainte.", set(), {("Yves Morel", E, "Vigitel")}),
    ("fr", "Yves Morel, un concurrent de Vigitel, a remporté le marché.", set(), {("Yves Morel", E, "Vigitel")}),
    ("fr", "Claire Dubois a rencontré les dirigeants de Vigitel à Paris en 2014.", set(),
     {("Claire Dubois", E, "Vigitel")}),
    ("fr", "Claire Dubois a porté plainte contre Vigitel en 2017 pour complicité de torture.", set(),
     {("Claire Dubois", E, "Vigitel")}),
    ("fr", "Le journaliste Marc Durand enquête depuis 2015 sur Nexalis SAS et ses clients.", set(),
     {("Marc Durand", E, "Nexalis SAS")}),
    ("fr", "Antoine Girard, ancien client de Nexalis SAS, affirme que le logiciel ne fonctionnait pas.", set(),
     {("Antoine Girard", E, "Nexalis SAS")}),
    ("fr", "Henri Vasseur, directeur de Vigitel, affirme avoir vendu le système à Madar Telecom SA.",
     {("Henri Vasseur", E, "Vigitel")}, {("Henri Vasseur", E, "Madar Telecom SA")}),
    ("fr", "Julie Moreau, chercheuse à Amnesty International, a analysé le logiciel de Nexalis SAS.",
     {("Julie Moreau", E, "Amnesty International")}, {("Julie Moreau", E, "Nexalis SAS")}),
    ("fr", "Vigitel a vendu ses sondes à la Libye en 2010. Jean Pasquier, un militant des droits humains, a "
           "dénoncé la vente.", set(), {("Jean Pasquier", E, "Vigitel")}),
    ("fr", "Le juge Paul Aubry enquête sur Vigitel depuis 2013.", set(), {("Paul Aubry", E, "Vigitel")}),
    ("fr", "Sophie Renard a acheté le logiciel de Sécuris SA pour le compte de la police.", set(),
     {("Sophie Renard", E, "Sécuris SA")}),
    ("fr", "Ancien dirigeant de Nexalis SAS, Marc Olivier critique aujourd'hui Vigitel.",
     {("Marc Olivier", E, "Nexalis SAS")}, {("Marc Olivier", E, "Vigitel")}),
    ("fr", "Me Paul Girard, l'avocat de Sécuris SA, conteste ces accusations.",
     {("Paul Girard", R, "Sécuris SA")}, {("Paul Girard", E, "Sécuris SA")}),
    # --- more shapes: times, stints, verbs of taking charge, co-founders, one of a group, a fronted workplace
    ("en", "Veltrix Systems' then chief executive, Michael Hale, flew to Tripoli in 2010.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, Veltrix Systems' chief executive at the time, flew to Tripoli.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, who was chief executive of Veltrix Systems from 2008 to 2014, flew to Tripoli.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, who worked at Veltrix Systems between 2012 and 2016, described the probes.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, who left Veltrix Systems in 2016, described the probes.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, a senior engineer at Veltrix Systems, described the probes.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, a Veltrix Systems engineer, described the probes.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, an executive with Veltrix Systems, described the probes.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems' Dubai office was run by Michael Hale until 2015.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems is headed by Michael Hale, a former army officer.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale took over as chief executive of Veltrix Systems in 2017.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale became chief executive of Veltrix Systems in 2017.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale has worked for Veltrix Systems since 2012.", {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems employs Michael Hale as its head of research.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, the head of Veltrix Systems' export division, declined to comment.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "The chairman of Veltrix Systems, Michael Hale, declined to comment.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems co-founder Michael Hale declined to comment.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Michael Hale, a co-founder of Veltrix Systems, declined to comment.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems, whose founder Michael Hale once served in the army, declined to comment.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems sold the probes to Libya. A former employee, Michael Hale, said they were used on "
           "dissidents.", {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems sold the probes to Libya. One of its engineers, Michael Hale, said they were used on "
           "dissidents.", {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("en", "Veltrix Systems sold the probes to Libya. The firm's founder, Michael Hale, said they were never misused.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("fr", "Henri Vasseur, l'actuel patron de Vigitel, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, président du directoire de Vigitel, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, qui a dirigé Vigitel de 2005 à 2015, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, passé par Vigitel, décrit le système.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, un ingénieur de Vigitel, décrit le système.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, salarié de Vigitel depuis 2012, décrit le système.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur a été recruté par Vigitel en 2012.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur a pris la direction de Vigitel en 2012.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur a cofondé Vigitel en 2004 avec Paul Garnier.",
     {("Henri Vasseur", E, "Vigitel"), ("Paul Garnier", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, le patron de la branche export de Vigitel, dément.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Vigitel a vendu ses sondes à la Libye. Un ancien salarié, Henri Vasseur, affirme qu'elles visaient les "
           "opposants.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Vigitel a vendu ses sondes à la Libye. L'un de ses ingénieurs, Henri Vasseur, affirme qu'elles visaient "
           "les opposants.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Vigitel a vendu ses sondes à la Libye. Le fondateur de l'entreprise, Henri Vasseur, dément.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Chez Vigitel, Henri Vasseur, responsable des ventes, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, numéro deux de Vigitel, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, le bras droit du PDG de Vigitel, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, qui a quitté Vigitel en 2016, décrit le système.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, directeur de la communication de Vigitel, dément.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Vigitel, dont Henri Vasseur est le directeur général, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("fr", "Henri Vasseur, consultant pour Vigitel, dément.", {("Henri Vasseur", E, "Vigitel")}, set()),
    ("en", "At Veltrix Systems, Michael Hale, the head of sales, denied it.",
     {("Michael Hale", E, "Veltrix Systems")}, set()),
    ("fr", "Chez Vigitel, Henri Vasseur, un client de longue date, a témoigné.",
     set(), {("Henri Vasseur", E, "Vigitel")}),
    ("en", "Michael Hale took charge of the investigation into Veltrix Systems.",
     set(), {("Michael Hale", E, "Veltrix Systems")}),
    ("fr", "Henri Vasseur a pris la tête de la contestation contre Vigitel.", set(), {("Henri Vasseur", E, "Vigitel")}),
    ("fr", "Henri Vasseur a fondé Vigitel en 2004 avec l'argent de Paul Garnier.",
     {("Henri Vasseur", E, "Vigitel")}, set()),
    ("en", "Michael Hale's lawyers say Veltrix Systems hires former soldiers.",
     set(), {("Michael Hale", E, "Veltrix Systems")}),
    ("en", "Michael Hale took the helm of Veltrix Systems in 2017.", {("Michael Hale", E, "Veltrix Systems")}, set()),
    # a project run for a company: its staff, or a contractor's (no rule tells which)
    pytest.param("en", "Veltrix Systems sold the probes to Libya. Michael Hale, who managed the project for the "
                       "company, said they were used on dissidents.", {("Michael Hale", E, "Veltrix Systems")}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="managing a project for a company does not say P is "
                                         "its staff rather than a contractor's; no verb of employment to read")),
    pytest.param("fr", "Vigitel a vendu ses sondes à la Libye. Henri Vasseur, qui pilotait le projet pour la société, "
                       "dément.", {("Henri Vasseur", E, "Vigitel")}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="piloter un projet pour une société: salarié ou "
                                         "prestataire, la phrase ne le dit pas")),
]


def _id(case) -> str:  # type: ignore[no-untyped-def]
    return (case.values if hasattr(case, "values") else case)[1][:50]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[_id(c) for c in CASES])
def test_employed_by(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
