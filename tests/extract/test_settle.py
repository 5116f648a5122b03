"""Street, war and credit names are not mentions; one type per name; acronym definitions; brand names."""

import pytest

from enquete.extract import acronyms, context, settle
from enquete.model import Mention

DOC = "d" * 64


def mention(text: str, name: str, mtype: str, source: str = "ner", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    end = start + len(name)
    return Mention(Mention.make_id(DOC, start, end), DOC, start, end, name, mtype, source=source)


@pytest.mark.parametrize("text,name,mtype,dropped", [
    ("Rendez-vous au 12 rue Victor Hugo à Lyon.", "Victor Hugo", "Person", True),
    ("Le rassemblement a lieu place Jean Jaurès, à midi.", "Jean Jaurès", "Person", True),
    ("Les élèves du lycée Marie Curie manifestent.", "Marie Curie", "Person", True),
    ("Meet at the corner of Abraham Lincoln Street tonight.", "Abraham Lincoln", "Person", True),
    ("Victor Hugo a écrit ce texte à Guernesey.", "Victor Hugo", "Person", False),
    ("Nommé à la place de Paul Vernet, il arrive lundi.", "Paul Vernet", "Person", False),
    ("Le cortège part de l'avenue du Général Leclerc.", "Leclerc", "Person", True),
    ("Il a étudié la guerre d'Indochine pendant dix ans.", "Indochine", "Country", True),
    ("Veterans of the Korea War gathered.", "Korea", "Country", True),
    ("L'invasion du Koweït par l'Irak a suivi.", "Koweït", "Country", False),
    ("La Corée a acheté des radars.", "Corée", "Country", False),
    ("Crackdown Gets Spain Firm's Help", "Spain", "Country", True),
    ("Spain sold the radars to the police.", "Spain", "Country", False),
])
def test_parts_of_other_names(text, name, mtype, dropped):
    m = mention(text, name, mtype)
    assert (settle.drop_non_mentions(text, [m]) == []) is dropped


@pytest.mark.parametrize("text,names", [
    ("Les manifestants devant le siège. (AFP/Marie Durand)\nLa suite", ["AFP", "Marie Durand"]),
    ("Le stand du fabricant au salon, Paul Martin/Radio Nord\nLe texte reprend",
     ["Paul Martin", "Radio Nord"]),
])
def test_photo_credits_are_not_mentions(text, names):
    ms = [mention(text, n, "Person") for n in names]
    assert settle.drop_non_mentions(text, ms) == []


def test_a_name_followed_by_a_slash_inside_a_sentence_is_kept():
    text = "Selon Paul Martin, le contrat TCP/IP a été signé par la société Norvex."
    assert len(settle.drop_non_mentions(text, [mention(text, "Paul Martin", "Person")])) == 1


def test_one_type_per_name_cue_beats_ner():
    text = "Norvex a vendu des sondes. La société Norvex dément. Norvex répond."
    ms = [mention(text, "Norvex", "Person"), mention(text, "Norvex", "Company", nth=1),
          mention(text, "Norvex", "Person", nth=2)]
    settle.one_type(text, settle.by_name(ms))
    assert {m.type for m in ms} == {"Company"}


def test_one_type_per_name_gazetteer_beats_cue():
    text = "Le système Orvane est vendu par Orvane, une entreprise suédoise."
    ms = [mention(text, "Orvane", "Product"), mention(text, "Orvane", "Company", "gazetteer", nth=1)]
    settle.one_type(text, settle.by_name(ms))
    assert {m.type for m in ms} == {"Company"}


def test_article_before_a_name_is_no_person():
    text = "Kelba signe un accord. La Kelba est dotée d'un budget propre."
    ms = [mention(text, "Kelba", "Person"), mention(text, "Kelba", "Organization", nth=1)]
    settle.one_type(text, settle.by_name(ms))
    assert {m.type for m in ms} == {"Organization"}


def test_lower_case_long_name_before_its_acronym_becomes_a_mention():
    text = "Elle dirige la direction des achats et marchés de la défense (Damd) depuis mars."
    acr = mention(text, "Damd", "Person")
    out = acronyms.defined_names(DOC, text, [acr], context.head_type)
    longs = [m for m in out if m.source == "rule"]
    assert [m.text for m in longs] == ["direction des achats et marchés de la défense"]
    assert longs[0].type == "PublicBody"
    acronyms.cluster(text, out)
    settle.one_type(text, settle.by_cluster(out))
    assert len({m.cluster for m in out}) == 1 and {m.type for m in out} == {"PublicBody"}


def test_parenthesis_without_matching_words_defines_nothing():
    text = "Il a rencontré les représentants du groupe (Norvex) hier."
    acr = mention(text, "Norvex", "Company")
    assert acronyms.defined_names(DOC, text, [acr], context.head_type) == [acr]


def test_translated_acronym_clusters_with_its_gloss():
    text = "un ancien agent de l'ISD (Direction de la sécurité intérieure belge) a parlé"
    ms = [mention(text, "ISD", "PublicBody"),
          mention(text, "Direction de la sécurité intérieure", "PublicBody")]
    acronyms.cluster(text, ms)
    assert ms[0].cluster == ms[1].cluster


@pytest.mark.parametrize("text,a,b", [
    ("The company sells Nightjar, marketed under the brand name Owlcall in Asia.", "Nightjar", "Owlcall"),
    ("Le logiciel Sentinelle, commercialisé sous le nom de Vigia, a été vendu.", "Sentinelle", "Vigia"),
])
def test_brand_name_joins_the_product(text, a, b):
    ms = [mention(text, a, "Product"), mention(text, b, "Product")]
    acronyms.cluster(text, ms)
    assert ms[0].cluster == ms[1].cluster


def test_headline_surname_before_the_full_name_clusters():
    text = "Why Dorval's firm paid\n\nThe businessman Henri Dorval said he paid."
    ms = [mention(text, "Dorval", "Person"), mention(text, "Henri Dorval", "Person")]
    acronyms.cluster(text, ms)
    assert ms[0].cluster == ms[1].cluster


def test_expansion_used_for_another_actor_is_not_linked():
    text = ("Au stand de Nordic Radar Works, une firme de Dubaï. Nrw est l'acronyme de Nordic Radar Works, "
            "disait un ancien de Nrw.")
    ms = [mention(text, "Nordic Radar Works", "Company"), mention(text, "Nrw", "Company"),
          mention(text, "Nordic Radar Works", "Company", nth=1), mention(text, "Nrw", "Company", nth=1)]
    acronyms.cluster(text, ms)
    assert ms[0].cluster != ms[1].cluster


@pytest.mark.parametrize("text,name,expected", [
    ("Talvik Security Consultancy won the tender.", "Talvik Security Consultancy", "Company"),
    ("Norland's General Intelligence Service bought it.", "General Intelligence Service", "PublicBody"),
    ("the Border Security Directorate General said", "Border Security Directorate General", "PublicBody"),
])
def test_name_tails_give_types(text, name, expected):
    start = text.index(name)
    assert context.cue_type(text, start, start + len(name)) == expected


def test_state_after_a_company_is_its_origin():
    text = "Listed that day: Norvex Labs of Belgium and Tarsis Ltd (TRS) of Chile."
    ms = [mention(text, "Norvex Labs", "Company"), mention(text, "Belgium", "Country"),
          mention(text, "Tarsis Ltd", "Company"), mention(text, "TRS", "Company"),
          mention(text, "Chile", "Country")]
    codes = {"Belgium": "be", "Chile": "cl"}
    kept = settle.drop_non_mentions(text, ms, codes.get)
    assert [m.text for m in kept] == ["Norvex Labs", "Tarsis Ltd", "TRS"]
    assert ms[0].country == "be" and ms[3].country == "cl"


@pytest.mark.parametrize("text,name,dropped", [
    ("In 2019 the Belgian-owned, US private equity firm Kestrel bought it.", "US", True),
    ("The US blacklisted Kestrel in 2021.", "US", False),
    ("Norvex sold Chile the radars.", "Chile", False),
])
def test_state_as_company_modifier(text, name, dropped):
    assert (settle.drop_non_mentions(text, [mention(text, name, "Country")]) == []) is dropped


@pytest.mark.parametrize("text,names", [
    ("Spyware deal revealed\nBy Anna Berg & Tom Reed - May 4, 2021\nThe deal", ["Anna Berg", "Tom Reed"]),
    ("Le contrat\nPar Anne Roy et Luc Gay, le 3 mai\nLe texte", ["Anne Roy", "Luc Gay"]),
    ("Le contrat\nPar ailleurs, Anne Roy a parlé.", []),
])
def test_bylines_name_persons(text, names):
    from enquete.model import Document
    got = context.byline_mentions(Document(DOC, "x", text))
    assert [m.text for m in got] == names and all(m.type == "Person" for m in got)


def test_acronym_defined_after_a_name_becomes_a_mention():
    text = "Listed: Harbour Signal Intelligence Systems (HSIS) of Malta and Kelp (Group) too."
    ms = [mention(text, "Harbour Signal Intelligence Systems", "Company"), mention(text, "Kelp", "Company")]
    out = acronyms.unseen_acronyms(DOC, text, ms)
    assert [(m.text, m.type) for m in out if m.source == "rule"] == [("HSIS", "Company")]
    acronyms.cluster(text, out)
    assert len({m.cluster for m in out if m.text != "Kelp"}) == 1


def test_one_actor_shares_its_country():
    text = "Harbour Signal (HS) of Malta; HS said. Nord (ND); ND"
    ms = [mention(text, "Harbour Signal", "Company"), mention(text, "HS", "Company"),
          mention(text, "HS", "Company", nth=1)]
    ms[0].country = "mt"
    acronyms.cluster(text, ms)
    settle.share_country(settle.by_cluster(ms))
    assert [m.country for m in ms] == ["mt", "mt", "mt"]


@pytest.mark.parametrize("text,name,mtype", [
    ("Les sociétés en cause : Hacking Team/Memento Labs\nLa suite", "Hacking Team", "Company"),
    ("Le rachat (Amesys/Bull) a été conclu.", "Amesys", "Company"),
])
def test_slashes_that_are_not_credits(text, name, mtype):
    assert len(settle.drop_non_mentions(text, [mention(text, name, mtype)])) == 1


def test_acronym_the_ner_missed_is_defined_with_its_long_name():
    text = "selon la direction générale des douanes et droits indirects (DGDDI), le lot est parti."
    out = acronyms.defined_names(DOC, text, [], context.head_type)
    assert [(m.text, m.type) for m in out] == [
        ("direction générale des douanes et droits indirects", "PublicBody"), ("DGDDI", "PublicBody")]


def test_untyped_long_name_without_acronym_mention_is_left():
    text = "les petits objets de valeur (POV) du lot"
    assert acronyms.defined_names(DOC, text, [], context.head_type) == []


def test_company_short_name_joins_its_full_name():
    text = ("Veltra Systems sold radars. Veltra said so. Ardent Labs and Ardent Group both deny. "
            "Ardent refused.")
    ms = [mention(text, "Veltra Systems", "Company"), mention(text, "Veltra", "Organization", nth=1),
          mention(text, "Ardent Labs", "Company"), mention(text, "Ardent Group", "Company"),
          mention(text, "Ardent", "Company", nth=2)]
    acronyms.cluster(text, ms)
    assert ms[0].cluster == ms[1].cluster and ms[4].cluster not in (ms[2].cluster, ms[3].cluster)


def test_a_parent_is_not_the_short_name_of_a_joint_venture():
    text = ("Kestrel Orion Networks, born of the groups Kestrel and Orion, sold probes. Kestrel denies. "
            "Vantor Group Technologies said Vantor had stopped.")
    ms = [mention(text, "Kestrel Orion Networks", "Company"), mention(text, "Kestrel", "Company", nth=1),
          mention(text, "Vantor Group Technologies", "Company"), mention(text, "Vantor", "Company", nth=1)]
    acronyms.cluster(text, ms)
    assert ms[0].cluster != ms[1].cluster
    assert ms[2].cluster == ms[3].cluster  # only tail words after the short name


@pytest.mark.parametrize("acronym, name, fits", [
    ("DECA", "Agence israélienne de contrôle des exportations de défense", True),
    ("BIS", "Bureau américain de l'industrie et de la sécurité", True),
    ("DECA", "Agence de contrôle des exportations de défense", True),
    ("DECA", "Agence israélienne de contrôle des exportations", False),  # a letter without its word
    ("DGSE", "Direction israélienne de la sécurité extérieure", False),  # a letter without its word
])
def test_translated_names_may_add_one_nationality(acronym, name, fits):
    assert acronyms.initials_fit(acronym, name) is fits


@pytest.mark.parametrize("text,names,paired", [
    ("Veltra Systems sold probes. Veltra denies it.", [("Veltra Systems", "Company"), ("Veltra", "Company")],
     [("Veltra Systems", "Veltra")]),
    ("Nordvik Signal sold gear to Uganda. Nordvik denies it.",
     [("Nordvik Signal", "Company"), ("Nordvik", "Company")], [("Nordvik Signal", "Nordvik")]),
    ("Amnesty International wrote. Amnesty asked for more.",
     [("Amnesty International", "Organization"), ("Amnesty", "Organization")],
     [("Amnesty International", "Amnesty")]),
    # the second word named alone: a venture of two parents, not a short form
    ("Nokia Siemens sold the centre; Nokia and Siemens each own half.",
     [("Nokia Siemens", "Company"), ("Nokia", "Company"), ("Siemens", "Company")], []),
    # two long names begin with the word: which one is meant is not said
    ("Orma Labs and Orma Vision merged. Orma said so.",
     [("Orma Labs", "Company"), ("Orma Vision", "Company"), ("Orma", "Company")], []),
    # a person's name is no short form of a company
    ("Karim Sened wrote. Karim answered.", [("Karim Sened", "Person"), ("Karim", "Person")], []),
])
def test_a_company_named_by_its_first_word(text: str, names: list, paired: list) -> None:
    ms = sorted((mention(text, n, t) for n, t in names), key=lambda m: m.start)
    assert [(a.text, b.text) for a, b in acronyms.short_name_pairs(ms)] == paired
