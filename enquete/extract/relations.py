"""Relations between mentions from trigger lexicons (lexicon/relations.yaml) and the dependency parse.

A trigger is a lemma (verb or noun) or a phrase of the lexicon. Its subject is, in order: the agent of a
passive ("vendu par X", "developed by X"), the grammatical subject (nsubj of the trigger or of the verb
it depends on), the nearest allowed mention before it in the sentence. Its object is the nearest allowed
mention after an object marker ("à", "to", "contre", ...) or after the trigger. Coordinated mentions
("la FIDH et la LDH") each get a relation. Argument types must fit the predicate.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from enquete import model
from enquete.extract.anaphora import object_antecedent, pronoun_antecedent, pronoun_subject
from enquete.extract.clauses import same_clause, token_at
from enquete.extract.nlp import text_of

log = logging.getLogger(__name__)
LEXICON = Path(__file__).with_name("lexicon")
PASSIVE_DEPS = {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "obl:agent", "agent"}
SUBJ_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
# a comma or a conjunction (the Oxford comma too), with the preposition repeated before the next name ("au
# Maroc, en Tunisie et au Liban", "in Libya and in Syria") and its article
COORD = re.compile(r"^\s*(?:,|,?\s*(?:et|and|ou|or|&|ainsi que|as well as)(?!\w))\s*"
                   r"(?:(?:à|au|aux|en|dans|in|to|de|du|des)\s+|d['’]\s*)?(?:l['’]|le |la |les |the )?\s*$", re.I)
PAREN = re.compile(r"\s*\([^()]*\)")
# what may stand between two items of a list besides the conjunction: the name of the owner of the next
# ("and Greece's"), a word for a group with its nationality ("the Austrian group", "l'ONG autrichienne")
POSSESSOR = re.compile(r"(?<=\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s*$")
DESCRIBED = re.compile(r"(?<=[\s'’])(?:[A-Z][\w-]+\s+)?(?:group|NGO|association|organi[sz]ation|collective"
                       r"|charity|ONG|groupe|collectif)(?:\s+[a-zà-ÿ-]+)?\s*$")
CONJ = re.compile(r"(?<!\w)(?:et|and|ou|or|ainsi que|as well as)(?!\w)|&", re.I)
MAX_QUOTE = 300
AGENT_WORDS = 8  # "entendus par la justice française": the agent follows the passive closely
WINDOW = 15  # words between a trigger and an argument found by proximity alone
EVENT_SENTS = 3  # an event named this many sentences back is still the scene of "au stand de X"


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict:
    """A lexicon of lexicon/<name>.yaml, loaded once."""
    with open(LEXICON / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass
class Sent:
    """One sentence with the mentions and dates that lie inside it."""

    span: Span
    mentions: list[model.Mention] = field(default_factory=list)
    dates: list[model.DateMention] = field(default_factory=list)
    in_view: model.Mention | None = None  # what the sentences before are about (anaphora.in_view)

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char


def sentences(sdoc: Doc, mentions: list[model.Mention], dates: list[model.DateMention]) -> list[Sent]:
    """Sentences of `sdoc` with their mentions and dates, in text order."""
    out = [Sent(part) for s in sdoc.sents for part in _lines(s)]
    for items, attr in ((sorted(mentions, key=lambda m: m.start), "mentions"),
                        (sorted(dates, key=lambda d: d.start), "dates")):
        i = 0
        for it in items:
            while i + 1 < len(out) and out[i + 1].start <= it.start:
                i += 1
            if out and out[i].start <= it.start < out[i].end and it.end <= out[i].end:
                getattr(out[i], attr).append(it)
    return out


def mended(sents: list[Sent], text: str, mentions: list[model.Mention]) -> list[Sent]:
    """The sentences, those the tagger cut where no sentence ends ("Amesys, devenue Nexa | Technologies,
    était") joined again, with the mentions that lie inside them (a name cut in two included): a relation
    or a phrasing runs across such a cut."""
    out: list[Sent] = []
    for s in sents:
        prev = out[-1] if out else None
        if prev is not None and s.span.start == prev.span.end and not re.search(
                r"[.!?:»\"\n]\s*$", text[prev.start:s.start]):
            out[-1] = Sent(s.span.doc[prev.span.start:s.span.end], [], prev.dates + s.dates)
        else:
            out.append(Sent(s.span, [], s.dates))
    ordered = sorted(mentions, key=lambda m: m.start)
    for s in out:
        s.mentions = [m for m in ordered if s.start <= m.start and m.end <= s.end]
    return out


def _lines(span: Span) -> list[Span]:
    """A sentence cut at line breaks (titles, bylines and paragraphs never run into each other)."""
    parts, first = [], span.start
    for tok in span:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            if tok.i + 1 > first:
                parts.append(span.doc[first:tok.i + 1])
            first = tok.i + 1
    if first < span.end:
        parts.append(span.doc[first:span.end])
    return [p for p in parts if p.text.strip()]


def lang_of(doc: model.Document) -> str:
    return "en" if doc.language == "en" else "fr"


def evidence(doc: model.Document, sent: Sent, lo: int, hi: int) -> model.Evidence:
    """The sentence, or a window of at most MAX_QUOTE chars around [lo, hi) snapped to word edges."""
    s, e = sent.start, sent.end
    while e > s and doc.text[e - 1].isspace():
        e -= 1
    if e - s <= MAX_QUOTE:
        return model.Evidence.of(doc, s, e)
    lo, hi = max(s, min(lo, hi)), min(e, max(lo, hi))
    pad = max(0, (MAX_QUOTE - (hi - lo)) // 2)
    a, b = max(s, lo - pad), min(e, hi + pad)
    while a > s and not doc.text[a - 1].isspace() and a > lo - pad - 20:
        a -= 1
    while b < e and not doc.text[b].isspace() and b < hi + pad + 20:
        b += 1
    a = max(a, b - MAX_QUOTE - 40) if b - a > MAX_QUOTE + 40 else a
    while a < b and doc.text[a].isspace():
        a += 1
    return model.Evidence.of(doc, a, b)


def nearest_date(sent: Sent, pos: int, published: str | None = None) -> model.DateMention | None:
    """The date of the clause holding char position `pos` (a trigger, a name) closest to it: a date
    governed by another verb of the sentence tells when another fact happened."""
    anchor = token_at(sent.span.doc, pos, pos + 1) if sent.dates else None
    own = [d for d in sent.dates if anchor is None or same_clause(sent.span.doc, anchor, d.start, d.end)]
    return min(own, key=lambda d: abs(d.start - pos)) if own else None


def words(text: str) -> int:
    return len(text.split())


def coordinated(sent: Sent, m: model.Mention, types: list[str], text: str) -> list[model.Mention]:
    """`m` and the mentions of allowed types coordinated with it ("X et Y", "X, Y and Z")."""
    out = [m]
    idx = sent.mentions.index(m)
    for step in (1, -1):
        cur, j = m, idx + step
        while 0 <= j < len(sent.mentions):
            nxt = sent.mentions[j]
            if nxt.type not in types and _possessor(text, nxt):
                j += step  # "A, Italy's B and C": the state that owns the name is no item of the list
                continue
            if nxt.type not in types:
                break
            gap = text[cur.end:nxt.start] if step == 1 else text[nxt.end:cur.start]
            gap = POSSESSOR.sub("", DESCRIBED.sub("", gap))
            if _in_parentheses(text, nxt):
                j += step  # "la Ligue (LDH) et la FIDH": the acronym belongs to the name before it
                continue
            if not COORD.match(PAREN.sub("", gap).lstrip(" )")):
                break
            out.append(nxt)
            cur, j = nxt, j + step
    out.sort(key=lambda x: x.start)
    if len(out) > 1 and not CONJ.search(text[out[0].end:out[-1].start]):
        return [m]  # "Egypt, Erik Sand": a comma alone is no coordination
    return out


def _possessor(text: str, m: model.Mention) -> bool:
    """Whether `m` owns the name right after it ("Italy's Hermes Center")."""
    return re.match(r"['’]s\s", text[m.end:m.end + 3]) is not None


def _in_parentheses(text: str, m: model.Mention) -> bool:
    """Whether `m` stands alone in parentheses ("(FIDH)")."""
    opens = text[max(0, m.start - 3):m.start].rstrip().endswith("(")
    return opens and text[m.end:m.end + 3].lstrip()[:1] == ")"


def mention_at(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention]:
    """The mention of `types` the token lies in (a name the parse may have cut in two), as a list of at most
    one."""
    return [m for m in sent.mentions if m.start <= tok.idx < m.end and m.type in types][:1]


def subtree_mentions(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention]:
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return [m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in types]


def is_passive(tok: Token) -> bool:
    if any(c.dep_.lower() in PASSIVE_DEPS for c in tok.children):
        return True
    return tok.dep_ in ("acl", "amod") and "Part" in tok.morph.get("VerbForm", []) and tok.tag_ != "VBG" \
        and "Pres" not in tok.morph.get("Tense", [])  # "visant", "ciblant" are active


# verbs whose object does what the clause under them says: "accuse X of selling", "soupçonne X d'avoir livré"
OBJECT_CONTROL = {"accuser", "soupçonner", "suspecter", "reprocher", "inculper", "accuse", "suspect", "charge",
                  "blame", "indict"}
ONE_ACCUSED = {"it", "l'", "l’", "le", "la"}  # an object pronoun for one actor, never for a group


def controlled(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention] | None:
    """The actor of a sale or act under a verb of accusation: the accused, that verb's object ("Amnesty
    accuses Helix of selling": Helix, not Amnesty); [] where the accused is not named ("les accusent");
    None where `tok` hangs from no such verb."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ not in ("xcomp", "advcl", "acl"):
        return None
    if head.i == tok.i or head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    # the accused: the verb's object ("accuse X of", "accusent X d'avoir", which the parser may read as
    # a second complement), or the subject of its passive ("X is suspected of having sold", "X est
    # soupçonnée d'avoir vendu")
    deps = ("obj", "dobj", "iobj", "nsubjpass", "nsubj:pass", "xcomp")
    for c in head.children:
        if c.i != tok.i and (c.dep_ in deps or (c.dep_ == "obl:arg" and head.lemma_.lower() == "reprocher")):
            found = subtree_mentions(c, sent, types)
            if found:
                return coordinated(sent, found[0], types, text_of(sent.span.doc))
            if c.pos_ == "PRON" and c.lower_ in ONE_ACCUSED:  # "Le parquet l'accuse d'avoir exporté": the
                ante = object_antecedent(c, sent.in_view, types)  # actor in view ("les accusent": no one)
                return [ante] if ante is not None else []
    if head.dep_ in ("acl", "amod") and head.head.i != head.i:  # "Vektor, soupçonnée d'avoir livré"
        return mention_at(head.head, sent, types)
    return []


RELATIVE_DEPS = ("relcl", "acl:relcl")


def relative_antecedent(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention]:
    """The name a relative clause hangs from, where its subject is the relative pronoun ("Helix, which
    counts Libya among its clients", "Nordsec, qui compte la Libye parmi ses clients"): that name."""
    if tok.dep_ not in RELATIVE_DEPS or not any(
            c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and (
                "Rel" in c.morph.get("PronType", []) or c.tag_ in ("WDT", "WP") or c.lower_ == "that")
            for c in tok.children):
        return []
    return mention_at(tok.head, sent, types)


def dep_subject(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention]:
    """Mentions in the grammatical subject of `tok` (or of the verb it hangs from); none where the subject
    is a name that is no mention ("Orma FZ, a unit of Helix, sold": not Helix, named inside it)."""
    accused = controlled(tok, sent, types)
    if accused is not None:
        return accused
    # "La police a, quant à elle, utilisé": the aside cuts the auxiliary from its participle, and the
    # parser hangs the subject from the auxiliary (the participle's head or its child)
    auxes = [c for c in tok.children if c.pos_ == "AUX" and c.i < tok.i]
    for cand in (tok, tok.head if tok.dep_ in ("obj", "dobj", "xcomp", "conj", "ccomp")
                 or tok.head.pos_ == "AUX" and tok.head.i < tok.i else None, *auxes):
        if cand is None:
            continue
        for c in cand.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.pos_ == "PROPN" and not any(m.start <= c.idx < m.end for m in sent.mentions):
                    return []
                text = text_of(sent.span.doc)
                held = next((m for m in sent.mentions if m.start <= c.idx < m.end), None)
                head = _aside_head(held, cand, sent, types, text) if held is not None else None
                if head is not None:  # "O, dont le PDG est P, a vendu": O, which the parse left out
                    return coordinated(sent, head, types, text)
                found = subtree_mentions(c, sent, types)
                if not found and cand is tok and tok.dep_ == "ccomp" and c.pos_ == "NOUN":
                    return []  # "records show that the police bought": a clause's own subject, no one named;
                    # not the subject of the verb that reports it (a pronoun may be: "X said it sold")
                if found:  # "Amesys, filiale du groupe Bull,": the head and what is coordinated with it
                    return coordinated(sent, found[0], types, text)
    rel = relative_antecedent(tok, sent, types)  # "Helix, which counts Libya among its clients,"
    if rel:
        return rel
    pron = pronoun_subject(tok)  # "In 2012 it sold": the actor in view, or no one
    ante = pronoun_antecedent(pron, sent.span, sent.mentions, sent.in_view, types) if pron is not None else None
    return [ante] if ante is not None else []


ASIDE = re.compile(r",\s*(?:dont|whose)\b[^,;]*$", re.I)


def _aside_head(m: model.Mention, verb: Token, sent: Sent, types: list[str], text: str) -> model.Mention | None:
    """The name before an aside "O, dont le PDG est P," / "O, whose founder is P," that holds `m`, where the
    parse took `m` for the subject of `verb` after the aside; None where `m` is in no such aside, where a
    name stands between the aside and the verb ("Selon O, dont le PDG est P, Y a vendu"), or where O only
    says where the text read it."""
    hit = ASIDE.search(text, sent.start, m.start)
    close = text.find(",", m.end, verb.idx)
    if hit is None or close < 0 or any(close < x.start < verb.idx for x in sent.mentions):
        return None
    head = before(sent, hit.start(), types, set(), text)
    return None if head is None or SOURCE.search(text, sent.start, head.start) else head


def actor(tok: Token, sent: Sent, types: list[str]) -> list[model.Mention] | None:
    """The subject of `tok`, or of the verb its gerund, infinitive or clause hangs from ("Helix agreed to
    pay a fine for shipping"), or of the verb it is coordinated with ("a accepté de plaider coupable et de
    payer une amende pour avoir expédié"): its mentions of `types`; [] where it is written but not named
    (a noun with no such mention in it, a name that is no mention: "a Dubai distributor agreed to pay a fine
    to the Ministry for shipping", "Orma FZ, a unit of Helix, sold"); None where no subject stands (or a
    pronoun). Where it is [], the nearest name before the verb is not its subject."""
    cur = tok
    for _ in range(5):
        accused = controlled(cur, sent, types)
        if accused is not None:
            return accused
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "csubj")]
        if subj:
            s = subj[0]
            if s.pos_ == "PROPN" and not any(m.start <= s.idx < m.end for m in sent.mentions):
                return []
            if s.pos_ not in ("NOUN", "PROPN"):
                return None
            found = subtree_mentions(s, sent, types) or mention_at(s, sent, types)  # a name cut by the parse
            return coordinated(sent, found[0], types, text_of(sent.span.doc)) if found else []
        if cur.head.i == cur.i or cur.dep_ not in ("pcomp", "prep", "advcl", "xcomp", "mark") and not (
                cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX")):  # "to plead guilty and to pay"
            return None
        cur = cur.head
    return None


# "among the clients", "parmi les plus gros clients", "among Helix's clients": the words before a bare
# noun of clients (arguments and supply read it alike)
AMONG = re.compile(r"(?:among|parmi|one of|l'un des|l'une des|l’un des|l’une des)\s+"
                   r"(?:the |les |ses |its |their |leurs )?"
                   r"(?:[\w'’-]+\s+){0,3}?$", re.I)
NOT_MARKER = re.compile(r"(?<!\w)(?:according|due|owing|thanks|close|closer|near|next|prior|compared|related"
                        r"|linked|tied|connected|grâce|quant|face|proches?|liée?s?|jusqu'|jusqu’)"
                        r"\s*$", re.I)


SOURCE = re.compile(r"(?<!\w)(?:selon|d['’]après|according to|as reported by|reported by|dixit)\s+(?:the |le |la |les |l['’])?$",
                    re.I)  # a name that only says where the text read it


def after_marker(sent: Sent, text: str, pos: int, markers: list[str], types: list[str],
                 exclude: set[str], limit: int = 6) -> model.Mention | None:
    """The first allowed mention after `pos` introduced by one of `markers` (within `limit` words); a
    marker that ends a phrase of its own ("according to", "close to", "grâce à") introduces none."""
    for m in sent.mentions:
        if m.start < pos or m.type not in types or m.id in exclude or SOURCE.search(text, pos, m.start):
            continue  # "livré des systèmes pour des avions de combat, selon Disclose": the source, no buyer
        between = text[pos:m.start].lower()
        if ";" in between:
            return None  # "sells tools for phones; Microsoft said": a new clause
        if not markers:
            return m if words(between) <= 8 else None
        for mk in markers:
            for hit in re.finditer(rf"(?:^|\W){re.escape(mk)}(?:\W|$)", between):
                if words(between[hit.start():]) <= limit and not NOT_MARKER.search(between[:hit.start() + 1]):
                    return m
    return None


def before(sent: Sent, pos: int, types: list[str], exclude: set[str], text: str) -> model.Mention | None:
    """The nearest allowed mention before `pos` in the sentence, not across ';'."""
    for m in reversed(sent.mentions):
        if m.end <= pos and m.type in types and m.id not in exclude:
            if ";" in text[m.end:pos]:
                return None
            return m
    return None


@dataclass
class Trigger:
    predicate: str
    start: int
    end: int
    token: Token | None = None
    reverse: bool = False  # "conçu par X", "se tient à X": the subject comes after, the object before
    bare: bool = False  # "dont l'un des clients est Y": the object needs no marker
    swap: bool = False  # "X was renamed Y": the name after is the subject, the one before the object


GAP = r"(?:\W+[\w'-]+){0,2}?\W+"  # "…" in a phrase: up to two words ("contact commercial avec")


@lru_cache(maxsize=None)
def phrase_regex(phrase: str) -> re.Pattern:
    """A lexicon phrase as a pattern over lower-case text; "…" stands for up to two words."""
    body = GAP.join(re.escape(part.strip()) for part in phrase.lower().split("…"))
    tail = r"(?!\w)" if phrase[-1].isalnum() else ""  # "questions d'" runs into the name
    return re.compile(rf"(?<!\w){body}{tail}")


def phrase_word(phrase: str) -> str:
    """The longest of a lexicon phrase's parts around "…", as every match of `phrase_regex` holds it: a
    sentence without it is not searched (the regexes over each sentence were most of `triggers`' time)."""
    return max((part.strip() for part in phrase.lower().split("…")), key=len)


@lru_cache(maxsize=None)
def _trigger_phrases(lang: str) -> tuple[tuple[tuple[str, re.Pattern, bool, bool], ...], ...]:
    """Per predicate (lexicon order), its phrases for `lang` as (word, pattern, reverse, swap), in the
    order of its phrases, reverse_phrases and swap_phrases (built once, not per sentence)."""
    out = []
    for spec in lexicon("relations").values():
        mine = []
        for key, rev in (("phrases", False), ("reverse_phrases", True), ("swap_phrases", False)):
            for ph in (spec.get(key) or {}).get(lang) or []:
                by = bool(re.search(r"\b(par|by)$|de la part d", ph))
                rev_ph = rev or (by and not spec.get("agent_is_object"))
                mine.append((phrase_word(ph), phrase_regex(ph), rev_ph, key == "swap_phrases"))
        out.append(tuple(mine))
    return tuple(out)


@lru_cache(maxsize=None)
def _trigger_words(lang: str) -> tuple[dict[str, list[tuple[int, bool]]], tuple[bool, ...]]:
    """The lexicon's trigger words for `lang`: word -> [(predicate index, bare)], and per predicate
    whether only verbs trigger it (built once, not per sentence and predicate)."""
    index: dict[str, list[tuple[int, bool]]] = {}
    verbs_only = []
    for i, spec in enumerate(lexicon("relations").values()):
        verbs_only.append(bool(spec.get("verbs_only", False)))
        for key, bare in (("lemmas", False), ("bare_lemmas", True)):
            for word in (spec.get(key) or {}).get(lang) or []:
                index.setdefault(word, []).append((i, bare))
    return index, tuple(verbs_only)


def triggers(sent: Sent, lang: str, text: str) -> list[Trigger]:
    """Lexicon triggers in the sentence, lemmas and phrases (by predicate, in lexicon order)."""
    index, verbs_only = _trigger_words(lang)
    preds = list(lexicon("relations"))
    by_pred: list[list[Trigger]] = [[] for _ in preds]
    for tok in sent.span:
        kinds: dict[int, bool] = {}  # predicate index -> bare (a lemma trigger wins over a bare one)
        for word in {tok.lemma_.lower(), tok.lower_}:
            for i, bare in index.get(word, ()):
                kinds[i] = kinds.get(i, True) and bare
        for i in sorted(kinds):
            if verbs_only[i] and tok.pos_ not in ("VERB", "AUX"):
                continue
            by_pred[i].append(Trigger(preds[i], tok.idx, tok.idx + len(tok), None if kinds[i] else tok,
                                      bare=kinds[i]))
    out: list[Trigger] = []
    low = sent.span.text.lower()  # the parsed text: same offsets, apostrophes and quotes made plain
    for i, phrases in enumerate(_trigger_phrases(lang)):
        out += by_pred[i]
        for word, rx, rev, swap in phrases:
            if word in low:
                out += [Trigger(preds[i], sent.start + hit.start(), sent.start + hit.end(), None, rev,
                                swap=swap) for hit in rx.finditer(low)]
    return out
