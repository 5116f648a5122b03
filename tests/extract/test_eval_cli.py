"""`enquete eval` end to end: ingest through the real pipeline, resolve, export, score."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from enquete.cli import cli

OWN = Path(__file__).parent / "data" / "own"


def _pipeline_ready() -> bool:
    try:
        from enquete.ingest import read_source  # noqa: F401
        from enquete.pipeline import ingest  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.integration
@pytest.mark.skipif(not _pipeline_ready(), reason="the ingest stage is not installed yet")
def test_eval_prints_the_referee_report():
    runner = CliRunner()
    out = runner.invoke(cli, ["eval", str(OWN / "gold.json"), "--docs", str(OWN / "docs")])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0] == "documents scored: 5"
    assert lines[1].startswith("entities        P ")
    result = json.loads(runner.invoke(cli, ["eval", str(OWN / "gold.json"), "--docs", str(OWN / "docs"),
                                            "--json"]).output)
    assert result["entities"]["recall"] >= 0.8


def test_eval_bad_gold_is_one_clear_line(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", str(bad), "--docs", str(tmp_path)])
    assert out.exit_code != 0 and "gold.json" in out.output
