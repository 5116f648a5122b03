"""ingest: files and URLs -> model.Document (pure: no database).

Public API (see /tmp/iface.md): read_source, iter_sources, normalise_text, signature,
NearDuplicateIndex.
"""

from enquete.ingest.dedup import NearDuplicateIndex, containment, signature
from enquete.ingest.normalise import fold_text, normalise_text
from enquete.ingest.sources import EXTENSIONS, is_url, iter_sources, read_source

__all__ = [
    "EXTENSIONS", "NearDuplicateIndex", "containment", "fold_text", "is_url", "iter_sources",
    "normalise_text", "read_source", "signature",
]
