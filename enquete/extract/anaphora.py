"""Actors that prose names without their name: "the company", "la start-up", "les services libyens",
"the Libyan government". They stand for a company named just before, or for a state the document names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import yaml

from enquete import model

DEMONYMS = Path(__file__).with_name("lexicon") / "demonyms.yaml"

COMPANY = re.compile(r"(?<!\w)(?:la société|l'entreprise|la firme|la start-up|la startup|le groupe|l'éditeur"
                     r"|le fabricant|cette société|cette entreprise|cette firme|ce groupe|ce fabricant"
                     r"|the company|the firm|the group|the vendor|the manufacturer|this company"
                     r"|this firm)(?!\w)", re.I)
STATE_NOUNS = (r"(?:gouvernement|régime|services?(?: de renseignement| de sécurité)?|autorités|police|armée"
               r"|État"
               r"|pouvoir|ministère de l'Intérieur|government|regime|authorities|security services"
               r"|intelligence services|police|army|state|military)")
_FR_STATE = re.compile(rf"^\s*(?:l'|le |la |les |un |une )?{STATE_NOUNS}\s+([\w-]+)", re.I)
_EN_STATE = re.compile(rf"^\s*(?:the |a )?([\w-]+)\s+{STATE_NOUNS}\b", re.I)


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Adjective of nationality (singular and plural, folded) -> ISO code."""
    out = {}
    for code, words in demonym_table().items():
        for w in words:
            for form in (w, w + "s", re.sub(r"al$", "aux", w)):
                out[fold(form)] = code
    return out


def fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=None)
def demonym_table() -> dict[str, list[str]]:
    """ISO code -> its adjectives of nationality as written (lexicon/demonyms.yaml)."""
    with open(DEMONYMS, encoding="utf-8") as fh:
        return {str(code): words or [] for code, words in yaml.safe_load(fh).items()}


def company_anaphor(text: str, lo: int, hi: int) -> re.Match | None:
    """The last "the company" / "la société" between `lo` and `hi`."""
    hits = list(COMPANY.finditer(text.replace("’", "'"), lo, hi))
    return hits[-1] if hits else None


def state_code_at(text: str, pos: int) -> str | None:
    """The state code of "les services libyens" / "the Libyan government" starting at `pos`, else None."""
    window = text[pos:pos + 80].replace("’", "'")
    for rx in (_FR_STATE, _EN_STATE):
        m = rx.match(window)
        if m and demonyms().get(fold(m.group(1))):
            return demonyms()[fold(m.group(1))]
    return None


def state_at(text: str, pos: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The state meant by "les services libyens" / "the Libyan government" starting at `pos`, among the
    countries the document names (the first mention of it)."""
    return named_state(state_code_at(text, pos), mentions)


def named_state(code: str | None, mentions: list[model.Mention]) -> model.Mention | None:
    """The first mention of the state `code` among `mentions`, if the document names it."""
    return next((c for c in mentions if c.type == "Country" and c.country == code), None) if code else None


# Pronouns that stand for an actor named before: the types each may stand for ("it" is no person, "she"
# is one; "il"/"elle" stand for a company as well as a person).
PRONOUNS = {"it": ("Company", "Organization", "PublicBody", "Country"), "he": ("Person",), "she": ("Person",),
            "they": None, "il": None, "elle": None, "ils": None, "elles": None}
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")


def pronoun_subject(tok):  # type: ignore[no-untyped-def]
    """The pronoun that is the subject of `tok` (or of the verb it is coordinated with), if any."""
    for cand in (tok, tok.head if tok.dep_ == "conj" else None):
        for c in cand.children if cand is not None else ():
            if c.dep_ in SUBJECT_DEPS:
                return c if c.pos_ == "PRON" and c.lower_ in PRONOUNS else None
    return None


def main_subject(span, mentions: list[model.Mention]):  # type: ignore[no-untyped-def]
    """What a sentence is about, for the pronouns of the next ones: the mention that is the subject of its
    main verb; "pronoun" where that subject is a pronoun (the actor named before stays in view); None where
    it is a noun naming no actor ("The broker said"), which leaves no actor in view; "none" where the main
    verb has no subject (a title, a fragment)."""
    root = main_verb(span)
    found = [_subject_of(v, mentions) for v in (root, *(c for c in root.children if c.dep_ == "conj"))]
    named = {m.cluster or m.text for m in found if isinstance(m, model.Mention)}
    if len(named) > 1:
        return None  # "Orma sells Vigil and Nordsec sells Argus": "it" may be either
    return found[0] if found[0] != "none" or not named else next(
        m for m in found if isinstance(m, model.Mention))


def main_verb(span):  # type: ignore[no-untyped-def]
    """The root of a sentence, or where the parser cut a name off its sentence ("Kordel | Analytics
    fabrique des sondes": two roots in one sentence) the first root that is a verb."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next((t for t in span if t.head.i == t.i and t.pos_ in ("VERB", "AUX")), root)


def _subject_of(verb, mentions: list[model.Mention]):  # type: ignore[no-untyped-def]
    """The mention that is the subject of `verb`, "pronoun", None (a noun naming no actor) or "none"."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if verb.pos_ in ("PROPN", "NOUN") and verb.dep_ == "conj":
        subj = verb  # "Orma vend Vigil et Nordsec vend Argus" parsed with "Nordsec" coordinated to the verb
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "pronoun" if subj.lower_ in PRONOUNS else None
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    head = [m for m in mentions if m.start <= subj.idx < m.end]  # "Kordel | Analytics": the name cut
    first = (head or inside or [None])[0]
    if first is not None and any(c.dep_ == "conj" for c in subj.children) and len(
            {m.cluster or m.text for m in inside if m.type == first.type}) > 1:
        return None  # "Veltrix and Kordel make probes. It ...": either of them
    return first


def in_view(sents: list):  # type: ignore[type-arg]
    """The sentences, each told the actor the sentences before it are about (`Sent.in_view`): the subject
    of the last main clause that named one, kept through sentences whose subject is a pronoun or missing."""
    actor = None
    for s in sents:
        s.in_view = actor
        about = main_subject(s.span, s.mentions)
        if about not in ("pronoun", "none"):
            actor = about
    return sents


def pronoun_antecedent(pron, span, mentions: list[model.Mention],  # type: ignore[no-untyped-def]
                       before: model.Mention | None, types: list[str]) -> model.Mention | None:
    """The actor a pronoun subject stands for: the subject of its sentence's main clause where that comes
    first ("The broker said it had shipped": the broker, who is no actor), else the actor in view
    `before`; only when the pronoun may stand for its type and the relation allows it."""
    if span.root.i < pron.i and not _evidence_clause(span.root, pron):
        here = main_subject(span, mentions)
        before = before if here in ("pronoun", "none") else here
    if before is None or before.type not in types:
        return None
    fits = PRONOUNS.get(pron.lower_)
    return before if fits is None or before.type in fits else None


def object_antecedent(pron, before: model.Mention | None,  # type: ignore[no-untyped-def]
                      types: list[str]) -> model.Mention | None:
    """The actor an object pronoun stands for ("the Commerce Department added it to the list", "Stenmark l'a
    rachetée"): the actor in view `before` (never the subject of its own clause), where the pronoun may stand
    for its type and the relation allows it."""
    fits = PRONOUNS.get(pron.lower_, ("Company", "Organization", "PublicBody", "Country", "Person")
                        if pron.lower_ in ("them", "him", "her", "la", "le", "l'", "l’", "les") else ())
    if before is None or before.type not in types:
        return None
    return before if fits is None or before.type in fits else None


# Verbs whose subject is a record that shows a fact ("Court filings show that it supplied", "des documents
# montrent qu'elle a fourni"): the record names no actor, the pronoun of the clause keeps the one in view
EVIDENCE_VERBS = {"show", "reveal", "suggest", "indicate", "confirm", "establish", "prove", "demonstrate",
                  "montrer", "révéler", "indiquer", "suggérer", "confirmer", "établir", "prouver",
                  "démontrer", "attester"}
RECORD_NOUNS = {"filing", "filings", "document", "documents", "record", "records", "invoice", "invoices",
                "email", "emails", "e-mail", "e-mails", "file", "files", "letter", "letters", "contract",
                "contracts", "data", "papers", "leak", "leaks", "minutes", "courriel", "courriels", "facture",
                "factures", "pièce", "pièces", "dossier", "dossiers", "archive", "archives", "lettre",
                "lettres", "contrat", "contrats", "données", "procès-verbal", "procès-verbaux", "registre",
                "registres", "fuite", "fuites"}


def _evidence_clause(root, pron) -> bool:  # type: ignore[no-untyped-def]
    """Whether `pron` is the subject of a clause that a record's verb of showing governs, the main verb
    not negated ("Court filings show that it", "des factures montrent qu'elle"; not "Nothing shows")."""
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    return root.lemma_.lower() in EVIDENCE_VERBS and subj is not None and subj.pos_ == "NOUN" \
        and subj.lower_ in RECORD_NOUNS and not any(c.dep_ == "neg" or c.lower_ in ("not", "pas", "ne", "n'")
                                                    for c in root.children) \
        and pron.head.dep_ in ("ccomp", "xcomp") and pron.head.head.i == root.i


def surname_of(text: str, pos: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The person named in full before `pos` whose surname is the name written at `pos` ("Ton-That" after
    "Hoan Ton-That", "Roux" after "Paul Roux"), where the mention finder missed the short form."""
    word = re.match(r"[^\W\d_][\w'’-]*", text[pos:pos + 40])
    if word is None or not word.group(0)[0].isupper():
        return None
    last = word.group(0)
    return next((m for m in reversed(mentions) if m.type == "Person" and m.end <= pos
                 and m.text != last and m.text.endswith(" " + last)), None)


def affiliation(m: model.Mention, mentions: list[model.Mention], text: str) -> bool:
    """Whether a mention is the affiliation set in brackets after a person's name ("Paul Roux (Verts)",
    "the MP Anna Berg (Labour)"): the person speaks, not the party."""
    return any(p.type == "Person" and 0 < m.start - p.end <= 3
               and re.fullmatch(r"\s*\(\s*", text[p.end:m.start]) for p in mentions)


def companies_by_count(mentions: Iterable[model.Mention]) -> list[list[model.Mention]]:
    """The company mentions of `mentions` grouped by actor (cluster), most named first, a tie in the order
    they are first named: what "the company the article is about" is read from (facts, roles, claims)."""
    groups: dict[str, list[model.Mention]] = {}
    for m in mentions:
        if m.type == "Company":
            groups.setdefault(m.cluster or fold(m.text), []).append(m)
    return sorted(groups.values(), key=len, reverse=True)


def describes_person(m: model.Mention, mentions: list[model.Mention], text: str) -> bool:
    """Whether a company is named only to say who a person is ("Fabrice Roux, ancien numéro deux
    d'Airbus", "Anna Berg, a former engineer at Velkor"): "the company" after it stands for another."""
    return any(p.type == "Person" and 0 < m.start - p.end <= 80 and re.fullmatch(
        r",\s*(?:[\w'’-]+\s+){0,5}?(?:de|du|des|chez|of|at|from)\s*|,\s*(?:[\w'’-]+\s+){0,5}?d['’]",
        text[p.end:m.start]) for p in mentions)
