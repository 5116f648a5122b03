"""Whether a document says that a transfer went ahead without the licence a rule requires.

A licence requirement (or a prohibition that an authority may lift) is not a breach by itself: the flag
stays `possible` until the sources show that no licence was granted (DESIGN §4). This module reads that
showing, sentence by sentence, in the documents that record the transfer:
- the export itself was unlicensed: "exporté sans autorisation", "shipped without a licence", "unlicensed
  exports", "sans avoir obtenu de licence";
- the licensing authority says it granted none: "n'avoir accordé aucune autorisation d'exportation",
  "no export licence was ever granted", "never issued a licence";
- an authority penalised the export: "agreed to pay a penalty for shipping …", "condamnée à une amende
  pour avoir exporté …".

A sentence that states a rule rather than a fact says nothing about this transfer: "bars American firms
from selling without a licence", "may not be supplied without a licence", "ne peut être exporté sans
autorisation", "n'était soumise à aucune licence" (no licence needed: the opposite). Those are ignored.

A sentence counts for a transfer when it is one of the transfer's evidence sentences, or names its
supplier or its item, or (an authority's statement, which names neither: "ce type de logiciel") stands
within two sentences of the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from enquete.analyse.categories import fold, names_in, word_string

_PERMIT = r"(?:licen[cs]es?|authori[sz]ations?|permits?|autorisations?|agrements?)"
_DET = r"(?:(?:a|an|the|any|proper|the required|the necessary|export|an export|une?|l'|d'|de|des|aucune?|la)\s+)*"

#: The export went ahead without a licence.
UNLICENSED = re.compile(
    rf"\b(?:without|sans)\s+(?:(?:avoir\s+)?(?:obtenu|demande|sollicite|requested|obtaining|seeking|having)\s+)?"
    rf"{_DET}{_PERMIT}\b"
    r"|\bunlicen[cs]ed\b|\bnon (?:autorise|licencie)e?s?\b|\billegal(?:ly)? export"
    r"|\bexportations? illegales?\b|\bexportee?s? illegalement\b"
)
#: The licensing authority says it granted none.
NONE_GRANTED = re.compile(
    rf"\b(?:n['’]?|ne\s+)(?:a|avoir|ont|avait|avaient)\s+(?:jamais\s+|pas\s+)?(?:accorde|delivre|octroye|emis)\s+"
    rf"(?:aucune?|d'|de)\s*(?:\w+\s+)?{_PERMIT}"
    rf"|\bno\s+(?:export\s+)?{_PERMIT}\s+(?:\w+\s+){{0,3}}?(?:(?:was|were|had been|has been|have been)\s+)"
    r"(?:ever\s+)?(?:granted|issued|approved|sought|requested|obtained)"
    rf"|\b(?:never|not|did not|had not|has not)\s+(?:granted|issued|approved)\s+(?:a|an|any)\s+(?:export\s+)?{_PERMIT}"
)
#: An authority penalised the export.
PENALISED = re.compile(
    r"\b(?:penalty|penalties|fined?|settlement|settled)\b.{0,160}?\bfor\s+(?:illegally\s+)?"
    r"(?:shipping|exporting|re-?exporting|selling|supplying|delivering)\b"
    r"|\b(?:amende|penalite|sanction(?:nee?s?)?|condamnee?s?)\b.{0,160}?\bpour\s+avoir\s+"
    r"(?:exporte|reexporte|vendu|livre|fourni|expedie)\b"
)
#: The sentence states a rule, not what happened: modal or prohibitive words before the phrase.
RULE_STATEMENT = re.compile(
    r"\b(?:may not|must not|cannot|can not|could not|should not|shall not|may only|must|required?s?"
    r"|requiring|bars?|barred|barring|prohibits?|prohibited|forbids?|forbidden|ban(?:s|ned)?|need(?:s|ed)?"
    r"|ne (?:peu[tv]e?n?t?|pourr\w*|saurai\w*)|doi[tv]\w*|dev(?:ai|r)\w*|interdi\w*|soumise?s?|exige\w*"
    r"|oblig\w*|requi\w*|faut)\b"
)
#: ... or a verdict on such exports after the phrase ("l'exportation sans licence est interdite").
RULE_AFTER = re.compile(
    r"^[^.;,]{0,30}?\b(?:est|sont|serait|seraient|is|are|would be|remains?|reste)\s+(?:\w+\s+)?"
    r"(?:interdite?s?|prohibited|forbidden|illegal|illegale?s?|punishable|passibles?|unlawful|banned)\b"
)
#: A sentence: up to a stop followed by a space or the end ("$2.8 million" stays whole).
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|(?=\n)|$)")


@dataclass(frozen=True)
class Showing:
    """A sentence showing that no licence was granted: its kind and where it is."""

    kind: str  # "unlicensed", "none-granted" or "penalised"
    doc: str
    start: int
    end: int
    quote: str

    def evidence(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote}


def _kind(sentence: str) -> str | None:
    """What the sentence shows, or None (also when it only states a rule)."""
    folded = fold(sentence)
    for kind, rx in (("penalised", PENALISED), ("none-granted", NONE_GRANTED), ("unlicensed", UNLICENSED)):
        hit = rx.search(folded)
        if hit is None:
            continue
        if kind != "penalised" and (RULE_STATEMENT.search(folded[max(0, hit.start() - 80):hit.start()])
                                    or RULE_AFTER.search(folded[hit.end():])):
            continue
        return kind
    return None


def showings(doc_id: str, text: str, evidence: list[dict[str, Any]], names: Iterable[str]) -> list[Showing]:
    """The sentences of one document (`text`) that show a transfer went ahead unlicensed. `evidence` are
    the transfer's evidence spans in this document; `names` its supplier's and item's names."""
    names = [n for n in names if n]
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    own = {i for i, (s, e) in enumerate(sentences) for ev in evidence if s < ev["end"] and ev["start"] < e}
    out = []
    for i, (s, e) in enumerate(sentences):
        kind = _kind(text[s:e])
        if kind is None:
            continue
        near = any(abs(i - j) <= 2 for j in own)
        words = word_string(text[s:e])
        if i in own or any(names_in(words, n) for n in names) or (kind == "none-granted" and near):
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            trail = len(text[s:e]) - len(text[s:e].rstrip())
            out.append(Showing(kind, doc_id, s + lead, e - trail, text[s + lead:e - trail]))
    return out
