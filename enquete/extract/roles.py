"""employed_by / represents from the roles that prose gives people (lexicon/roles.yaml).

Patterns, French and English:
  "P, le PDG de O" · "P (alors ministre de O)" · "P, avocat et président d'honneur de O" (the role nearest
  to O counts) · "P, cheffe de la direction des ... (O)" · "le PDG de O, P" · "O's CEO, P" · "son avocat P".
Where the organisation is not named beside the role:
  "le roi P" / "king P" · "P, ministre de l'Intérieur de ce petit royaume": the state named just before, or
  the one an adjective of nationality in the sentence points at ("le roi bahreïni") among those the
  document names · "P, alors ministre de l'Intérieur": the ministry of that name, where the document
  names it · "the company's chief executive, P", "Chief executive P said" opening a sentence: the company
  named last · "notre collaborateur P": the
  article's outlet · "le président égyptien P", "Belarus's president P", "P, Egypt's prime minister": the
  state an adjective or a genitive beside the title names (a title alone, "President P", names none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from enquete import model
from enquete.extract.anaphora import demonyms, fold
from enquete.extract.relations import Sent, evidence, lang_of, lexicon, nearest_date

ORGS = ("Company", "Organization", "PublicBody", "Country")
DET = r"(?:(?:l'|le |la |les |un |une |the |a |an |son |sa |his |her |its |their |leur )?)"
QUAL = (r"(?:(?:alors |ancien |ancienne |actuel |actuelle |nouveau |nouvelle |former |then |current |ex-|ex "
        r"|\w+ )?)")
OF = r"(?:de la |de l'|du |de |d'|des |of |at |for |chez |au sein de |au sein du )"
ORG_NOUN = (r"(?:(?:la |l'|le |the )?(?:société|entreprise|firme|start-up|agence|ONG|company|firm|group"
            r"|documentaire"
            r"|émission|magazine|journal|programme|documentary|show)\s+(?:\w+\s+)?(?:de |d'|of )?)?")
OPEN = r"\\?[\"«“]?\s*"
TITLE = r"(?:(?:le |la )?(?:M\.|Me|Maître|Mme|Dr|Pr|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
STATE_ROLES = r"(?:roi|reine|émir|sultan|prince héritier|king|queen|emir|crown prince)"
ANAPHOR = r"(?:la société|l'entreprise|la firme|la start-up|le groupe|(?<=du )groupe|the company|the firm|the group)"
OWN = r"(?:notre|nos|our)"
FOUNDERS = ("founder", "co-founder")
NEAR_SENTS = 2  # a state or company named this many sentences back is still the one meant


@dataclass
class Scope:
    """What the document has named so far, for roles whose organisation is not beside them."""

    mentions: list[model.Mention]
    author: model.Mention | None = None
    recent: list[list[model.Mention]] = field(default_factory=list)  # mentions of the sentences before

    def last(self, types: tuple[str, ...]) -> model.Mention | None:
        for ms in reversed(self.recent[-NEAR_SENTS:]):
            found = [m for m in ms if m.type in types]
            if found:
                return found[-1]
        return None


@lru_cache(maxsize=None)
def role_regex(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of all role words of `lang`, longest first, and the map to normalised roles."""
    table = lexicon("roles")["roles"]
    roles = {k.lower(): v for other in table if other != lang for k, v in table[other].items()}
    roles.update({k.lower(): v for k, v in table[lang].items()})  # English titles are used in French too
    alt = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alt})(?!\w)", re.I), roles


def _role(word: str, roles: dict[str, str]) -> str:
    return roles.get(word.lower(), word)


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b].replace("’", "'")


def role_relations(sent: Sent, doc: model.Document, scope: Scope) -> list[model.Relation]:
    """employed_by / represents of the people of one sentence."""
    rx, roles = role_regex(lang_of(doc))
    out = _beside(sent, doc.text, rx, roles) + _possessive(sent, doc.text, rx, roles, scope)
    out += _unnamed(sent, doc, rx, roles, scope) + _founders(sent, doc.text) + _led(sent, doc.text)
    out += _apposed_genitive(sent, doc.text, rx, roles) + _heads_of_state(sent, doc, scope)
    return [r for p, o, role, c in out for r in _as_relations(sent, doc, p, o, role, c)]


def _beside(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str]) -> list[tuple]:
    """The organisation named beside the role, before or after the person."""
    out: list[tuple] = []
    ms = sent.mentions
    for i, a in enumerate(ms):
        for b in ms[i + 1:i + 3]:
            gap = _gap(text, a.end, b.start)
            if len(gap) > 110:
                continue
            if a.type == "Person" and b.type in ORGS:  # P, le PDG de O · P, cheffe de la direction ... (O)
                m = re.fullmatch(rf"\s*[,(]?\s*{DET}{QUAL}(?:[\w'-]+\s+){{0,4}}({rx.pattern})\s*(?:[\w'-]+\s+){{0,5}}?"
                                 rf"(?:{OF}{ORG_NOUN}{OPEN}|{OF}[^,;()]{{3,90}}\(\s*)", gap, re.I)
                if m and words_before_role_ok(gap, m.start(1)):
                    out.append((a, b, _role(_longest(gap, m.start(1), m.group(1), roles), roles), 0.8))
                elif re.fullmatch(rf"\s*,?\s*{OF}{ORG_NOUN}", gap, re.I) and b.type != "Country":
                    out.append((a, b, "member", 0.5))
            if a.type in ORGS and b.type == "Person":  # le PDG de O, P · O's CEO, P
                head = _gap(text, max(sent.start, a.start - 60), a.start)
                m1 = re.search(rf"({rx.pattern})\s+(?:[\w'-]+\s+){{0,3}}?{OF}{ORG_NOUN}{OPEN}$", head, re.I)
                if m1 and re.fullmatch(rf"{OPEN}(?:\s+(?:sur|pour|on|for)\s+[\w' ]{{1,30}}?)?\s*,?\s*{TITLE}", gap):
                    out.append((b, a, _role(m1.group(1), roles), 0.8))
                m2 = re.fullmatch(rf"\s*(?:'s\s+)?(?:\w+\s+)??({rx.pattern}(?:\s+of\s+\w+)?)\s*,?\s*{TITLE}",
                                  gap, re.I)  # "O's CEO P", "O CEO P"
                if m2:
                    out.append((b, a, _role(m2.group(1), roles), 0.8))
    return out


def _longest(gap: str, at: int, role: str, roles: dict[str, str]) -> str:
    """The role read whole where its last words are a role too: "the chief executive of O" is CEO, not an
    executive; "avocat et président de O" stays président (the role nearest to O)."""
    before = gap[:at].split()
    for n in (2, 1):
        longer = " ".join(before[-n:] + [role]) if len(before) >= n else ""
        if longer.lower() in roles:
            return longer
    return role


def words_before_role_ok(gap: str, at: int) -> bool:
    """Words before the role are qualifiers or another role ("avocat et président"), not a clause; with
    no comma before them, one word at most ("P ex-PDG de O")."""
    if not gap.lstrip().startswith((",", "(")) and len(gap[:at].split()) > 1:
        return False  # "P met the head of sales at O": a verb, not an apposition
    return not re.search(r"\b(?:qui|que|dont|who|which|that|has|est|is|was)\b", gap[:at], re.I)


#: Whose a possessive determiner can be: "its" an organisation's, "his"/"her" a person's.
OWNER_KINDS = {"its": ORGS, "his": ("Person",), "her": ("Person",)}


def _possessive(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"son avocat P", "its CEO, P": P works for / speaks for the nearest actor named before; where the
    sentence opens on it ("Its spokesman, P, said"), the one the sentences before name last."""
    out = []
    for i, b in enumerate(sent.mentions):
        if b.type != "Person":
            continue
        head = _gap(text, max(sent.start, b.start - 50), b.start)
        m = re.search(rf"\b(?:son|sa|ses|his|her|its|their|leur)\s+({rx.pattern})\s*,?\s*{TITLE}$", head, re.I)
        if not m:
            continue
        at = b.start - len(head) + m.start()
        kinds = OWNER_KINDS.get(m.group(0).split()[0].lower(), ("Person", *ORGS))
        owners = [a for a in sent.mentions[:i] if a.end <= at and a.type in kinds]
        owner = owners[-1] if owners else scope.last(kinds) if at - sent.start < 3 else None
        if owner is not None:  # "Its spokesman, P, said": the actor the sentences before name last
            out.append((b, owner, _role(m.group(1), roles), 0.65 if owners else 0.55))
    return out


def _unnamed(sent: Sent, doc: model.Document, rx: re.Pattern, roles: dict[str, str], scope: Scope
             ) -> list[tuple]:
    """Roles whose organisation is not beside them: a state, a ministry, a company, the outlet."""
    text, out = doc.text, []
    for i, p in enumerate(sent.mentions):
        if p.type != "Person":
            continue
        head = _gap(text, max(sent.start, p.start - 60), p.start)
        tail = _gap(text, p.end, min(sent.end, p.end + 90))
        before = [m for m in sent.mentions[:i] if m.end <= p.start]
        nxt = sent.mentions[i + 1] if i + 1 < len(sent.mentions) else None
        named_next = nxt is not None and nxt.type in ORGS and nxt.start - p.end < 90
        king = re.search(rf"\b({STATE_ROLES})\s+{TITLE}$", head, re.I)
        if king:
            state = _state(sent, doc, before, scope)
            if state is not None:
                out.append((p, state, _role(king.group(1), roles), 0.6))
        dem = re.match(rf"\s*[,(]\s*{DET}{QUAL}({rx.pattern})\s*(?:[\w'-]+\s+){{0,4}}?"
                       rf"(?:de ce |de cet |de cette |of this )", tail, re.I)
        if dem:
            state = next((m for m in reversed(before) if m.type == "Country"), None) \
                or scope.last(("Country",))
            if state is not None:
                out.append((p, state, _role(dem.group(1), roles), 0.6))
        mini = re.match(r"\s*[,(]\s*(?:alors |ancien |ancienne |then |former )?(ministre|minister)\s+"
                        r"((?:de l'|de la |du |des |of (?:the )?)[\w-]+)(?=\s*[,.;)]|\s*$)", tail, re.I)
        if mini and not named_next and not dem:
            ministry = _ministry(mini.group(2), scope)
            if ministry is not None:
                out.append((p, ministry, _role(mini.group(1) + " " + mini.group(2), roles), 0.6))
        ana = re.search(rf"(?:{ANAPHOR}'s\s+({rx.pattern})|({rx.pattern})\s+{OF}{ANAPHOR})\s*,?\s*{TITLE}$",
                        head, re.I)
        if ana:
            company = next((m for m in reversed(before) if m.type == "Company"), None) \
                or scope.last(("Company",))
            if company is not None:
                out.append((p, company, _role(ana.group(1) or ana.group(3), roles), 0.55))
        titled = _company_title(head, p.start - len(head) == sent.start, lang_of(doc))
        beside = nxt is not None and nxt.type in ORGS and re.fullmatch(
            rf"\s*,?\s*{OF}{ORG_NOUN}", _gap(text, p.end, nxt.start), re.I)
        if titled and not any(m.type in ORGS for m in before) and not beside:
            company = scope.last(("Company",))
            if company is not None:  # "Chief executive P said": the company the sentences before name
                out.append((p, company, _role(titled, roles), 0.5))
        own = re.search(rf"\b{OWN}\s+({rx.pattern})\s*,?\s*$", head, re.I)
        if own and scope.author is not None and scope.author.id != p.id:
            out.append((p, scope.author, _role(own.group(1), roles), 0.6))
    return out


@lru_cache(maxsize=None)
def _alternation(key: str, lang: str = "") -> str:
    """The words of a roles-lexicon entry as one regex alternation, longest first, built once: a list by
    language (`lang` and English, whose titles are used in French too) or, without `lang`, a table's keys."""
    table = lexicon("roles")[key]
    words = dict.fromkeys(table.get(lang, []) + table.get("en", [])) if lang else table
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _company_title(head: str, opens: bool, lang: str) -> str | None:
    """The company title that opens the sentence right before a name ("Chief executive P", "Le PDG P"),
    or None (also when the words before the name are more than the title)."""
    if not opens:
        return None
    alt = _alternation("company_titles", lang)
    m = re.fullmatch(rf"\s*(?:(?:le|la|l'|the|its|son|sa)\s+)?({alt})\s+{TITLE}", head, re.I)
    return m.group(1) if m else None


def _heads_of_state(sent: Sent, doc: model.Document, scope: Scope) -> list[tuple]:
    """"le président égyptien P", "Egyptian President P", "Belarus's president P", "P, président
    égyptien", "P, Belarus's president": P serves the state that an adjective of nationality or a
    genitive beside the title names (never a state merely in view: "President P" alone gives nothing)."""
    heads, alt = lexicon("roles")["heads_of_state"], _alternation("heads_of_state")
    text, out = doc.text, []
    for p in (m for m in sent.mentions if m.type == "Person"):
        head = _gap(text, max(sent.start, p.start - 60), p.start)
        tail = _gap(text, p.end, min(sent.end, p.end + 60))
        hits = [(re.search(rf"(?<!\w)(?:([\w-]+)\s+)?({alt})(?:\s+([\w-]+))?\s*,?\s*{TITLE}$", head, re.I),
                 p.start - len(head)),
                (re.match(rf"\s*,\s*(?:the |le |la |l')?(?:[\w-]+'s\s+)?(?:([\w-]+)\s+)?({alt})"
                          rf"(?:\s+([\w-]+))?(?=\s*[,.;)]|\s*$)", tail, re.I), p.end)]
        for hit, base in hits:
            if hit is None:
                continue
            state = _state_beside(hit, base, sent, text, scope)
            if state is not None:
                out.append((p, state, heads[hit.group(2).lower()], 0.6))
    return out


def _state_beside(hit: re.Match, base: int, sent: Sent, text: str, scope: Scope) -> model.Mention | None:
    """The state a title names beside it: an adjective of nationality ("le président égyptien",
    "Egyptian President") or a genitive ("Belarus's president"), among the states the document names."""
    for word in (hit.group(1), hit.group(3)):
        code = demonyms().get(fold(word)) if word else None
        named = [m for m in scope.mentions if m.type == "Country" and code and m.country == code]
        if named:
            return named[0]
    at = base + hit.start(2)
    return next((m for m in sent.mentions if m.type == "Country" and re.fullmatch(
        r"['’]s\s+", text[m.end:at])), None)


FOUNDED = r"(?:co-?founded|founded|set up|created|a (?:co-?)?fondé|(?:co-?)?fonda|a créé|créa)"
FOUNDED_BY = r"(?:(?:co-?)?fondée? par|créée? par|(?:co-?)?founded by|set up by|created by)"
WITH = r"\s*(?:,\s*)?(?:with|avec|and|et|&)\s*"


def _founders(sent: Sent, text: str) -> list[tuple]:
    """"P (co-)founded O (with Q)", "P a fondé O", "O, fondée par P et Q": P (and Q) founded O."""
    out: list[tuple] = []
    ms = sent.mentions
    for i, a in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is None:
            continue
        gap = _gap(text, a.end, nxt.start)
        if a.type == "Person" and nxt.type in ("Company", "Organization") and re.fullmatch(
                rf"\s*,?\s*(?:(?:who|qui)\s+)?(?:also\s+|aussi\s+)?{FOUNDED}\s+(?:l'|la |le |the )?",
                gap, re.I):
            people = [a] + [q for q in ms[i + 2:i + 3] if q.type == "Person"
                            and re.fullmatch(WITH, _gap(text, nxt.end, q.start), re.I)]
            out += [(p, nxt, "founder", 0.7) for p in people]
        if a.type in ("Company", "Organization") and nxt.type == "Person" and re.search(
                rf"{FOUNDED_BY}\s+{TITLE}$", gap, re.I) and len(gap.split()) <= 10:
            people = [nxt] + [q for q in ms[i + 2:i + 3] if q.type == "Person"
                              and re.fullmatch(WITH, _gap(text, nxt.end, q.start), re.I)]
            out += [(p, a, "founder", 0.7) for p in people]
    return out


def _apposed_genitive(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str]) -> list[tuple]:
    """"P, O's former sales director, said", "P, a former O executive": P works for O in that role. Not
    when the role's own organisation follows it: in "P, China director at O", China is the role's beat."""
    out: list[tuple] = []
    for i, (a, b) in enumerate(zip(sent.mentions, sent.mentions[1:])):
        apposed = re.fullmatch(r"\s*,\s*(?:the |a |an )?(?:former |then |ex-)?", _gap(text, a.end, b.start))
        if a.type != "Person" or b.type not in ORGS or not apposed:
            continue
        after = _gap(text, b.end, min(sent.end, b.end + 60))
        m = re.match(rf"(?:'s)?\s+{QUAL}({rx.pattern})(?!\w)", after, re.I)
        nxt = sent.mentions[i + 2] if i + 2 < len(sent.mentions) else None
        if m and nxt is not None and nxt.type in ORGS and re.fullmatch(
                rf"\s*{OF}{ORG_NOUN}", _gap(text, b.end + m.end(), nxt.start), re.I):
            continue
        if m:
            out.append((a, b, _role(m.group(1), roles), 0.75))
    return out


LED = (r"(?:led|ran|runs|headed|heads|chaired|chairs|managed|manages|has led|had led|has run|had run"
       r"|has headed|had headed|a dirigé|avait dirigé|dirige|dirigeait|dirigea|a présidé|préside|présidait"
       r"|a géré|gérait)")


def _led(sent: Sent, text: str) -> list[tuple]:
    """"P, who led O (until 2015)", "P, qui a dirigé O": P headed O."""
    out: list[tuple] = []
    for a, b in zip(sent.mentions, sent.mentions[1:]):
        if a.type == "Person" and b.type in ("Company", "Organization", "PublicBody") and re.fullmatch(
                rf"\s*,\s*(?:who|qui)\s+(?:(?:also|then|once|long|aussi|alors|longtemps)\s+)?{LED}\s+"
                rf"(?:l'|la |le |the )?", _gap(text, a.end, b.start), re.I):
            out.append((a, b, "head", 0.7))
    return out


def _state(sent: Sent, doc: model.Document, before: list[model.Mention], scope: Scope
           ) -> model.Mention | None:
    """The state a head of state rules: one an adjective of the sentence names, else the last named."""
    codes = {demonyms()[w] for w in re.findall(r"[\w-]+", fold(doc.text[sent.start:sent.end]))
             if w in demonyms()}
    for code in codes:
        named = [m for m in scope.mentions if m.type == "Country" and m.country == code]
        if named:
            return named[0]
    return next((m for m in reversed(before) if m.type == "Country"), None) or scope.last(("Country",))


def _ministry(complement: str, scope: Scope) -> model.Mention | None:
    """The ministry "ministère de l'Intérieur" / "Ministry of the Interior" the document names."""
    key = fold(complement).split()[-1].lstrip("l'")
    for m in scope.mentions:
        name = fold(m.text)
        if m.type == "PublicBody" and re.match(r"minist[eè]re|ministry", name) and re.search(
                rf"(?<!\w){re.escape(key[:6])}", name):
            return m
    return None


def _as_relations(sent: Sent, doc: model.Document, person: model.Mention, org: model.Mention,
                  role: str, conf: float) -> list[model.Relation]:
    """employed_by, and represents for those who speak for someone (both for a spokesperson)."""
    date = nearest_date(sent, person.start)
    inside = org in sent.mentions
    ev = evidence(doc, sent, min(person.start, org.start) if inside else person.start,
                  max(person.end, org.end) if inside else person.end)
    if org.type == "Country" and role == "chair":
        role = "president"  # "P, président de la Biélorussie": a state has a president, not a chair
    speaks_for = role in lexicon("roles")["represents"]
    preds = ["represents"] if speaks_for else []
    if (not speaks_for or role in lexicon("roles").get("also_employed", [])) and org.type != "Person":
        preds.append("employed_by")
    return [model.Relation(subject=person.id, predicate=p, object=org.id, evidence=ev, role=role,
                           date=date.value if date else None, precision=date.precision if date else None,
                           confidence=conf, extractor="pattern:role-v2") for p in preds]
