"""Relations read from whole phrasings with two slots (lexicon/phrasings.yaml): "{S} ... filed a complaint
... against {O}", "{O}, now called {S}", "{O}'s subsidiary {S}".

Why: a trigger word and the nearest names (relations.py, arguments.py) miss what reporters write around
a trigger ("saisi la justice contre", "took X to court", "searched the offices of X", "X became Y"). Here
each name of the sentence is masked as one token, so that a phrasing is a pattern over words and names:
a slot takes a name and those coordinated with it ("X, Y et Z", "X et de Y"); {O+} / {S+} also take a
name behind a head ("les dirigeants de X", "officers of the X"); {O*} / {S*} a name behind a few words
that describe it ("the German group X and the Finnish group Y", "le groupe suédois X"). A phrasing may
narrow the types its predicate allows (`{re: ..., subject: [...], object: [...]}`): "X acquired Y" says
Y is a subsidiary only between companies, "X fined Y" says X investigated only of a public body; and
the words a name must hold (`object_name: ...`): "X joined Y" says Y owns X only where Y is named a group
or an alliance ("the Northline Alliance"). {G} stands for a word of goods of the predicate (relations.yaml
`goods` and `use_goods`: "handed over the {G} to {O}" reads "handed over the servers to", not "handed over
the documents to"). A phrasing denied or only thought of ("n'a pas porté plainte", "could file",
"envisage de") gives nothing (the `hedges` of its predicate), nor one in a question ("Did X sell Y to Z?").
A phrasing is tried only on a sentence that holds the words every match of it holds, read from its
pattern (`needed`): the regexes over each sentence were the stage's largest cost of its own.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # the parsed pattern, for `needed`
import re._parser  # type: ignore[import-not-found]
from dataclasses import dataclass
from functools import lru_cache

from enquete import model
from enquete.extract.relations import Sent, evidence, lexicon, nearest_date

MARK = "§"
DET = r"(?:(?:la |le |les |l'|the |a |an )?)"
HEAD = (r"(?:(?:la |le |les |l'|the |ses |its |their |leurs )?[\w-]+ "
        r"(?:de la |de l'|du |des |de |d'|of the |of |from the |at ))")
NAME = rf"{MARK}\d+{MARK}"
SEP = (r"(?:\s*,\s*(?:(?:et|and|ainsi que|as well as) )?|\s+(?:et|and|ainsi que|as well as|&)\s+)"
       r"(?:de |d'|of |au |aux |en |in |à |to |against |contre )?")  # "against A and against B"
# "the German group X": up to four words before a name, none that opens a clause or links to another name
# ("X, which merged it with Y": Y is not described)
LINKS = (r"which|who|whom|whose|that|qui|que|qu'|dont|with|avec|and|et|or|ou|to|à|au|aux|from|by|par|in|en"
         r"|of|de|d'|du|des"
         r"|dans|for|pour|it|il|elle|has|had|have|is|was|were|are|est|sont|ont|avait|a"
         r"|as|formerly|previously|anciennement|autrefois|comme")  # "Y, the group formerly known as Z"
DESCRIBED = rf"(?:(?:the |a |an |le |la |les |l'|un |une )?(?:(?!(?:{LINKS}) )[\w'-]+ ){{0,4}}?)"
ACRONYM = rf"(?:\s*\((?:{NAME}|[^()§]{{1,20}})\))?"  # "la Ligue (LDH) et la FIDH"
# "X and its former chief executive P", "X and its parent company, Y": a name behind a possessive and a role
OWNED = r"(?:(?:its|their|his|her|son|sa|ses|leur|leurs) (?:[\w-]+ ){0,2}?[\w-]+,? )"
# "…" between a slot and the words after it: no other name but in an apposition ("X, which Y advises,"),
# no new sentence
GAP = r"(?:,[^,.;?!]{0,80},)?(?:[^.;?!§]|\.(?=\w)){0,40}?"  # "netzpolitik.org": a dot inside a word
QUESTION = re.compile(r"\?[\s»\"')]*$")  # a sentence that ends on "?" (and a closing quote)
NEGATION = re.compile(r"(?<!\w)(?:ne|n'|not|never|no longer|pas|jamais|aucune?|no|nor|ni)(?!\w)")


def slot(name: str, head: str) -> str:
    """A slot: a name, with those coordinated with it; each may stand behind a head ("+": "les
    dirigeants de X") or a few describing words ("*": "the German group X")."""
    before = {"+": rf"(?:{HEAD}|{OWNED})?", "*": DESCRIBED}.get(head, "")
    one = rf"{DET}{before}{NAME}{ACRONYM}"
    return rf"(?P<{name}>{one}(?:{SEP}{one})*)"


@dataclass(frozen=True)
class Phrasing:
    """One compiled phrasing, with the types it allows (None: those of its predicate)."""

    rx: re.Pattern
    subject: tuple[str, ...] | None = None
    object: tuple[str, ...] | None = None
    subject_name: re.Pattern | None = None
    object_name: re.Pattern | None = None
    needs: tuple[tuple[str, ...], ...] = ()  # words every match holds (one of each tuple): see `needed`
    negative: bool = False  # the phrasing says "no"/"not" itself ("no further licences for {O}")

    def may_match(self, low: str) -> bool:
        """Whether the masked sentence holds the words every match of the phrasing holds (else, no match)."""
        for words in self.needs:  # loops, not all(any(...)): this runs for each phrasing and sentence
            for word in words:
                if word in low:
                    break
            else:
                return False
        return True


@lru_cache(maxsize=None)
def compiled(predicate: str, lang: str) -> list[Phrasing]:
    """The phrasings of `predicate` in `lang`, with their slots and gaps made patterns."""
    out = []
    for ph in (lexicon("phrasings")[predicate].get(lang) or []):
        spec = ph if isinstance(ph, dict) else {"re": ph}
        body = spec["re"].replace("…", GAP).replace("{G}", _goods(predicate, lang))
        for key, name, head in (("{S+}", "s", "+"), ("{O+}", "o", "+"), ("{S*}", "s", "*"),
                                ("{O*}", "o", "*"), ("{S}", "s", ""), ("{O}", "o", "")):
            body = body.replace(key, slot(name, head))
        rx = re.compile(rf"(?<![\w§]){body}")
        out.append(Phrasing(rx, _types(spec, "subject"), _types(spec, "object"),
                            _ending(spec, "subject_name"), _ending(spec, "object_name"), needed(rx.pattern),
                            bool(spec.get("negative"))))
    return out


def _goods(predicate: str, lang: str) -> str:
    """The words of goods of `predicate` in `lang` as one group, a plural allowed ("drone" or "drones")."""
    spec = lexicon("relations").get(predicate) or {}
    words = {w.lower() for key in ("goods", "use_goods") for w in (spec.get(key) or {}).get(lang) or []}
    return rf"(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})s?(?!\w)" if words else r"(?!)"


def _types(spec: dict, key: str) -> tuple[str, ...] | None:
    return tuple(spec[key]) if spec.get(key) else None


def _ending(spec: dict, key: str) -> re.Pattern | None:
    return re.compile(rf"(?<!\w)(?:{spec[key]})$", re.I) if spec.get(key) else None


MIN_NEED = 3  # shorter words ("de ", "of") are in most sentences: testing them saves nothing


def needed(pattern: str) -> tuple[tuple[str, ...], ...]:
    """The words any match of `pattern` holds, read from the pattern itself: each a tuple of which one at
    least is there ("(?:sued|is suing) " -> ("sued", "is suing")); an optional part ("plaintes?
    (?:pénales? )?contre") gives none. So that a sentence lacking them is not tried (the regex over a
    whole sentence is the cost). Case-blind parts give nothing (the sentence is tried as before)."""
    parsed = re._parser.parse(pattern)
    if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
        return ()
    found = dict.fromkeys(w for w in _words(list(parsed)) if _shortest(w) >= MIN_NEED)
    return tuple(sorted(found, key=lambda w: (len(w), -_shortest(w))))  # the likeliest to fail first


def _shortest(words: tuple[str, ...]) -> int:
    return min(map(len, words))


def _words(items: list) -> list[tuple[str, ...]]:
    """The words a sequence of parsed regex items holds in any match: its runs of literal characters,
    those of the groups it must go through, and for a choice one word of each branch (where each has one)."""
    out: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append((run,))
            run = ""
        if op is sre.SUBPATTERN and not av[1] & sre.SRE_FLAG_IGNORECASE:
            out += _words(list(av[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _words(list(av[2]))
        elif op is sre.BRANCH:
            best = [max(_words(list(b)), key=_shortest, default=()) for b in av[1]]
            if all(best):
                out.append(tuple(dict.fromkeys(w for words in best for w in words)))
    return out + [(run,)] if run else out


def masked(sent: Sent, text: str) -> tuple[str, list[model.Mention]]:
    """The sentence in lower case, each mention replaced by §i§ (i its index), apostrophes made plain."""
    parts, at = [], sent.start
    for i, m in enumerate(sent.mentions):
        if m.start < at:
            continue  # a name inside another: the outer one stands for both
        parts += [text[at:m.start].lower(), f"{MARK}{i}{MARK}"]
        at = m.end
    parts.append(text[at:sent.end].lower())
    flat = "".join(parts).replace("’", "'")
    return re.sub(r"[ \t\xa0]+", " ", flat), sent.mentions


def names(group: str, mentions: list[model.Mention], types: list[str]) -> list[model.Mention]:
    """The mentions a slot matched, those of `types` ("*": all)."""
    found = [mentions[int(i)] for i in re.findall(rf"{MARK}(\d+){MARK}", group)]
    return [m for m in found if "*" in types or m.type in types]


def _verb_at(text: str, first: list[model.Mention]) -> int:
    """Where the words after the first slot begin: the verb whose clause holds the relation's date."""
    at = first[-1].end
    while at < len(text) and not text[at].isalpha():
        at += 1
    return at


def hedged(predicate: str, lang: str, before: str, negation: bool = True) -> bool:
    """Whether the words up to the second slot of a phrasing (and a few before it) deny it or only think
    of it: "n'a pas porté plainte contre", "could file a complaint against", "if X files"; a phrasing
    that holds its own "no" (`negation` False: "no further licences for") is hedged by the hedges alone."""
    rx = _hedges(predicate, lang)
    return (negation and NEGATION.search(before) is not None) or (rx is not None and rx.search(before) is not None)


@lru_cache(maxsize=None)
def _hedges(predicate: str, lang: str) -> re.Pattern | None:
    """The hedges of `predicate` in `lang` as one pattern of whole words, compiled once (None: none)."""
    hedges = (lexicon("phrasings").get("hedges") or {}).get(predicate, {}).get(lang) or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, hedges))})(?!\w)") if hedges else None


def phrasing_relations(sent: Sent, doc: model.Document, lang: str) -> list[model.Relation]:
    """The relations the phrasings of lexicon/phrasings.yaml give in one sentence."""
    low, ms = masked(sent, doc.text)
    out: list[model.Relation] = []
    if low.count(MARK) < 4 or QUESTION.search(low):
        return out  # every phrasing has two slots, each a name; a question asserts nothing
    for predicate in lexicon("phrasings"):
        if predicate == "hedges":
            continue
        for ph in compiled(predicate, lang):
            if not ph.may_match(low):
                continue
            for hit in ph.rx.finditer(low):
                first, second = sorted((hit.start("s"), hit.start("o")))
                if not hedged(predicate, lang, low[max(0, first - 30):second], not ph.negative):
                    out += _relations(hit, first, ms, sent, doc, predicate, ph)
    return out


def _relations(hit: re.Match, first: int, ms: list[model.Mention], sent: Sent, doc: model.Document,
               predicate: str, ph: Phrasing) -> list[model.Relation]:
    """One relation per subject and object a phrasing matched, of the types it allows."""
    spec = lexicon("relations")[predicate]
    subs = [m for m in names(hit.group("s"), ms, list(ph.subject or spec["subject"]))
            if m is not _possessor(hit, "s", ms) and _named(ph.subject_name, m)]
    otypes = list(ph.object or spec["object"])
    owner = _possessor(hit, "o", ms) if otypes != ["Country"] else None  # a place: "Ethiopia's agency"
    apposed = _apposed_to_person(hit.group("o"), ms)
    objs = [m for m in names(hit.group("o"), ms, otypes)
            if m is not owner and m not in apposed and _named(ph.object_name, m)]
    objs += [m for m in [_possessed(hit, owner, ms)]  # "from Kenya's Interior Ministry": the ministry
             if m is not None and m.type in otypes and _named(ph.object_name, m)]
    verb = _verb_at(doc.text, names(hit.group("s" if first == hit.start("s") else "o"), ms, ["*"]))
    return [_relation(sent, doc, predicate, s, o, verb) for s in subs for o in objs if s.id != o.id]


APPOSED = re.compile(rf"{MARK}(\d+){MARK},? (?:the |le |la |l'|son |sa |his |her )(?:[\w-]+ ){{1,2}}?"
                     rf"(?:of the |of |de la |de l'|du |des |de |d'|at the |at ){MARK}(\d+){MARK}")


def _apposed_to_person(group: str, ms: list[model.Mention]) -> list[model.Mention]:
    """The names of a slot that only describe the person before them ("against Ronald Deibert, the director
    of the Citizen Lab": Deibert is the one sued, not the lab)."""
    return [ms[int(b)] for a, b in APPOSED.findall(group) if ms[int(a)].type == "Person"]


def _named(words: re.Pattern | None, m: model.Mention) -> bool:
    """Whether a name ends on the words a phrasing asks of it ("the Northline Alliance"; None: any name)."""
    return words is None or words.search(m.text) is not None


def _possessor(hit: re.Match, slot: str, ms: list[model.Mention]) -> model.Mention | None:
    """The last name of a slot that ends the phrasing on a possessive: in "charged Helix's director" the
    director is charged, not Helix (a state that is only a place stays: "traced to Ethiopia's agency")."""
    if hit.end(slot) != hit.end() or not hit.string.startswith("'s", hit.end()):
        return None
    return ms[int(re.findall(rf"{MARK}(\d+){MARK}", hit.group(slot))[-1])]


def _possessed(hit: re.Match, owner: model.Mention | None, ms: list[model.Mention]) -> model.Mention | None:
    """The name right after the possessor that ends a phrasing: "a contract from Kenya's Interior Ministry"
    names the ministry (None: no possessor, or no name right after it: "charged Helix's director")."""
    after = re.match(rf"'s (?:the )?{MARK}(\d+){MARK}", hit.string[hit.end():]) if owner is not None else None
    return ms[int(after.group(1))] if after else None


def _relation(sent: Sent, doc: model.Document, predicate: str, s: model.Mention, o: model.Mention,
              verb: int) -> model.Relation:
    date = nearest_date(sent, verb)
    return model.Relation(
        subject=s.id, predicate=predicate, object=o.id, confidence=0.7,
        evidence=evidence(doc, sent, min(s.start, o.start), max(s.end, o.end)),
        date=date.value if date else None, precision=date.precision if date else None,
        extractor=f"phrasing:{predicate}-v1")
