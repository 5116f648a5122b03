"""A checklist of reported-speech constructions as news on the surveillance trade writes them, French and
English: each sentence's speaker and stance, and near misses that report nothing. Sentences written for
this checklist (behavioural testing of general constructions, not of any article)."""

import pytest

from tests.facts.conftest import Facts

LEAD = {"en": "Velkor Systems sold the platform to Serbia. ", "fr": "Velkor Systems a vendu la plateforme à la Serbie. "}
NAMES = {"Velkor Systems": "Company", "Serbia": "Country", "Serbie": "Country", "Human Rights Watch": "Organization",
         "Amnesty International": "Organization", "Access Now": "Organization", "Maria Lund": "Person",
         "Tomas Berg": "Person", "Bratislav Gasic": "Person", "Reuters": "Organization", "AFP": "Organization"}


def _said(lang: str, text: str) -> list[tuple[str | None, str]]:
    full = LEAD[lang] + text
    f = Facts(full, lang, {n: t for n, t in NAMES.items() if n in full}, {},
              countries={"Serbia": "rs", "Serbie": "rs"})
    return [(f.name(c.speaker), c.stance) for c in f.claims if c.evidence.start >= len(LEAD[lang])]


@pytest.mark.parametrize("lang,text,speaker,stance", [
    # a named speaker and a speech verb, with an addressee or a medium between
    ("en", "Velkor Systems told Reuters that the platform complied with the law.", "Velkor Systems", "affirms"),
    ("fr", "Velkor Systems a indiqué à l'AFP que la plateforme respectait la loi.", "Velkor Systems", "affirms"),
    ("en", "In a statement, the company said it had followed all export rules.", "Velkor Systems", "affirms"),
    ("fr", "Dans un communiqué, l'entreprise assure avoir respecté les règles.", "Velkor Systems", "affirms"),
    # denials, with or without a clause
    ("en", "The firm has always denied selling to Belarus.", "Velkor Systems", "denies"),
    ("fr", "L'entreprise a toujours nié toute vente au Bélarus.", "Velkor Systems", "denies"),
    ("en", "Velkor Systems rejected the report's conclusions.", "Velkor Systems", "denies"),
    ("en", "Velkor Systems called the report baseless.", "Velkor Systems", "denies"),
    # accusations and findings
    ("en", "Human Rights Watch accused Velkor Systems of enabling abuses.", "Human Rights Watch", "affirms"),
    ("fr", "Human Rights Watch accuse Velkor Systems de favoriser la répression.", "Human Rights Watch",
     "affirms"),
    ("en", "Amnesty International found that the platform had been used against protesters.",
     "Amnesty International", "affirms"),
    ("fr", "Amnesty International estime que la vente viole le droit international.", "Amnesty International",
     "affirms"),
    ("en", "A report by Access Now concluded that the system enabled mass surveillance.", "Access Now",
     "affirms"),
    ("fr", "Un rapport d'Access Now conclut que le système permet une surveillance de masse.", "Access Now",
     "affirms"),
    # a judgement passed by calling a thing something
    ("en", "Human Rights Watch called the sale unlawful.", "Human Rights Watch", "affirms"),
    ("fr", "Amnesty International qualifie la vente d'illégale.", "Amnesty International", "affirms"),
    # people: apposed roles, inverted speech
    ("en", "Maria Lund, a lawyer for Velkor Systems, said the sale was lawful.", "Maria Lund", "affirms"),
    ("en", "\"The system is fully legal,\" said Tomas Berg, Velkor's spokesman.", "Tomas Berg", "affirms"),
    ("en", "Serbian Interior Minister Bratislav Gasic claimed the cameras reduced crime.", "Bratislav Gasic",
     "affirms"),
    ("fr", "L'avocat de Velkor Systems, Maria Lund, conteste toute infraction.", "Maria Lund", "denies"),
    # a view given by "Pour X," / "In the view of X," that judges
    ("fr", "Pour Amnesty International, cette vente est illégale.", "Amnesty International", "affirms"),
    ("en", "In the view of Amnesty International, the sale is unlawful.", "Amnesty International", "affirms"),
    # a relative clause on the speaker
    ("en", "Velkor Systems, which denies any wrongdoing, kept the contract.", "Velkor Systems", "denies"),
    ("fr", "Velkor Systems, qui dément toute vente illégale, a gardé le contrat.", "Velkor Systems", "denies"),
    # a state through its government
    ("en", "The Serbian government said the cameras were used for traffic control.", "Serbia", "affirms"),
])
def test_speaker_and_stance(lang: str, text: str, speaker: str, stance: str) -> None:
    assert (speaker, stance) in _said(lang, text)


def test_a_present_read_as_a_participle_still_speaks() -> None:
    """"Me X, avocat de Y, conteste": the tagger reads "conteste" as a participle with no subject."""
    said = _said("fr", "Me Maria Lund, avocat de Velkor Systems, conteste toute infraction.")
    assert [st for _, st in said] == ["denies"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Velkor Systems declined to comment."),
    ("fr", "Contactée, Velkor Systems n'a pas donné suite."),
    ("en", "Velkor Systems called the new platform Argus."),  # a name given, no judgement
    ("en", "Analysts called the unlawful sale a scandal."),  # no one named speaks
    ("fr", "La vente d'illégale importance a eu lieu."),
    ("fr", "Pour Amnesty International, une vente a eu lieu en 2019."),  # a fact told, no view
    ("fr", "Pour la Serbie, le contrat est important."),  # a state's stake, not its words
])
def test_no_claim(lang: str, text: str) -> None:
    assert [s for s, _ in _said(lang, text) if s] == []


@pytest.mark.parametrize("lang,text,date", [
    ("en", "Amnesty International said in a report published in February 2022 that Velkor Systems had "
           "delivered the cameras in 2019.", "2022-02"),
    ("fr", "Dans un rapport publié en mars 2021, Amnesty International affirme que Velkor Systems a vendu les "
           "caméras en 2018.", "2021-03"),
    ("en", "Amnesty International said Velkor Systems had published its price list in 2018.", "2024-05-10"),
])
def test_the_paper_s_date_is_when_it_was_said(lang: str, text: str, date: str) -> None:
    dates = {"February 2022": ("2022-02", "month"), "mars 2021": ("2021-03", "month"),
             "2019": ("2019", "year"), "2018": ("2018", "year")}
    f = Facts(text, lang, {n: t for n, t in NAMES.items() if n in text},
              {k: v for k, v in dates.items() if k in text}, published="2024-05-10")
    assert [c.date for c in f.claims] == [date]


# --- Session 6 constructions. Each has its near misses just below it. ---

MORE = {"Orsena": "Company", "Halvard Group": "Company", "Paul Roux": "Person", "Anna Berg": "Person",
        "Karl Stein": "Person", "Ilse Varga": "Person", "Verts": "Organization", "Labour": "Organization",
        "Nordvik Data Authority": "PublicBody", "Autorité Varenne": "PublicBody", "Norland": "Country",
        "Leda": "Country", "ministère de la Défense": "PublicBody", "Velkor": "Company",
        "Lumen Watch": "Organization"}


OPENING = {"en": "Orsena supplies cameras.\n\n", "fr": "Orsena fournit des caméras.\n\n"}  # not a headline


def _told(lang: str, text: str, lead: str = "") -> list[tuple[str | None, str]]:
    """(speaker, stance) of each claim in `text`, after a `lead` that sets the scene."""
    lead = OPENING[lang] + lead
    full = lead + text
    names = {n: t for n, t in {**NAMES, **MORE}.items() if n in full}
    f = Facts(full, lang, names, {}, countries={"Norland": "nl", "Leda": "ld"})
    return [(f.name(c.speaker), c.stance) for c in f.claims if c.evidence.start >= len(lead)]


# a restriction answers an accusation: "only that much" denies the wider thing at stake
@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Orsena said that it had only provided standard interception capability.", "Orsena"),
    ("en", "Paul Roux said the cameras were used only by the traffic police.", "Paul Roux"),
    ("en", "Anna Berg insisted that the firm had merely shipped spare parts.", "Anna Berg"),
    ("fr", "Orsena a répondu que ses camions ne transportaient que du matériel médical.", "Orsena"),
    ("fr", "Paul Roux affirme que les véhicules ont été vendus exclusivement à l'armée.", "Paul Roux"),
    ("fr", "Orsena affirme qu'elle se contente de fournir des serveurs.", "Orsena"),
    ("fr", "Selon Paul Roux, le logiciel n'est qu'un simple outil de tri.", "Paul Roux"),
])
def test_a_restriction_denies(lang: str, text: str, speaker: str) -> None:
    assert (speaker, "denies") in _told(lang, text)


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Orsena says it sells only to governments.", "Orsena"),  # a standing sales policy
    ("en", "Orsena says it works solely with vetted agencies.", "Orsena"),
    ("en", "Orsena said it sells exclusively to governments.", "Orsena"),  # "exclu-" of exclude: no denial
    ("fr", "Orsena affirme qu'elle vend exclusivement à des États.", "Orsena"),
    ("en", "Orsena said that its clients are only police forces.", "Orsena"),
    ("fr", "Orsena affirme qu'elle ne vend qu'à des États.", "Orsena"),
    ("en", "Orsena said it learned of the shipment only in 2021.", "Orsena"),  # a time, not a defence
    ("fr", "Selon Paul Roux, la vente n'a été découverte qu'en 2020.", "Paul Roux"),
    ("en", "Anna Berg said that Orsena was the only supplier of the cameras.", "Anna Berg"),  # an adjective
])
def test_a_policy_or_a_time_is_no_restriction(lang: str, text: str, speaker: str) -> None:
    assert (speaker, "affirms") in _told(lang, text)


# the maker of the paper a source names speaks, adjectives before the paper word or not
@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Orsena sold probes to Norland, according to internal documents obtained by the research group "
     "Lumen Watch.", "Lumen Watch"),
    ("fr", "Orsena a vendu des sondes à Norland, selon des documents internes obtenus par l'ONG Lumen Watch.",
     "Lumen Watch"),
])
def test_the_maker_of_a_paper_speaks(lang: str, text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _told(lang, text)]


# the subject after the verb in an incise: after a quotation, or between commas
@pytest.mark.parametrize("lang,text,speaker", [
    ("fr", "« Aucune loi ne permet un tel fichage des habitants », résume Anna Berg, sa directrice.",
     "Anna Berg"),
    ("fr", "« Nous n'avons jamais vendu ce système à Norland », ajoute le ministère de la Défense.",
     "ministère de la Défense"),
    ("fr", "« Le contrat a été signé en toute légalité », a précisé Karl Stein.", "Karl Stein"),
    ("fr", "Le logiciel, assure Orsena, ne garde aucune donnée des utilisateurs.", "Orsena"),
    ("en", "\"The cameras were never switched on in the city,\" said Anna Berg, its director.", "Anna Berg"),
    ("en", "\"We have never sold anything to Norland,\" added the Nordvik Data Authority.",
     "Nordvik Data Authority"),
    # a role, then the person's name: the person, never an actor named inside the quotation
    ("fr", "« Les caisses portaient l'adresse de la police de Norland », souligne sa directrice, Anna Berg.",
     "Anna Berg"),
    ("en", "\"Orsena shipped the cameras to Norland,\" said its chief researcher, Karl Stein.", "Karl Stein"),
])
def test_an_incise_names_its_speaker_after_the_verb(lang: str, text: str, speaker: str) -> None:
    lead = "Paul Roux a parlé à la presse.\n\n" if lang == "fr" else "Paul Roux spoke to the press.\n\n"
    assert speaker in [s for s, _ in _told(lang, text, lead)]


def test_an_incise_noun_stands_for_the_company_named_before() -> None:
    said = _told("fr", "Le serveur, assure l'entreprise, ne garde aucune donnée.",
                 "Orsena a vendu un serveur à Norland. ")
    assert said == [("Orsena", "denies")]


@pytest.mark.parametrize("lang,text,not_speaker", [
    ("fr", "Le porte-parole, joint par l'AFP, a nié toute vente à Norland.", "Norland"),  # an object
    ("en", "Its spokesperson, reached by Reuters, said Orsena never reached Leda.", "Leda"),  # a clause
    ("en", "Anna Berg, a lawyer, told Reuters that the sale was lawful.", "Reuters"),  # whom one tells
])
def test_no_incise(lang: str, text: str, not_speaker: str) -> None:
    assert not_speaker not in [s for s, _ in _told(lang, text)]


# a party or employer in brackets after a person's name: the person speaks
@pytest.mark.parametrize("lang,text,speaker", [
    ("fr", "Le député Paul Roux (Verts), qui suit le dossier, estime que la société reste exposée.",
     "Paul Roux"),
    ("en", "The MP Anna Berg (Labour), who chairs the inquiry, said the sale broke the rules.", "Anna Berg"),
    ("fr", "La députée Anna Berg (Verts) affirme que ce contrat pose problème.", "Anna Berg"),
])
def test_a_bracketed_affiliation_does_not_speak(lang: str, text: str, speaker: str) -> None:
    assert [s for s, _ in _told(lang, text)][:1] == [speaker]


def test_the_pronoun_after_a_bracketed_affiliation_is_the_person() -> None:
    said = _told("fr", "Le député Paul Roux (Verts) estime que la société reste exposée. « Personne ne "
                       "contrôle ces mises à jour », affirme-t-il.")
    assert [s for s, _ in said] == ["Paul Roux", "Paul Roux"]


# ruling something out, rejecting a decision taken against oneself
@pytest.mark.parametrize("lang,text,speaker,stance", [
    ("en", "Orsena answered that it excluded any use of the tool against reporters.", "Orsena", "denies"),
    ("en", "Orsena ruled out any sale of the cameras to Leda.", "Orsena", "denies"),
    ("fr", "Orsena a répondu qu'elle excluait tout usage contre des journalistes.", "Orsena", "denies"),
    ("en", "Anna Berg called the decision unlawful and unenforceable.", "Anna Berg", "denies"),
    ("en", "Orsena called the sanction unjustified.", "Orsena", "denies"),
    ("fr", "Orsena a qualifié la sanction d'injustifiée.", "Orsena", "denies"),
    ("en", "Human Rights Watch called the sale unlawful.", "Human Rights Watch", "affirms"),  # not a ruling
    ("en", "Anna Berg called the decision a welcome step.", "Anna Berg", "affirms"),  # no verdict on it
])
def test_ruling_out_and_rejecting_a_ruling(lang: str, text: str, speaker: str | None, stance: str) -> None:
    said = _told(lang, text, "The Nordvik Data Authority fined Orsena in May. ")
    assert any(st == stance and (speaker is None or s == speaker) for s, st in said), said


# declining to comment is no denial, and alone it is no claim
@pytest.mark.parametrize("lang,text", [
    ("fr", "Orsena a indiqué qu'elle ne commentait pas les contrats de ses clients."),
    ("en", "Orsena said it would not discuss individual customers."),
    ("en", "Orsena said it does not comment on specific contracts."),
])
def test_no_comment_is_no_claim(lang: str, text: str) -> None:
    assert _told(lang, text) == []


def test_a_no_comment_beside_a_claim_does_not_deny_it() -> None:
    said = _told("en", "Orsena said operators in Leda are obliged to allow interception and that it could "
                       "not discuss individual suppliers.")
    assert said == [("Orsena", "affirms")]


# a speech verb with its own subject inside a quotation: the quoted one speaks
@pytest.mark.parametrize("lang,lead,text,speaker", [
    ("en", "\"This tool is what the army needs to hunt its opponents,\" said Anna Berg of Lumen Watch. ",
     "\"Norland told its own courts that these sales had ended, and Orsena went ahead anyway.\"",
     "Anna Berg"),
    ("fr", "« Cet outil est ce dont l'armée a besoin pour traquer ses opposants », dit Anna Berg, de Lumen "
           "Watch. ",
     "« Norland a affirmé à ses juges que ces ventes avaient cessé, et Orsena a continué. »", "Anna Berg"),
])
def test_a_speech_verb_inside_a_quotation_is_the_quoted_one_s(lang: str, lead: str, text: str,
                                                               speaker: str) -> None:
    assert [s for s, _ in _told(lang, text, lead)] == [speaker]


def test_a_quoted_infinitive_hangs_on_the_verb_outside() -> None:
    """« soutenir le régime » is what the outside verb reports: its speaker is the outside subject."""
    said = _told("fr", "En 2011, Paul Roux reconnait « soutenir le régime de Norland » devant les juges.")
    assert [s for s, _ in said] == ["Paul Roux"]


# a compound inverted verb after the words ("avait-il expliqué"), a colon opening the words
def test_a_compound_inverted_verb_speaks_for_the_person_before() -> None:
    said = _told("fr", "Devant les juges, son directeur, Karl Stein, avait défendu ce choix : aucune "
                       "entreprise de Norland ne proposait alors d'outil comparable, avait-il expliqué.",
                 "Orsena a vendu un outil. ")
    assert said == [("Karl Stein", "denies")]


# bare plurals and negative determiners stand for no one in particular
@pytest.mark.parametrize("lang,text", [
    ("en", "Rights groups say the tools have been used to track protesters."),
    ("en", "Several firms said the cameras were never installed."),
    ("fr", "Des ONG affirment que le système a servi contre des manifestants."),
])
def test_an_unnamed_group_is_no_speaker(lang: str, text: str) -> None:
    assert [s for s, _ in _told(lang, text, "Orsena sold the system to Leda. ") if s] == []


def test_a_pronoun_after_an_unnamed_group_stands_for_no_organisation() -> None:
    said = _told("fr", "Les organisations de défense des droits humains suivent le dossier. Elles rappellent "
                       "que des entreprises ont vendu des outils à Leda.", "Orsena expose au salon. ")
    assert [s for s, _ in said if s] == []


# a public body's decision against someone is its position
@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Norland's Nordvik Data Authority fined Orsena €20 million and ordered it to delete the data.",
     "Nordvik Data Authority"),
    ("en", "The Nordvik Data Authority ordered Orsena to stop collecting faces.", "Nordvik Data Authority"),
    ("fr", "L'Autorité Varenne a sanctionné Orsena pour une collecte illégale.", "Autorité Varenne"),
])
def test_a_body_s_decision_is_its_position(lang: str, text: str, speaker: str) -> None:
    assert (speaker, "affirms") in _told(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Nordvik Data Authority banned sales of the cameras to Leda in 2019."),  # a rule on a trade
    ("en", "The Nordvik Data Authority ordered a review of the contract."),  # against no one
    ("en", "Orsena ordered Anna Berg to stop the shipment."),  # not a public body
])
def test_no_decision(lang: str, text: str) -> None:
    assert _told(lang, text) == []


# "ne dédouane pas", "does not absolve": the blame is affirmed
@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour Lumen Watch, la revente ne dédouane ni Orsena ni l'État qui a signé les licences."),
    ("en", "Lumen Watch said the resale does not absolve Orsena of its responsibility."),
])
def test_a_negated_exoneration_affirms(lang: str, text: str) -> None:
    assert ("Lumen Watch", "affirms") in _told(lang, text)


# a surname alone, after the full name; a possessor before the body's name
def test_a_surname_speaks_for_the_person_named_before() -> None:
    said = _told("en", "Weeks later, Halvard Group chief Ilse Varga offered the tool to Leda. "
                       "Varga said the tool was used only by the police.")
    assert ("Ilse Varga", "denies") in said


# a compound inverted verb and a quotation that reports someone else's denial
def test_a_denial_relayed_in_a_quotation_is_not_the_speaker_s() -> None:
    said = _told("en", "\"Someone paid to put spyware on a reporter's phone, and the government says it does "
                       "not know who,\" Anna Berg told reporters.")
    assert said == [("Anna Berg", "affirms")]


# "the company" skips a company named only to say who a person is
def test_the_company_is_not_a_person_s_former_employer() -> None:
    said = _told("fr", "Orsena a nommé à sa tête Paul Roux, ancien numéro deux d'Halvard Group. Le logiciel, "
                       "assure l'entreprise, ne conserve aucune donnée.")
    assert ("Orsena", "denies") in said


# speech verbs the lexicon lacked: rappeler que, faire valoir que, reiterate
@pytest.mark.parametrize("lang,text,speaker", [
    ("fr", "Le ministère de la Défense a rappelé que chaque licence interdit la revente.",
     "ministère de la Défense"),
    ("fr", "Interrogé, le groupe faisait valoir qu'il ne contrôle pas l'usage de ses caméras.", "Orsena"),
    ("en", "Anna Berg reiterated that Norland follows its own export rules.", "Anna Berg"),
])
def test_more_speech_verbs(lang: str, text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _told(lang, text, "Orsena sold cameras to Norland. ")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Norland a rappelé son ambassadeur en 2020."),  # no clause: an act
    ("fr", "Le contrat vaut dix millions d'euros."),
])
def test_speech_verbs_that_also_act(lang: str, text: str) -> None:
    assert [s for s, _ in _told(lang, text) if s] == []


def test_a_body_s_state_is_the_country_named_beside_it() -> None:
    """"En Norland, c'est l'Autorité Varenne qui ... Le gouvernement a répondu": Norland speaks."""
    said = _told("fr", "En Norland, c'est l'Autorité Varenne qui délivre les licences. Interrogé, le "
                       "gouvernement a répondu n'avoir accordé aucune licence depuis 2015.")
    assert ("Norland", "denies") in said


# a relative clause giving the view of whom was just named is a second claim, by that person
@pytest.mark.parametrize("lang,text,speaker", [
    ("fr", "« Ce système est utilisé au front », résume Anna Berg, chercheuse à Lumen Watch, pour qui sa "
           "présence constitue une violation de l'embargo.", "Anna Berg"),
    ("en", "\"The system is used at the front,\" said Anna Berg, a researcher at Lumen Watch, for whom the "
           "sale breaks the embargo.", "Anna Berg"),
])
def test_a_view_of_whom_is_a_second_claim(lang: str, text: str, speaker: str) -> None:
    assert [s for s, _ in _told(lang, text)] == [speaker, speaker]


def test_a_view_of_whom_alone_is_no_second_claim() -> None:
    """Nothing said before ", pour qui": the sentence stays whole."""
    said = _told("fr", "Orsena a recruté Anna Berg, pour qui le contrat était une chance.")
    assert len(said) <= 1


# a nickname given is no speech; an incise "dit X" is
def test_a_nickname_is_not_speech() -> None:
    assert _told("fr", "Les milices du général Karl Stein, dit « Varg », utilisent ces blindés au front.") == []


def test_an_incise_dit_is_speech() -> None:
    said = _told("fr", "« Nous avons livré ces blindés en 2019 », dit Karl Stein.")
    assert said == [("Karl Stein", "affirms")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Orsena advertised a camera able to tell whether a face belonged to a minority."),
    ("en", "The module was designed to show where a phone had been."),
    ("fr", "Orsena vend une caméra capable de dire si un visage appartient à une minorité."),
])
def test_what_a_tool_can_tell_is_not_speech(lang: str, text: str) -> None:
    assert [s for s, _ in _told(lang, text) if s] == []


# a speech or denial verb used as an adjective says nothing and denies nothing
def test_a_speech_verb_as_an_adjective_is_no_claim() -> None:
    said = _told("en", "Orsena cut the network as protests against Karl Stein's claimed victory spread.")
    assert [s for s, _ in said if s] == []


def test_a_denial_verb_as_an_adjective_does_not_deny() -> None:
    said = _told("en", "Anna Berg said Orsena supplied the probes while the police crushed the protests that "
                       "followed the disputed election.")
    assert said == [("Anna Berg", "affirms")]


def test_a_fine_with_its_amount_is_a_decision() -> None:
    """"fined X €30 million": the tagger may read the amount as the object and X as a dative."""
    said = _told("en", "The Nordvik Data Authority on Monday fined Orsena €12 million, its largest penalty yet.")
    assert said == [("Nordvik Data Authority", "affirms")]
