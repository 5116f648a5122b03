"""Sales whose seller or buyer is named in another sentence than the one that tells the sale, French and
English:

- goods delivered, shipped, sold or exported with no agent, whose maker the article named before ("N makes
  the Kestrel platform. [...] The platform was delivered to Oman"), or named after ("It had been developed
  by N"), or the one company the article is about ("des serveurs ont été expédiés à Damas");
- a contract, a deal, "le marché" signed (active or passive) or goods ordered by a state, then the goods
  installed, supplied or delivered by a company ("Egypt signed the contract. The system was installed by
  N", "N installed the system a year later"); likewise goods a state was told to hold or use, called by
  the same noun ("Kenya expanded its camera network. The network was installed by N");
- "the supplier", "le fournisseur" for a company after a state's order; "the customer", "le client" for
  a state, after a company's contract or as the recipient of a sale with one state named just before;
- "it", "elle" selling, for the company the sentence before is about;
- export licences approved for a list of states, the applicant named before.

Near misses give no sale: two companies in view and nothing says which sold, a state that bought from an
unnamed vendor, a sale denied, planned or conditional, goods used against someone, a maker named for other
goods, a licence refused or sought by two companies, a contract refused, cancelled or of another kind
("the peace agreement"), goods a state bans or seizes, two states in view for "the customer".

Short articles written for this test with invented companies and products, run through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

N, R, V, C, H = "Nervala SA", "Ristek Systems", "Veltia", "Corvex", "Hadrin Labs"
S = "supplied"


def xfail(lang: str, text: str, want: set, never: set, why: str):  # type: ignore[no-untyped-def]
    return pytest.param(lang, text, want, never, marks=pytest.mark.xfail(strict=True, reason=why))


#: (language, text, relations that must be found, relations that must not)
CASES = [
    # goods with no agent, their maker named before
    ("en", "Nervala SA makes the Kestrel interception platform. The firm opened an office in Dubai in 2014. "
           "The platform was delivered to Oman in 2016.", {(N, S, "Oman")}, set()),
    ("en", "Nervala SA makes the Kestrel interception platform. The firm opened an office in Dubai in 2014. "
           "The platform was delivered to the Omani interior ministry in 2016.",
     {(N, S, "Omani interior ministry")}, set()),
    ("en", "Ristek Systems developed the Aurora spyware in 2011. According to leaked invoices, Aurora was sold "
           "to Bahrain in 2013.", {(R, S, "Bahrain")}, set()),
    xfail("en", "Veltia manufactures the Orca surveillance drone. Two years later, six drones were handed over "
                "to Mali.", {(V, S, "Mali")}, set(), "'hand over' is no verb of sale in the lexicon (relations.yaml, "
          "outside this change), and the tagger does not name Orca"),
    ("en", "Nervala SA sells interception probes to telecom operators. In 2013 the probes were exported to "
           "Libya.", {(N, S, "Libya")}, set()),
    xfail("en", "Ristek Systems is the company behind the Aurora spyware. In 2012, Aurora was licensed to "
                "Morocco.", {(R, S, "Morocco")}, set(), "'the company behind P' is not read as making P, and "
          "'license' is a verb of buying in the lexicon: 'licensed to' has no seller"),
    ("fr", "Nervala SA fabrique la plateforme d'interception Kestrel. La société a ouvert un bureau à Dubaï en "
           "2014. La plateforme a été livrée à Oman en 2016.", {(N, S, "Oman")}, set()),
    ("fr", "Ristek Systems a développé le logiciel espion Aurora en 2011. Selon des factures, Aurora a été "
           "vendu au Bahreïn en 2013.", {(R, S, "Bahreïn")}, set()),
    xfail("fr", "Veltia fabrique le drone de surveillance Orca. Deux ans plus tard, six drones ont été remis "
                "au Mali.", {(V, S, "Mali")}, set(), "'remettre' is no verb of sale in the lexicon (relations.yaml, "
          "outside this change)"),
    ("fr", "Nervala SA vend des sondes d'interception aux opérateurs. En 2013, les sondes ont été exportées "
           "vers la Libye.", {(N, S, "Libye")}, set()),
    ("fr", "Ristek Systems a conçu le logiciel Aurora. En 2012, Aurora a été cédé au Maroc.",
     {(R, S, "Maroc")}, set()),
    # the maker named after the delivery
    ("en", "The Kestrel platform was delivered to Oman in 2016. It had been developed by Nervala SA.",
     {(N, S, "Oman")}, set()),
    ("fr", "La plateforme Kestrel a été livrée à Oman en 2016. Elle avait été développée par Nervala SA.",
     {(N, S, "Oman")}, set()),
    # the one company the article is about, goods shipped to a place
    ("en", "Hadrin Labs builds monitoring centres for governments. Its contract in Syria was signed in 2011. "
           "In 2012, servers were shipped to Damascus.", {(H, S, "Syria")}, set()),
    ("fr", "Hadrin Labs conçoit des centres d'écoute pour les gouvernements. Son contrat en Syrie a été signé "
           "en 2011. En 2012, des serveurs ont été expédiés à Damas.", {(H, S, "Syrie")}, set()),
    # a contract signed by a state, the goods installed or supplied by a company
    ("en", "Egypt signed the contract in 2016. The system was installed by Nervala SA a year later.",
     {(N, S, "Egypt")}, set()),
    ("en", "Kenya signed the deal in 2018. The cameras were supplied by Nervala SA.", {(N, S, "Kenya")}, set()),
    ("en", "Bahrain ordered the platform in 2010. It was delivered by Veltia the following year.",
     {(V, S, "Bahrain")}, set()),
    ("fr", "L'Égypte a signé le marché en 2016. Le réseau a été fourni par le groupe Ristek Systems.",
     {(R, S, "Égypte")}, set()),
    ("en", "Oman's interior ministry signed the contract in 2016. The system was supplied by Nervala SA.",
     {(N, S, "Oman's interior ministry")}, set()),
    ("fr", "Le ministère de l'Intérieur omanais a signé le marché en 2016. Le réseau a été fourni par le groupe "
           "Ristek Systems.", {(R, S, "ministère de l'Intérieur")}, set()),
    ("fr", "Le Kenya a signé le contrat en 2018. Les caméras ont été livrées par Hadrin Labs.",
     {(H, S, "Kenya")}, set()),
    ("fr", "Le Bahreïn a commandé la plateforme en 2010. Elle a été installée par Ristek Systems l'année "
           "suivante.", {(R, S, "Bahreïn")}, set()),
    ("en", "Egypt signed the contract in 2016. Nervala SA installed the system a year later.",
     {(N, S, "Egypt")}, set()),
    ("fr", "Le Kenya a signé le contrat en 2018. Ristek Systems a livré les caméras l'année suivante.",
     {(R, S, "Kenya")}, set()),
    # goods a state was told to hold or use, then supplied by a company
    ("en", "Kenya expanded its camera network in 2018. The network was installed by Nervala SA.",
     {(N, S, "Kenya")}, set()),
    ("fr", "Le Maroc a étendu son réseau de caméras en 2015. Le réseau a été fourni par le groupe Ristek "
           "Systems.", {(R, S, "Maroc")}, set()),
    ("fr", "L'Égypte a reconnu exploiter une plateforme d'écoute depuis 2014. La plateforme a été livrée par "
           "Nervala SA.", {(N, S, "Égypte")}, set()),
    xfail("fr", "La gendarmerie tunisienne a modernisé ses écoutes en 2015. Le système a été fourni par Nervala "
                "SA.", {(N, S, "gendarmerie tunisienne")}, set(), "the goods are called by another noun than the "
          "one the body was told to hold ('ses écoutes', 'le système'): a state merely named before is not taken "
          "for the buyer"),
    # the supplier, the customer
    ("en", "Egypt ordered the system in 2015. The supplier was Ristek Systems, the documents show.",
     {(R, S, "Egypt")}, set()),
    ("en", "Ristek Systems signed a contract worth 4 million euros in 2009. The customer was Tunisia, according "
           "to the documents.", {(R, S, "Tunisia")}, set()),
    ("fr", "L'Égypte a commandé le système en 2015. Le fournisseur était Ristek Systems, selon les documents.",
     {(R, S, "Égypte")}, set()),
    ("en", "Bahrain ordered the platform in 2012. The supplier, the invoices show, was Nervala SA.",
     {(N, S, "Bahrain")}, set()),
    xfail("fr", "Le Bahreïn a commandé la plateforme en 2012. Le fournisseur, selon les factures, était Nervala "
                "SA.", {(N, S, "Bahreïn")}, set(), "the parser hangs 'selon les factures' on the noun as its "
          "complement, which reads as 'le fournisseur de X' (a supplier named with its client)"),
    ("fr", "Ristek Systems a signé un contrat de 4 millions d'euros en 2009. Le client était la Tunisie, selon "
           "les documents.", {(R, S, "Tunisie")}, set()),
    xfail("en", "A former Nervala SA engineer described the probes. The first big customer, he said, was "
                "Egypt.", {(N, S, "Egypt")}, set(), "a customer with no contract told before is not given the "
          "company in view as seller: 'Ristek Systems lost a contract. The customer was Tunisia' reads the same"),
    xfail("fr", "Un ancien ingénieur de Nervala SA décrit les sondes. Le premier client, dit-il, était "
                "l'Égypte.", {(N, S, "Égypte")}, set(), "as above: no contract told, the company in view is not "
          "taken for the seller"),
    # "the buyer", "the customer", "le client" for the state named just before
    ("en", "Bahrain was looking for a way to monitor dissidents. In 2010, Nervala SA sold the buyer an "
           "interception platform.", {(N, S, "Bahrain")}, set()),
    ("en", "Bahrain wanted to monitor dissidents. In 2010, Nervala SA delivered the platform to the customer.",
     {(N, S, "Bahrain")}, set()),
    ("fr", "Le Bahreïn cherchait à surveiller ses opposants. En 2010, Nervala SA a vendu au client une "
           "plateforme d'interception.", {(N, S, "Bahreïn")}, set()),
    # a contract told in the passive, its one party named by the agent or by "with"
    ("en", "The contract with Egypt was signed in 2016. The system was installed by Nervala SA.",
     {(N, S, "Egypt")}, set()),
    ("fr", "Le marché a été signé par l'Égypte en 2016. Le système a été installé par Nervala SA.",
     {(N, S, "Égypte")}, set()),
    # "it" selling, for the company of the sentence before
    ("en", "Corvex was founded in Milan in 2003. It sold the system to Ethiopia in 2014.",
     {(C, S, "Ethiopia")}, set()),
    ("en", "Hadrin Labs opened its first foreign office in 2010. Two years later it sold cameras to Uganda.",
     {(H, S, "Uganda")}, set()),
    ("fr", "Corvex a été fondée à Milan en 2003. Elle a vendu le système à l'Éthiopie en 2014.",
     {(C, S, "Éthiopie")}, set()),
    ("fr", "Hadrin Labs a ouvert son premier bureau à l'étranger en 2010. Deux ans plus tard, elle a vendu des "
           "caméras à l'Ouganda.", {(H, S, "Ouganda")}, set()),
    # export licences for a list of states, the applicant named before
    ("en", "Ristek Systems applied for export licences in 2017. The government approved the licences for "
           "Saudi Arabia, the United Arab Emirates and Qatar.",
     {(R, S, "Saudi Arabia"), (R, S, "United Arab Emirates"), (R, S, "Qatar")}, set()),
    ("fr", "Hadrin Labs a demandé des licences d'exportation en 2017. Le gouvernement a accordé les licences "
           "pour l'Arabie saoudite, les Émirats arabes unis et le Qatar.",
     {(H, S, "Arabie saoudite"), (H, S, "Émirats arabes unis"), (H, S, "Qatar")}, set()),
    # near misses: two makers in view, nothing says which sold
    ("en", "Nervala SA and Ristek Systems both make interception probes. The probes were shipped to Libya in "
           "2013.", set(), {(N, S, "Libya"), (R, S, "Libya")}),
    ("fr", "Nervala SA et Ristek Systems fabriquent toutes deux des sondes. Les sondes ont été expédiées en "
           "Libye en 2013.", set(), {(N, S, "Libye"), (R, S, "Libye")}),
    ("en", "Hadrin Labs and Corvex build monitoring centres. In 2012, servers were shipped to Syria.", set(),
     {(H, S, "Syria"), (C, S, "Syria")}),
    ("fr", "Hadrin Labs et Corvex conçoivent des centres d'écoute. En 2012, des serveurs ont été expédiés en "
           "Syrie.", set(), {(H, S, "Syrie"), (C, S, "Syrie")}),
    # near misses: a state that bought from an unnamed vendor
    ("en", "Egypt bought the platform from a vendor it would not name. Nervala SA makes drones.", set(),
     {(N, S, "Egypt")}),
    ("fr", "L'Égypte a acheté la plateforme à un fournisseur qu'elle refuse de nommer. Nervala SA fabrique "
           "des drones.", set(), {(N, S, "Égypte")}),
    ("en", "Egypt signed the contract in 2016. The system was installed by local engineers. Nervala SA makes "
           "cameras.", set(), {(N, S, "Egypt")}),
    # near misses: a delivery denied, planned or conditional
    ("en", "Nervala SA makes the Kestrel platform. The company denies that the platform was ever delivered to "
           "Oman.", set(), {(N, S, "Oman")}),
    ("fr", "Nervala SA fabrique la plateforme Kestrel. La société dément que la plateforme ait été livrée à "
           "Oman.", set(), {(N, S, "Oman")}),
    ("en", "Nervala SA makes the Kestrel platform. The platform could be delivered to Oman next year if the "
           "licence is granted.", set(), {(N, S, "Oman")}),
    ("fr", "Nervala SA fabrique la plateforme Kestrel. La plateforme pourrait être livrée à Oman l'an "
           "prochain si la licence est accordée.", set(), {(N, S, "Oman")}),
    ("en", "Corvex was founded in Milan in 2003. It never sold the system to Ethiopia, it says.", set(),
     {(C, S, "Ethiopia")}),
    ("fr", "Corvex a été fondée à Milan en 2003. Elle affirme n'avoir jamais vendu le système à l'Éthiopie.",
     set(), {(C, S, "Éthiopie")}),
    # near misses: goods used against someone, not bought
    ("en", "Nervala SA makes the Aurora spyware. In 2019, the spyware was used against a journalist in Mexico.",
     set(), {(N, S, "Mexico")}),
    ("fr", "Nervala SA fabrique le logiciel espion Aurora. En 2019, il a été utilisé contre un journaliste au "
           "Mexique.", set(), {(N, S, "Mexique")}),
    # near misses: the maker named for other goods
    ("en", "Nervala SA makes drones. The Kestrel platform was delivered to Oman in 2016.", set(),
     {(N, S, "Oman")}),
    ("fr", "Nervala SA fabrique des drones. La plateforme Kestrel a été livrée à Oman en 2016.", set(),
     {(N, S, "Oman")}),
    # near misses: a licence refused, a customer not named
    ("en", "Ristek Systems applied for export licences in 2017. The government refused the licences for "
           "Saudi Arabia and Qatar.", set(), {(R, S, "Saudi Arabia"), (R, S, "Qatar")}),
    ("fr", "Hadrin Labs a demandé des licences d'exportation en 2017. Le gouvernement a refusé les licences "
           "pour l'Arabie saoudite et le Qatar.", set(), {(H, S, "Arabie saoudite"), (H, S, "Qatar")}),
    ("en", "Ristek Systems signed a contract in 2009. The customer has not been identified. Tunisia denies "
           "buying anything.", set(), {(R, S, "Tunisia")}),
    ("fr", "Ristek Systems a signé un contrat en 2009. Le client n'a pas été identifié. La Tunisie dément tout "
           "achat.", set(), {(R, S, "Tunisie")}),
    # near misses: a contract refused, a buyer named in the sentence, a contract told too far back
    ("en", "Egypt refused to sign the contract in 2016. The system was installed by Nervala SA.", set(),
     {(N, S, "Egypt")}),
    ("fr", "L'Égypte a refusé de signer le contrat en 2016. Le système a été installé par Nervala SA.", set(),
     {(N, S, "Égypte")}),
    ("en", "Egypt signed the contract in 2016. Two years later, drones were sold by Nervala SA to Ethiopia.",
     {(N, S, "Ethiopia")}, {(N, S, "Egypt")}),
    ("en", "Egypt signed the contract in 2016. The budget was debated for months. Unions protested. In 2019, "
           "a system was installed by Nervala SA.", set(), {(N, S, "Egypt")}),
    ("en", "Engineers from Nervala SA and Ristek Systems described the probes. The first big customer, he "
           "said, was Egypt.", set(), {(N, S, "Egypt"), (R, S, "Egypt")}),
    ("en", "Kenya expanded its camera network in 2018. Nervala SA also sells drones.", set(),
     {(N, S, "Kenya")}),
    # near misses: goods held by no state, by two, or only planned
    ("en", "Amnesty International criticised Kenya's camera network. The network was installed by Nervala SA.",
     set(), {(N, S, "Kenya")}),
    ("en", "Kenya and Uganda both expanded their camera networks. The network was installed by Nervala SA.",
     set(), {(N, S, "Kenya"), (N, S, "Uganda")}),
    ("en", "Kenya banned the cameras in 2019. The cameras were supplied by Nervala SA.", set(),
     {(N, S, "Kenya")}),
    ("fr", "Le Maroc a saisi les caméras en 2019. Les caméras avaient été fournies par Ristek Systems.", set(),
     {(R, S, "Maroc")}),
    ("fr", "Le Maroc veut étendre son réseau de caméras. Le réseau sera fourni par Ristek Systems.", set(),
     {(R, S, "Maroc")}),
    ("en", "Egypt signed the contract in 2016. Nervala SA sent the documents to reporters.", set(),
     {(N, S, "Egypt")}),
    ("fr", "L'Égypte a signé le contrat en 2016. Nervala SA a installé les caméras en Jordanie.", set(),
     {(N, S, "Égypte")}),
    ("en", "Bahrain and Qatar wanted to monitor dissidents. In 2010, Nervala SA delivered the platform to the "
           "customer.", set(), {(N, S, "Bahrain"), (N, S, "Qatar")}),
    ("en", "Bahrain wanted to monitor dissidents. Nervala SA denies it delivered the platform to the customer.",
     set(), {(N, S, "Bahrain")}),
    ("en", "Bahrain wanted to monitor dissidents. In 2010, Nervala SA delivered a platform to a customer in "
           "Asia.", set(), {(N, S, "Bahrain")}),
    ("en", "The contract with Egypt was never signed. The system was installed by Nervala SA.", set(),
     {(N, S, "Egypt")}),
    ("fr", "Le contrat avec l'Égypte a été annulé en 2016. Le système a été installé par Nervala SA.", set(),
     {(N, S, "Égypte")}),
    ("en", "Egypt signed the peace agreement in 1979. The cameras were supplied by Nervala SA.", set(),
     {(N, S, "Egypt")}),
    ("fr", "L'Égypte a signé l'accord de paix en 1979. Les caméras ont été fournies par Nervala SA.", set(),
     {(N, S, "Égypte")}),
    ("fr", "L'Égypte a signé un contrat de 13 millions d'euros en 2016. Les caméras ont été fournies par "
           "Nervala SA.", {(N, S, "Égypte")}, set()),
    # near misses: a contract lost, a supplier wished for, licences sought by two companies or only planned
    ("en", "Ristek Systems lost a contract in 2009. The customer was Tunisia.", set(), {(R, S, "Tunisia")}),
    ("fr", "L'Égypte veut commander le système. Le fournisseur pourrait être Ristek Systems.", set(),
     {(R, S, "Égypte")}),
    ("en", "Ristek Systems and Nervala SA applied for export licences in 2017. The government approved the "
           "licences for Qatar.", set(), {(R, S, "Qatar"), (N, S, "Qatar")}),
    ("fr", "Hadrin Labs a demandé des licences d'exportation en 2017. Le gouvernement pourrait accorder les "
           "licences pour le Qatar.", set(), {(H, S, "Qatar")}),
    # near misses: "it" for a company, but a rival named in between
    ("en", "Corvex sued Ristek Systems in 2012. It sold the system to Ethiopia in 2014, the court heard.",
     set(), {(R, S, "Ethiopia")}),
    ("fr", "Corvex a attaqué Ristek Systems en justice en 2012. Elle a vendu le système à l'Éthiopie en 2014.",
     set(), {(R, S, "Éthiopie")}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES,
                         ids=[getattr(c, "values", c)[1][-45:] for c in CASES])
def test_supply_across_sentences(lang: str, text: str, want: set, never: set,
                                 pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
