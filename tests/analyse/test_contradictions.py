"""refresh_contradictions on facts stored through the real store code (SQLite or PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import insert, select, update

from enquete import model
from enquete.analyse.contradictions import refresh_contradictions
from enquete.store import Store
from enquete.store import schema as t
from enquete.store.documents import save_document


class Builder:
    """Builds one document whose text is the sentences given, with mentions found by their text."""

    def __init__(self, name: str, sentences: list[str], published: str = "2013-06-18") -> None:
        self.text = "\n".join(sentences)
        self.doc = model.Document(id=model.sha256(self.text), source=f"{name}.txt", text=self.text,
                                  published=published, language="fr")
        self.ex = model.Extraction(doc=self.doc.id)
        self.entity_of: dict[str, str] = {}

    def mention(self, surface: str, type_: str, entity: str, nth: int = 0) -> str:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(surface, start + 1)
        m = model.Mention(model.Mention.make_id(self.doc.id, start, start + len(surface)), self.doc.id,
                          start, start + len(surface), surface, type_)
        self.ex.mentions.append(m)
        self.entity_of[m.id] = entity
        return m.id

    def quote(self, fragment: str) -> model.Evidence:
        start = self.text.index(fragment)
        return model.Evidence.of(self.doc, start, start + len(fragment))

    def claim(self, speaker: str, stance: str, about: list[str], fragment: str, predicate: str,
              date: str | None = None) -> None:
        self.ex.claims.append(model.Claim(speaker, stance, f"{predicate}:{fragment[:20]}", self.quote(fragment),
                                          date, about, predicate))

    def save(self, store: Store) -> None:
        with store.begin() as conn:
            save_document(conn, self.doc, self.ex, None)
            for mid, ent in self.entity_of.items():
                if conn.execute(t.entity.select().where(t.entity.c.id == ent)).first() is None:
                    typ = next(m.type for m in self.ex.mentions if m.id == mid)
                    conn.execute(insert(t.entity).values(id=ent, type=typ, name=ent.title()))
                conn.execute(update(t.mention).where(t.mention.c.id == mid).values(entity_id=ent))

LAWYER = "Son avocate Anne Roux affirme que jamais aucun logiciel de Nordsec n'a fonctionné en Iran."
ENGINEER = "Paul Weber, ingénieur, raconte avoir installé le logiciel de Nordsec en Iran."
OTHER = "Paul Weber dit que la cantine de Nordsec est excellente."


def _rows(store):
    with store.connect() as conn:
        return conn.execute(select(t.contradiction)).all()


def _dossier() -> Builder:
    b = Builder("dossier", [LAWYER, ENGINEER, OTHER])
    roux, weber = b.mention("Anne Roux", "Person", "roux"), b.mention("Paul Weber", "Person", "weber")
    weber2 = b.mention("Paul Weber", "Person", "weber", nth=1)
    nordsec = [b.mention("Nordsec", "Company", "nordsec", nth=i) for i in range(3)]
    iran = [b.mention("Iran", "Country", "iran", nth=i) for i in range(2)]
    b.claim(roux, "denies", [nordsec[0], iran[0]], LAWYER, "found_in", "2013-06")
    b.claim(weber, "affirms", [nordsec[1], iran[1]], ENGINEER, "supplied", "2013-05")
    b.claim(weber2, "affirms", [nordsec[2]], OTHER, "statement", "2013-05")
    return b


def test_opposite_stances_on_one_question_contradict(store):
    _dossier().save(store)
    assert refresh_contradictions(store) == 1
    (row,) = _rows(store)
    with store.connect() as conn:
        a = conn.execute(select(t.claim).where(t.claim.c.id == row.a_id)).one()
        b = conn.execute(select(t.claim).where(t.claim.c.id == row.b_id)).one()
    assert (a.stance, b.stance) == ("affirms", "denies")
    assert "Paul Weber" in row.why and "Anne Roux" in row.why


def test_refresh_replaces_the_table(store):
    _dossier().save(store)
    refresh_contradictions(store)
    assert refresh_contradictions(store) == 1
    assert len(_rows(store)) == 1


def test_same_stance_or_unrelated_actors_do_not_contradict(store):
    text = ["Anne Roux nie toute vente de Nordsec en Iran.", "Marc Blanc nie toute vente de Zeta au Chili."]
    b = Builder("calm", text)
    b.claim(b.mention("Anne Roux", "Person", "roux"), "denies",
            [b.mention("Nordsec", "Company", "nordsec"), b.mention("Iran", "Country", "iran")], text[0], "supplied")
    b.claim(b.mention("Marc Blanc", "Person", "blanc"), "affirms",
            [b.mention("Zeta", "Company", "zeta"), b.mention("Chili", "Country", "chile")], text[1], "supplied")
    b.save(store)
    assert refresh_contradictions(store) == 0


def test_one_speaker_changing_position_contradicts_only_across_dates(store):
    text = ["En 2011, Nordsec reconnaît des ventes en Iran.", "En 2013, Nordsec nie toute vente en Iran.",
            "En 2013, Nordsec nie encore toute vente en Iran."]
    b = Builder("turn", text)
    for i, (stance, date) in enumerate((("affirms", "2011"), ("denies", "2013"), ("denies", "2011"))):
        sp = b.mention("Nordsec", "Company", "nordsec", nth=i)
        b.claim(sp, stance, [b.mention("Iran", "Country", "iran", nth=i)], text[i], "supplied", date)
    b.save(store)
    assert refresh_contradictions(store) == 1


def test_denial_against_a_documented_relation(store):
    text = ["Le ministère assure qu'aucune grenade de Fumex n'a été exportée vers le Bahreïn.",
            "Des grenades Fumex ont été trouvées au Bahreïn en janvier 2015."]
    b = Builder("grenades", text)
    ministry = b.mention("ministère", "PublicBody", "ministry")
    b.claim(ministry, "denies", [b.mention("Fumex", "Company", "fumex"),
                                 b.mention("Bahreïn", "Country", "bahrain")], text[0], "supplied")
    prod = b.mention("grenades Fumex", "Product", "fumex-grenades")
    b.ex.relations.append(model.Relation(prod, "found_in", b.mention("Bahreïn", "Country", "bahrain", nth=1),
                                         b.quote(text[1]), date="2015-01", precision="month"))
    b.save(store)
    assert refresh_contradictions(store) == 0  # the grenades (product) are not the company denied
    with store.begin() as conn:
        conn.execute(t.claim_about.insert().values(claim_id=conn.execute(select(t.claim.c.id)).scalar(),
                                                   mention_id=prod))
    assert refresh_contradictions(store) == 1
    (row,) = _rows(store)
    assert (row.a_kind, row.b_kind) == ("claim", "relation") and "found_in" in row.why


def test_cli_shows_both_sides_with_quotes_speakers_and_dates(store, db_url):
    from click.testing import CliRunner

    from enquete.cli import cli

    _dossier().save(store)
    out = CliRunner().invoke(cli, ["--db", db_url, "contradictions"])
    assert out.exit_code == 0, out.output
    assert f"«{LAWYER}»" in out.output and f"«{ENGINEER}»" in out.output
    assert "Anne Roux (2013-06, denies)" in out.output and "Paul Weber (2013-05, affirms)" in out.output
    assert OTHER not in out.output
