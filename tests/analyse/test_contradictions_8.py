"""Checklist: which question a claim answers. Claim pairs (FR and EN, sentences written for these tests)
that must pair, and near misses that must not: the same speaker at one date, two questions about one
company, a limit ("only to governments"), one side answering itself, another company, another article.

Each case is one article: sentences, then claims as (speaker, stance, actors at stake, sentence index,
topic, date); an actor is "Surface:Type" (":n" after the type for its n-th occurrence); a side is
(person, organisation) for a "represents" relation."""

from __future__ import annotations

import pytest

from enquete import model
from enquete.analyse.contradictions import refresh_contradictions
from tests.analyse.test_contradictions import Builder

FILL = "Le reste de l'article décrit le salon, ses allées et ses visiteurs, sans citer personne. "
WL, VIGIE = "Watchlight:Organization", "Vigie:Organization"
FILL_EN = "The rest of the piece describes the fair, its aisles and its visitors, quoting nobody. "


def _m(b: Builder, spec: str) -> str:
    surface, typ, *nth = spec.split(":")
    return b.mention(surface, typ, surface.lower().replace(" ", "-"), int(nth[0]) if nth else 0)


def _run(store, sentences, claims, sides=(), published="2013-06-18"):  # type: ignore[no-untyped-def]
    b = Builder("case8-" + str(abs(hash(tuple(sentences)))), sentences, published)
    for speaker, stance, about, i, topic, *date in claims:
        b.claim(_m(b, speaker), stance, [_m(b, a) for a in about], sentences[i], topic,
                date[0] if date else published)
    for person, org in sides:
        b.ex.relations.append(model.Relation(_m(b, person), "represents", _m(b, org), b.quote(sentences[0])))
    b.save(store)
    return refresh_contradictions(store)


PAIRS = {
    # a limit that names its customer, belied by a sale to another; a limit on use, by what is said of abuse
    "fr-limit-named": (["Selon Vigie, les blindés de Nordsec ont été livrés au ministère de l'Intérieur égyptien.",
                        "Nordsec assure les avoir vendus « exclusivement à l'armée égyptienne »."],
                       [(VIGIE, "affirms", ["Nordsec:Company", "ministère de l'Intérieur:PublicBody"], 0,
                         "supplied"),
                        ("Nordsec:Company:1", "affirms", ["armée égyptienne:PublicBody"], 1, "supplied")]),
    # words of compliance stand as a denial of the abuse alleged
    "en-complies": (["Watchlight documented canisters fired directly at protesters in Bahrain.",
                     "Bahrain says its security forces follow international standards of riot control."],
                    [(WL, "affirms", ["Bahrain:Country"], 0, "statement"),
                     ("Bahrain:Country:1", "affirms", [], 1, "statement")]),
    "fr-complies": (["Selon Vigie, les sondes de Nordsec ont servi à traquer des opposants.",
                     "Nordsec assure avoir toujours agi dans le respect du droit."],
                    [(VIGIE, "affirms", ["Nordsec:Company"], 0, "statement"),
                     ("Nordsec:Company:1", "affirms", [], 1, "statement")]),
    "en-limit-abuse": (["According to Watchlight, Corvex probes were used to track reporters in Cairo.",
                        "Corvex says its tools are used only where necessary and proportionate."],
                       [(WL, "affirms", ["Corvex:Company"], 0, "statement"),
                        ("Corvex:Company:1", "affirms", [], 1, "statement")]),
    # an allegation about a company and the company's denial, close by (both languages)
    "fr-answer": (["Selon Vigie, les sondes de Nordsec surveillent les opposants iraniens.",
                   "Nordsec dément fermement ces accusations."],
                  [(VIGIE, "affirms", ["Nordsec:Company", "iraniens:Country"], 0, "supplied"),
                   ("Nordsec:Company:1", "denies", [], 1, "statement")]),
    "en-answer": (["According to Watchlight, Corvex probes were used to spy on activists in Bahrain.",
                   "Corvex denied the allegations."],
                  [(WL, "affirms", ["Corvex:Company", "Bahrain:Country"], 0, "found_in"),
                   ("Corvex:Company:1", "denies", [], 1, "statement")]),
    # the allegation names the company only in the sentence before it; the company answers further on
    "fr-context-accused": (["Nordsec est visée par une plainte de l'association Vigie.",
                            "Vigie accuse l'entreprise d'avoir livré des sondes à la Syrie.", FILL * 9,
                            "Nordsec a toujours nié avoir enfreint la loi."],
                           [("Vigie:Organization:1", "affirms", ["Nordsec:Company", "Syrie:Country"], 1,
                             "supplied"),
                            ("Nordsec:Company:1", "denies", [], 3, "statement")]),
    "en-context-accused": (["Corvex faces a complaint brought by Watchlight.",
                            "Watchlight says the firm shipped intrusion software to Turkey.", FILL_EN * 9,
                            "Corvex has always denied breaking the law."],
                           [("Watchlight:Organization:1", "affirms", ["Corvex:Company", "Turkey:Country"], 1,
                             "supplied"),
                            ("Corvex:Company:1", "denies", [], 3, "statement")]),
    # a lawsuit's allegation against a company, answered by the company's denial of another act
    "en-lawsuit": (["A lawsuit was filed against Corvex on behalf of Sam Reed, who said he was tracked.",
                    "Corvex denied that its equipment had been used to locate him."],
                   [("Sam Reed:Person", "affirms", ["Corvex:Company"], 0, "complaint"),
                    ("Corvex:Company:1", "denies", [], 1, "supplied")]),
    "fr-plainte": (["Une plainte a été déposée contre Nordsec par Léa Martin, qui dit avoir été espionnée.",
                    "Nordsec nie que ses logiciels aient servi à la localiser."],
                   [("Léa Martin:Person", "affirms", ["Nordsec:Company"], 0, "complaint"),
                    ("Nordsec:Company:1", "denies", [], 1, "supplied")]),
    # a withdrawal told by the company's head at the time presupposes the act the company now denies
    "fr-withdrawal-then-denial": (
        ["À l'époque, le patron de Nordsec, Paul Roux, avait dit que Nordsec quittait le projet syrien.",
         "Nordsec dément aujourd'hui que sa technologie ait jamais fonctionné en Syrie."],
        [("Paul Roux:Person", "affirms", ["Nordsec:Company:1"], 0, "stopped"),
         ("Nordsec:Company:2", "denies", ["Syrie:Country"], 1, "found_in")],
        [("Paul Roux:Person", "Nordsec:Company")]),
    "en-withdrawal-then-denial": (
        ["At the time, Corvex's chief Ann Lee said Corvex was pulling out of the Syrian project.",
         "Corvex now denies that its technology ever ran in Syria."],
        [("Ann Lee:Person", "affirms", ["Corvex:Company:1"], 0, "stopped"),
         ("Corvex:Company:2", "denies", ["Syria:Country"], 1, "found_in")],
        [("Ann Lee:Person", "Corvex:Company")]),
    # one spokesman at two times the narration gives ("at the time", "after the leak")
    "en-spokesman-two-times": (
        ["Its spokesman, Tom Hale, went further at the time: \"We have never sold anything to Sudan.\"",
         "After the leak, Tom Hale said the contract with Sudan had been suspended."],
        [("Tom Hale:Person", "denies", ["Sudan:Country"], 0, "supplied"),
         ("Tom Hale:Person:1", "affirms", ["Sudan:Country:1"], 1, "stopped")]),
    "fr-porte-parole-deux-temps": (
        ["À l'époque, Marc Lenoir assurait : « Nous n'avons jamais rien vendu au Soudan. »",
         "Après la fuite, Marc Lenoir a expliqué que le contrat avec le Soudan avait été suspendu."],
        [("Marc Lenoir:Person", "denies", ["Soudan:Country"], 0, "supplied"),
         ("Marc Lenoir:Person:1", "affirms", ["Soudan:Country:1"], 1, "stopped")]),
    # the regulator's verdict on a company, answered by the company's chief far below
    "en-verdict-and-chief": (
        ["Regulators fined Corvex last year.",
         "\"Face matching is an intrusive technology,\" said Ida Berg, head of the Data Board.", FILL_EN * 12,
         "\"We are not a surveillance company,\" Max Vale of Corvex said."],
        [("Ida Berg:Person", "affirms", ["Corvex:Company", "Data Board:PublicBody"], 1, "statement"),
         ("Max Vale:Person", "denies", [], 3, "statement")],
        [("Max Vale:Person", "Corvex:Company:1"), ("Ida Berg:Person", "Data Board:PublicBody")]),
    # one state through two heads at two times: a bare rejection, then the successor's admission
    "en-state-two-heads": (
        ["Experts found Pegasus on phones in Mexico.",
         "The administration of Luis Mora rejected the findings.",
         "His successor, Ana Ruiz, later said the previous government had used such tools against"
         " opponents."],
        [("Luis Mora:Person", "denies", [], 1, "statement"),
         ("Ana Ruiz:Person", "affirms", ["Mexico:Country"], 2, "found_in")],
        [("Luis Mora:Person", "Mexico:Country"), ("Ana Ruiz:Person", "Mexico:Country")]),
    "fr-etat-deux-chefs": (
        ["Des experts ont trouvé Pegasus sur des téléphones au Mexique.",
         "Le gouvernement de Luis Mora a rejeté ces conclusions.",
         "Son successeur, Ana Ruiz, a plus tard reconnu que le gouvernement précédent avait espionné"
         " des opposants."],
        [("Luis Mora:Person", "denies", [], 1, "statement"),
         ("Ana Ruiz:Person", "affirms", ["Mexique:Country"], 2, "found_in")],
        [("Luis Mora:Person", "Mexique:Country"), ("Ana Ruiz:Person", "Mexique:Country")]),
    # "ne peut garantir que ..." opens a clause: it sets no limit
    "fr-garantir-que": (
        ["« Les équipes de Nordsec n'ont aucun accès aux données de la DGSI », répète Paul Roux.",
         "« Personne ne peut garantir que les mises à jour de Nordsec ne transmettent rien à la DGSI »,"
         " dit Jean Dufour."],
        [("Paul Roux:Person", "denies", ["Nordsec:Company", "DGSI:PublicBody"], 0, "statement"),
         ("Jean Dufour:Person", "affirms", ["Nordsec:Company:1", "DGSI:PublicBody:1"], 1, "supplied")]),
}

# pairs the code does not make: an allegation that names the accused only in the sentences around it, or
# far from the answer, met too many unrelated claims on the development sets (precision fell on h, k, m, n)
UNMADE = ("en-context-accused", "fr-context-accused", "en-verdict-and-chief")

NEAR = {
    # "lawful interception" names a kind of goods, it says nothing of compliance; a negated compliance accuses
    "en-trade-term": (["According to Watchlight, Corvex, a lawful interception vendor, sold probes to Iran.",
                       "Reporters say Corvex probes tracked dissidents in Tehran."],
                      [(WL, "affirms", ["Corvex:Company", "Iran:Country"], 0, "supplied"),
                       ("Reporters:Organization", "affirms", ["Corvex:Company:1"], 1, "statement")]),
    "fr-not-lawful": (["Selon Vigie, les sondes de Nordsec ont servi à traquer des opposants.",
                       "Pour Amnesty, cette surveillance n'était pas conforme à la loi."],
                      [(VIGIE, "affirms", ["Nordsec:Company"], 0, "statement"),
                       ("Amnesty:Organization", "affirms", [], 1, "statement")]),
    # one speaker, one date, no time told: the same words told twice, or a qualification
    "fr-same-speaker-same-date": (["Nordsec reconnaît des ventes en Iran.",
                                   "Nordsec nie toute vente en Iran."],
                                  [("Nordsec:Company", "affirms", ["Iran:Country"], 0, "supplied"),
                                   ("Nordsec:Company:1", "denies", ["Iran:Country:1"], 1, "supplied")]),
    "en-same-speaker-same-date": (["Corvex admitted sales to Iran.", "Corvex denied any sale to Iran."],
                                  [("Corvex:Company", "affirms", ["Iran:Country"], 0, "supplied"),
                                   ("Corvex:Company:1", "denies", ["Iran:Country:1"], 1, "supplied")]),
    # "at the time" inside the speaker's own words places the facts, not the saying
    "en-at-the-time-in-quote": (["Corvex said: \"At the time we sold nothing to Iran.\"",
                                 "Corvex acknowledged sales to Iran."],
                                [("Corvex:Company", "denies", ["Iran:Country"], 0, "supplied"),
                                 ("Corvex:Company:1", "affirms", ["Iran:Country:1"], 1, "supplied")]),
    # two questions about one company: a sale, and whether it is under investigation
    "fr-two-questions": (["Selon Vigie, Nordsec a vendu des sondes à l'Iran.",
                          "Nordsec affirme ne faire l'objet d'aucune enquête."],
                         [(VIGIE, "affirms", ["Nordsec:Company", "Iran:Country"], 0, "supplied"),
                          ("Nordsec:Company:1", "denies", [], 1, "investigated")]),
    "en-two-questions": (["According to Watchlight, Corvex sold probes to Iran.",
                          "Corvex says it is not under investigation."],
                         [(WL, "affirms", ["Corvex:Company", "Iran:Country"], 0,
                           "supplied"),
                          ("Corvex:Company:1", "denies", [], 1, "investigated")]),
    # a limit on customers that names none: a sale to a state may lie within it ("only to governments" /
    # "sold probes to the government of Iran"); a limit answers what is said of abuse (test_contradictions_answers)
    "en-limit": (["According to Watchlight, Corvex sold probes to the government of Iran.",
                  "Corvex says it sells only to governments."],
                 [(WL, "affirms", ["Corvex:Company", "Iran:Country"], 0, "supplied"),
                  ("Corvex:Company:1", "denies", [], 1, "supplied")]),
    "fr-limit": (["Selon Vigie, Nordsec a vendu des sondes au gouvernement iranien.",
                  "Nordsec assure ne vendre qu'à des gouvernements."],
                 [(VIGIE, "affirms", ["Nordsec:Company", "gouvernement iranien:PublicBody"], 0, "supplied"),
                  ("Nordsec:Company:1", "denies", [], 1, "supplied")]),
    # one side: the company's officer and the company, at one time
    "fr-one-side": (["Paul Roux, porte-parole de Nordsec, affirme que Nordsec a quitté la Syrie.",
                     "Nordsec dément toute présence en Syrie."],
                    [("Paul Roux:Person", "affirms", ["Nordsec:Company:1", "Syrie:Country"], 0, "stopped"),
                     ("Nordsec:Company:2", "denies", ["Syrie:Country:1"], 1, "found_in")],
                    [("Paul Roux:Person", "Nordsec:Company")]),
    # a withdrawal by another company than the one that denies
    "en-withdrawal-other-company": (
        ["At the time, Helix said it was pulling out of the Syrian project.",
         "Corvex denies that its technology ever ran in Syria."],
        [("Helix:Company", "affirms", [], 0, "stopped"),
         ("Corvex:Company", "denies", ["Syria:Country"], 1, "found_in")]),
    # a denied withdrawal and an alleged sale say the same thing
    "fr-denied-withdrawal": (["Selon Vigie, Nordsec a vendu des sondes à la Syrie.",
                              "Nordsec dément avoir quitté la Syrie."],
                             [(VIGIE, "affirms", ["Nordsec:Company", "Syrie:Country"], 0,
                               "supplied"),
                              ("Nordsec:Company:1", "denies", ["Syrie:Country:1"], 1, "stopped")]),
    # the allegation is about another company of the article
    "en-other-company": (["Corvex is mentioned in the report.",
                          "According to Watchlight, Helix cameras watch mosques.",
                          "Corvex denies any wrongdoing."],
                         [(WL, "affirms", ["Helix:Company"], 1, "found_in"),
                          ("Corvex:Company:1", "denies", [], 2, "statement")]),
    "fr-autre-entreprise": (["Selon Vigie, les caméras de Helix surveillent les mosquées.", FILL * 9,
                             "Nordsec conteste toute infraction."],
                            [(VIGIE, "affirms", ["Helix:Company"], 0, "found_in"),
                             ("Nordsec:Company", "denies", [], 2, "statement")]),
    # one party at two times, but the bare words are the later affirmation, not a rejection
    "en-party-bare-affirmation": (
        ["At the time, Corvex denied any sale to Iran.",
         "Later, the company's chief Ann Lee said the file was odd."],
        [("Corvex:Company", "denies", ["Iran:Country"], 0, "supplied"),
         ("Ann Lee:Person", "affirms", [], 1, "statement")],
        [("Ann Lee:Person", "Corvex:Company")]),
    # both affirm
    "en-same-stance": (["According to Watchlight, Corvex sold probes to Iran.",
                        "Corvex confirmed a sale to Iran."],
                       [(WL, "affirms", ["Corvex:Company", "Iran:Country"], 0, "supplied"),
                        ("Corvex:Company:1", "affirms", ["Iran:Country:1"], 1, "supplied")]),
    # a denial by a third party, not by the one accused, far below, naming no one
    "fr-third-party-far": (["Selon Vigie, Nordsec a livré des sondes à la Syrie.", FILL * 12,
                            "Le ministère dément toute autorisation."],
                           [(VIGIE, "affirms", ["Nordsec:Company", "Syrie:Country"], 0, "supplied"),
                            ("ministère:PublicBody", "denies", [], 2, "statement")]),
}


UNMADE_MARK = pytest.mark.xfail(strict=True, reason="context-only or far")


@pytest.mark.parametrize("name", [pytest.param(n, marks=UNMADE_MARK) if n in UNMADE else n
                                  for n in sorted(PAIRS)])
def test_pairs(store, name):  # type: ignore[no-untyped-def]
    assert _run(store, *PAIRS[name]) == 1


@pytest.mark.parametrize("name", sorted(NEAR))
def test_near_misses(store, name):  # type: ignore[no-untyped-def]
    assert _run(store, *NEAR[name]) == 0
