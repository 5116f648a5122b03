"""Text normalisation: the one transformation between what a reader extracts and what is stored.

`normalise_text` runs once per document; every offset (mentions, evidence, PDF pages) refers to its
output, which is also what `model.sha256` hashes. It is idempotent: normalising twice changes nothing.
`fold_text` is a lossy view for comparisons (near-duplicates), never stored.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPES = re.compile(r"\\+(['\"])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_USPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ULINE = re.compile(r"[\u2028\u2029\x85]")
_BLANKS = re.compile(r"\n{3,}")
_QUOTE_SPACE = re.compile(r"[ \t]*'[ \t]*")
# Characters removed outright: zero-width marks, soft hyphen, BOM, word joiner.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff"))
_QUOTES = str.maketrans({c: "'" for c in "’‘‚‛′`´«»“”„‟″\""})


def _collapse_spaces(text: str) -> str:
    """Runs of spaces to one (str.replace loops: much faster than a regex on huge texts)."""
    while "  " in text:
        text = text.replace("    ", " ").replace("  ", " ")
    return text


def normalise_text(raw: str) -> str:
    """Canonical form of a document's text.

    NFC; line endings to ``\\n``; scraped backslash escapes ``\\'`` and ``\\"`` unescaped; BOM,
    zero-width and control characters removed; Unicode spaces (no-break, thin…) become plain spaces;
    runs of spaces/tabs collapsed; lines trimmed; at most one blank line between paragraphs; the
    whole text trimmed.
    """
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    if "\\" in text:
        text = _ESCAPES.sub(r"\1", text)
    text = _ULINE.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _USPACE.sub(" ", text)
    text = _collapse_spaces(text.replace("\t", " "))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


def fold_text(text: str) -> str:
    """Typography-blind view for comparisons: casefold, accents dropped, quotes and apostrophes unified."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _QUOTE_SPACE.sub("'", text.translate(_QUOTES))
    return _collapse_spaces(text)
