"""Last checks on a document's mentions: spans that are parts of other names, credits, one type per name.

Decisions (applied the same way everywhere):
- A person's name inside the name of a street, square or school ("place Jean Moulin", "91 rue Antoine
  Durafour", "lycée Victor Hugo") names the place, not the person: not a mention.
- A state inside the name of a war ("la guerre d'Algérie", "the Vietnam War") names the war: not a
  mention of the state.
- A state used as a modifier of a company noun ("Italy Firm's Aid", "the US private equity firm") or
  after a company's name ("Positive Technologies of Russia") is a nationality, and nationalities are
  not mentions.
- A photo credit ("(AFP/Jean Dupont)", "Jean Dupont/Europe 1" closing a caption line) names the author
  of a picture and its agency, not actors of the story: no mention inside it.
- One name, one type within a document: when the same name (or mentions linked as one actor) carries
  several types, the strongest evidence decides for all of them: the gazetteer, then a rule naming the
  kind of body, then a contextual cue ("la société X", "le ministère …", a person's title or role), then
  the statistical NER (a definite article before the name rules out a person, and says nothing of an
  acronym's kind), then the majority and the first mention.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from enquete.extract import context
from enquete.extract.names import fold
from enquete.model import Mention

log = logging.getLogger(__name__)
CountryOf = Callable[[str], "str | None"]

STREET = re.compile(r"\b(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|impasse|chemin|square|cours|route"
                    r"|passage|esplanade|parvis|rond-point|pont|lycée|collège|école|stade|gymnase|hôpital"
                    r"|station|gare|street|road|lane|drive)\s+(?:(?:du\s+|de\s+la\s+)?(?:général|maréchal"
                    r"|docteur|président|professeur|abbé|colonel|commandant|capitaine)\s+)?$", re.I)
STREET_AFTER = re.compile(r"^\s+(?:Street|Road|Avenue|Square|Boulevard|Lane|Drive|High\s+School)\b")
WAR_BEFORE = re.compile(r"\b(?:guerres?|war)\s+(?:civile\s+)?(?:d'|de\s+|du\s+|des\s+)?$", re.I)
WAR_AFTER = re.compile(r"^(?:'s)?\s+(?:War|war|Wars)\b")
NATIONAL_NOUN = re.compile(r"^(?:'s)?\s+(?:[a-z][\w\-]*\s+){0,3}(?:[Ff]irm|[Cc]ompany|[Mm]aker|[Vv]endor"
                           r"|[Ss]upplier|[Cc]ontractor|[Ss]tart-?up)s?\b")
ORG_OF = re.compile(r"\)?(?:\s*\([^()\n]{1,20}\))?\s+(?:of|from|based\s+in)\s+$")
ORGS = ("Company", "Organization")
CREDIT_PAREN = re.compile(r"\((?:[Pp]hoto\s*:?\s*)?[A-Z][\w.&\- ]{0,20}/\s*"
                          r"[A-ZÉ][\w\-]+(?:\s+[A-ZÉ][\w\-.]+){1,3}\.?\s*\)")
CREDIT_LINE = re.compile(
    r"(?:^|[,.:;]\s)((?:[A-Z][\w\-]+\s){1,3}?[A-Z][\w\-]+/[\w .&\-]{1,30}?)\.?[ \t]*$", re.M)
STRENGTH = {"gazetteer": 4, "rule": 3, "store": 3}
ARTICLE = re.compile(r"(?:\b(?:le|la|les|the|du|au|aux)\s+|\bl')$", re.I)


def _credits(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Character ranges of photo credits: "(Agency/First Last)", or "First Last/Outlet" closing a line
    where "First Last" is a person's name."""
    spans = [m.span() for m in CREDIT_PAREN.finditer(text)]
    slashes = {m.end for m in mentions if m.type == "Person" and text[m.end:m.end + 1] == "/"}
    spans += [m.span(1) for m in CREDIT_LINE.finditer(text) if text.index("/", m.start(1)) in slashes]
    return spans


TITLE_AFTER = re.compile(r"\s+(?:Minister|Secretary|Commissioner|Ministers)\b")
#: a minister's title before a portfolio: "le ministre polonais de la Justice", "alors vice-ministre de l'"
TITLE_BEFORE = re.compile(r"(?<![\w\-])(?:[Vv]ice-|[Ss]ous-)?(?:[Mm]inistre|[Mm]inister)s?"
                          r"(?:\s+[a-zà-ÿ\-]+)?\s+"
                          r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d'|of\s+(?:the\s+)?|for\s+(?:the\s+)?)$")


def not_a_mention(text: str, m: Mention, credits: list[tuple[int, int]]) -> str | None:
    """Why `m` is part of another name or of a credit (None when it is a mention)."""
    before = text[max(0, m.start - 60):m.start].replace("\u2019", "'")
    after = text[m.end:m.end + 30]
    if m.type == "Person" and (STREET.search(before) or STREET_AFTER.match(after)):
        return "street or building name"
    if m.type == "Country" and (WAR_BEFORE.search(before) or WAR_AFTER.match(after)):
        return "name of a war"
    if m.type == "Country" and NATIONAL_NOUN.match(after):
        return "nationality modifier"
    if any(s <= m.start and m.end <= e for s, e in credits):
        return "photo credit"
    if m.type != "Person" and context.PORTFOLIO_ONLY.fullmatch(m.text) and TITLE_AFTER.match(after):
        return "portfolio of a title"  # "Interior Minister X": the ministry is not named
    if m.type in ("Organization", "PublicBody") and len(m.text.split()) <= 2 and TITLE_BEFORE.search(before):
        return "portfolio of a title"  # "le ministre de la Justice, P": nor is it in "Justice"
    return None


def _origin_of(text: str, m: Mention, previous: Mention | None, country_of: CountryOf) -> bool:
    """"Positive Technologies of Russia": the state after a company gives its origin (as "la société
    russe X" does); it becomes the company's country and is not a mention of its own."""
    if m.type != "Country" or previous is None or previous.type not in ORGS:
        return False
    if not ORG_OF.fullmatch(text[previous.end:m.start]):
        return False
    if previous.country is None:
        previous.country = country_of(m.text)
    return True


def drop_non_mentions(text: str, mentions: list[Mention], country_of: CountryOf = lambda name: None
                      ) -> list[Mention]:
    """The mentions that are not parts of street, war or credit names, nor origins of companies."""
    credits = _credits(text, mentions)
    kept: list[Mention] = []
    for m in mentions:
        why = not_a_mention(text, m, credits)
        if why is None and _origin_of(text, m, kept[-1] if kept else None, country_of):
            why = "origin of a company"
        if why:
            log.debug("not a mention (%s): %r at %d", why, m.text, m.start)
        else:
            kept.append(m)
    return kept


def strength(text: str, m: Mention, acts: frozenset[tuple[int, int]] = frozenset()) -> int:
    """How strongly the evidence at this mention supports its type (higher is stronger). `acts` holds the
    spans of names that the parse shows doing what firms do ("Tarvis a vendu ses sondes"): as strong a
    reading of a company as a cue word."""
    if m.type == "Company" and context.names_company(text, m.start, m.end):
        return 5  # the words at the mention name a company, whatever a list says of the name
    if m.source in STRENGTH:
        return STRENGTH[m.source]
    if context.cue_type(text, m.start, m.end) == m.type:
        return 2
    if m.type == "Company" and (m.start, m.end) in acts:
        return 2  # "Tarvis n'a pas répondu. … Tarvis a vendu ses sondes": the firm's act decides
    if m.type == "Company" and context.firm_staff(text, m.start, m.end):
        return 2  # "la direction d'X": the NER's reading of X as a person elsewhere gives way
    if m.type == "Person" and context.person_cue(text, m.start, m.end):
        return 2  # a title, a government led, a role in apposition, a hyphenated first name
    if m.text.isupper() and len(m.text) > 1:
        return 1  # an acronym says nothing of its kind: its long form's evidence decides ("the PGO")
    article = ARTICLE.search(text[max(0, m.start - 8):m.start].replace("\u2019", "'"))
    if article:  # "la Depsa": an article goes before the name of a body, not a person's
        return 0 if m.type == "Person" else 2
    return 1


def _decide(text: str, group: list[Mention], acts: frozenset[tuple[int, int]] = frozenset()) -> str:
    score: Counter[str] = Counter()
    best: dict[str, int] = defaultdict(int)
    for m in group:
        s = strength(text, m, acts)
        best[m.type] = max(best[m.type], s)
        score[m.type] += 1
    first = {m.type: i for i, m in reversed(list(enumerate(group)))}
    return max(best, key=lambda t: (best[t], score[t], -first[t]))


def one_type(text: str, groups: list[list[Mention]], acts: frozenset[tuple[int, int]] = frozenset()) -> None:
    """Give every mention of a group the type its strongest evidence supports (`acts`: see `strength`)."""
    for group in groups:
        if len({m.type for m in group}) < 2:
            continue
        chosen = _decide(text, group, acts)
        log.debug("one type for %r: %s", group[0].text, chosen)
        for m in group:
            m.type = chosen


def by_name(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by their folded text."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        out[fold(m.text)].append(m)
    return list(out.values())


def by_cluster(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by cluster."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        out[m.cluster or m.id].append(m)
    return list(out.values())


def share_country(groups: list[list[Mention]]) -> None:
    """Mentions of one actor share the country that some of them carry, when they name only one."""
    for group in groups:
        codes = {m.country for m in group if m.country}
        if len(codes) == 1:
            code = codes.pop()
            for m in group:
                m.country = code
