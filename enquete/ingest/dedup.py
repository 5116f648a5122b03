"""Near-duplicate detection: MinHash signatures and a containment index.

A republished story is often shortened, so the score is *containment*: the share of the shorter
text's word shingles that also occur in the other text, estimated from the MinHash Jaccard estimate
and the two set sizes (|A∩B| = J·(|A|+|B|)/(1+J)). The signature carries the set size as its last
element so that it stays a plain JSON list of integers.

Candidates are scored by a vectorised scan over all signatures (numpy), which is exact with respect
to the sketches and fast up to a few hundred thousand documents.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

from enquete import settings
from enquete.ingest.normalise import fold_text

NUM_PERM = 256
SHINGLE = 3
SEED = 1
_WORD = re.compile(r"\w+")
#: Only the first MAX_WORDS words are shingled: a republication is recognised by its opening, and
#: memory stays bounded on huge documents.
MAX_WORDS = 300_000
#: Shingles hashed per MinHash batch (datasketch builds a batch x NUM_PERM matrix).
BATCH = 20_000


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word n-grams of the folded text (a short text gives its whole word sequence as one shingle)."""
    head = fold_text(text[:MAX_WORDS * 20])
    words = [m.group() for _, m in zip(range(MAX_WORDS), _WORD.finditer(head))]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """MinHash signature of `text` (NUM_PERM hash values) followed by the number of shingles."""
    grams = sorted(shingles(text))
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    for start in range(0, len(grams), BATCH):
        mh.update_batch([g.encode("utf-8") for g in grams[start:start + BATCH]])
    return [int(v) for v in mh.hashvalues] + [len(grams)]


def containment(a: list[int], b: list[int]) -> float:
    """Estimated share of the smaller shingle set found in the other one (0..1)."""
    return float(_scores(np.asarray([b], dtype=np.uint64), np.asarray(a, dtype=np.uint64))[0])


def _scores(matrix: np.ndarray, sig: np.ndarray) -> np.ndarray:
    """Containment of `sig` against every row of `matrix` (rows are signatures)."""
    jac = (matrix[:, :NUM_PERM] == sig[:NUM_PERM]).mean(axis=1)
    na = float(sig[NUM_PERM])
    nb = matrix[:, NUM_PERM].astype(np.float64)
    smaller = np.maximum(np.minimum(na, nb), 1.0)
    inter = jac * (na + nb) / (1.0 + jac)
    return np.clip(inter / smaller, 0.0, 1.0)


class NearDuplicateIndex:
    """Earlier documents' signatures; `query` returns the best match at or above the threshold."""

    def __init__(self, threshold: float | None = None) -> None:
        self.threshold = settings.NEAR_DUPLICATE_THRESHOLD if threshold is None else threshold
        self._ids: list[str] = []
        self._rows: list[list[int]] = []
        self._matrix: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, doc_id: str, sig: list[int]) -> None:
        """Remember a document's signature."""
        if len(sig) != NUM_PERM + 1:
            raise ValueError(f"signature of {doc_id} has {len(sig)} values, expected {NUM_PERM + 1}")
        self._ids.append(doc_id)
        self._rows.append(sig)
        self._matrix = None

    def query(self, sig: list[int]) -> tuple[str, float] | None:
        """(doc id, containment score) of the most similar earlier document, or None below threshold."""
        if not self._ids or sig[NUM_PERM] == 0:
            return None
        if self._matrix is None:
            self._matrix = np.asarray(self._rows, dtype=np.uint64)
        scores = _scores(self._matrix, np.asarray(sig, dtype=np.uint64))
        best = int(np.argmax(scores))
        score = round(float(scores[best]), 4)
        return (self._ids[best], score) if score >= self.threshold else None
