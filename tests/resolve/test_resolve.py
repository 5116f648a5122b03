"""resolve() on mention rows written the way extraction writes them."""

from enquete.resolve import resolve
from tests.resolve.helpers import add_doc, entities, entity_of

LIBYA = ("La société française Amesys a vendu un système d'écoute à la Libye de Mouammar Kadhafi. "
         "Kadhafi voulait surveiller les opposants. La Fédération internationale des droits de l'homme "
         "(FIDH) a porté plainte. La FIDH accuse Amesys.")
LIBYA_EN = ("Amesys sold an internet monitoring system to Libya, then ruled by Muammar Gaddafi. The FIDH "
            "filed a complaint in Paris.")


def test_acronym_cluster_and_transliteration_across_languages(store) -> None:
    fr = add_doc(store, "fr", LIBYA, [
        ("Amesys", "Company", None, "fr"), ("Libye", "Country"), ("Mouammar Kadhafi", "Person", "k"),
        ("Kadhafi", "Person", "k"), ("Fédération internationale des droits de l'homme", "Organization", "f"),
        ("FIDH", "Organization", "f"), ("FIDH", "Organization", "f"), ("Amesys", "Company", None, "fr")])
    en = add_doc(store, "en", LIBYA_EN, [
        ("Amesys", "Company"), ("Libya", "Country"), ("Muammar Gaddafi", "Person"), ("FIDH", "Organization")],
        language="en")
    counts = resolve(store)
    assert counts["mentions"] == 12
    assert entity_of(store, fr, "Kadhafi") == entity_of(store, fr, "Mouammar Kadhafi") \
        == entity_of(store, en, "Muammar Gaddafi")
    assert entity_of(store, fr, "Libye") == entity_of(store, en, "Libya")
    assert entity_of(store, fr, "FIDH") == entity_of(store, en, "FIDH") \
        == entity_of(store, fr, "Fédération internationale des droits de l'homme")
    assert entity_of(store, fr, "Amesys") == entity_of(store, en, "Amesys")
    ents = entities(store)
    assert ents[entity_of(store, fr, "FIDH")].name == "Fédération internationale des droits de l'homme"
    assert ents[entity_of(store, en, "Muammar Gaddafi")].name == "Mouammar Kadhafi"
    assert ents[entity_of(store, en, "Libya")].country == "ly"
    assert ents[entity_of(store, en, "Amesys")].country == "fr"
    assert len(ents) == 4


def test_surname_links_inside_a_document_only(store) -> None:
    a = add_doc(store, "a", "Manuel Valls a reçu le ministre. Valls a ensuite visité les stands.",
                [("Manuel Valls", "Person"), ("Valls", "Person")])
    b = add_doc(store, "b", "Un certain Valls, commerçant à Lyon, a témoigné.", [("Valls", "Person")])
    resolve(store)
    assert entity_of(store, a, "Valls") == entity_of(store, a, "Manuel Valls")
    assert entity_of(store, b, "Valls") != entity_of(store, a, "Manuel Valls")
    assert entities(store)[entity_of(store, a, "Valls")].name == "Manuel Valls"


def test_a_given_name_alone_joins_the_full_name_it_opens_when_no_surname_matches(store) -> None:
    # "Mr. Jawar" after "Jawar Mohammed": names that put the given name first
    a = add_doc(store, "a", "Jawar Mohammed runs the network. Mr. Jawar was charged in absentia.",
                [("Jawar Mohammed", "Person"), ("Jawar", "Person")])
    # two full names open with it: no link; a full name ending with it wins over one opening with it
    b = add_doc(store, "b", "Paul Marchand and Paul Leroy met. Paul left early.",
                [("Paul Marchand", "Person"), ("Paul Leroy", "Person"), ("Paul", "Person")])
    c = add_doc(store, "c", "Martin Weber met Anna Martin. Martin spoke first.",
                [("Martin Weber", "Person"), ("Anna Martin", "Person"), ("Martin", "Person")])
    resolve(store)
    assert entity_of(store, a, "Jawar") == entity_of(store, a, "Jawar Mohammed")
    assert entity_of(store, b, "Paul") not in (entity_of(store, b, "Paul Marchand"), entity_of(store, b, "Paul Leroy"))
    assert entity_of(store, c, "Martin") == entity_of(store, c, "Anna Martin") != entity_of(store, c, "Martin Weber")


def test_ministries_of_the_interior_of_different_states_stay_apart(store) -> None:
    fr1 = add_doc(store, "fr1", "Le salon est organisé par le ministère de l'Intérieur. La France accueille "
                  "le salon. Paris et la France en profitent.",
                  [("ministère de l'Intérieur", "PublicBody"), ("France", "Country"), ("France", "Country")])
    fr2 = add_doc(store, "fr2", "Le ministère de l'Intérieur a financé des caméras en France.",
                  [("ministère de l'Intérieur", "PublicBody"), ("France", "Country")])
    ma = add_doc(store, "ma", "Au Maroc, le ministère de l'Intérieur a acheté le système. Le Maroc dément.",
                 [("Maroc", "Country"), ("ministère de l'Intérieur", "PublicBody"), ("Maroc", "Country")])
    bh = add_doc(store, "bh", "Le ministère de l'Intérieur a été reçu à Paris.",
                 [("ministère de l'Intérieur", "PublicBody", None, "bh")])
    resolve(store)
    fr_id = entity_of(store, fr1, "ministère de l'Intérieur")
    assert fr_id == entity_of(store, fr2, "ministère de l'Intérieur")
    assert entity_of(store, ma, "ministère de l'Intérieur") not in (fr_id, None)
    assert entity_of(store, bh, "ministère de l'Intérieur") not in (fr_id, None)
    ents = entities(store)
    # the country a document is about keeps them apart, but is not shown as their state: only what a
    # mention or the body's own name says is (here the Bahraini one, stated by extraction)
    assert ents[fr_id].country is None
    assert ents[entity_of(store, ma, "ministère de l'Intérieur")].country is None
    assert ents[entity_of(store, bh, "ministère de l'Intérieur")].country == "bh"


def test_a_ministry_named_by_its_portfolio_alone_joins_no_state_it_is_not_known_to_be_of(store) -> None:
    """"le ministère de l'Intérieur" in an article whose state is not known is no more Serbia's than
    any other state's: every state has one. Two of known and equal states, or two unknown, still link."""
    rs = add_doc(store, "rs", "Huawei a vendu des caméras au ministère serbe de l'Intérieur.",
                 [("Huawei", "Company"), ("ministère serbe de l'Intérieur", "PublicBody")])
    rs2 = add_doc(store, "rs2", "The Serbian Interior Ministry bought cameras.",
                  [("Serbian Interior Ministry", "PublicBody")], language="en")
    unknown = add_doc(store, "x", "Selon des sources au ministère de l'Intérieur, le contrat est prolongé.",
                      [("ministère de l'Intérieur", "PublicBody")])
    unknown2 = add_doc(store, "y", "Le ministère de l'Intérieur n'a pas répondu.",
                       [("ministère de l'Intérieur", "PublicBody")])
    resolve(store)
    serbian = entity_of(store, rs, "ministère serbe de l'Intérieur")
    assert serbian == entity_of(store, rs2, "Serbian Interior Ministry")
    assert entity_of(store, unknown, "ministère de l'Intérieur") not in (serbian, None)
    assert entity_of(store, unknown, "ministère de l'Intérieur") == entity_of(store, unknown2,
                                                                          "ministère de l'Intérieur")


def test_lookalike_companies_stay_apart_unless_clustered(store) -> None:
    apart = add_doc(store, "apart", "Amesys exposait. Plus loin, le stand d'Advanced Middle East System.",
                    [("Amesys", "Company"), ("Advanced Middle East System", "Company")])
    resolve(store)
    assert entity_of(store, apart, "Amesys") != entity_of(store, apart, "Advanced Middle East System")
    joined = add_doc(store, "joined", "Amesys, pour Advanced Middle East System, est née à Aix.",
                     [("Amesys", "Company", "a"), ("Advanced Middle East System", "Company", "a")])
    resolve(store, [joined])
    assert entity_of(store, joined, "Amesys") == entity_of(store, joined, "Advanced Middle East System")


def test_person_and_company_with_one_name_stay_apart(store) -> None:
    a = add_doc(store, "a", "Thomas Dupont a fondé la société Thomas Dupont, qui vend des caméras.",
                [("Thomas Dupont", "Person"), ("Thomas Dupont", "Company")])
    resolve(store)
    assert entity_of(store, a, "Thomas Dupont") is not None
    ents = entities(store)
    assert sorted(e.type for e in ents.values()) == ["Company", "Person"]


def test_incremental_links_new_document_to_stored_entities(store) -> None:
    a = add_doc(store, "a", "Qosmos a vendu des sondes. Thibaut Bechetoille dirige Qosmos.",
                [("Qosmos", "Company"), ("Thibaut Bechetoille", "Person"), ("Qosmos", "Company")])
    first = resolve(store, [a])
    assert first["created"] == 2
    before = entities(store)
    b = add_doc(store, "b", "Thibaut Bechetoille, patron de Qosmos SA, dément. Bechetoille parle.",
                [("Thibaut Bechetoille", "Person", "t"), ("Qosmos SA", "Company"),
                 ("Bechetoille", "Person", "t")])
    c = add_doc(store, "c", "Rien à voir: Qosmos est cité ici.", [("Qosmos", "Company")])
    second = resolve(store, [b])
    assert second["created"] == 0 and second["linked"] == 3
    assert entity_of(store, b, "Bechetoille") == entity_of(store, a, "Thibaut Bechetoille")
    assert entity_of(store, b, "Qosmos SA") == entity_of(store, a, "Qosmos")
    assert entity_of(store, c, "Qosmos") is None  # not asked for
    assert set(entities(store)) == set(before)
    again = resolve(store)
    assert set(entities(store)) == set(before) and again["created"] == 0
    assert entity_of(store, c, "Qosmos") == entity_of(store, a, "Qosmos")


def test_full_resolution_is_idempotent(store) -> None:
    add_doc(store, "fr", LIBYA, [("Amesys", "Company"), ("Libye", "Country"), ("Mouammar Kadhafi", "Person")])
    resolve(store)
    before = {k: (v.name, v.type) for k, v in entities(store).items()}
    counts = resolve(store)
    assert counts["linked"] == 0 and counts["created"] == 0 and counts["deleted"] == 0
    assert {k: (v.name, v.type) for k, v in entities(store).items()} == before


def test_successor_is_a_relation_never_a_merge(store) -> None:
    from sqlalchemy import insert

    from enquete.store.schema import relation
    from tests.resolve.helpers import _mention_id

    text = "Amesys, ou Advanced Middle East System, a repris le système espion d'Amesys en 2013."
    d = add_doc(store, "succ", text, [("Amesys", "Company", "a"),
                                      ("Advanced Middle East System", "Company", "a"),
                                      ("Amesys", "Company", "a")])
    with store.begin() as conn:
        conn.execute(insert(relation).values(
            id="s1", doc_id=d, subject=_mention_id(store, d, "Advanced Middle East System"),
            predicate="successor_of",
            object=_mention_id(store, d, "Amesys"), confidence=0.7, extractor="test"))
    resolve(store)
    assert entity_of(store, d, "Amesys") != entity_of(store, d, "Advanced Middle East System")


def test_a_parent_relation_keeps_the_child_with_its_own_acronym(store) -> None:
    from sqlalchemy import insert

    from enquete.store.schema import relation
    from tests.resolve.helpers import _mention_id

    text = ("L'Office portuaire de contrôle des armements (OPCA), rattaché au ministère des Transports, "
            "a signé.")
    d = add_doc(store, "child", text, [("Office portuaire de contrôle des armements", "PublicBody", "o"),
                                       ("OPCA", "PublicBody", "o"), ("ministère des Transports", "PublicBody")])
    with store.begin() as conn:
        conn.execute(insert(relation).values(
            id="p1", doc_id=d, subject=_mention_id(store, d, "OPCA"), predicate="subsidiary_of",
            object=_mention_id(store, d, "ministère des Transports"), confidence=0.7, extractor="test"))
    resolve(store)
    assert entity_of(store, d, "OPCA") == entity_of(store, d, "Office portuaire de contrôle des armements")
    assert entity_of(store, d, "OPCA") != entity_of(store, d, "ministère des Transports")


def test_initials_and_particles_do_not_match_across_documents(store) -> None:
    a = add_doc(store, "a", "Stéphane S. a repris le système. Ben Ali a reçu la délégation.",
                [("Stéphane S.", "Person"), ("Ben Ali", "Person")])
    b = add_doc(store, "b", "Un autre Stéphane S., ingénieur, témoigne. Ben Ali, joueur, a marqué.",
                [("Stéphane S.", "Person"), ("Ben Ali", "Person")])
    resolve(store)
    assert entity_of(store, a, "Stéphane S.") != entity_of(store, b, "Stéphane S.")
    assert entity_of(store, a, "Ben Ali") != entity_of(store, b, "Ben Ali")


def test_descriptive_organisation_names_need_the_same_state(store) -> None:
    fr = add_doc(store, "fr", "En France, la police a utilisé le logiciel. La France se tait.",
                 [("France", "Country"), ("police", "Organization"), ("France", "Country")])
    eg = add_doc(store, "eg", "En Égypte, la police a acheté le logiciel. L'Égypte dément.",
                 [("Égypte", "Country"), ("police", "Organization"), ("Égypte", "Country")])
    fr2 = add_doc(store, "fr2", "La police française a testé des drones en France.",
                  [("police", "Organization"), ("France", "Country")])
    resolve(store)
    assert entity_of(store, fr, "police") != entity_of(store, eg, "police")
    assert entity_of(store, fr, "police") == entity_of(store, fr2, "police")


def test_a_body_whose_name_gives_its_state_links_across_documents_about_other_countries(store) -> None:
    """"parquet de Paris" names its state (a capital), "European Union" is the union itself: the
    country a document is about does not split them."""
    sy = add_doc(store, "sy", "En Syrie, le parquet de Paris enquête. L'Union européenne interdit ces ventes "
                 "à la Syrie depuis la Syrie.",
                 [("Syrie", "Country"), ("parquet de Paris", "PublicBody"), ("Union européenne", "PublicBody"),
                  ("Syrie", "Country"), ("Syrie", "Country")])
    ly = add_doc(store, "ly", "En Libye, le parquet de Paris a ouvert une enquête. The European Union "
                 "banned exports to Libya.",
                 [("Libye", "Country"), ("parquet de Paris", "PublicBody"), ("European Union", "PublicBody"),
                  ("Libya", "Country")])
    resolve(store)
    assert entity_of(store, sy, "parquet de Paris") == entity_of(store, ly, "parquet de Paris")
    assert entity_of(store, sy, "Union européenne") == entity_of(store, ly, "European Union")
