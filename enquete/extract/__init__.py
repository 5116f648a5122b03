"""Extraction: Document + spaCy pipelines -> Extraction (sentences, mentions, dates, then facts).

    from enquete.extract import load_pipelines, extract
    pipes = load_pipelines()          # once per process
    extraction = extract(doc, pipes)  # pure
"""

from __future__ import annotations

from typing import Any

__all__ = ["load_pipelines", "extract", "Pipelines"]


def __getattr__(name: str) -> Any:  # lazy: importing the package loads neither spaCy nor a model
    if name in ("load_pipelines", "Pipelines"):
        from enquete.extract import nlp
        return getattr(nlp, name)
    if name == "extract":
        from enquete.extract.mentions import extract
        return extract
    raise AttributeError(name)
