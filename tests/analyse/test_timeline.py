"""timeline() over events, dated relations and dated claims stored through the real store code."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from enquete import model
from enquete.analyse.timeline import in_window, timeline
from enquete.cli import cli
from enquete.exc import InvalidData, NotFound
from enquete.query import Scope
from tests.analyse.test_contradictions import Builder

TEXT = ["Nordsec a vendu son logiciel à l'Iran en 2010.", "Le 17 février 2011, Paris suspend ses livraisons.",
        "En mars 2012, Nordsec est visée par une enquête.", "En 2013, Nordsec nie toute vente à l'Iran."]


def _stored(store) -> Builder:
    b = Builder("chronicle", TEXT)
    nordsec, iran = b.mention("Nordsec", "Company", "nordsec"), b.mention("Iran", "Country", "iran")
    paris = b.mention("Paris", "Country", "france")
    nordsec2 = b.mention("Nordsec", "Company", "nordsec", nth=1)
    b.ex.relations.append(model.Relation(nordsec, "supplied", iran, b.quote(TEXT[0]), date="2010",
                                         precision="year"))
    b.ex.events.append(model.Event("2012-03", "month", "Nordsec investigated", [nordsec2], b.quote(TEXT[2])))
    b.ex.events.append(model.Event("2011-02-17", "day", "France suspends deliveries", [paris], b.quote(TEXT[1])))
    nordsec3 = b.mention("Nordsec", "Company", "nordsec", nth=2)
    iran2 = b.mention("Iran", "Country", "iran", nth=1)
    b.claim(nordsec3, "denies", [iran2], TEXT[3], "supplied", date="2013")
    b.claim(nordsec2, "affirms", [], TEXT[2], "investigated")  # undated: not on the timeline
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
    b = _stored(store)
    items = timeline(Scope.everything(store))
    assert [(i["date"], i["kind"], i["precision"]) for i in items] == [
        ("2010", "relation", "year"), ("2011-02-17", "event", "day"), ("2012-03", "event", "month"),
        ("2013", "claim", "year")]
    assert items[0]["text"] == "Nordsec supplied Iran"
    assert [p["name"] for p in items[0]["participants"]] == ["Nordsec", "Iran"]
    assert items[1]["evidence"][0]["quote"] == TEXT[1] and items[1]["evidence"][0]["doc"] == b.doc.id
    assert items[3]["text"] == "Nordsec denies: supplied:En 2013, Nordsec nie"


def test_timeline_filters_by_entity_and_dates(store):
    _stored(store)
    scope = Scope.everything(store)
    assert [i["date"] for i in timeline(scope, "nordsec")] == ["2010", "2012-03", "2013"]
    assert [i["date"] for i in timeline(scope, "iran", start="2011")] == ["2013"]
    assert [i["date"] for i in timeline(scope, start="2011", end="2011-12")] == ["2011-02-17"]
    assert [i["date"] for i in timeline(scope, start="", end="")] == ["2010", "2011-02-17", "2012-03", "2013"]
    assert [i["date"] for i in timeline(scope, limit=2)] == ["2010", "2011-02-17"]
    with pytest.raises(NotFound):
        timeline(scope, "nobody")
    with pytest.raises(InvalidData, match="YYYY-MM"):
        timeline(scope, start="March 2012")


def test_cli_timeline_and_contradictions(store, db_url):
    _stored(store)
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", db_url, "timeline", "Nordsec", "--from", "2012"])
    assert out.exit_code == 0, out.output
    assert "2012-03" in out.output and "Nordsec investigated" in out.output and "2010" not in out.output
    assert "Nordsec denies" in out.output and TEXT[3] in out.output
    as_json = runner.invoke(cli, ["--db", db_url, "timeline", "Nordsec", "--from", "2012", "--json"])
    assert json.loads(as_json.output) == timeline(Scope.everything(store), "nordsec", "2012")
    bad = runner.invoke(cli, ["--db", db_url, "timeline", "Nobody"])
    assert bad.exit_code != 0 and "Nobody" in bad.output
    bad_date = runner.invoke(cli, ["--db", db_url, "timeline", "--to", "12/2012"])
    assert bad_date.exit_code != 0 and "12/2012" in bad_date.output
    con = runner.invoke(cli, ["--db", db_url, "contradictions"])
    assert con.exit_code == 0 and "no contradictions" in con.output


def test_a_fact_told_in_two_documents_is_one_timeline_line_with_both_sources(store):
    first = _stored(store)
    again = Builder("republished", ["Selon nos informations, Nordsec a vendu son logiciel à l'Iran en 2010."])
    nordsec, iran = again.mention("Nordsec", "Company", "nordsec"), again.mention("Iran", "Country", "iran")
    again.ex.relations.append(model.Relation(nordsec, "supplied", iran, again.quote("Nordsec a vendu"),
                                             date="2010", precision="year"))
    again.save(store)
    items = timeline(Scope.everything(store))
    assert [i["date"] for i in items] == ["2010", "2011-02-17", "2012-03", "2013"]
    assert len(items[0]["ids"]) == 2
    assert {e["doc"] for e in items[0]["evidence"]} == {first.doc.id, again.doc.id}
