"""Product groups a text spells out by their members: "des outils de torture (matraques à pointes,
poucettes, entraves pour jambes)", "riot-control equipment (tear-gas grenades, batons and shields)".

A parenthesis that lists two or more goods right after a generic product phrase (a container noun —
outils, équipements, armes, tools, equipment, weapons… — with its complement or modifiers, and at most a
short qualifier such as "interdits par l'UE") says what that phrase covers in this text. The text then
states its facts (promoted, banned, found) about the group as a whole, so the phrase and its members are
one product group: the phrase becomes a Product mention, list items that are not mentions yet become
Product mentions (coordinated items share their siblings' type), and `group_pairs` links them for
`acronyms.cluster`.

Only a parenthesis counts: "such as" / "comme" / "notamment" introduce examples in running text, where
the members often carry facts of their own. Only products: a list of actors is never grouped, and at
least one item must already be a Product mention (so the list is known to name goods).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from enquete.model import Mention

#: Container nouns: words that name a class of goods rather than one product.
HEADS_FR = (r"outils?|instruments?|équipements?|matériels?|armes?|dispositifs?|produits?|biens|articles|"
            r"technologies?|logiciels?|systèmes?|engins?|moyens")
HEADS_EN = (r"tools?|instruments?|equipment|weapons?|devices?|products?|goods|items|technolog(?:y|ies)|"
            r"systems?|gear")
_WORD = r"[a-zà-ÿ][\w\-]*"
#: an adjective right after a French head: any word but a preposition, article or conjunction
_FR_ADJ = rf"(?!(?:de|d'|du|des|à|au|aux|pour|par|en|et|ou|la|le|les|un|une|sur|dans|avec|qui|que)\b){_WORD}"
#: "outils de torture", "équipements de maintien de l'ordre", "armes non létales", "armes à létalité réduite"
_FR = rf"\b(?:{HEADS_FR})(?:\s+(?:non\s+)?{_FR_ADJ})?" \
      rf"(?:\s+(?:de|d'|du|des|à|pour)\s*(?:la\s+|l')?{_WORD}(?:\s+(?:de|d')\s*(?:la\s+|l')?{_WORD})?)?"
#: a modifier before an English head: no determiner, preposition or verb form ("riot-control", "torture")
_EN_MOD = r"(?!(?:the|a|an|of|to|and|or|with|its|their|his|her|by|for|in|on|at|from|that|which|some|all|" \
          r"these|those|such|other|as|is|are|was|were|des|les|la|le|de|du|un|une|et|ou|en)\b)" \
          r"(?![\w\-]*(?:ed|ing)\b)[a-z][\w\-]*"
#: "riot-control equipment", "surveillance tools", "tools of torture"
_EN = rf"\b(?:{_EN_MOD}\s+){{0,2}}(?:{HEADS_EN})(?:\s+(?:of|for)\s+{_EN_MOD})?"
#: a short qualifier between the phrase and the parenthesis ("interdits par l'UE", "banned in Europe")
_QUALIFIER = r"(?:\s+[^\s().,;:!?«»\"“”]+){0,5}?"
GROUP = re.compile(rf"(?P<phrase>{_FR}|{_EN})(?P<qual>{_QUALIFIER})\s*\((?P<list>[^()]{{3,240}})\)", re.I)
_OPEN = re.compile(r"""^\s*["«“]?\s*(?:(?:des|les|de|d'|du|the|some)\s+)?""", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\bet\b|\band\b|\bou\b|\bor\b)\s*(?:(?:des|les|de|d'|du|the|some)\s+)?", re.I)
_ETC = re.compile(r"^(?:etc\.?|…|\.\.\.)$", re.I)
MAX_ITEM_WORDS = 5


@dataclass
class Group:
    """One group in the text: the phrase's span and each listed item's span."""

    phrase: tuple[int, int]
    items: list[tuple[int, int]]


def find(text: str) -> list[Group]:
    """Every "generic product phrase (item, item…)" in the text, with character spans."""
    out = []
    for hit in GROUP.finditer(text):
        items = _items(text, hit.start("list"), hit.end("list"))
        if len(items) >= 2:
            ps, pe = hit.span("phrase")
            if len(hit.group("qual").split()) == 1:  # "armes à létalité réduite (…)": one word still agrees
                pe = hit.end("qual")
            out.append(Group((ps, pe), items))
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the list's items, without determiners, quotes or a trailing "etc."."""
    pos = start + _OPEN.match(text[start:end]).end()
    spans, cursor = [], pos
    for sep in list(_SPLIT.finditer(text, pos, end)) + [None]:
        stop = sep.start() if sep else end
        s, e = _strip(text, cursor, stop)
        if e > s and not _ETC.match(text[s:e]):
            spans.append((s, e))
        cursor = sep.end() if sep else end
    if any(len(text[s:e].split()) > MAX_ITEM_WORDS for s, e in spans):
        return []  # a clause, not a list of goods
    return spans


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \"«“»”'.":
        s += 1
    while e > s and text[e - 1] in " \"«“»”'.":
        e -= 1
    return s, e


def _product_groups(text: str, mentions: list[Mention]) -> list[tuple[Group, list[Mention]]]:
    """Groups whose list names goods (one item at least is a Product mention) and whose phrase is no
    other actor's mention, with the mentions found inside each item."""
    out = []
    for g in find(text):
        ps, pe = g.phrase
        if any(m.start < pe and ps < m.end and m.type != "Product" for m in mentions):
            continue
        inside = [[m for m in mentions if s <= m.start and m.end <= e] for s, e in g.items]
        if any(m.type != "Product" for ms in inside for m in ms):
            continue  # an actor among the items: not a list of goods
        if any(ms for ms in inside):
            out.append((g, [m for ms in inside for m in ms]))
    return out


def group_mentions(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus Product mentions for each group's phrase and for its items not yet mentioned."""
    out = list(mentions)
    for g, _ in _product_groups(text, mentions):
        for s, e in [g.phrase, *g.items]:
            if not any(m.start < e and s < m.end for m in out):
                out.append(Mention(Mention.make_id(doc_id, s, e), doc_id, s, e, text[s:e], "Product",
                                   source="rule"))
    return sorted(out, key=lambda m: m.start)


def group_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(phrase, member) pairs: each group's phrase mention with the mentions inside its list."""
    pairs = []
    for g, members in _product_groups(text, mentions):
        head = next((m for m in mentions if (m.start, m.end) == g.phrase), None)
        if head is not None:
            pairs += [(head, m) for m in members]
    return pairs
