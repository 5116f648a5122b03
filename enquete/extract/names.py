"""The gazetteer: known names of the trade (packaged YAML under gazetteer/, user files, the store).

An entry is a name with its type, aliases, country and product categories. Entries become EntityRuler
patterns ahead of the statistical NER, and an index from folded alias to entry gives mentions their
country and categories.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from enquete.exc import InvalidData
from enquete.model import ENTITY_TYPES

log = logging.getLogger(__name__)
PACKAGED = ("vendors.yaml", "organisations.yaml", "public_bodies.yaml", "watchdogs.yaml")


@dataclass
class Entry:
    """One known actor, product, event or law."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    categories: list[str] = field(default_factory=list)
    source: str = "gazetteer"
    recurring: bool = False  # an event held again and again (a trade show): its mentions have editions

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases]))


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: the key of the alias index."""
    s = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"\s+", " ", s).strip()


def _entry(raw: object, origin: str) -> Entry:
    if not isinstance(raw, dict) or not raw.get("name") or raw.get("type") not in ENTITY_TYPES:
        types = ", ".join(ENTITY_TYPES)
        raise InvalidData(f"{origin}: each entry needs a name and a type among {types}: {raw!r}")
    recurring = raw.get("recurring", False)
    if not isinstance(recurring, bool) or (recurring and raw["type"] != "Event"):
        raise InvalidData(f"{origin}: 'recurring' is true or false, and true only for an Event: {raw!r}")
    country = raw.get("country")
    return Entry(str(raw["name"]), raw["type"], [str(a) for a in raw.get("aliases") or []],
                 str(country).lower() if country else None, [str(c) for c in raw.get("categories") or []],
                 recurring=recurring)


def parse_yaml(text: str, origin: str) -> list[Entry]:
    """Entries of one gazetteer file (`entities:` list; `countries:` map of ISO code -> names)."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InvalidData(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidData(f"{origin}: expected a mapping with an 'entities' list")
    out = [_entry(raw, origin) for raw in data.get("entities") or []]
    for code, names in (data.get("countries") or {}).items():
        out.append(Entry(names[0], "Country", list(names[1:]), str(code).lower()))
    return out


def read_file(path: str | Path) -> list[Entry]:
    """A user gazetteer file (same format as the packaged ones)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidData(f"{path}: cannot read gazetteer: {exc.strerror}") from exc
    return parse_yaml(text, str(path))


def _packaged(name: str) -> str:
    return resources.files("enquete.extract").joinpath("gazetteer").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Folded capital name -> ISO code of its state (for the metonymy rule); read once (do not mutate)."""
    data = yaml.safe_load(_packaged("countries.yaml"))
    return {fold(c): code for code, names in data["capitals"].items() for c in names}


def countries() -> list[Entry]:
    """Every state: French names from countries.yaml, English names from rigour's territories."""
    by_code = {e.country: e for e in parse_yaml(_packaged("countries.yaml"), "countries.yaml")}
    try:
        from rigour.territories import get_territories
        for t in get_territories():
            if not t.is_country or t.is_historical or len(t.code) != 2:
                continue
            e = by_code.setdefault(t.code, Entry(t.name, "Country", [], t.code))
            e.aliases.extend(n for n in (t.name, t.full_name) if n and n not in e.names)
    except ImportError:  # pragma: no cover - rigour is a dependency
        log.warning("rigour not installed: English country names limited to the packaged list")
    return list(by_code.values())


def load_entries(extra: Iterable[str | Path] = ()) -> list[Entry]:
    """Packaged entries, countries, then the user's files (later entries win on the same alias)."""
    out: list[Entry] = []
    for name in PACKAGED:
        out.extend(parse_yaml(_packaged(name), name))
    out.extend(countries())
    for path in extra:
        out.extend(read_file(path))
    return out


def index(entries: Iterable[Entry]) -> dict[str, Entry]:
    """Folded alias -> entry."""
    return {fold(n): e for e in entries for n in e.names}


def _variants(name: str) -> list[str]:
    out = [name, name.replace("'", "\u2019")]
    if name[:1].islower():
        out.append(name[:1].upper() + name[1:])
    return list(dict.fromkeys(out))


def ruler_patterns(entries: Iterable[Entry]) -> list[dict]:
    """EntityRuler phrase patterns: label = entity type, id = the entry's canonical name."""
    seen: set[tuple[str, str]] = set()
    out = []
    for e in entries:
        for n in e.names:
            for v in _variants(n):
                if (v, e.type) not in seen and len(v) > 1:
                    seen.add((v, e.type))
                    out.append({"label": e.type, "pattern": v, "id": e.name})
    return out
