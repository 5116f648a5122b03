"""A party's answer to what is said about it: its denial against another speaker's allegation about it,
close by in the same article, whatever topic the words name, or anywhere in it on the very act alleged (a
sale recorded, a sale denied); not when both speak for one side (a spokesman and his company), not far apart
on another topic. A limit the party sets ("ne vend qu'à des États respectueux du
droit") answers an allegation of abuse as a denial would (every annotated set pairs them). Sentences written
for these tests."""

from __future__ import annotations

from sqlalchemy import select

from enquete import model
from enquete.analyse.contradictions import refresh_contradictions
from enquete.store import schema as t
from tests.analyse.test_contradictions import Builder

REPORT = "Selon Privacy Watch, les sondes de Nordsec filtrent le trafic des opposants."
ANSWER = "Nordsec a rejeté ces conclusions, qu'elle juge sans fondement."
LIMIT = "Nordsec assure ne vendre qu'à des États respectueux du droit."
FILLER = "La suite de l'article parle de tout autre chose, longuement, sans citer personne. " * 12


def _allegation_and(answer: str, *between: str) -> Builder:
    """Privacy Watch's allegation about Nordsec, then Nordsec's `answer` (after the sentences `between`)."""
    b = Builder("answer", [REPORT, *between, answer])
    b.claim(b.mention("Privacy Watch", "Organization", "pw"), "affirms",
            [b.mention("Nordsec", "Company", "nordsec")], REPORT, "statement")
    b.claim(b.mention("Nordsec", "Company", "nordsec", nth=1), "denies", [], answer, "statement")
    return b


def test_a_denial_answers_the_allegation_about_its_speaker(store):
    _allegation_and(ANSWER).save(store)
    assert refresh_contradictions(store) == 1
    with store.connect() as conn:
        why = conn.execute(select(t.contradiction.c.why)).scalar_one()
    assert "Privacy Watch" in why and "Nordsec" in why


def test_a_denial_far_from_the_allegation_answers_nothing(store):
    _allegation_and(ANSWER, FILLER).save(store)
    assert refresh_contradictions(store) == 0


SALE = "Selon un bordereau du ministère, Nordsec a livré des sondes à la police en 2019."
NO_SALE = "Nordsec affirme n'avoir jamais livré la moindre sonde à la police."


def _sale_and_denial(topic: str, *between: str) -> Builder:
    """The ministry's record of a sale by Nordsec, then Nordsec's denial on `topic`, far after it."""
    b = Builder("far", [SALE, *between, NO_SALE])
    b.claim(b.mention("ministère", "PublicBody", "min"), "affirms", [b.mention("Nordsec", "Company", "nordsec")],
            SALE, "supplied")
    b.claim(b.mention("Nordsec", "Company", "nordsec", nth=1), "denies", [], NO_SALE, topic)
    return b


def test_a_denial_of_the_very_act_alleged_answers_it_however_far(store):
    _sale_and_denial("supplied", FILLER, FILLER).save(store)
    assert refresh_contradictions(store) == 1


def test_far_apart_a_denial_on_another_topic_or_none_answers_nothing(store):
    _sale_and_denial("statement", FILLER).save(store)
    assert refresh_contradictions(store) == 0


def test_a_limit_answers_an_allegation_of_abuse_as_a_denial(store):
    b = _allegation_and(LIMIT)
    b.ex.claims[-1].stance = "affirms"  # as stance() reads a sales policy: the limit makes it a denial
    b.save(store)
    assert refresh_contradictions(store) == 1
    with store.connect() as conn:
        why = conn.execute(select(t.contradiction.c.why)).scalar_one()
    assert "rules out by a limit" in why and why.startswith("Privacy Watch")


def test_one_side_does_not_answer_itself(store):
    first = "Paul Roux, porte-parole de Nordsec, affirme que Nordsec a quitté la Syrie en 2012."
    second = "Nordsec dément toute activité récente au Moyen-Orient."
    b = Builder("side", [first, second])
    roux, nordsec = b.mention("Paul Roux", "Person", "roux"), b.mention("Nordsec", "Company", "nordsec")
    b.ex.relations.append(model.Relation(roux, "represents", nordsec, b.quote("Paul Roux, porte-parole de Nordsec")))
    b.claim(roux, "affirms", [b.mention("Nordsec", "Company", "nordsec", nth=1)], first, "stopped")
    b.claim(b.mention("Nordsec", "Company", "nordsec", nth=2), "denies", [], second, "statement")
    b.save(store)
    assert refresh_contradictions(store) == 0


def test_an_allegation_about_someone_else_is_not_answered(store):
    other = "Selon Privacy Watch, les caméras de Helix surveillent les mosquées."
    b = Builder("else", [other, ANSWER])
    b.claim(b.mention("Privacy Watch", "Organization", "pw"), "affirms", [b.mention("Helix", "Company", "helix")],
            other, "statement")
    b.claim(b.mention("Nordsec", "Company", "nordsec"), "denies", [], ANSWER, "statement")
    b.save(store)
    assert refresh_contradictions(store) == 0
