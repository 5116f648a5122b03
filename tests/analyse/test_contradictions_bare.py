"""A statement with no topic of its own (a finding, an observation, a verdict on a company) against a denial
of the other side in the same article: it answers the denial when it names the denier (or whom the denier
speaks for), when its own words name no one and the sentences around it are about the denier, or when the
two share two actors at stake. Never from the same side, never across articles, never on one shared actor
the statement merely mentions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from enquete import model
from enquete.analyse.contradictions import refresh_contradictions
from enquete.store import schema as t
from tests.analyse.test_contradictions import Builder

DENIAL_FR = "Nordsec dément avoir livré quoi que ce soit en Iran."
DENIAL_EN = "Nordsec denied that any of its probes had reached Iran."


def _pair(name: str, finding: str, denial: str, finding_about: list[tuple[str, str]],
          denial_about: list[tuple[str, str]], intro: str = "", officer: bool = False) -> Builder:
    """An article: `intro`, a finding by Radar (a bare statement), then the denial by Nordsec (or by its
    chief executive Paul Weber when `officer`). `*_about` list (surface, type) of the actors at stake."""
    sentences = [s for s in (intro, f"Radar a publié ceci : {finding}", denial) if s]
    b = Builder(name, sentences)

    def mentions(about: list[tuple[str, str]], sentence: str) -> list[str]:
        """Each actor where the sentence names it, else where the text names it last before it."""
        at, out = b.text.index(sentence), []
        for surface, typ in about:
            start = b.text.find(surface, at, at + len(sentence))
            start = start if start >= 0 else b.text.rindex(surface, 0, at)
            out.append(b.mention(surface, typ, surface.casefold(), nth=b.text[:start].count(surface)))
        return out

    denial_at = b.text.index(denial)
    b.claim(b.mention("Radar", "Organization", "radar"), "affirms", mentions(finding_about, finding),
            f"Radar a publié ceci : {finding}", "statement")
    speaker = "Paul Weber" if officer else "Nordsec"
    denier = b.mention(speaker, "Person" if officer else "Company", speaker.casefold(),
                       nth=b.text[:denial_at].count(speaker))
    if officer:
        nordsec = b.mention("Nordsec", "Company", "nordsec", nth=b.text[:denial_at].count("Nordsec"))
        b.ex.relations.append(model.Relation(denier, "employed_by", nordsec, b.quote(denial), role="CEO"))
    b.claim(denier, "denies", mentions(denial_about, denial), denial, "supplied")
    return b


@pytest.mark.parametrize("finding,denial,finding_about,denial_about,intro", [
    # the finding names the denier in its own words
    ("des sondes de Nordsec filtrent le trafic iranien depuis 2019.", DENIAL_FR,
     [("Nordsec", "Company")], [("Iran", "Country")], ""),
    ("the logs show Nordsec appliances blocking news sites.", DENIAL_EN,
     [("Nordsec", "Company")], [("Iran", "Country")], ""),
    # its own words name no one; the sentence before it is about the denier
    ("des courriels internes évoquent des tests sur des numéros réels.", DENIAL_FR,
     [("Nordsec", "Company"), ("Iran", "Country")], [("Iran", "Country")],
     "Nordsec a installé un centre d'écoute en Iran."),
    # two actors at stake in common, named in the finding
    ("les sondes Argus tournaient en Iran en 2020.", "Nordsec nie toute vente d'Argus en Iran.",
     [("Argus", "Product"), ("Iran", "Country")], [("Argus", "Product"), ("Iran", "Country")], ""),
])
def test_a_finding_answers_the_denial_of_the_one_it_is_about(store, finding, denial, finding_about, denial_about,
                                                             intro):
    _pair("bare", finding, denial, finding_about, denial_about, intro).save(store)
    assert refresh_contradictions(store) == 1


def test_a_finding_on_the_company_answers_its_officer(store):
    finding = "the company's probes were found on networks there."
    denial = "Paul Weber, chief executive of Nordsec, denied any sale to Iran."
    _pair("officer", finding, denial, [("Nordsec", "Company"), ("Iran", "Country")], [("Iran", "Country")],
          "Nordsec sells probes to Iran.", officer=True).save(store)
    assert refresh_contradictions(store) == 1
    with store.connect() as conn:
        (why,) = conn.execute(select(t.contradiction.c.why)).scalars()
    assert why.endswith("denies: supplied (Iran)")  # the topic the finding answers, not "statement"


@pytest.mark.parametrize("finding,denial,finding_about,denial_about,intro", [
    # the finding names someone else; the denier is only in the sentence before it
    ("l'Iran a arrêté des blogueurs en 2019.", DENIAL_FR, [("Iran", "Country"), ("Nordsec", "Company")],
     [("Iran", "Country")], "Nordsec vend des sondes."),
    # one shared actor the finding merely mentions
    ("Iran hosts a large trade fair every spring.", DENIAL_EN, [("Iran", "Country")], [("Iran", "Country")], ""),
])
def test_a_finding_about_someone_else_answers_nothing(store, finding, denial, finding_about, denial_about, intro):
    _pair("else", finding, denial, finding_about, denial_about, intro).save(store)
    assert refresh_contradictions(store) == 0


def test_a_finding_of_the_same_side_answers_nothing(store):
    text = ["Paul Weber, directeur de Nordsec, a déclaré que des sondes de Nordsec tournaient en Iran.",
            "Nordsec dément avoir livré quoi que ce soit en Iran."]
    b = Builder("same-side", text)
    weber, nordsec = b.mention("Paul Weber", "Person", "weber"), b.mention("Nordsec", "Company", "nordsec")
    b.ex.relations.append(model.Relation(weber, "employed_by", nordsec, b.quote("Paul Weber, directeur de Nordsec")))
    b.claim(weber, "affirms", [b.mention("Nordsec", "Company", "nordsec", nth=1),
                               b.mention("Iran", "Country", "iran")], text[0], "statement")
    b.claim(b.mention("Nordsec", "Company", "nordsec", nth=2), "denies", [b.mention("Iran", "Country", "iran", nth=1)],
            text[1], "supplied")
    b.save(store)
    assert refresh_contradictions(store) == 0


def test_a_finding_in_another_article_answers_nothing(store):
    finding = "Radar a publié ceci : des sondes de Nordsec filtrent le trafic iranien."
    first = Builder("first", [finding])
    first.claim(first.mention("Radar", "Organization", "radar"), "affirms",
                [first.mention("Nordsec", "Company", "nordsec")], finding, "statement")
    first.save(store)
    other = Builder("second", [DENIAL_FR])
    other.claim(other.mention("Nordsec", "Company", "nordsec"), "denies", [other.mention("Iran", "Country", "iran")],
                DENIAL_FR, "supplied")
    other.save(store)
    assert refresh_contradictions(store) == 0


def test_two_that_speak_of_each_other_meet_on_no_topic_through_a_bare_statement(store):
    """Each at stake in the other's words is a complaint and its counter-complaint only on one topic: the
    company's bare remark on a ruling does not answer the state's denial of using its tools."""
    text = ["Le Maroc nie avoir utilisé les outils de Nordsec contre des journalistes.",
            "Nordsec regrette la décision et annonce un recours."]
    b = Builder("mutual", text)
    maroc = b.mention("Maroc", "Country", "maroc")
    b.claim(maroc, "denies", [b.mention("Nordsec", "Company", "nordsec")], text[0], "found_in")
    b.claim(b.mention("Nordsec", "Company", "nordsec", nth=1), "affirms", [maroc], text[1], "statement")
    b.save(store)
    assert refresh_contradictions(store) == 0
