"""Facts from one parsed document: relations, events, claims (DESIGN §2).

Entry point called by the extraction stage; pure (no store, no model loading).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from enquete import model

log = logging.getLogger(__name__)


def extract_facts(
    sdoc: Doc,
    doc: model.Document,
    mentions: list[model.Mention],
    dates: list[model.DateMention],
) -> tuple[list[model.Relation], list[model.Event], list[model.Claim]]:
    """Relations, events and claims found in `sdoc` (whose text aligns with `doc.text`)."""
    return [], [], []
