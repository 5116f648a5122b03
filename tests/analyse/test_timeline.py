"""timeline() over events and dated relations stored through the real store code."""

from __future__ import annotations

from click.testing import CliRunner

from enquete import model
from enquete.analyse.timeline import in_window, timeline
from enquete.cli import cli
from tests.analyse.test_contradictions import Builder

TEXT = ["Nordsec a vendu son logiciel à l'Iran en 2010.", "Le 17 février 2011, Paris suspend ses livraisons.",
        "En mars 2012, Nordsec est visée par une enquête."]


def _stored(store) -> Builder:
    b = Builder("chronicle", TEXT)
    nordsec, iran = b.mention("Nordsec", "Company", "nordsec"), b.mention("Iran", "Country", "iran")
    paris = b.mention("Paris", "Country", "france")
    nordsec2 = b.mention("Nordsec", "Company", "nordsec", nth=1)
    b.ex.relations.append(model.Relation(nordsec, "supplied", iran, b.quote(TEXT[0]), date="2010",
                                         precision="year"))
    b.ex.events.append(model.Event("2012-03", "month", "Nordsec investigated", [nordsec2], b.quote(TEXT[2])))
    b.ex.events.append(model.Event("2011-02-17", "day", "France suspends deliveries", [paris], b.quote(TEXT[1])))
    b.save(store)
    return b


def test_in_window_compares_ranges():
    assert in_window("2011", "2011-02-17", None)
    assert in_window("2010/2012", "2011-06", "2011-07")
    assert not in_window("2010", "2011", None)
    # open intervals: "up to October 2020", "from 2012 on"
    assert in_window("/2020-10", "2019", "2019") and not in_window("/2020-10", "2021", None)
    assert in_window("2012/", "2030", None) and not in_window("2012/", None, "2011")
    assert not in_window("2012-03", None, "2012-02")
    assert not in_window(None, None, None)


def test_timeline_in_date_order_with_quotes(store):
    _stored(store)
    items = timeline(store)
    assert [i["date"] for i in items] == ["2010", "2011-02-17", "2012-03"]
    assert items[0]["kind"] == "relation" and items[0]["description"] == "Nordsec supplied Iran"
    assert items[1]["evidence"]["quote"] == TEXT[1]


def test_timeline_filters_by_entity_and_dates(store):
    _stored(store)
    assert [i["date"] for i in timeline(store, "nordsec")] == ["2010", "2012-03"]
    assert [i["date"] for i in timeline(store, start="2011", end="2011-12")] == ["2011-02-17"]
    assert timeline(store, "nobody") == []


def test_cli_timeline_and_contradictions(store, db_url):
    _stored(store)
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", db_url, "timeline", "Nordsec", "--from", "2012"])
    assert out.exit_code == 0, out.output
    assert "2012-03" in out.output and "Nordsec investigated" in out.output and "2010" not in out.output
    bad = runner.invoke(cli, ["--db", db_url, "timeline", "Nobody"])
    assert bad.exit_code != 0 and "Nobody" in bad.output
    con = runner.invoke(cli, ["--db", db_url, "contradictions"])
    assert con.exit_code == 0 and "no contradictions" in con.output


def test_a_fact_told_in_two_documents_is_one_timeline_line_with_both_sources(store):
    from enquete.query import Scope, timeline as viewer_timeline

    first = _stored(store)
    again = Builder("republished", ["Selon nos informations, Nordsec a vendu son logiciel à l'Iran en 2010."])
    nordsec, iran = again.mention("Nordsec", "Company", "nordsec"), again.mention("Iran", "Country", "iran")
    again.ex.relations.append(model.Relation(nordsec, "supplied", iran, again.quote("Nordsec a vendu"),
                                             date="2010", precision="year"))
    again.save(store)
    items = timeline(store)
    assert [i["date"] for i in items] == ["2010", "2011-02-17", "2012-03"]
    assert len(items[0]["ids"]) == 2
    web = [i for i in viewer_timeline(Scope.everything(store)) if i["kind"] == "relation"]
    assert len(web) == 1 and {e["doc"] for e in web[0]["evidence"]} == {first.doc.id, again.doc.id}
