"""`enquete eval`: ingest a folder into a throwaway database through the real pipeline, export, score."""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

import click

from enquete.exc import InvalidData

log = logging.getLogger(__name__)


def gold_sources(gold: dict, docs_dir: str) -> list[str]:
    """The files under `docs_dir` whose name (without extension) is a gold document id: documents the
    gold does not annotate are left out, as their entities would count as false positives."""
    from enquete.evaluate import file_stem
    wanted = {d.get("id") for d in gold.get("documents", [])}
    files = sorted(p for p in Path(docs_dir).rglob("*") if p.is_file() and not p.name.startswith("."))
    kept = [str(p) for p in files if file_stem(p.name) in wanted]
    if len(kept) < len(files):
        log.info("eval: %d of %d files are not in the gold annotation and are left out",
                 len(files) - len(kept), len(files))
    return kept


def evaluate_folder(gold_path: str, docs_dir: str, gazetteers: tuple[str, ...] = (),
                    export_to: str | None = None) -> dict:
    """Ingest `docs_dir` into a temporary SQLite store (extract, resolve, analyse), export, score
    against gold.
    With `export_to`, the JSONL export that was scored is also written there."""
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InvalidData(f"{gold_path}: cannot read gold annotation: {exc}") from exc
    if not isinstance(gold, dict) or "documents" not in gold or "entities" not in gold:
        raise InvalidData(f"{gold_path}: not a gold annotation (needs 'documents' and 'entities')")
    sources = gold_sources(gold, docs_dir)
    if not sources:
        raise InvalidData(f"{docs_dir}: no file named after a document of {gold_path}")
    from enquete import evaluate
    from enquete.export.jsonl import export_rows
    from enquete.extract import extract, load_pipelines
    from enquete.pipeline import analyse, ingest
    from enquete.store import open_store
    with tempfile.TemporaryDirectory(prefix="enquete-eval-") as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'eval.db'}")
        pipes = load_pipelines(gazetteers=gazetteers)
        report = ingest(store, sources, extractor=lambda doc: extract(doc, pipes))
        if not report.ok:
            log.warning("eval: %s", report.summary())
        analyse(store, report.stored)  # the same stages as `enquete ingest`: resolve, then analyse
        rows = list(export_rows(store))
        if export_to:
            with open(export_to, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        store.engine.dispose()
    result = evaluate.score(gold, rows)
    result["relations_missed"] = evaluate.missed_relations(gold, rows, result["relations"]["missed"])
    return result


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", "docs_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of the documents the gold annotation covers.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer file (YAML, same format as the packaged ones); repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option("--export", "export_to", type=click.Path(dir_okay=False, writable=True),
              help="Also write the scored JSONL export to this file (to check it with another scorer).")
def eval_cmd(gold: str, docs_dir: str, gazetteers: tuple[str, ...], as_json: bool,
             export_to: str | None) -> None:
    """Score extraction on DOCS against GOLD (precision, recall, F1 per part, like the referee).

    The last line counts the missed gold relations by where their two arguments are: both recognised in
    the gold quote (the wording was missed), one only elsewhere in the document (a reference across
    sentences), or one never recognised (entities); --json lists them under "relations_missed"."""
    from enquete.evaluate import missed_line, report_lines
    result = evaluate_folder(gold, docs_dir, gazetteers, export_to)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join([*report_lines(result), missed_line(result["relations_missed"])]))


commands = [eval_cmd]
