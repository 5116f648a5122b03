"""normalise_text: one canonical text, stable offsets (idempotent)."""

from __future__ import annotations

import pytest

from enquete.ingest import fold_text, normalise_text


@pytest.mark.parametrize(("raw", "expected"), [
    ("l\\'enquête", "l'enquête"),
    ('il a dit \\"non\\"', 'il a dit "non"'),
    ("\ufeffTitre", "Titre"),
    ("a  \t b", "a b"),
    ("ligne   \nsuite\t", "ligne\nsuite"),
    ("p1\n\n\n\n\np2", "p1\n\np2"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("x\x00y\x07z\x1b", "xyz"),
    ("prix\u00a0: 10\u202f€", "prix : 10 €"),
    ("cafe\u0301", "café"),
    ("co\u00adop\u200bération", "coopération"),
    ("  \n\n texte \n\n  ", "texte"),
])
def test_normalise_cases(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("raw", [
    "Un \\'test\\'\r\n\r\n\r\n  avec\u00a0espaces\t\tet\x0c contrôles",
    "a\\\\'b", "deux\u2028lignes\u2029ici", "   ", "é" * 3 + "\n \n \n" + "fin",
])
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once


def test_fold_ignores_typography() -> None:
    assert fold_text("L’Élysée « dément »") == fold_text("l'elysee \"dement\"")
