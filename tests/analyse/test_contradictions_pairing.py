"""Pairing claims into contradictions: the question must be named in the claims' own words (not only in
the sentences around them), except when two claims of one article share two actors there, or on a narrow
topic in one article; the `why` says what is at stake."""

from __future__ import annotations

from sqlalchemy import select

from enquete.analyse.contradictions import refresh_contradictions
from enquete.store import schema as t
from tests.analyse.test_contradictions import Builder

INTRO = "Nordsec a travaillé en Iran pendant dix ans."
VAGUE = "Paul Weber explique que nos sondes savent tout lire."
DENIAL = "Anne Roux affirme que jamais aucun logiciel de Nordsec n'a été livré en Iran."
CONTEXT_DENIAL = "Anne Roux ajoute que rien de tel n'a été livré."


def _why(store) -> list[str]:
    with store.connect() as conn:
        return [r.why for r in conn.execute(select(t.contradiction))]


def _context_only(name: str, second: str) -> Builder:
    """An allegation and a denial that meet only on the actors of the opening sentence."""
    b = Builder(name, [INTRO, VAGUE, second])
    nordsec, iran = b.mention("Nordsec", "Company", "nordsec"), b.mention("Iran", "Country", "iran")
    b.claim(b.mention("Paul Weber", "Person", "weber"), "affirms", [nordsec, iran], VAGUE, "supplied")
    return b


def test_claims_meeting_only_on_one_context_actor_do_not_contradict(store):
    b = _context_only("vague", CONTEXT_DENIAL)
    b.claim(b.mention("Anne Roux", "Person", "roux"), "denies", [b.mention("Iran", "Country", "iran")],
            CONTEXT_DENIAL, "supplied")
    b.save(store)
    assert refresh_contradictions(store) == 0


def test_claims_of_one_article_sharing_two_context_actors_contradict(store):
    """"Nordsec worked in Iran. P says our probes read everything. Q adds nothing of the kind was
    delivered": neither names them, but both speak of Nordsec in Iran."""
    b = _context_only("vague-two", CONTEXT_DENIAL)
    b.claim(b.mention("Anne Roux", "Person", "roux"), "denies", [b.mention("Nordsec", "Company", "nordsec"),
                                                                 b.mention("Iran", "Country", "iran")],
            CONTEXT_DENIAL, "supplied")
    b.save(store)
    assert refresh_contradictions(store) == 1


def test_a_denial_naming_the_actors_contradicts_the_allegation(store):
    b = _context_only("named", DENIAL)
    b.claim(b.mention("Anne Roux", "Person", "roux"), "denies",
            [b.mention("Nordsec", "Company", "nordsec", nth=1), b.mention("Iran", "Country", "iran", nth=1)],
            DENIAL, "supplied")
    b.save(store)
    assert refresh_contradictions(store) == 1
    (why,) = _why(store)
    assert "Paul Weber" in why and "Anne Roux" in why and "supplied" in why and "Nordsec" in why


def test_a_narrow_topic_in_one_article_needs_no_named_actor(store):
    text = [INTRO, "Paul Weber dit que le retrait du projet est en cours.",
            "Anne Roux dit que le projet a été arrêté en octobre."]
    b = Builder("stop", text)
    about = [b.mention("Nordsec", "Company", "nordsec"), b.mention("Iran", "Country", "iran")]
    b.claim(b.mention("Paul Weber", "Person", "weber"), "denies", about, text[1], "stopped")
    b.claim(b.mention("Anne Roux", "Person", "roux"), "affirms", about, text[2], "stopped")
    b.save(store)
    assert refresh_contradictions(store) == 1
    assert "stopped" in _why(store)[0]


def test_the_accused_answering_for_itself_contradicts_without_naming_anyone(store):
    text = [INTRO, "Selon Marc Blanc, une société qui vend à une dictature sait tout.",
            "Dans un communiqué, Nordsec a contesté toute faute."]
    b = Builder("answer", text)
    iran = b.mention("Iran", "Country", "iran")
    nordsec = b.mention("Nordsec", "Company", "nordsec")
    b.claim(b.mention("Marc Blanc", "Person", "blanc"), "affirms", [nordsec, iran], text[1], "complicity")
    b.claim(b.mention("Nordsec", "Company", "nordsec", nth=1), "denies", [iran], text[2], "complicity")
    b.save(store)
    assert refresh_contradictions(store) == 1


def test_a_relation_contradicts_only_a_denial_that_names_its_actors(store):
    from enquete import model

    text = ["Nordsec a vendu des sondes en Iran en 2012.", "Anne Roux ajoute que rien de tel n'a été livré.",
            "Marc Blanc jure qu'aucune sonde de Nordsec n'a été livrée en Iran."]
    b = Builder("relation", text)
    nordsec, iran = b.mention("Nordsec", "Company", "nordsec"), b.mention("Iran", "Country", "iran")
    b.ex.relations.append(model.Relation(nordsec, "supplied", iran, b.quote(text[0]), date="2012",
                                         precision="year"))
    b.claim(b.mention("Anne Roux", "Person", "roux"), "denies", [nordsec, iran], text[1], "supplied")
    b.save(store)
    assert refresh_contradictions(store) == 0  # the actors are those of the sentence before
    named = Builder("relation-named", [*text, "Le dossier reste ouvert."])
    nordsec, iran = named.mention("Nordsec", "Company", "nordsec"), named.mention("Iran", "Country", "iran")
    named.ex.relations.append(model.Relation(nordsec, "supplied", iran, named.quote(text[0]), date="2012",
                                             precision="year"))
    named.claim(named.mention("Marc Blanc", "Person", "blanc"), "denies",
                [named.mention("Nordsec", "Company", "nordsec", nth=1),
                 named.mention("Iran", "Country", "iran", nth=1)], text[2], "supplied")
    named.save(store)
    assert refresh_contradictions(store) == 2  # the sale is documented in both articles
    assert all("Marc Blanc" in why and "Anne Roux" not in why for why in _why(store))



BODY_DENIAL = "Anne Roux affirme que ni Nordsec ni Veltrix n'ont jamais rien livré en Iran."
BODY_AFFIRMS = "Paul Weber raconte avoir installé les sondes de Nordsec et de Kora pour la police, selon les pièces."


def _body_of(state: str) -> Builder:
    """A denial about a state and an affirmation about a public body, each with one actor the other does
    not name: one question when the body is that state's (two actors shared), none when it is another's."""
    b = Builder(f"body-{state}", [BODY_DENIAL, BODY_AFFIRMS])
    b.claim(b.mention("Anne Roux", "Person", "roux"), "denies",
            [b.mention("Nordsec", "Company", "nordsec"), b.mention("Veltrix", "Company", "veltrix"),
             b.mention("Iran", "Country", "iran")], BODY_DENIAL, "supplied")
    b.claim(b.mention("Paul Weber", "Person", "weber"), "affirms",
            [b.mention("Nordsec", "Company", "nordsec", nth=1), b.mention("Kora", "Company", "kora"),
             b.mention("police", "PublicBody", "police")], BODY_AFFIRMS, "supplied")
    return b


def _with_countries(store, countries: dict[str, str]) -> None:
    with store.begin() as conn:
        for ent, code in countries.items():
            conn.execute(t.entity.update().where(t.entity.c.id == ent).values(country=code))


def test_a_states_body_is_that_state_at_stake(store):
    _body_of("ir").save(store)
    _with_countries(store, {"iran": "ir", "police": "ir"})
    assert refresh_contradictions(store) == 1


def test_another_states_body_is_not_that_state(store):
    _body_of("iq").save(store)
    _with_countries(store, {"iran": "ir", "police": "iq"})
    assert refresh_contradictions(store) == 0
