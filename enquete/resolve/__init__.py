"""Resolution: mentions -> canonical entities across documents, languages and renamings.

Public API: resolve, merge, split, reject, no_merge, candidates, find_entity, dossier. A renaming,
takeover or spin-off is a `successor_of` relation between two entities, never a merge.
"""

from __future__ import annotations

from enquete.resolve.dossier import dossier, find_entity
from enquete.resolve.judgements import merge, no_merge, reject, split
from enquete.resolve.resolver import resolve
from enquete.resolve.review import Candidate, candidates

__all__ = ["Candidate", "candidates", "dossier", "find_entity", "merge", "no_merge", "reject", "resolve",
           "split"]
