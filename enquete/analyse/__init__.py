"""The analyse stage: facts derived from the whole store, recomputed after each ingest or judgement.

- contradictions: claims on one proposition with opposite stances, or a denial against a relation;
- flags: documented transfers screened against embargoes, licence rules and commitments;
- timeline: events, dated relations and dated claims in date order (the CLI's, the API's and the page's).
"""

from __future__ import annotations

from enquete.store import Store


def refresh(store: Store) -> dict[str, int]:
    """Recompute contradictions and screening flags from what is stored; returns their counts."""
    from enquete.analyse.contradictions import refresh_contradictions
    from enquete.analyse.screen import refresh_flags

    return {"contradictions": refresh_contradictions(store), "flags": refresh_flags(store)}
