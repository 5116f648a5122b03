"""Extract-stage throughput as a ratio to bare spaCy (nlp.pipe of the same models on the same texts).

    python bench/bench_extract.py [--repeat N]

Texts: examples/corpus and ../shared/corpus/seeds, repeated. Prints the ratio (target >= 0.8x), never
asserts it. "bare" is the same loaded pipelines (gazetteer ruler included) run through nlp.pipe;
"extract" is enquete.extract.mentions.extract_all (parse + mentions + clusters + dates + facts).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from enquete.extract.mentions import extract_all, spacy_text
from enquete.extract.nlp import load_pipelines
from enquete.model import Document, sha256

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "examples" / "corpus", ROOT.parent / "shared" / "corpus" / "seeds"]


def texts() -> list[tuple[str, str]]:
    """(language, text) of every sample file; language from the file name prefix, else French."""
    out = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*")) if folder.exists() else []:
            if path.suffix in (".txt", ".md"):
                out.append(("en" if path.name.startswith("en_") else "fr", path.read_text(encoding="utf-8")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    pipes = load_pipelines()
    sample = texts() * args.repeat
    docs = [Document(sha256(t + str(i)), f"d{i}", t, language=lang) for i, (lang, t) in enumerate(sample)]
    chars = sum(len(d.text) for d in docs)
    # warm up on a document of each language: patterns compiled once per process are not throughput
    list(extract_all([next(d for d in docs if d.language == lang) for lang in ("fr", "en")], pipes))

    t0 = time.perf_counter()
    for lang in ("fr", "en"):
        batch = [spacy_text(d.text) for d in docs if d.language == lang]
        for _ in pipes.nlp[lang].pipe(batch, batch_size=32):
            pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = sum(1 for _ in extract_all(docs, pipes))
    full = time.perf_counter() - t0
    print(f"{n} documents, {chars / 1e6:.2f} M chars")
    print(f"bare spaCy nlp.pipe : {chars / bare / 1e3:8.1f} k chars/s")
    print(f"extract stage       : {chars / full / 1e3:8.1f} k chars/s")
    print(f"ratio extract/bare  : {bare / full:.2f}x  (target >= 0.8x)")


if __name__ == "__main__":
    main()
