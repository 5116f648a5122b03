"""Mentions of one actor inside a document: the `cluster` of model.Mention.

Linked only where the text itself says two names are one actor:
- "Long Name (ACR)" and "ACR (Long Name)", where the letters of ACR start words of Long Name;
- "X est l'acronyme de Y", "X, l'acronyme de Y", "X is the acronym of/for Y", "X stands for Y";
- a surname alone, after the full name was introduced earlier in the same document;
- the same name written again (folded case and accents);
- "X est l'acronyme de Y" links X and Y unless the document also names Y elsewhere as an actor of its
  own: the statement is about names, and another company may bear the long name;
- a company's name without its generic tail ("Veltra" for "Veltra Systems");
- a product and the name it is marketed under ("X, marketed under the brand name Y");
- a body and the other name it went by ("X, then called Y", "X, alors appelé Y");
- a long name in lower case before its acronym in parentheses (`defined_names` makes it a mention);
- a generic product phrase and the goods listed in parentheses after it (enumerations.py).
"""

from __future__ import annotations

import re

from enquete.extract.context import COMPANY_TAIL, NATIONALITY
from enquete.extract.enumerations import group_pairs
from enquete.extract.names import fold
from enquete.model import Mention

SAYS_SAME = re.compile(r"^\s*(?:,|est|is|was|était)?\s*(?:l'|the\s+)?"
                       r"(?:acronyme|acronym|sigle|abréviation|abbreviation)"
                       r"\s+(?:de|d'|of|for)\s*$|^\s*(?:stands|standing)\s+for\s*$", re.I)
CLOSE = re.compile(r"\s*(?:(?:" + "|".join(NATIONALITY) + r")\s*)?\)", re.I)
BRAND = re.compile(r"^,?\s*(?:(?:or|ou)\s+[\w\-]+,?\s*)?(?:which\s+is\s+|qui\s+est\s+)?"
                   r"(?:marketed|sold|known|branded|commercialisée?s?|vendue?s?|connue?s?|distribuée?s?)\s+"
                   r"(?:under|as|sous)\s+(?:the\s+|le\s+|la\s+|l'|a\s+)?(?:brand\s+|trade\s+|commercial\s+)?"
                   r"(?:name|nom|marque|appellation)?\s*(?:de\s+|d'|of\s+)?[\"«]?\s*$", re.I)
CALLED = re.compile(r"^\s*,?\s*(?:(?:then|now|formerly|previously|later|also|today)\s+)?"
                    r"(?:called|known\s+as|named|renamed)\s+(?:the\s+)?$"
                    r"|^\s*,?\s*(?:(?:alors|aujourd'hui|désormais|anciennement|ensuite|également|depuis)\s+)?"
                    r"(?:appelée?s?|nommée?s?|rebaptisée?s?|dénommée?s?"
                    r"|connue?s?\s+sous\s+le\s+nom\s+(?:de\s+|d'))"
                    r"\s*(?:l'|le\s+|la\s+|les\s+)?$", re.I)
STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "of", "the", "and", "for", "pour", "en", "sur"}


def initials_fit(acronym: str, long: str) -> bool:
    """True when the acronym's letters are, in order, initials of words (or word parts) of `long`."""
    letters = [c for c in fold(acronym) if c.isalnum()]
    words = [w for w in re.split(r"[\s'’\-]+", fold(long)) if w]
    if len(letters) < 2 or not words:
        return False
    heads = "".join(w[0] for w in words if w not in STOP)
    all_heads = "".join(w[0] for w in words)
    joined = "".join(letters)
    if len(joined) >= 3 and sorted(joined) in (sorted(heads), sorted(_heads_without_nationality(words))):
        return True  # a name translated: "NSA (Agence nationale de sécurité)", "l'Agence israélienne … (DECA)"
    if joined in (heads, all_heads) or _subsequence(joined, fold(long).replace(" ", ""), heads):
        return True
    return _translated(acronym, joined, [w for w in words if w not in STOP])


def _translated(acronym: str, letters: str, content: list[str]) -> bool:
    """An acronym of the name in another language: as many letters as the name has content words, all
    but one of them among its initials ("Centre européen pour les droits constitutionnels et humains
    (ECCHR)"), the odd word not a nationality (that is a letter without its word: "Agence israélienne de
    contrôle des exportations (DECA)"). Only for an acronym in capitals of four letters or more."""
    if len(letters) < 4 or not acronym.isupper() or len(letters) != len(content):
        return False
    rest = list(content)
    missing = 0
    for c in letters:
        word = next((w for w in rest if w[0] == c), None)
        if word is None:
            missing += 1
        else:
            rest.remove(word)
    nationality = {fold(n) for n in NATIONALITY}
    return missing <= 1 and not any(w in nationality for w in rest)


def _heads_without_nationality(words: list[str]) -> str:
    """Initials of the name's words but one nationality adjective, which a translation adds to say whose
    agency it is ("Agence israélienne de contrôle des exportations de défense" for DECA)."""
    nationality = {fold(n) for n in NATIONALITY}
    kept = [w for w in words if w not in STOP and w not in nationality]
    return "".join(w[0] for w in kept) if len(kept) == len([w for w in words if w not in STOP]) - 1 else ""


def _subsequence(letters: str, text: str, heads: str) -> bool:
    """Letters found in order in the name, the first being its first letter (AMESYS in Advanced Middle
    East System)."""
    if not text or letters[0] != text[0] or len(letters) > len(text):
        return False
    it = iter(text)
    return all(c in it for c in letters) and sum(c in heads for c in letters) >= 2


class _Union:
    def __init__(self, items: list[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=self._order)] = min(ra, rb, key=self._order)

    def _order(self, mid: str) -> int:
        return int(mid.rsplit(":", 2)[1])


def paren_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs (name, acronym) written "A (B)" where one is the acronym of the other."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        after = re.match(r"\s*\(\s*", text[m.end:])
        if not after:
            continue
        inner = by_start.get(m.end + after.end())
        if inner and CLOSE.match(text[inner.end:inner.end + 30]):
            short, long = sorted((m, inner), key=lambda x: len(x.text))
            if initials_fit(short.text, long.text):
                out.append((long, short))
    return out


def stated_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs linked by "X est l'acronyme de Y" and its English forms (adjacent mentions only)."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start]
        if len(gap) < 40 and SAYS_SAME.match(gap.replace("\u2019", "'")):
            out.append((b, a))
    return out


def called_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A body and the other name it went by: "the Attorney General's Office, then called the PGO", "l'agence,
    alors appelée l'ANSI" (adjacent mentions, neither a person nor a state)."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start].replace("\u2019", "'")
        if len(gap) < 40 and CALLED.match(gap) and not {a.type, b.type} & {"Person", "Country"}:
            out.append((a, b))
    return out


def brand_pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A product and the name it is sold under: "X, marketed under the brand name Y", "X, commercialisé
    sous le nom de Y" (adjacent mentions, or with an "or ACR" gloss between them)."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start].replace("\u2019", "'")
        if len(gap) < 60 and BRAND.match(gap) and "Product" in (a.type, b.type):
            out.append((a, b))
    return out


def short_name_pairs(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A company named without its generic tail ("Veltra" after "Veltra Systems"), when only one
    company of the document is that word plus tail words ("NSO Group Technologies"). A name with another
    word before its tail is not a short form: "Nokia" is not "Nokia Siemens Networks", a joint venture
    named after its parents. Failing a tail, a two-word name whose second word is never named alone
    ("Nordvik" after "Nordvik Signal")."""
    out = []
    alone = {fold(m.text) for m in mentions}
    for m in mentions:
        if " " in m.text.strip() or m.type not in ("Company", "Organization"):
            continue
        full = [p for p in mentions if p.type == "Company" and COMPANY_TAIL.search(p.text)
                and fold(p.text.split()[0]) == fold(m.text)
                and all(COMPANY_TAIL.search(" " + w) for w in p.text.split()[1:])]
        full += [p for p in mentions if p.type in ("Company", "Organization") and _two_words(p, m, alone)]
        if len({fold(p.text) for p in full}) == 1:
            out.append((full[0], m))
    return out


def _two_words(long: Mention, short: Mention, alone: set[str]) -> bool:
    """Whether `long` is `short` and one more word that the document never names alone ("Nordvik" after
    "Nordvik Signal", "Amnesty" after "Amnesty International"; not "Nokia" beside "Nokia Siemens" where
    Siemens is named too)."""
    words = long.text.split()
    return len(words) == 2 and fold(words[0]) == fold(short.text) and fold(words[1]) not in alone


def surname_pairs(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A one-word person mention and the latest earlier full name ending with that word; before any
    full name (a headline), the full name that comes later when only one full name ends with it."""
    out = []
    for i, m in enumerate(mentions):
        if m.type != "Person" or " " in m.text.strip():
            continue
        full = [p for p in mentions if p.type == "Person" and len(p.text.split()) > 1
                and fold(p.text.split()[-1]) == fold(m.text)]
        earlier = [p for p in full if p.start < m.start]
        if earlier:
            out.append((earlier[-1], m))
        elif full and len({fold(p.text) for p in full}) == 1:
            out.append((full[0], m))
    return out


def defined_names(doc_id: str, text: str, mentions: list[Mention], type_of) -> list[Mention]:
    """Long names written in lower case before their acronym in parentheses ("la direction des
    entreprises et partenariats de sécurité et des armes (Depsa)"): the shortest run of words ending
    right before the parenthesis whose initials spell the acronym becomes a rule mention, typed by
    `type_of(long_name)` or, failing that, as the acronym is (the acronym becomes a mention too when the
    NER missed it and the long name has a type). Mentions inside the run give way to it."""
    out = list(mentions)
    by_span = {(m.start, m.end): m for m in mentions}
    for hit in re.finditer(r"\(([A-Z][A-Za-z]{1,7})\)", text):
        a, b = hit.span(1)
        m = by_span.get((a, b))
        if m is None and any(o.start < b and a < o.end for o in mentions):
            continue
        long = _defined_run(text, a - 1, hit.group(1))
        if long is None or any(o.start < long[0] < o.end for o in mentions):
            continue
        s, e = long
        mtype = type_of(text[s:e]) or (m.type if m is not None and m.type != "Person" else None)
        if mtype is None:
            continue  # neither the name nor the acronym says what kind of actor this is
        out = [o for o in out if not (s <= o.start and o.end <= e)]
        out.append(Mention(Mention.make_id(doc_id, s, e), doc_id, s, e, text[s:e], mtype, source="rule"))
        if m is None:
            out.append(Mention(Mention.make_id(doc_id, a, b), doc_id, a, b, text[a:b], mtype, source="rule"))
    return sorted(out, key=lambda o: o.start)


def unseen_acronyms(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """Acronyms in capitals defined in parentheses right after a name ("Computer Security Initiative
    Consultancy (COSEINC)") that no mention covers yet: mentions of the name's type."""
    covered = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for m in mentions:
        hit = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)", text[m.end:m.end + 16])
        if not hit or m.type in ("Person", "Country") or " " not in m.text:
            continue
        s, e = m.end + hit.start(1), m.end + hit.end(1)
        if initials_fit(hit.group(1), m.text) and not any(a < e and s < b for a, b in covered):
            out.append(Mention(Mention.make_id(doc_id, s, e), doc_id, s, e, text[s:e], m.type, source="rule"))
    return sorted(out, key=lambda o: o.start)


def _defined_run(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """(start, end) of the words before `paren` whose initials spell `acronym`, if any."""
    letters = "".join(c for c in fold(acronym) if c.isalnum())
    line_start = max(text.rfind("\n", 0, paren), text.rfind(". ", 0, paren), paren - 200) + 1
    words = list(re.finditer(r"[^\s'’(),;:\"]+", text[line_start:paren]))
    end = line_start + words[-1].end() if words else paren
    heads = ""
    for w in reversed(words):
        word = fold(w.group())
        if word not in STOP:
            heads = word[0] + heads
        if len(heads) > len(letters):
            return None
        if heads == letters and word not in STOP:
            return line_start + w.start(), end
    return None


def cluster(text: str, mentions: list[Mention]) -> None:
    """Sets `cluster` on every mention (the id of the first mention of its group)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    uf = _Union([m.id for m in ordered])
    stated = [(long, short) for long, short in stated_pairs(text, ordered)
              if not any(fold(o.text) == fold(long.text) and o.id != long.id for o in ordered)]
    first: dict[tuple[str, str], Mention] = {}
    for m in ordered:
        key = (fold(m.text), m.type)
        if key in first:
            uf.union(first[key].id, m.id)
        else:
            first[key] = m
    pairs = paren_pairs(text, ordered) + stated + brand_pairs(text, ordered) + group_pairs(text, ordered)
    pairs += called_pairs(text, ordered)
    for a, b in pairs + surname_pairs(ordered) + short_name_pairs(ordered):
        uf.union(a.id, b.id)
    for m in ordered:
        m.cluster = uf.find(m.id)
