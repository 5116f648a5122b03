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
  "dont l'administrateur délégué P", "and chief executive P": a company title inside the sentence, for
  the one company in view · "P, its CEO", "P, présentée comme l'architecte de son réseau" · "par la voix
  de son président P", "through its spokesman P" (represents too) · "It had hired P as an adviser" ·
  "le secrétaire général du Premier ministre, P" (the one state in view) · "His successor, P" (the head
  of state named just before) · "founded in 2010 by P, its CEO, and Q" · "P from O", "P (O)" ·
  "P – CEO of O –" · "P, 54, CEO of O" · "P, a researcher at the O", "P, an engineer with O" · "O' CEO, P" ·
  "O, whose CEO P", "O, dont le DG P" · "P, à la tête de O" · "P is the CEO of O", "P a été nommé directeur
  de O" · "O, led by P", "O, dont P est le PDG" · "O's P" · "P, son avocat" · "A et B, chercheurs au O", "les
  avocats de O, Mes A et B" · "Italian Interior Minister P", "le ministre serbe de l'Intérieur, P", "le
  ministre de l'Intérieur P": the state an adjective names, else the ministry named, else the one state in
  view · "MEP P", "P, députée européenne": the European Parliament the document names · "P, speaking on
  behalf of O", "P, au nom de O", "Au nom de O, P", "P, who represents O" (represents) · "P dirige O", "P runs
  O" · "P, who sits on the board of O", "P, qui siège au conseil d'administration de O" · "P, ancienne de O",
  "P, passé par O", "P, ex-O", "P, entré chez O", "P, aujourd'hui chez O" · "P left O in 2015 to found Y", "P
  a quitté O pour fonder Y" (founder of Y) · "P, who handles exports at O", "P, en charge de l'export chez O" ·
  "P est l'un des fondateurs de O", "P is one of the founders of O" · "O's Middle East business, led by P" ·
  "P a pris la tête de O", "P took the helm of O" · "Chez O, P, responsable des ventes, dément" · "P, a former
  officer who co-founded O" · "P, who served as O's COO", "P, qui fut de 2010 à 2014 le directeur de O" · "P,
  who spent eight years as an engineer at O" · "P, 54, an O board member" · "P, de chez O" · "the country was
  ruled by P", "P, who has ruled the country since 2005" · "P a rejoint O en 2012", "P, qui a quitté O" (lexicon
  works_verbs before a name) · "He is the chief executive of O", "Il est le fondateur de O", "Elle dirige O"
  after a sentence about P (a personal pronoun for the person in view).
A time after the role: "le ministre de l'Intérieur de l'époque, P", "son directeur de l'époque, P", "its
chief at the time, P". Whose "its CEO" / "son directeur" opening a sentence (or its subject, after a fronted
phrase) is: the organisation the sentences before are about (their subject), before one named as an agent
or an owner ("The firm was bought by the fund F. Its chairman, P": the firm's). An organisation named by a
common noun (lexicon org_nouns): "P, a senior researcher at the lab", "P, directrice de l'ONG", "the group's
representative P", "la société dirigée par P". "les Forces de soutien rapide du général P" (commander) ·
"Attorney General P", "le secrétaire d'État P" (lexicon state_titles: the state in view, or the one the
sentence points at) · "Italy's undersecretary for intelligence, P" · "A's editor-in-chief, P" (where A
works) · "en a confié la présidence à P". Not: "Paragon's Graphite" (a lone word after a genitive is a
product more often than staff), "a spokesperson for A for B" (A's, the nearer organisation).
Implied employers: "P, the firm's CTO", "the country's interior minister, P", "le ministre de l'Intérieur du
royaume, P", "P, l'un de ses fondateurs", "P, one of its engineers", "Selon son fondateur, P", "P, who works
for / left / co-founded the company", "P, who spent ten years at O", "P, recrutée par O", "Chez O, le
directeur commercial P", "P, who oversees sales at O", "O, que dirige P", "O, which P founded", "Draxis a
nommé P directeur général", "the Egyptian ambassador, P", "Government spokesman P"; a time after the
organisation ("le PDG de O depuis 2018, P"); "President P" with no state beside the title: the state the
document is about, where the sentence names no other (a "chef de l'État" also the one state in view).
The state in view (Scope.state_in_view): "In 2004, President P signed" after "The United States has
tightened ...", "Le ministre de l'Intérieur P" after "Au Bélarus, l'élection ...", "Prime Minister P" after a
sentence whose official served Belarus. The company in view through the sentences that speak of it without
its name ("Son directeur général, P. Un ancien directeur commercial, Q, affirme que l'entreprise ... Le
porte-parole R"); "It was founded in 2011 by P", "Founded in 2014 by P, the company ...".
Research organisations (lexicon works, teams, authors, among): "a report by O ... The report's lead author, P",
"le rapport d'O ... L'auteur du rapport, P" (the organisation whose report the sentences before name); "O
researchers found ... The researchers, led by P", "L'équipe, dirigée par P"; "O was set up by a group of
activists, among them P", "O, fondée par des militants, dont P" (founder).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from enquete import model
from enquete.extract.anaphora import (SUBJECT_DEPS, companies_by_count, demonyms, fold, named_state,
                                      pronoun_antecedent, state_at)
from enquete.extract.clauses import token_at
from enquete.extract.places import place_code
from enquete.extract.references import SOURCE as REFERENCE
from enquete.extract.relations import Sent, evidence, lang_of, lexicon, nearest_date
from enquete.extract.stance import quote_opened
from enquete.extract.voice import headline

ORGS = ("Company", "Organization", "PublicBody", "Country")
DET = r"(?:(?:l'|le |la |les |un |une |the |a |an |son |sa |his |her |its |their |leur )?)"
QUALIFIERS = (r"(?:alors |ancien |ancienne |actuel |actuelle |nouveau |nouvelle |former |then |then-|current "
              r"|ex-|ex )")
QUAL = rf"(?:(?:{QUALIFIERS}|\w+ )?)"
OF = r"(?:de la |de l'|du |de |d'|des |of |at |for |chez |au sein de |au sein du )"
#: "la société", "the migrant rescue group" (up to three words before the noun in English) before a name
ORG_NOUN = (r"(?:(?:la |l'|le |the (?:[\w-]+ ){0,3}?)?(?:société|entreprise|firme|start-up|agence|ONG|company"
            r"|firm|group|NGO|non-profit|nonprofit|charity|watchdog|documentaire"
            r"|émission|magazine|journal|programme|documentary|show)\s+(?:\w+\s+)?(?:de |d'|of )?)?")
#: a span of years inside a clause: "qui fut de 2010 à 2014 le directeur", "who until 2018 was in charge of"
SPAN = (r"(?:(?:(?:de|from|between|entre)\s+\d{4}\s+(?:à|to|and|et)\s+\d{4}|(?:en|in|until|jusqu'en|depuis|since)"
        r"\s+\d{4})\s*,?\s+)?")
#: "P, who was", "P, who served as", "P, qui fut de 2010 à 2014", "P, qui occupait le poste de"
COPULA = (r"(?:who|qui)\s+(?:is|was|has been|had been|est|était|a été|avait été|fut|serves as|served as"
          r"|has served as|had served as|held the post of|(?:occupe|occupait|a occupé|avait occupé) le poste de)"
          rf"\s+{SPAN}")
AT = r"(?:à l'|à la |au |aux |à )"  # "P, chargé de plaidoyer à O": where the role is held
MARK = r"(?:[,(–—]|-(?=\s))"  # what opens an apposition: a comma, a bracket, a dash
#: a clause between a role and its organisation ("a researcher who has studied the sales of O")
#: a French verb in the past ("a étudié", "a reçu", "a écrit"): a clause, not an apposition
PAST_CLAUSE = r"\ba\s+(?:\w+(?:é|ée|és|ées|u|ue|us|ues)|écrit|dit|pris|mis|fait|vu|eu|lu|su)\b"
MID_CLAUSE = (r"\b(?:qui|que|qu'|dont|ont|est|sont|était|avait|who|which|that|has|have|had|is|was|were)\b"
              rf"|{PAST_CLAUSE}")  # "qui a étudié"
ONE_OF = r"(?:l'une? des |une? des |one of (?:the |its )?)"  # "P est l'un des fondateurs de O"
#: "P, formerly of O", "P, now at O", "P, alors chez O"
ONCE = (r"(?:formerly |previously |now |then |today |long |later |until recently |anciennement |désormais "
        r"|alors |aujourd'hui |longtemps |ensuite |naguère |jusqu'alors |jusqu'à récemment )")
AGE = r"(?:\d{1,3}(?:\s+ans)?\s*,\s*)?"  # "P, 54, CEO of O", "P, 61 ans, PDG de O"
VERBISH = r"\b(?:qui|que|qu'|dont|a|ont|est|sont|était|avait|who|which|that|has|is|was|were)\b"
OPEN = r"\\?[\"«“]?\s*"
#: a time after a role, before the name: "le ministre de l'Intérieur de l'époque, P", "its chief at the
#: time, P"
WHEN_HELD = r"(?:\s+(?:de l'époque|d'alors|à l'époque|at the time|of the time|en exercice|en poste))?"
#: a place after an organisation, before the name: "le porte-parole de la police de Kampala, P", "the
#: spokesman for the police in the capital, P"
WHERE_HELD = (r"\s+(?:in|at|à|au|de|du|d')\s*(?:the\s+|la\s+|l')?(?:capital|capitale"
              r"|[A-ZÀ-ÖØ-Þ][\w'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'-]+)?)")
#: a time after an organisation, before the name or the end of the apposition: "le PDG de O depuis 2018,
#: P", "P, à la tête du groupe depuis 2015,", "Appointed chief executive of O in 2018, P"
SINCE = (r"(?:\s*,?\s+(?:depuis|since|from|until|till|jusqu'en|in|en|entre|between)\s+(?:(?:l'|the |la |le )?"
         r"(?:[\w-]+\s+){0,2}?)?\d{4}(?:\s*(?:to|and|à|et|-|–)\s*\d{4})?)?")
#: what may stand just before a name: a civility or a military rank ("Un porte-parole de la DIA, le commodore P",
#: "the army's spokesman, Colonel P")
_RANKS = "|".join(sorted(map(re.escape, lexicon("roles")["ranks"]), key=len, reverse=True))  # as _ranked reads
TITLE = rf"(?:(?:le |la |l')?(?:M\.|Mes|Me|Maître|Mme|Dr|Pr|Mr\.?|Ms\.?|Mrs\.?|(?i:{_RANKS}))\s+)?"
STATE_ROLES = r"(?:roi|reine|émir|sultan|prince héritier|king|queen|emir|crown prince)"
ANAPHOR = r"(?:la société|l'entreprise|la firme|la start-up|le groupe|(?<=du )groupe|the company|the firm|the group)"
OWN = r"(?:notre|nos|our)"
FOUNDERS = ("founder", "co-founder")
_WORD = re.compile(r"[\w-]+")
NEAR_SENTS = 2  # a state or company named this many sentences back is still the one meant


@dataclass
class Scope:
    """What the document has named so far, for roles whose organisation is not beside them."""

    mentions: list[model.Mention]
    author: model.Mention | None = None
    recent: list[list[model.Mention]] = field(default_factory=list)  # mentions of the sentences before
    bridged: list[bool] = field(default_factory=list)  # whether each sentence before speaks of "the firm"
    #: the roles people hold so far, for their successors: (sentence index, person, organisation, role)
    held: list[tuple[int, model.Mention, model.Mention, str]] = field(default_factory=list)
    workplaces: list[tuple[model.Mention, model.Mention]] = field(default_factory=list)  # (person, employer)
    #: per sentence before, the actor it is about (its subject), "kept" where its subject stands for the
    #: one before ("it", "the firm"), None where its subject names no actor ("The amount")
    subjects: list[model.Mention | str | None] = field(default_factory=list)
    #: per sentence before, the state it is about (_state_topic): a mention, "other" where it is about
    #: another actor or names states it is not about, None where it names no state
    states: list[model.Mention | str | None] = field(default_factory=list)
    _ranked: list[tuple[str, int]] | None = None  # ranked_states, counted once
    #: per sentence before, whether its subject is a company by its kind ("the company insisted", "La société
    #: rejette"): the company the article is about (firm_in_view)
    firms: list[bool] = field(default_factory=list)
    title: tuple[int, int] | None = None  # where the document's title lies (voice.headline), if it has one
    #: goods a buyer or a user got before the document names their maker: (product, buyers, trigger, sentence)
    unmade: list[tuple] = field(default_factory=list)

    @cached_property
    def main_company(self) -> model.Mention | None:
        """The company the document is about: named three times or more, and more than twice as often as any
        other company, or more often than any other and in the title ("Biélorussie : Synesis, l'œil ...")."""
        ranked = companies_by_count(self.mentions) + [[], []]
        top, second = ranked[0], len(ranked[1])
        titled = self.title is not None and any(m.start < self.title[1] for m in top)
        if len(top) < 3 or len(top) <= (1 if titled else 2) * second:
            return None
        return top[0]

    def firm_in_view(self) -> model.Mention | None:
        """The company the document is about (main_company), where a sentence before has "the company" / "la
        société" for subject and no sentence since is about a named actor, within NEAR_SENTS sentences
        whose subject names none ("At the time, the company insisted ... . P, then its chief executive",
        "La société rejette ces accusations. Dans un communiqué, elle affirme ... . Son fondateur, P")."""
        others = 0
        for i in range(len(self.subjects) - 1, -1, -1):
            subj = self.subjects[i]
            if isinstance(subj, model.Mention):
                return None
            if i < len(self.firms) and self.firms[i]:
                return self.main_company
            if subj is None:
                others += 1
                if others >= NEAR_SENTS:
                    return None
        return None

    @cached_property
    def main_state(self) -> model.Mention | None:
        """The state the document is about (_main_state), counted once: the mentions never change."""
        return _main_state_of(self.mentions)

    def ranked_states(self, text: str) -> list[tuple[str, int]]:
        """The states the document names, most named first, each counted by its names and by the
        adjectives of nationality that name it ("les autorités égyptiennes"), counted once per document."""
        if self._ranked is None:
            counts: dict[str, int] = {}
            for m in self.mentions:
                if m.type == "Country" and m.country:
                    counts[m.country] = counts.get(m.country, 0) + 1
            for w in _WORD.findall(fold(text)):  # a state only ever called "American" counts too
                code = demonyms().get(w)
                if code:
                    counts[code] = counts.get(code, 0) + 1
            self._ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        return self._ranked

    def main_state_counting(self, text: str) -> model.Mention | None:
        """The state the document is about, adjectives of nationality counted (ranked_states): named three
        times or more, and more than twice as often as any other."""
        ranked = self.ranked_states(text) + [("", 0)]
        if ranked[0][1] >= 3 and ranked[0][1] > 2 * ranked[1][1]:
            return named_state(ranked[0][0], self.mentions)
        return None

    def topic(self, types: tuple[str, ...], alone: bool = False) -> model.Mention | None:
        """The actor of `types` the sentences before are about: the subject of the last one whose subject
        is an actor, kept through sentences whose subject stands for it ("It", "The firm") and at most one
        whose subject names none ("The amount was never confirmed"). Prefer it to the last actor named
        for "its CEO": in "The firm was bought by the fund F. Its chairman, P", P is the firm's. With
        `alone`, none where its sentence names another actor of its type ("Vexor a racheté Nordsec. Son
        fondateur": either's)."""
        others = 0
        for i in range(len(self.subjects) - 1, max(-1, len(self.subjects) - 5), -1):
            subj = self.subjects[i]
            if isinstance(subj, model.Mention):
                rivals = {fold(m.text) for m in self.recent[i] if m.type == subj.type} - {fold(subj.text)} \
                    if i < len(self.recent) else set()
                return subj if subj.type in types and not (alone and rivals) else None
            if subj is None:
                others += 1
                if others >= NEAR_SENTS:
                    return None
        return None

    def last(self, types: tuple[str, ...]) -> model.Mention | None:
        for ms in reversed(self.recent[-NEAR_SENTS:]):
            found = [m for m in ms if m.type in types]
            if found:
                return found[-1]
        return None

    def in_view(self, types: tuple[str, ...], among: tuple[str, ...] = ()) -> model.Mention | None:
        """The actor the sentences before name last, where the sentences between speak of it without its
        name ("the firm", "its spokesman"): those do not count towards NEAR_SENTS. None where the last
        sentence that names one names two of its kind ("Helix and Vexor were named. Chief executive P");
        with `among`, two of those kinds ("Helix sold it to the ministry. The spokesman, P": either's)."""
        unnamed = 0
        for i in range(len(self.recent) - 1, -1, -1):
            found = [m for m in self.recent[i] if m.type in (among or types)]
            if found:
                rivals = {fold(m.text) for m in found if among or m.type == found[-1].type}
                return found[-1] if len(rivals) == 1 and found[-1].type in types else None
            if not (i < len(self.bridged) and self.bridged[i]):
                unnamed += 1
                if unnamed >= NEAR_SENTS:
                    return None
        return None

    def state_in_view(self) -> model.Mention | None:
        """The state the sentences before are about (_state_topic): the last one about a state, through at
        most NEAR_SENTS sentences that name none ("In Belarus, the election saw ... . Interior Minister P
        ordered ... . Prime Minister Q"); None where a sentence between is about another actor or names a
        state it is not about ("Helix signed a contract with Syria. President P": Helix's)."""
        quiet = 0
        for state in reversed(self.states):
            if isinstance(state, model.Mention) or state == "other":
                return state if isinstance(state, model.Mention) else None
            quiet += 1
            if quiet > NEAR_SENTS:
                return None
        return None

    def one_country(self, before: list[model.Mention], back: int = 3) -> model.Mention | None:
        """The one state in view: named in the sentence before the person or in the `back` sentences
        before it (in a body's name too: "The Hong Kong Police Force"), and no other state named there (two
        states in view name none)."""
        around = [m for ms in self.recent[-back:] for m in ms] + before
        seen = [s for m in around if (s := m if m.type == "Country" else _state_of_body_named([m], self))]
        return seen[-1] if len({_state_key(m) for m in seen}) == 1 else None


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
    out = _beside(sent, doc.text, rx, roles, scope.mentions) + _possessive(sent, doc.text, rx, roles, scope)
    out += _unnamed(sent, doc, rx, roles, scope) + _founders(sent, doc.text) + _led(sent, doc.text, rx, roles)
    out += _apposed_genitive(sent, doc.text, rx, roles) + _heads_of_state(sent, doc, scope)
    out += _governments(sent, doc, rx, roles, scope) + _hired(sent, doc.text, rx, roles, scope)
    out += _possessive_after(sent, doc.text, rx, roles, scope) + _ministers(sent, doc, roles, scope)
    out += _seats(sent, doc.text, rx, roles, scope) + _descriptions(sent, doc.text, rx, roles, scope)
    out += _officials(sent, doc, roles, scope) + _commanders(sent, doc.text) + _handed(sent, doc.text)
    out += _superiors(sent, doc.text, roles, scope) + _recruited(sent, doc.text)
    out += _fronted_at(sent, doc.text, rx, roles) + _works(sent, doc.text, scope)
    out += _units(sent, doc.text, scope) + _administrators(sent, doc.text, scope) + _joined(sent, doc.text, scope)
    out += _diplomats(sent, doc.text, rx, roles, scope) + _bare_heads(sent, doc, scope, out)
    out += _pronoun_led(sent, doc.text, scope) + _ranked(sent, doc.text, scope)
    out += _authors(sent, doc.text, scope) + _teams(sent, doc.text, scope)
    out += _pronoun_person(sent, doc.text, rx, roles, scope)
    out = _ministry_over_state(out)
    here, lone = len(scope.recent), set(lexicon("roles")["no_successor"])
    scope.held += [(here, p, o, role) for p, o, role, *_ in out if o.type != "Person" and role not in lone]
    speak = set(lexicon("roles")["represents"]) - set(lexicon("roles")["also_employed"])
    scope.workplaces += [(p, o) for p, o, role, *_ in out if o.type != "Person" and role not in speak]
    scope.bridged.append(bool(re.search(rf"{ANAPHOR}|\b(?:its|the firm|la firme)\b",
                                        doc.text[sent.start:sent.end], re.I)) or _unnamed_employer(sent, out))
    scope.subjects.append(_subject(sent, scope))
    subj = _subject_token(sent)
    scope.firms.append(subj is not None and subj.lower_ in SUBJECT_ANAPHORS - NOT_FIRMS and _anaphoric(subj))
    scope.states.append(_state_topic(sent, doc.text, out, scope.subjects[-1], scope.mentions))
    return [r for p, o, role, c, *speaks in out
            for r in _as_relations(sent, doc, p, o, role, c, bool(speaks))]


PERSON_PRONOUNS = {"he", "she", "il", "elle"}


def _pronoun_person(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"He is the chief executive of O", "Il est le fondateur de O", "Elle dirige O depuis 2015", "Il a fondé
    O en 2004", "She was named O's sales director": a sentence opening on a personal pronoun, its subject,
    that stands for the person the sentences before are about (anaphora.pronoun_antecedent: never a company,
    "Elle est dirigée par P" after "Vigitel a été créée"). The readings of a name beside an organisation
    (_beside, _led, _founders, _apposed_genitive, _works) run with that person standing where the pronoun is."""
    first = next((t for t in sent.span if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in PERSON_PRONOUNS or first.dep_ not in (*SUBJECT_DEPS, "expl:subj"):
        return []  # "Il est le fondateur de O" is parsed with an impersonal "il"
    person = pronoun_antecedent(first, sent.span, sent.mentions, sent.in_view, ["Person"])
    if person is None:
        return []
    here = replace(person, start=first.idx, end=first.idx + len(first))  # its id: the relation is the person's
    stood = Sent(sent.span, [here, *sent.mentions], sent.dates, sent.in_view)
    return _beside(stood, text, rx, roles, scope.mentions) + _led(stood, text, rx, roles) \
        + _founders(stood, text) + _apposed_genitive(stood, text, rx, roles) + _works(stood, text, scope)


def _ministry_over_state(found: list[tuple]) -> list[tuple]:
    """A minister's ministry rather than its state: "Poland's deputy justice minister, P" read both ways
    (the genitive and the portfolio) keeps the Justice Ministry the document names, where it is of no other
    state."""
    ministries = {p.id: o for p, o, *_ in found
                  if o.type == "PublicBody" and re.search(DEPARTMENTS, fold(o.text))}
    return [f for f in found if not (
        f[1].type == "Country" and "minist" in f[2].lower() and f[0].id in ministries
        and ministries[f[0].id].country in (None, f[1].country))]


def _unnamed_employer(sent: Sent, found: list[tuple]) -> bool:
    """Whether a role of the sentence was read for an organisation it does not name ("Son directeur
    général, P", "It was founded by P"): the sentence speaks of the one in view, as "the firm" does."""
    return any(o.type in ORGS[:3] and o not in sent.mentions for _, o, *_ in found)


#: a place opening a sentence: "In Belarus, ...", "Au Bélarus, ...", "En 2020, en Égypte, ..."
FRONTED_PLACE = re.compile(r"\W{0,3}(?:(?:in|en)\s+\d{4}\s*,\s*)?(?:in|inside|across|au|aux|en|à|dans)\s+"
                           r"(?:the\s+|l'|la\s+|le\s+|les\s+)?", re.I)


def _sold_to_state(sent: Sent, text: str, seller: model.Mention) -> bool:
    """Whether the sentence names a sale or a supply by `seller` to another state ("La France a livré des
    blindés à l'Égypte", "Serbia sells arms to Turkey", its verb a sale's): two parties, either of which an official after it
    may serve."""
    return any(m.type == "Country" and _state_key(m) != _state_key(seller)
               and RECIPIENT.search(text, max(sent.start, m.start - 20), m.start) and any(
                   t.pos_ in ("VERB", "AUX") and SUPPLY.fullmatch(t.text) and seller.end <= t.idx < m.start
                   for t in sent.span) for m in sent.mentions)  # a verb: not "ses règles d'exportation vers"


def _fronted_state(sent: Sent, text: str) -> model.Mention | None:
    """The state a sentence opens on, as the place it speaks of: "In Belarus, the election saw ...", "Au
    Bélarus, le ministre ..."."""
    first = next((m for m in sent.mentions), None)
    if first is None or first.type != "Country" or not FRONTED_PLACE.fullmatch(
            _gap(text, sent.start, first.start)) or not re.match(r"\s*,", text[first.end:first.end + 3]):
        return None
    return first


def _state_topic(sent: Sent, text: str, found: list[tuple], subject: model.Mention | str | None,
                 mentions: list[model.Mention]) -> model.Mention | str | None:
    """The state a sentence is about, for the officials of the sentences after it (Scope.state_in_view):
    the one it opens on ("In Belarus, ..."), else its subject where that is a state ("The United States has
    tightened ...") or an adjective of its subject names one ("The Egyptian army denied it"), else the one
    state its officials were read for ("Interior Minister P ordered ..."); "other" where its subject is
    another actor ("Helix signed a contract with Syria"), or a state that sells to another ("La Serbie vend
    des armes à la Turquie": either side's), or it names states and is about none; None where it names no
    state."""
    fronted = _fronted_state(sent, text)
    if fronted is not None:
        return fronted
    if isinstance(subject, model.Mention) and subject.type == "Country":
        return "other" if _sold_to_state(sent, text, subject) else subject
    named = _state_of_body_named([subject], Scope(mentions)) if isinstance(subject, model.Mention) else None
    if named is not None:  # "The Hong Kong Police Force has rejected ...": Hong Kong's
        return named
    subj = _subject_token(sent)
    described = subj is not None and subject is None and state_at(text, subj.left_edge.idx, mentions)
    if described:  # "Les autorités égyptiennes ont réprimé", "The Egyptian army denied it"
        return described
    served = _sole([o for _, o, *_ in found if o.type == "Country"])
    if served is not None:
        return served
    if isinstance(subject, model.Mention) and subject.type in ORGS[:3]:
        return "other"
    return "other" if any(m.type == "Country" for m in sent.mentions) else None


#: nouns by which a sentence's subject stands for the organisation named before ("The firm was bought")
SUBJECT_ANAPHORS = {"firm", "company", "group", "organisation", "organization", "lab", "agency", "ngo",
                    "société", "entreprise", "firme", "groupe", "organisation", "ong", "start-up", "agence"}


NOT_FIRMS = {"organisation", "organization", "lab", "agency", "ngo", "ong", "agence"}  # bodies, not companies
PERSONAL = {"it", "they", "he", "she", "il", "elle", "ils", "elles", "celle-ci", "celui-ci"}  # not "nothing"
SUBORDINATE = ("relcl", "acl:relcl", "ccomp", "acl", "advcl")  # clauses whose subject is not the sentence's


def _subject(sent: Sent, scope: Scope) -> model.Mention | str | None:
    """The actor the sentence is about: the mention at the head of its first subject outside a
    subordinate clause (a name the document gives an actor elsewhere counts where no mention covers it there);
    "kept" where that subject stands for the actor before (a pronoun, "the firm", "l'ONG") or no verb has
    one; None where it is a noun naming no actor ("The amount")."""
    subj = _subject_token(sent)
    named = _kind_named(subj, sent) if subj is not None else None
    if named is not None:
        return named  # "La société Nervala vend", "La start-up Veltia vend": the name after the kind noun
    told = next((m for m in sent.mentions if subj is not None and m.start <= subj.idx < m.end
                 and m.source == REFERENCE), None)
    if told is not None:
        return told  # "La coentreprise avait vendu", "The authority said": the actor that kind stands for
    if subj is None or subj.lower_ in PERSONAL or _anaphoric(subj):
        return "kept"
    head = next((m for m in sent.mentions if m.start <= subj.idx < m.end), None)
    if head is None and subj.pos_ == "PROPN":
        head = next((m for m in scope.mentions if m.type in ("Person", *ORGS) and fold(m.text) == fold(
            subj.text)), None)  # "Paragon, founded in 2019 by ..., markets": a name given an actor elsewhere
    return head


def _kind_named(subj, sent: Sent) -> model.Mention | None:  # type: ignore[no-untyped-def]
    """The organisation named right after the kind noun that heads a subject ("La société Nervala", "the
    firm Halden", "La start-up Veltia", which the parser splits at its hyphen), within its first words."""
    if subj.lower_ not in SUBJECT_ANAPHORS | {"start"}:
        return None
    hi = sent.span.doc[min(subj.i + 4, subj.right_edge.i)]
    inside = [m for m in sent.mentions if subj.idx < m.start and m.end <= hi.idx + len(hi) and m.type in ORGS[:3]]
    return inside[0] if len(inside) == 1 else None


def _subject_token(sent: Sent):  # type: ignore[no-untyped-def]
    """The head of the sentence's first subject outside a subordinate clause, or None."""
    subjects = [t for t in sent.span if t.dep_ in SUBJECT_DEPS]
    return next((t for deps in (SUBORDINATE, SUBORDINATE[:2]) for t in subjects if not any(
        a.dep_ in deps for a in (t.head, *t.head.ancestors))), None)  # a misparse may hang the main
    # verb on a noun ("la DGSI achète ... une licence", rooted at "licence"): then any but a relative's


def _anaphoric(subj) -> bool:  # type: ignore[no-untyped-def]
    """Whether a subject is a definite "the firm", "la société", "l'ONG" (one named before)."""
    return subj.lower_ in SUBJECT_ANAPHORS and any(
        c.lower_ in ("the", "la", "le", "l'", "l’", "this", "cette", "ce") for c in subj.children)


def _full_name(p: model.Mention, everyone: list[model.Mention]) -> bool:
    """Whether a person's mention is a full name, or the surname of one the document names: a lone word
    after a company's genitive is more often its product ("Paragon's Graphite") than its staff."""
    return len(p.text.split()) > 1 or any(m.type == "Person" and m.text.endswith(" " + p.text)
                                          for m in everyone)


@lru_cache(maxsize=None)
def _beside_regexes(roles_rx: str) -> tuple[re.Pattern, ...]:
    """_beside's regexes around the role alternation `roles_rx` (role_regex's pattern), built once."""
    return (re.compile(rf"\s*{MARK}?\s*{AGE}{DET}{QUAL}(?:[\w'-]+\s+){{0,6}}({roles_rx})"
                       rf"(?:\s*(?P<mid>(?:[\w'-]+\s+){{0,8}}?)(?:(?:{OF}|pour )(?:the )?{ORG_NOUN}{OPEN}"
                       rf"|{OF}[^,;()]{{3,90}}\(\s*|(?P<at>{AT}){OPEN})"
                       rf"|\s+with\s+(?:{ORG_NOUN}|the\s+)?{OPEN})", re.I),  # "with the non-profit O"
            re.compile(rf"{MID_CLAUSE}|\b(?:{_alternation('not_theirs')})\b", re.I),
            re.compile(_alternation("idioms"), re.I),
            re.compile(rf"({roles_rx})\s+(?:[\w'-]+\s+){{0,3}}?{OF}(?:the )?(?:[\w-]+['’]s\s+)?{ORG_NOUN}{OPEN}$",
                       re.I),  # "a spokesman for Egypt's Interior Ministry, P": the state's possessive before O
            re.compile(rf"\s*(?:'s?\s+)?(?:(?:[\w-]+\s+){{1,3}}?(?:and|et|&)\s+)?(?:\w+\s+)??({roles_rx}"
                       rf"(?:\s+(?:of|for)\s+(?:the\s+)?\w+)?)\s*,?\s*{TITLE}", re.I))


def _beside(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], everyone: list[model.Mention]
            ) -> list[tuple]:
    """The organisation named beside the role, before or after the person."""
    role_at, not_theirs, idioms, role_of, role_before = _beside_regexes(rx.pattern)
    out: list[tuple] = []
    ms = sent.mentions
    for i, a in enumerate(ms):
        for j, b in enumerate(ms[i + 1:i + 3]):
            gap = _gap(text, a.end, b.start)
            if len(gap) > 110 or j and ms[i + 1].type in ORGS[:3]:
                continue  # "P, a spokesperson for A for B": the role is A's, the nearer organisation's
            if a.type == "Person" and b.type in ORGS and not _branch(b, ms, text):  # P, le PDG de O
                m = role_at.fullmatch(gap)
                if m and (m.group("at") and b.type == "Country" or not_theirs.search(m.group("mid") or "")):
                    m = None  # "P, a researcher who studied the sales of O": a clause; "P, the lawyer of the
                    # family of O": someone else's; "P, consultant au Qatar": a place
                if m and idioms.search(gap):
                    m = None  # "P, dans le cadre de O": no role
                word = _longest(gap, m.start(1), m.group(1), roles) if m else ""  # "had become chief
                at = m.start(1) - len(word) + len(m.group(1)) if m else 0  # operating officer of O"
                if m and words_before_role_ok(gap, at):
                    role = _role(word, roles)
                    joined = _with_joined(a, m.group(1), ms, text, roles, after=False)
                    unit = _unit_named(b, gap, ms, text)  # "of O's German affiliate, U": U, and O's group
                    out += [(p, o, role, 0.8) for p in joined for o in ([unit] if unit else []) + [b]]
                elif b.type != "Country" and ALUMNUS.fullmatch(gap):
                    out.append((a, b, "former employee", 0.5))  # "P, ancienne de O", "P, ex-O"
                elif b.type != "Country" and ENTERED.fullmatch(gap):
                    out.append((a, b, "employee", 0.5))  # "P, entré chez O en 2010"
                elif b.type != "Country" and (
                        re.fullmatch(rf"\s*,?\s*(?:{ONCE}(?:at |à |with )?)?(?:{OF}|from |de chez )(?:the )?"
                                     rf"{ORG_NOUN}", gap, re.I)
                        or (re.fullmatch(r"\s*\(\s*", gap) and re.match(r"\s*\)", text[b.end:]))):
                    out.append((a, b, "member", 0.5))  # "P of O", "P, of the O", "P from O", "P (O)"
            if a.type in ORGS[:3] and b.type == "Person" and re.fullmatch(rf"'s?\s+{TITLE}", gap) and (
                    _full_name(b, everyone)):
                out.append((b, a, "member", 0.5))  # "Amnesty International's P said"; not "O's Graphite"
            if a.type in ORGS and b.type == "Person":  # le PDG de O, P · O's CEO, P
                head = _gap(text, max(sent.start, a.start - 60), a.start)
                m1 = role_of.search(head)
                if m1 and re.fullmatch(rf"{OPEN}(?:\s+(?:sur|pour|on|for)\s+[\w' ]{{1,30}}?|{WHERE_HELD})?"
                                       rf"{WHEN_HELD}{SINCE}\s*,?\s*{TITLE}", gap):
                    joined = _with_joined(b, m1.group(1), ms, text, roles, after=True)
                    out += [(p, a, _role(m1.group(1), roles), 0.8) for p in joined]
                m2 = role_before.fullmatch(gap)
                # "O's CEO P", "O CEO P", "O's undersecretary for intelligence, P"
                if m2:
                    joined = _with_joined(b, m2.group(1), ms, text, roles, after=True)
                    out += [(p, a, _role(m2.group(1), roles), 0.8) for p in joined]
    return out


#: a unit of the organisation named in apposition after it: "of O's German affiliate, U", "of O's unit, the U"
UNIT_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:affiliate|subsidiary|unit|division|arm|branch)"
                        r"\s*,\s*(?:the\s+)?", re.I)
#: "de la filiale allemande de O, U", "of the German subsidiary of O, U": the unit noun in the gap, a comma after O
UNIT_BEFORE = re.compile(r"\b(?:affiliate|subsidiary|unit|division|arm|branch|filiale|branche|succursale)"
                         r"(?:\s+[\w-]+){0,2}?\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|l')?$", re.I)


def _unit_named(org: model.Mention, gap: str, ms: list[model.Mention], text: str) -> model.Mention | None:
    """The unit a role is held in where the text names it after its owner: "P, the managing director of O's
    German affiliate, U", "P, directeur de la filiale allemande de O, U": U, where P works inside O's group
    (None: O itself alone)."""
    nxt = next((m for m in ms if m.start >= org.end), None)
    if nxt is None or nxt.type not in ORGS[:3] or not re.match(r"\s*[,;.)]|\s*$", text[nxt.end:nxt.end + 3]):
        return None
    between = text[org.end:nxt.start]
    if UNIT_AFTER.fullmatch(between) or (UNIT_BEFORE.search(gap) and re.fullmatch(r"\s*,\s*(?:the\s+)?", between)):
        return nxt
    return None


def _with_joined(p: model.Mention, word: str, ms: list[model.Mention], text: str, roles: dict[str, str],
                 after: bool) -> list[model.Mention]:
    """P, and with a plural role ("avocats", "researchers") the person joined to P by "et"/"and" on the side
    away from the role: "A et B, chercheurs au O", "les avocats de O, Mes A et B"."""
    word = word.lower()
    if not (word.endswith("s") and word[:-1] in roles):
        return [p]
    i = ms.index(p)
    q = ms[i + 1] if after and i + 1 < len(ms) else ms[i - 1] if not after and i else None
    if q is None or q.type != "Person":
        return [p]
    between = _gap(text, p.end, q.start) if after else _gap(text, q.end, p.start)
    return [p, q] if re.fullmatch(rf"\s*(?:,|et|and|&)\s*{TITLE}", between, re.I) else [p]


def _branch(org: model.Mention, ms: list[model.Mention], text: str) -> bool:
    """Whether the organisation's name goes on with a country ("Amnesty International France"): the
    national branch, which no mention covers, is meant, not the body the mention names."""
    return org.type != "Country" and any(m.type == "Country" and m.start == org.end + 1
                                         and text[org.end] == " " for m in ms)


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
    no comma before them, one word at most ("P ex-PDG de O"), or a copula ("P is the CEO of O"); not a
    verb ("P, a reçu les dirigeants de O")."""
    if re.fullmatch(rf"\s+(?:{_alternation('copulas', 'fr')})\s+(?:{ONE_OF}|{DET}){QUAL}", gap[:at], re.I):
        return True  # "P is the chief executive of O", "P a été nommé directeur de O", "P est l'un des
        # fondateurs de O", "P is one of the founders of O"
    if not re.match(MARK, gap.lstrip()) and not re.fullmatch(rf"\s*{QUALIFIERS}?", gap[:at], re.I):
        return False  # "P met the head of sales at O", "P met researchers at O": a verb, not an apposition
    if re.fullmatch(rf"\s*,\s*{COPULA}{DET}{QUAL}", gap[:at], re.I):
        return True  # "P, qui était directeur de O": a role all the same
    return not re.search(rf"\b(?:qui|que|dont|who|which|that|has|est|is|was)\b|{PAST_CLAUSE}", gap[:at], re.I)


#: "P, ancienne de O", "P, un ancien d'O", "P, passée par O", "P, a veteran of O", "P, an O alumnus": P worked
#: for O (an apposition; not "P, l'ancien ministre de O": a role, read by _beside's role_at)
ALUMNUS = re.compile(r"\s*[,(]\s*(?:(?:un |une |l')?ancien(?:ne)?s?\s+"
                     r"(?:de chez |de la |de l'|du |des |de |d')"
                     r"|(?:passée?s?|passés)\s+par\s+(?:la |le |l'|les )?"
                     r"|(?:an? )?(?:veteran|alumnus|alumna)\s+of\s+(?:the )?|ex-)", re.I)
#: "P, entrée chez O en 2010", "P, arrivé au sein de O": P joined O (an employee)
ENTERED = re.compile(r"\s*,\s*(?:(?:entrée?|arrivée?)s?\s+(?:chez|au sein d[eu]|au sein de l'|au sein de la)"
                     r"|(?:who )?(?:has )?(?:been|worked) (?:with|at) )\s*(?:l'|la |le |the )?", re.I)


#: the end of a role apposed after a name: another role joined to it, a time ("P, its founder and chief
#: executive,", "P, son PDG et fondateur,", "P, its chief executive until 2019,", "P, its chief at the time,")
AND_ROLE = rf"(?:\s+(?:and|et|&)\s+{QUAL}[\w-]+(?:\s+[\w-]+)?)?{WHEN_HELD}{SINCE}(?=\s*[,.;)])"
#: a time before a possessive role apposed after a name: "P, then its chief executive", "P, at the time its
#: head of sales", "P, now its chairman", "P, alors sa directrice", "P, à l'époque son président",
#: "P, aujourd'hui son PDG" (the role held then or now, by the same owner the possessive names)
THEN = (r"(?:(?:then|formerly|previously|at the time|until recently|now|currently|alors|à l'époque|jusqu'alors"
        r"|naguère|aujourd'hui|désormais),?\s+)?")
#: Whose a possessive determiner can be: "its" an organisation's, "his"/"her" a person's.
OWNER_KINDS = {"its": ORGS, "his": ("Person",), "her": ("Person",)}


def _possessive(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"son avocat P", "its CEO, P": P works for / speaks for the nearest actor named before; where the
    sentence opens on it ("Its spokesman, P, said"), the one the sentences before name last."""
    out = []
    for i, b in enumerate(sent.mentions):
        if b.type != "Person":
            continue
        head = _gap(text, max(sent.start, b.start - 70), b.start)
        m = re.search(rf"\b(?:(?:son|sa|ses|his|her|its|their|leur|whose)\s+|dont\s+(?:le |la |les |l'))"
                      rf"(?:{QUALIFIERS})?({rx.pattern}){WHEN_HELD}{SINCE}\s*,?\s*{TITLE}"
                      rf"(?:(?:la |le |l'|the )?(?P<nat>[\w-]+)\s+)?$", head, re.I)
        if not m or (m.group("nat") and fold(m.group("nat")) not in demonyms()):
            continue  # "sa rapporteure, la Néerlandaise P": a nationality may stand before the name
        at = b.start - len(head) + m.start()
        pron = m.group(0).split()[0].lower()
        kinds = OWNER_KINDS.get(pron, ("Person", *ORGS))
        owners = [a for a in sent.mentions[:i] if a.end <= at and a.type in kinds]
        if quote_opened(text, sent.start, at) is None:  # « … la gendarmerie … », souligne sa directrice
            owners = [a for a in owners if quote_opened(text, sent.start, a.start) is None]
        if pron in ("whose", "dont"):  # "O, whose CEO P": O right before the relative, else not a mention
            if not owners or not re.fullmatch(r"\s*,?\s*", _gap(text, owners[-1].end, at)):
                continue
            owners = owners[-1:]
        owner = _head_of(owners, text) if owners else None if not _opens(sent, at, text) and pron != "its" \
            and not _after_quote(sent, at, text) else _antecedent(kinds, pron, scope)
        voice = re.search(r"(?:par la voix d[eu]|through|via)\s+$", head[:m.start()], re.I)
        if owner is not None:  # "Its spokesman, P, said": the actor the sentences before name last
            out += [(q, owner, _role(m.group(1), roles), 0.65 if owners else 0.55, *([True] if voice else []))
                    for q in _with_joined(b, m.group(1), sent.mentions, text, roles, after=True)]
    return out


def _after_quote(sent: Sent, at: int, text: str) -> bool:
    """Whether `at` follows a quotation that opens the sentence and its speech verb ("« … », souligne
    sa directrice"): the quotation names no owner; the speaker belongs to the one the text is about."""
    return bool(re.fullmatch(r"\W{0,3}[«“\"][^«»“”\"]+[»”\"]\s*,?\s*\w+(?:-\w+)?\s*", _gap(text, sent.start, at)))


def _opens(sent: Sent, at: int, text: str) -> bool:
    """Whether `at` opens the sentence, or its subject after a fronted phrase that names nobody ("Devant
    les députés, son directeur"), or a source opening it ("Selon son fondateur, P", "According to its
    CEO, P"), or one of a group ("L'un de ses ingénieurs, P", "One of its engineers, P")."""
    lead = _gap(text, sent.start, at)
    return bool(re.fullmatch(r"\W{0,3}(?:[^,;:]{1,60},\s*)?(?:selon|d'après|according to|pour|for)?\s*"
                             r"(?:l'une? de |une? de |one of )?", lead, re.I)) and not any(
        m.start < at for m in sent.mentions)


def _antecedent(kinds: tuple[str, ...], pron: str, scope: Scope) -> model.Mention | None:
    """Whose "its CEO" / "son directeur" opening a sentence is: the organisation the sentences before are
    about (their subject), else the company of the article where they call it "the company"
    (Scope.firm_in_view), else for "its" the one they name last, for "son/sa" the one actor they name."""
    topic = scope.topic(ORGS[:3], alone=pron not in OWNER_KINDS) if set(kinds) & set(ORGS) else None
    if topic is None and set(kinds) & set(ORGS):
        topic = scope.firm_in_view()  # "La société rejette ... . Son fondateur, P": the company of the article
    if topic is not None:
        return topic
    return scope.in_view(kinds) if pron in OWNER_KINDS else _sole_in_view(kinds, scope)


def _sole(actors: list[model.Mention]) -> model.Mention | None:
    """The one actor of `actors` (by name), else None: "A sued O. P, son avocat" does not tell whose."""
    return actors[-1] if actors and len({fold(m.text) for m in actors}) == 1 else None


def _sole_in_view(kinds: tuple[str, ...], scope: Scope) -> model.Mention | None:
    """The one actor of `kinds` the last sentence naming any names ("Son avocat, P" after "A sued O" tells
    no owner; after "A a témoigné" it is A's), within NEAR_SENTS."""
    last = scope.subjects[-1] if scope.subjects else None
    if isinstance(last, model.Mention) and last.source == REFERENCE and last.type in kinds and scope.recent \
            and last in scope.recent[-1]:
        return last  # "En 2008, la coentreprise avait vendu ... à Y. Son porte-parole, P": the actor the
    # sentence before spoke of by its kind, as the article's subject, is the owner ("A sued O" names two)
    return next((_sole([m for m in ms if m.type in kinds]) for ms in reversed(scope.recent[-NEAR_SENTS:])
                 if any(m.type in kinds for m in ms)), None)


def _head_of(owners: list[model.Mention], text: str) -> model.Mention:
    """The last of `owners`, or the body it is a part of: in "la commission PEGA du Parlement européen
    ... sa rapporteure", the possessive is the commission's, whose complement the parliament is."""
    owner = owners[-1]
    for prev in reversed(owners[:-1]):
        if not re.fullmatch(r"\s*(?:du|de la|de l'|des|of the|of)\s*", _gap(text, prev.end, owner.start),
                            re.I):
            break
        owner = prev
    return owner


def _people(sent: Sent, text: str, back: int, ahead: int) -> Iterator[tuple[int, model.Mention, str, str]]:
    """Each person of the sentence: its index, itself, and up to `back` / `ahead` characters of the
    sentence before and after it."""
    for i, p in enumerate(sent.mentions):
        if p.type == "Person":
            yield i, p, _gap(text, max(sent.start, p.start - back), p.start), _gap(
                text, p.end, min(sent.end, p.end + ahead))


def _unnamed(sent: Sent, doc: model.Document, rx: re.Pattern, roles: dict[str, str], scope: Scope
             ) -> list[tuple]:
    """Roles whose organisation is not beside them: a state, a ministry, a company, the outlet."""
    text, out = doc.text, []
    for i, p, head, tail in _people(sent, text, 60, 90):
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
        titled = _company_title(head, lang_of(doc)) or _apposed_title(tail, lang_of(doc))
        company = _titled_company(titled, p, nxt, before, sent, text, scope) if titled else None
        if titled and company is not None:  # "Chief executive P said": the company in view
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


def _company_title(head: str, lang: str) -> str | None:
    """The company title right before a name, opening the sentence or after a determiner, a comma or
    "and" inside it ("Chief executive P", "Le PDG P", "dont l'administrateur délégué P", "and chief
    executive P"), or None. Not after a name ("Orma chief executive P": the title is Orma's, see _beside)."""
    alt = _alternation("company_titles", lang)
    lead = (r"(?:^|.*?(?:[,;:(]|\b(?:and|et|dont|including|selon|according to|said|a dit)"
            r"|[»”\"]\s*,?(?:\s*[\w-]+)??))\s*")  # "« ... », assure le directeur général, P"
    m = re.fullmatch(rf"{lead}(?:(?:le|la|l'|the|its|son|sa|an?|une?)\s*)?(?:{QUALIFIERS})?({alt})\s*,?\s+"
                     rf"{TITLE}", head, re.I | re.S)
    return m.group(1) if m else None


def _titled_company(title: str, p: model.Mention, nxt: model.Mention | None, before: list[model.Mention],
                    sent: Sent, text: str, scope: Scope) -> model.Mention | None:
    """The company whose `title` P holds with no organisation beside it: the one named before in the
    sentence (not inside a quotation P is outside of), else the one in view; for a title any body gives
    (lexicon any_body_titles: a spokesman), only where the sentence naming it names no other body. None
    where an organisation follows ("P, of O"), or the sentence names two companies, or for a title a
    ministry gives too, a body that is not a company. The one in view is the company the article is about
    where the sentences before call it "the company" (Scope.firm_in_view), else the company they are about
    (their subject, Scope.topic: "Vigitel a vendu ses sondes à Madar SA. P, alors directeur commercial" and
    "Its founder, P" are the seller's, not the buyer's named last), else the one they name last; a title any
    body gives skips their subject (the spokesman of a ministry named after it is as likely)."""
    if nxt is not None and nxt.type in ORGS and re.fullmatch(rf"\s*,?\s*{OF}{ORG_NOUN}",
                                                             _gap(text, p.end, nxt.start), re.I):
        return None
    outside = quote_opened(text, sent.start, p.start) is None
    companies = {fold(m.text): m for m in before if m.type == "Company" and not (
        outside and quote_opened(text, sent.start, m.start) is not None)}  # « Helix ... », said its CEO, P
    if len(companies) > 1 or title.lower() not in lexicon("roles")["company_only_titles"] and any(
            m.type in ORGS and m.type != "Company" for m in before):  # a ministry's spokesman, not its CEO
        return None
    alone = title.lower() in lexicon("roles")["any_body_titles"]
    topic = None if alone else scope.topic(("Company",))
    if topic is not None and _rivalled(topic, scope, text):
        topic = None  # "Altavia and Quantix signed a contract. P, the export director": either's
    return next(iter(companies.values()), None) or scope.firm_in_view() or topic or scope.in_view(
        ("Company",), ORGS[:3] if alone else ())  # "La société rejette ... . Son fondateur, P": the article's


#: a preposition before a company that names it as a party in the background of a sentence: a sale's buyer
#: ("a vendu ses sondes à O", "sold the probes to O"), a partner ("a signé un contrat avec O")
BACKGROUND = re.compile(r"\b(?:to|with|for|from|à|au|aux|avec|pour|auprès d[eu']|chez)\s+(?:the |la |le |l'|les )?$",
                        re.I)


def _rivalled(topic: model.Mention, scope: Scope, text: str) -> bool:
    """Whether the sentences since the one that names the topic name another company as one of their
    main actors, not behind a preposition: a subject joined to it ("Altavia and Quantix signed") or an
    object ("Nordsec a racheté Vexor": the bought company's officer is as likely). A buyer or a partner
    ("Vigitel a vendu ses sondes à Madar SA") leaves the topic its titles."""
    since = next((k for k in range(len(scope.recent) - 1, -1, -1) if topic in scope.recent[k]), len(scope.recent))
    return any(o.type == "Company" and fold(o.text) != fold(topic.text) and not BACKGROUND.search(
        _gap(text, max(0, o.start - 30), o.start)) for ms in scope.recent[since:] for o in ms)


def _apposed_title(tail: str, lang: str) -> str | None:
    """A company title apposed after a name, alone in its apposition: "P, the chief executive, said", "P,
    le directeur général, affirme", "P, a former employee, said", or None. Not where the organisation
    follows the title ("P, directeur général de O": _beside's reading)."""
    alt = _alternation("company_titles", lang)
    m = re.match(rf"\s*,\s*(?:the |le |la |l'|an? |une? )?{QUAL}({alt})(?=\s*[,.;)])", tail, re.I)
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
        out += [(p, c, heads[title.lower()], 0.6) for c, title in _titled_state(p, sent, text, alt)]
    return out


#: where a diplomat serves, after the state they serve: "l'ambassadeur de France en Égypte, P", "the
#: ambassador of France to Egypt, P"
POSTED = r"(?:\s+(?:en|à|au|aux|in|to|at)\s+(?:[\w'’-]+\s*){1,3}?)?"


def _titled_state(p: model.Mention, sent: Sent, text: str, alt: str, posted: str = ""
                  ) -> list[tuple[model.Mention, str]]:
    """The state a title names with "of" / "du": "le président du Togo, P", "the President of Togo, P",
    "President P of Togo"; with `posted` (POSTED), also the post after the state ("l'ambassadeur de France en
    Égypte, P"): (state, title)."""
    out = []
    for c in (m for m in sent.mentions if m.type == "Country"):
        if c.end <= p.start and re.fullmatch(rf"{posted}\s*,?\s*{TITLE}", text[c.end:p.start], re.I):
            hit = re.search(rf"(?<![\w-])({alt})\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['’]|d['’]|des\s+"
                            rf"|de\s+)$", text[max(sent.start, c.start - 50):c.start], re.I)
        elif p.end <= c.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[p.end:c.start], re.I) \
                and not re.match(r"\s+[A-Z]", text[c.end:c.end + 3]):  # not "of the Uganda Football Federation"
            hit = re.search(rf"(?<![\w-])({alt})\s*{TITLE}$", text[max(sent.start, p.start - 50):p.start], re.I)
        else:
            continue
        if hit is not None:
            out.append((c, hit.group(1)))
    return out


def _state_beside(hit: re.Match, base: int, sent: Sent, text: str, scope: Scope) -> model.Mention | None:
    """The state a title names beside it: an adjective of nationality ("le président égyptien",
    "Egyptian President") or a genitive ("Belarus's president"), among the states the document names."""
    named = _named_state([w for w in (hit.group(1), hit.group(3)) if w], scope)
    if named is not None:
        return named
    at = base + hit.start(2)
    return next((m for m in sent.mentions if m.type == "Country" and re.fullmatch(
        r"['’]s\s+", text[m.end:at])), None)


def _governments(sent: Sent, doc: model.Document, rx: re.Pattern, roles: dict[str, str], scope: Scope
                 ) -> list[tuple]:
    """Heads of government and their staff where the state is the one in view (for a regime or a government,
    else the one the article is about): "the administration of P", "P's government", "le gouvernement de P",
    "le régime d'Alexandre Loukachenko", "le régime du président P" (P heads it); "le secrétaire général du Premier
    ministre, P" (P serves it); "His successor, P" after a role holder, a head of state or a company's
    chief executive (P holds the same role there)."""
    govs, heads, staffed = lexicon("roles")["governments"], _alternation("heads_of_state"), \
        _alternation("government_heads")
    successors = _alternation("successors")
    text, out = doc.text, []
    for i, p in enumerate(sent.mentions):
        if p.type != "Person":
            continue
        head = _gap(text, max(sent.start, p.start - 90), p.start)
        before = [m for m in sent.mentions[:i] if m.end <= p.start]
        gov = re.search(rf"\b(?:(\w+)\s+)?({_alternation('governments')})(?:\s+([\w-]+))?\s+"
                        rf"(?:(?:of|de|du|under)\s+|d')(?:(?:the |le |la )?(?:{heads})\s+)?{TITLE}$", head, re.I)
        if gov and govs[gov.group(2).lower()] == "head of state" and re.search(
                rf"\b(?:{_alternation('chaired_bodies')})\b", head[:gov.start()], re.I):
            gov = None  # "le conseil s'est réuni sous la présidence de P": the board's chair
        state = gov and (_state_in_view((gov.group(1), gov.group(3)), before, scope, sent, text) or (
            _sole_state(sent) if govs[gov.group(2).lower()] == "head of state" else None) or (
            _article_state(sent, doc, scope)))
        if gov and state:  # "sous les présidences de P puis de Q": Q too
            out += [(q, state, govs[gov.group(2).lower()], 0.55) for q in [p] + _then(p, sent, text)
                    if q is p or gov.group(2).lower().endswith("s")]
        owned = re.match(rf"['’]s\s+({_alternation('governments')})\b", text[p.end:p.end + 30], re.I)
        state = owned and _state_in_view((), before, scope, sent, text)  # "Giorgia Meloni's government"
        if owned and state:
            out.append((p, state, govs[owned.group(1).lower()], 0.55))
        staff = re.search(rf"({rx.pattern})\s+(?:du|de la|of the|to the)\s+(?:{staffed})"
                          rf"(?:\s+(?P<adj>[\w-]+))?\s*,\s*{TITLE}$", head, re.I)
        state = staff and _state_in_view((staff.group("adj"),), before, scope, sent, text)
        if staff and state:
            out.append((p, state, _role(staff.group(1), roles), 0.55))
        succ = re.search(rf"\b(?:his|her|son|sa)\s+(?:{successors})\s*,?\s*{TITLE}$", head, re.I)
        named = _successor_regex().search(head)  # "le successeur de M. A, P", "A's successor, P": A's role
        whose = named and (named.group("who") or named.group("who2"))
        held = [h for h in reversed(scope.held) if whose and len(scope.recent) - h[0] <= 4 * NEAR_SENTS and (
            fold(h[1].text) == fold(whose) or fold(h[1].text).endswith(" " + fold(whose)))]
        if held and held[0][1].id != p.id:
            out.append((p, held[0][2], held[0][3], 0.55))
        last = scope.held[-1] if scope.held else None
        people = [m for ms in scope.recent for m in ms if m.type == "Person"] + [
            m for m in before if m.type == "Person"]
        if succ and last and len(scope.recent) - last[0] <= NEAR_SENTS and last[1].id != p.id and (
                people and people[-1].text == last[1].text):  # "his" is the last person named: the holder
            out.append((p, last[2], last[3], 0.55))
    return out


def document_state(doc: model.Document, scope: Scope) -> model.Mention | None:
    """The state the article is about: named, or called by its adjective, three times or more and more than
    twice as often as any other (Scope.main_state_counting), else the one its headline names."""
    return scope.main_state_counting(doc.text) or _headline_state(doc, scope)


def _article_state(sent: Sent, doc: model.Document, scope: Scope) -> model.Mention | None:
    """The state the article is about (document_state), for "le régime d'Alexandre Loukachenko" in a
    sentence that names no state and no adjective of nationality ("les ventes françaises au régime de P": the
    buyer's, not France's), where the sentences just before name it or one of its bodies (an article about
    Belarus may speak of another regime)."""
    if any(m.type == "Country" for m in sent.mentions) or _sentence_codes(sent, doc.text):
        return None
    state = document_state(doc, scope)
    if state is None or not any(m.type in ("Country", "PublicBody") and m.country == state.country
                                for ms in scope.recent[-NEAR_SENTS - 1:] for m in ms):
        return None  # the state must be in view too: it or one of its bodies named just before
    return state


@lru_cache(maxsize=None)
def _successor_regex() -> re.Pattern:
    """A successor named by whom they succeeded, before the name: "le successeur de M. A, P", "A's
    successor, P"."""
    successors = _alternation("successors")
    return re.compile(rf"\b(?:{successors})\s+(?:de |d'|of )(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?)?\s*"
                      rf"(?P<who>[\w'-]+(?:\s+[\w'-]+)?)\s*,\s*{TITLE}$"
                      rf"|(?P<who2>[\w'-]+)['’]s\s+(?:{successors})\s*,?\s*{TITLE}$")


def _then(p: model.Mention, sent: Sent, text: str) -> list[model.Mention]:
    """The people named after P in a list of terms: "sous les présidences de P puis de Q", "P and Q"."""
    out: list[model.Mention] = []
    for q in sent.mentions[sent.mentions.index(p) + 1:]:
        if q.type != "Person" or not re.fullmatch(rf"\s*,?\s*(?:puis|et|and|then|,)\s+(?:de |d'|of )?{TITLE}",
                                                  _gap(text, (out or [p])[-1].end, q.start), re.I):
            break
        out.append(q)
    return out


def _sole_state(sent: Sent) -> model.Mention | None:
    """The one state a sentence names, before or after the person ("Lancé sous la présidence de P, le
    système ... de l'Équateur")."""
    return _sole([m for m in sent.mentions if m.type == "Country"])


def _state_in_view(words: tuple[str | None, ...], before: list[model.Mention], scope: Scope,
                   sent: Sent | None = None, text: str = "", adjectives: bool = False
                   ) -> model.Mention | None:
    """The state an adjective of nationality among `words` names, else the one state in view, else (with
    the sentence) the one the sentence points at."""
    return _named_state([w for w in words if w], scope) or scope.one_country(before) or (
        _sentence_state(sent, text, before, scope, adjectives) if sent is not None else None)


def _sentence_state(sent: Sent, text: str, before: list[model.Mention], scope: Scope, adjectives: bool
                    ) -> model.Mention | None:
    """Where several states are in view, the one the sentence points at: the one it names before the
    person, not as a company's owner nor inside a relative clause ("In Greece, ... the government of P",
    not "Israel's NSO"); else the state the document is about (_main_state); else, with `adjectives`, the
    one an adjective of nationality in the sentence names, among those the document names ("an Israeli
    lawyer asked Attorney General P"). Not for a regime or a government: there the adjectives tend to name
    the seller ("les ventes françaises au régime de P")."""
    states = [m for m in before if m.type == "Country" and not _owner_of_next(m, sent, text)
              and not _in_clause(m, sent)]
    if states and len({_state_key(m) for m in states}) == 1:
        return states[-1]
    main = _main_state(scope)
    if main is not None or not adjectives:
        return main
    codes = _sentence_codes(sent, text)
    named = {c: s for c in codes if (s := named_state(c, scope.mentions))}  # each state's first mention
    return next(iter(named.values())) if len(named) == 1 else None


def _main_state(scope: Scope) -> model.Mention | None:
    """The state the document is about: named three times or more, and more than twice as often as any
    other (counted once per document: Scope.main_state)."""
    return scope.main_state


def _main_state_of(mentions: list[model.Mention]) -> model.Mention | None:
    counts: dict[str, list[model.Mention]] = {}
    for m in mentions:
        if m.type == "Country":
            counts.setdefault(_state_key(m), []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True) + [[]]
    return ranked[0][0] if len(ranked[0]) >= 3 and len(ranked[0]) > 2 * len(ranked[1]) else None


def _in_clause(m: model.Mention, sent: Sent) -> bool:
    """Whether the mention lies in a relative clause ("a lawyer who challenged sales to Myanmar")."""
    tok = token_at(sent.span.doc, m.start, m.end)
    return tok is not None and any(t.dep_ in ("relcl", "acl:relcl") for t in (tok, *tok.ancestors))


def _owner_of_next(m: model.Mention, sent: Sent, text: str) -> bool:
    """Whether the mention is the genitive owner of the organisation named right after ("Israel's NSO")."""
    own = re.match(r"['’]s\s+", text[m.end:m.end + 4])
    return own is not None and any(n.start == m.end + own.end() and n.type in ORGS[:3] for n in sent.mentions)


def _named_state(words: list[str], scope: Scope) -> model.Mention | None:
    """The state an adjective of nationality among `words` names, where the document names it."""
    for word in words:
        code = demonyms().get(fold(word))
        named = [m for m in scope.mentions if m.type == "Country" and code and m.country == code]
        if named:
            return named[0]
    return None


def _hired(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"O hired P as an adviser", "It had hired P, a former diplomat, as an adviser", "O a recruté P comme
    conseiller": P works for O in that role. The hirer is an organisation named right before the verb or,
    where a pronoun opens the sentence ("It", "Elle", "The company"), the company in view."""
    out: list[tuple] = []
    verbs = _alternation("hire_verbs")
    for i, p in enumerate(sent.mentions):
        if p.type != "Person":
            continue
        head = _gap(text, max(sent.start, p.start - 80), p.start)
        verb = re.search(rf"(?<!\w)(?:{verbs})\s+(?:(?:l'|le |la |the |a |an )(?:[\w-]+\s+){{1,3}})?$", head,
                         re.I)  # "a engagé l'ancien ministre P"
        if verb and re.search(r"\b(?:of|de|du|des|d'|to|for|pour|à|with|avec)\b", verb.group(0), re.I):
            verb = None  # "hired the brother of P": not P
        tail = _gap(text, p.end, min(sent.end, p.end + 120))
        role = re.match(rf"(?:\s*,[^,;()]{{1,90}},)?\s*(?:[\w'-]+\s+){{0,3}}?"
                        rf"(?:as|comme|en tant que|en qualité de)\s+(?:an? |the |son |sa |leur |its |their )?"
                        rf"{QUAL}({rx.pattern})(?!\w)", tail, re.I)
        appoints = verb and re.match(rf"\s*(?:{_alternation('appoint_verbs')})\b", verb.group(0), re.I)
        if role is None and appoints:
            role = re.match(rf"\s+(?:{QUALIFIERS})?({rx.pattern})(?!\w)", tail, re.I)  # "a nommé P directeur"
        plain = verb and role is None and re.fullmatch(rf"(?:{_alternation('plain_hire_verbs')})\s+",
                                                       verb.group(0), re.I) and not re.match(r"['’]", tail)
        if not verb or not (role or plain):  # "Helix hired P in 2015": an employee; not "hired P's firm"
            continue
        at, hirer = p.start - len(head) + verb.start(), None
        prev = sent.mentions[i - 1] if i else None
        if prev is not None and prev.type in ORGS and re.fullmatch(
                r"\s*(?:(?:had|has|have|avait|a)\s+)?", _gap(text, prev.end, at)):
            hirer = prev
        elif p.start - len(head) == sent.start and re.fullmatch(
                rf"\s*(?:it|elle|{ANAPHOR})\s+(?:(?:had|has|avait|a)\s+)?", head[:verb.start()], re.I):
            hirer = scope.in_view(("Company", "Organization"))
        if hirer is not None:
            out.append((p, hirer, _role(role.group(1), roles) if role else "employee", 0.6))
    return out


@lru_cache(maxsize=None)
def _possessive_after_regexes(roles_rx: str) -> tuple[re.Pattern, ...]:
    """_possessive_after's readings of the words after a name (`roles_rx`: role_regex's pattern), built
    once: "its CEO", "l'architecte de son réseau", "son avocat", "l'un de ses fondateurs", "one of its
    engineers"."""
    parts = _alternation("org_parts")
    plural = r"(?P<plural>[\w-]+(?:\s+[\w-]+){0,3}?)"  # the role's words and qualifiers, read by _singular
    return (re.compile(rf"\s*,\s*{THEN}(?:its|their)\s+{QUAL}({roles_rx}){AND_ROLE}", re.I),
            re.compile(rf"\s*,\s*(?:(?:présentée?|décrite?|described|presented|known)\s+(?:comme|as)\s+)?"
                       rf"{DET}{QUAL}({roles_rx})\s+(?:de|d'|of)\s*(?:son|sa|ses|its|their|leur)\s+"
                       rf"(?:[\w-]+\s+)?(?:{parts})\b", re.I),
            re.compile(rf"\s*,\s*{THEN}(son|sa|leur|his|her)\s+{QUAL}({roles_rx}){AND_ROLE}", re.I),
            re.compile(rf"\s*,\s*(?:l'une?|un|une)\s+(?:de|d'|des)\s+(ses|leurs)\s+({plural})"
                       rf"(?=\s*[,.;)])", re.I),
            re.compile(rf"\s*,\s*one\s+of\s+(?:its|their)\s+({plural})(?=\s*[,.;)])", re.I))


def _possessive_after(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope
                      ) -> list[tuple]:
    """"P, its chief executive", "P, présentée comme l'architecte de son réseau", "P, described as the
    architect of its network", "P, one of its engineers": P works for the organisation the possessive is
    (the one named before in the sentence, else the one in view). After "son/sa", only a part of an
    organisation (lexicon org_parts): "P, l'avocat de sa famille" is his own family; "P, son avocat",
    "P, l'un de ses fondateurs": the one actor named before, a person or a body."""
    out: list[tuple] = []
    its, of_its, kin_rx, one_of_kin, one_of_its = _possessive_after_regexes(rx.pattern)
    for i, p in enumerate(sent.mentions):
        if p.type != "Person":
            continue
        tail = _gap(text, p.end, min(sent.end, p.end + 90))
        direct = its.match(tail) or _one_of(one_of_its, tail, roles)
        part = of_its.match(tail)
        kin = kin_rx.match(tail) or _one_of(one_of_kin, tail, roles)
        hit = direct or part
        if kin is not None:  # "P, son avocat": the one actor named before, a person or a body
            kinds = OWNER_KINDS.get(kin.group(1).lower(), ("Person", *ORGS))  # "ses": a person's or a body's
            owners = [m for m in sent.mentions[:i] if m.type in kinds]
            if quote_opened(text, sent.start, p.start) is None:  # « … la police … », dit P, son directeur
                owners = [m for m in owners if quote_opened(text, sent.start, m.start) is None]
            owner = _sole(owners) if owners else _sole_in_view(kinds, scope)
            if owner is not None:
                out.append((p, owner, _role(_role_word(kin, 2, roles), roles), 0.55))
        if hit is None:
            continue
        kinds = ORGS[:3] if direct else ("Company",)  # a network: a company's, not a sanctioning body's
        owners = [m for m in sent.mentions[:i] if m.type in kinds]
        owner = owners[-1] if owners else scope.in_view(("Company", "Organization") if direct else kinds) \
            or scope.firm_in_view()
        if owner is not None and not (owner.type == "Company" and _state_role(_role_word(hit, 1, roles))):
            out.append((p, owner, _role(_role_word(hit, 1, roles), roles), 0.55))
    return out


def _state_role(word: str) -> bool:
    """Whether a role only a state gives: a minister, a head of government, a state title ("P, then its
    interior minister" after "Belarus bought cameras from Helix" is Belarus's, never Helix's)."""
    low = word.lower()
    return "minist" in low or low in lexicon("roles")["state_only_heads"] or low in {
        t for ts in lexicon("roles")["state_titles"].values() for t in ts}


def _one_of(regex: re.Pattern, tail: str, roles: dict[str, str]) -> re.Match | None:
    """`regex`'s match of "one of its engineers", "l'un de ses fondateurs", where its plural is a role."""
    hit = regex.match(tail)
    return hit if hit and _singular(hit.group("plural"), roles) else None


def _role_word(hit: re.Match, group: int, roles: dict[str, str]) -> str:
    """The role a match names: its plural read singular ("engineers": engineer), else its group."""
    plural = hit.groupdict().get("plural")
    return (_singular(plural, roles) or plural) if plural else hit.group(group)


FOUNDED = r"(?:co-?founded|founded|set up|created|a (?:co-?)?fondé|(?:co-?)?fonda|a créé|créa)"
WHEN = r"(?:\s+(?:in|en)\s+\d{4})?"  # "founded in 2010 by"
FOUNDED_BY = (rf"(?:(?:co-?)?fondée?s?{WHEN} par|créée?s?{WHEN} par|(?:co-?)?founded{WHEN} by|set up{WHEN} by"
              rf"|created{WHEN} by)")
#: "P and Q", "P, its chief executive, and Q" (an apposition, not a clause, between them), "O en 2004 avec Q"
WITH = (r"(?:\s+(?:in|en)\s+\d{4})?"  # "a cofondé O en 2004 avec Q"
        r"\s*(?:,\s*(?![^,;()]*\b(?:who|qui|which|that|has|had|est|was)\b)(?![^,;()]+\sa\s)"  # "a": French "has",
        # not the article opening the apposition ("P, a former officer, and Q")
        r"(?:its |son |sa |the |le |la |l')?[^,;()]{1,80},\s*)?(?:,\s*)?(?:with|avec|and|et|&)"
        r"(?:\s+(?:par|by))?\s*")  # "fondée par P et par Q", "founded by P and by Q"


#: the subject's later founding, after another clause: "P left O in 2015 to found Y", "P quitte O pour fonder
#: Y", "P, qui a travaillé chez O avant de créer Y", "P sold O and founded Y" (no relative clause between:
#: not "P met the man who founded Y")
FOUNDED_LATER = re.compile(
    r"(?:\s+|\s*,\s*(?:who|qui)\s+)(?![^.;]*\b(?:who|whose|whom|qui|que|dont)\b)[^.;]{1,110}?\b"
    r"(?:to|pour|and|et|then|puis|before|avant de|later|ensuite)\s+(?:went on to\s+|a\s+|avait\s+)?"
    r"(?:co-?found(?:ed|ing)?|found(?:ed|ing)?|set(?:ting)? up|launch(?:ed|ing)?|start(?:ed|ing)?"
    r"|creat(?:e|ed|ing)|(?:co-?)?fond(?:er|é|e|a)|cré(?:er|é|e|a)|lanc(?:er|é|e|a)|mont(?:er|é|e|a))\s+"
    r"(?:(?:the |l'|la |le |a |an |une? )?(?:(?:his|her|their|sa|son|leur) (?:own )?)?(?:propre )?"
    r"(?:(?:company|firm|start-up|startup|société|entreprise|boîte)\s*,?\s*)?)?", re.I)


def _founders(sent: Sent, text: str) -> list[tuple]:
    """"P (co-)founded O (with Q)", "P a fondé O", "O, fondée par P et Q": P (and Q) founded O; "P left O in
    2015 to found Y", "P, qui a travaillé chez O avant de créer Y": P founded Y (FOUNDED_LATER)."""
    out: list[tuple] = []
    ms = sent.mentions
    for i, a in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is None:
            continue
        gap = _gap(text, a.end, nxt.start)
        if a.type == "Person" and nxt.type in ("Company", "Organization") and re.fullmatch(
                rf"\s*,?\s*(?:(?:who|qui)\s+)?(?:also\s+|aussi\s+)?{FOUNDED}\s+(?:l'|la |le |the )?",
                _relative(gap), re.I):  # "P, a former officer who co-founded O"
            people = [a] + [q for q in ms[i + 2:i + 3] if q.type == "Person"
                            and re.fullmatch(WITH, _gap(text, nxt.end, q.start), re.I)]
            out += [(p, nxt, "founder", 0.7) for p in people]
        if a.type in ("Company", "Organization") and nxt.type == "Person" and re.search(
                rf"{FOUNDED_BY}\s+{TITLE}$", gap, re.I) and len(gap.split()) <= 10:
            people = [nxt] + [q for q in ms[i + 2:i + 3] if q.type == "Person"
                              and re.fullmatch(WITH, _gap(text, nxt.end, q.start), re.I)]
            out += [(p, a, "founder", 0.7) for p in people]
        out += _founders_among(a, ms[i + 1:], text)
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        for m in ms[i + 1:]:
            if m.type == "Person" or m.start - p.end > 140:
                break
            if m.type in ("Company", "Organization") and FOUNDED_LATER.fullmatch(_gap(text, p.end, m.start)):
                out.append((p, m, "founder", 0.6))
    return out


#: "O was set up in 2012 by a group of activists, among them P", "O, fondée par des militants, dont P": the
#: passive of founding after O, then a group of people, then the members named
FOUNDED_AMONG = (r"\s*,?\s*(?:(?:which|qui)\s+)?(?:{be})?{founded}\s+[^.;:()]{{3,80}}?"
                 r"(?:\s*,\s*|\s+)(?:{among})\s+{title}")


@lru_cache(maxsize=None)
def _among_regex() -> re.Pattern:
    return re.compile(FOUNDED_AMONG.format(be=PASSIVE_BE, founded=FOUNDED_BY, among=_alternation("among"),
                                           title=TITLE), re.I)


def _founders_among(org: model.Mention, after: list[model.Mention], text: str) -> list[tuple]:
    """"O was set up in 2012 by a group of activists and researchers, among them P", "O a été fondée par
    des militants, dont P et Q", "O was founded by several activists, including P": P (and Q) founded O
    (the organisation that is the passive's subject, nothing named between). Not "O targeted a group of
    activists, among them P" (no founding), not a founder named by name ("founded by P": _founders)."""
    if org.type not in ("Company", "Organization") or not after or after[0].type != "Person":
        return []
    if not _among_regex().fullmatch(_gap(text, org.end, after[0].start)):
        return []
    people = [after[0]] + [q for q in after[1:2] if q.type == "Person"
                           and re.fullmatch(r"\s*(?:,|and|et|&)\s*", _gap(text, after[0].end, q.start), re.I)]
    return [(p, org, "founder", 0.6) for p in people]


def _apposed_genitive(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str]) -> list[tuple]:
    """"P, O's former sales director, said", "P, a former O executive", "P was named O's chief executive":
    P works for O in that role. Not
    when the role's own organisation follows it: in "P, China director at O", China is the role's beat."""
    out: list[tuple] = []
    for i, (a, b) in enumerate(zip(sent.mentions, sent.mentions[1:])):
        apposed = re.fullmatch(rf"(?:\s*,\s*{AGE}(?:{COPULA})?|\s+(?:{_alternation('copulas', 'fr')})\s+)"
                               rf"(?:the |a |an )?(?:former |then |ex-)?"
                               rf"(?:senior |top |longtime )?",
                               _gap(text, a.end, b.start), re.I)
        if a.type != "Person" or b.type not in ORGS or not apposed:
            continue
        after = _gap(text, b.end, min(sent.end, b.end + 60))
        m = re.match(rf"(?:'s?)?\s+{QUAL}(?:[\w-]+\s+){{0,2}}?({rx.pattern})(?!\w)", after, re.I)
        nxt = sent.mentions[i + 2] if i + 2 < len(sent.mentions) else None
        if m and nxt is not None and nxt.type in ORGS and re.fullmatch(
                rf"\s*{OF}{ORG_NOUN}", _gap(text, b.end + m.end(), nxt.start), re.I):
            continue
        if m:
            out.append((a, b, _role(_longest(after, m.start(1), m.group(1), roles), roles), 0.75))
    return out


LED = (r"(?:led|leads|ran|runs|headed|heads|chaired|chairs|managed|manages|has led|had led|has run|had run"
       r"|oversees|oversaw|has overseen|directs|directed|pilote|pilotait"
       r"|has headed|had headed|a dirigé|avait dirigé|dirige|dirigeait|dirigea|a présidé|préside|présidait"
       r"|a géré|gérait|took the helm (?:of|at)|has taken the helm (?:of|at)|took charge of"
       r"|(?:a pris|avait pris|prend|prit) (?:la tête|la direction|les rênes) d[eu']?)")  # "a pris la tête de O"


LED_BY = (r"(?:(?:led|run|headed|chaired|managed|directed|ruled|governed)"
          r"|(?:dirigée?s?|présidée?s?|gérée?s?|pilotée?s?|gouvernée?s?))\s+(?:by|par)")
#: "The company is led by P", "La société est dirigée par P": a passive's auxiliary (not a future's)
PASSIVE_BE = (r"(?:(?:is|was|has been|had been|is now|was then|est|était|a été|avait été|est désormais"
              r"|fut)\s+)")
#: "P, speaking on behalf of O", "P, au nom de O": P speaks for O (represents only)
ON_BEHALF = (r"(?:(?:speaking|acting|parlant|s'exprimant)\s+)?(?:on behalf of|for and on behalf of"
             r"|au nom d[eu]|au nom des|au nom d'|pour le compte d[eu]|pour le compte d')")

#: "P, who sits on the board of O", "P, qui siège au conseil d'administration de O"
BOARD_OF = (r"(?:the |the supervisory )?(?:board|conseil d'administration|conseil de surveillance|directoire)"
            r"\s+(?:of |de |d'|du |des )")
SEATED = (r"\s*,\s*(?:who|qui)\s+(?:(?:also|still|then|long|aussi|alors|longtemps|toujours)\s+)?"
          r"(?:sits|sat|has sat|had sat|siège|siégeait|a siégé|avait siégé)\s+(?:on|in|au|à|dans le)\s+")
BOARD_SEAT = re.compile(rf"{SEATED}(?:the |its )?{BOARD_OF}(?:l'|la |le |the )?", re.I)
BOARD_OWNED = re.compile(rf"{SEATED}(?:the )?", re.I)  # "P, who sits on O's board"
#: "P, who represents O", "P, qui défend O": P speaks for O (a lawyer, represents only)
REPRESENTS = (r"(?:represents|represented|has represented|had represented|is representing|defends"
              r"|defended|has defended|représente|représentait|a représenté|avait représenté|défend"
              r"|défendait|a défendu|avait défendu)")
#: a sentence opening on whom its subject speaks for: "Au nom de O, P a contesté", "Speaking for O, P said"
FRONTED_FOR = re.compile(rf"\W{{0,3}}(?:{ON_BEHALF}|speaking for|s'exprimant pour)\s*"
                         rf"(?:l'|la |le |les |the )?", re.I)


@lru_cache(maxsize=None)
def _whose_regex(roles_rx: str) -> re.Pattern:
    """"est le PDG" after a name: the role of `roles_rx` (role_regex's pattern), built once."""
    return re.compile(rf"\s+(?:est|était|a été|is|was)\s+{DET}{QUAL}({roles_rx})(?!\w)", re.I)


@lru_cache(maxsize=None)
def _whose_is_regex(roles_rx: str) -> re.Pattern:
    """", dont le PDG est", ", whose chief executive is" between an organisation and a name: the role of
    `roles_rx` (role_regex's pattern), built once."""
    return re.compile(rf"\s*,\s*(?:dont\s+(?:le |la |les |l')|whose\s+)(?:{QUALIFIERS})?({roles_rx})\s+"
                      rf"(?:est|était|a été|fut|is|was|has been|had been)\s+"
                      rf"(?:(?:alors|depuis \d{{4}}|then|since \d{{4}})\s+)?{TITLE}", re.I)


#: a charge in a clause: "who handles exports at O", "qui s'occupe des ventes de O", "who is in charge of
#: sales at O" (_heads_unit)
IN_CHARGE = (r"(?:handles|handled|(?:is|was) (?:in charge|responsible) (?:of|for)|s'occupe|s'occupait"
             r"|(?:est|était) (?:en charge|chargée?|responsable))")


def _heads_unit(gap: str, text: str, org: model.Mention) -> bool:
    """Whether the clause between a person and an organisation says the person heads a part of it: "P, who
    oversees sales at O", "P, qui pilote les ventes de O en Afrique", "P, who runs the export unit at O", "P,
    who until 2018 was in charge of sales in the Middle East for O".
    Not where the organisation's name qualifies a noun after it ("sales of O servers") or where the
    part is no part ("l'enquête sur O": no "de"/"at" before O)."""
    return bool(re.fullmatch(rf"\s*,\s*(?:who|qui)\s+{SPAN}{ADVERB}(?:{LED}|{IN_CHARGE})\s+"
                             rf"(?:the |l'|la |le |les |its |ses |son |sa )?"
                             rf"(?:[\w-]+\s+){{1,5}}?(?:at|of|for|within|de|du|des|d'|chez|au sein de)\s*"
                             rf"(?:the |l'|la |le )?", gap, re.I)) and bool(re.match(
        r"\s*(?:[,.;)–—]|$|(?:en|in|since|depuis|from|à|au|aux|for|pour)\b)", text[org.end:org.end + 12]))


#: a time or a span before a verb of leading: "O, alors dirigé par P", "O, then led by P", "O, longtemps
#: présidée par P"
LED_WHEN = (r"(?:(?:alors|then|now|longtemps|long|désormais|jusqu'alors|actuellement|currently|formerly"
            r"|aujourd'hui|today|at the time|à l'époque)\s+)?")
#: a common noun before the leader's name: "chaired by the jurist P", "dirigée par le juge P", "led by its
#: chief executive P"
LEADER_NOUN = r"(?:(?:the|its|le|la|l'|son|sa)\s*(?:(?!(?:de|du|des|of)\s)[a-zà-ÿ-]+\s+){1,2})?"
#: a first name the mention of a person leaves out ("dirigé par Zbigniew Ziobro" where only the surname,
#: named again later, is a mention)
FIRST_NAME = r"(?-i:(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?\s)?)"
#: between an organisation and a name: "O, led by P", "O, which is run by P", "O is led by P", "O alors
#: dirigé par P", "O, chaired by the jurist P"
ORG_LED_BY = re.compile(rf"(?:\s*,\s*(?:(?:which|qui)\s+)?(?:{PASSIVE_BE})?|\s+{PASSIVE_BE}"
                        rf"|\s+(?={LED_WHEN}{LED_BY}))"
                        rf"{LED_WHEN}(?P<v>{LED_BY})\s+{LEADER_NOUN}{TITLE}{FIRST_NAME}", re.I)


@lru_cache(maxsize=None)
def _unit_led_by() -> re.Pattern:
    """ORG_LED_BY after a part of the organisation (lexicon units) its genitive names: "O's Middle East
    business, led by P", "O's export unit, run by P": P heads a part of O, so works for O."""
    return re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{_alternation('units')}){ORG_LED_BY.pattern}", re.I)


#: "O, que dirige P", "O, qu'a fondé P"; and after "O, which P": "founded in 2010"; "O (A), l'institution que
#: préside P"
ORG_LED_INVERTED = re.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?,\s*(?:(?:l'|la |le |the )[a-zà-ÿ-]+\s+)?"
                              rf"(?:que|qu'|qu’)\s*(?P<v>{LED}|{FOUNDED})\s+{TITLE}", re.I)
ORG_LED_AFTER = re.compile(rf"\s+(?:(?:had|has|also|then)\s+)?(?P<v>{LED}|{FOUNDED})\b", re.I)


#: a description apposed to a name before a relative clause, with no preposition in it (in "P, a friend of
#: the man who founded O" the clause is the man's): "P, a former intelligence officer who co-founded O"
DESCRIBED_WHO = re.compile(r"\s*,\s*(?:(?:an?|the|une?|le|la)\s+|l')(?:(?!(?:of|de|du|des|for|with|pour|avec)\s)"
                           r"[\w-]+\s+){0,6}?(?=(?:who|qui)\s)", re.I)


def _relative(gap: str) -> str:
    """The gap between a name and an organisation with the description apposed before a relative clause
    left out: "P, a former intelligence officer who co-founded O" reads as "P, who co-founded O"."""
    m = DESCRIBED_WHO.match(gap)
    return ", " + gap[m.end():] if m else gap


def _led_role(verb: str) -> str:
    """The role a verb of leading or founding gives: "founder" for "founded", "a fondé", "chair" for
    "chaired", "présidée", else "head"."""
    if re.search(r"fond|found|set up|cré", verb, re.I):
        return "founder"
    return "chair" if re.search(r"chair|présid", verb, re.I) else "head"


def _led_agrees(org: model.Mention, person: model.Mention, sent: Sent) -> bool:
    """Whether a French participle of leading after "de O" agrees with O's noun and not with the noun O
    complements ("l'autorité du ministère de la Justice alors dirigé par P": the ministry's head; not "la
    plainte du ministère, dirigée par P")."""
    doc = sent.span.doc
    head = token_at(doc, org.start, org.end)
    part = next((t for t in sent.span if org.end <= t.idx < person.start and t.pos_ in ("VERB", "ADJ")
                 and "Part" in t.morph.get("VerbForm", [])), None)
    if head is None or part is None or head.pos_ != "NOUN":
        return False
    gender = part.morph.get("Gender", [])
    owner = head.head if head.dep_ == "nmod" and head.head.pos_ == "NOUN" else None
    return bool(gender) and head.morph.get("Gender", []) == gender and (
        owner is None or owner.morph.get("Gender", []) not in ([], gender))


@lru_cache(maxsize=None)
def _led_regexes() -> tuple[re.Pattern, ...]:
    """_led's regexes of the words between a person and an organisation, built once: "P, who led O", "P runs
    O", "P, who represents O", "P, au nom de O"."""
    return (re.compile(rf"\s*,\s*(?:who|qui)\s+(?:(?:also|then|once|long|aussi|alors|longtemps)\s+)?{LED}\s+"
                       rf"(?:l'|la |le |the )?", re.I),
            re.compile(rf"\s+{ADVERB}(?!oversee|oversaw|direct|has overseen){LED}\s+(?:l'|la |le |the )?", re.I),
            re.compile(rf"\s*,\s*(?:who|qui)\s+{ADVERB}{REPRESENTS}\s+(?:l'|la |le |les |the )?", re.I),
            re.compile(rf"\s*{MARK}\s*{ON_BEHALF}\s*(?:l'|la |le |les |the )?", re.I))


def _led(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str]) -> list[tuple]:
    """"P, who led O (until 2015)", "P, qui a dirigé O", "O, led by P", "O, dirigée par P", "O, dont P est le
    PDG", "O, que dirige P", "O, which P founded": P headed (founded) O. "P, speaking on behalf of O", "P,
    au nom de O", "Au nom de O, P", "P, who represents O", "P, qui défend O": P represents O. "P dirige O
    depuis 2012", "P runs O" (not "oversees", "directed": a regulator's, a judge's), "P, who sits on the board
    of O": P heads O, sits on its board."""
    out: list[tuple] = []
    who_led, runs, represents, on_behalf = _led_regexes()
    for a, b in zip(sent.mentions, sent.mentions[1:]):
        if a.type != "Person" or b.type not in ("Company", "Organization", "PublicBody"):
            continue
        gap = _relative(_gap(text, a.end, b.start))
        if who_led.fullmatch(gap):
            out.append((a, b, "head", 0.7))
        elif runs.fullmatch(gap) and not re.match(r"['’]", text[b.end:b.end + 2]):
            out.append((a, b, "head", 0.65))  # "P dirige O depuis 2012", "P runs O"; not "P runs O's unit",
            # "the regulator P oversees O", "P directed O to pay"
        elif represents.fullmatch(gap):
            out.append((a, b, "lawyer", 0.6))  # "P, who represents O", "P, qui défend O"
        elif BOARD_SEAT.fullmatch(gap) or BOARD_OWNED.fullmatch(gap) and re.match(
                r"['’]s?\s+(?:supervisory\s+)?board\b", text[b.end:b.end + 30]):
            out.append((a, b, "board member", 0.65))  # "P, who sits on the board of O", "on O's board"
        elif on_behalf.fullmatch(gap):
            out.append((a, b, "representative", 0.6))
        elif _heads_unit(gap, text, b):
            out.append((a, b, "head", 0.6))
    for a, b in zip(sent.mentions, sent.mentions[1:]):
        if a.type in ("Company", "Organization", "PublicBody") and b.type == "Person" and re.fullmatch(
                rf"\s*,\s*{TITLE}", _gap(text, a.end, b.start)) and FRONTED_FOR.fullmatch(
                _gap(text, sent.start, a.start)):
            out.append((b, a, "representative", 0.6, True))  # "Au nom de O, P a contesté": P speaks for O
        pre = a.type in ("Company", "Organization", "PublicBody") and re.search(
            r"\b(?:into|against|on|about|of|contre|sur|visant|concernant|(de|du|d'))\s*$",
            _gap(text, max(sent.start, a.start - 20), a.start), re.I)
        if a.type not in ("Company", "Organization", "PublicBody") or b.type != "Person" or pre and not (
                pre.group(1) and _led_agrees(a, b, sent)):
            continue  # "the investigation into O, led by P": P leads the investigation
        gap = _gap(text, a.end, b.start)
        if led := ORG_LED_BY.fullmatch(gap) or _unit_led_by().fullmatch(gap):
            out.append((b, a, _led_role(led.group("v")), 0.65))  # "O, led by P", "O, dirigée par P"
        inverted = ORG_LED_INVERTED.fullmatch(gap)
        relative = re.fullmatch(r"\s*,\s*(?:which|that)\s+", gap, re.I) and ORG_LED_AFTER.match(
            text[b.end:b.end + 40])
        for hit in (inverted, relative):
            if hit:  # "O, que dirige P", "O, qu'a fondé P", "O, which P founded in 2010"
                out.append((b, a, _led_role(hit.group("v")), 0.65))
        whose = _whose_regex(rx.pattern).match(_gap(text, b.end, min(sent.end, b.end + 60)))
        if whose and re.fullmatch(r"\s*,\s*(?:dont|of which)\s+", gap, re.I):
            out.append((b, a, _role(whose.group(1), roles), 0.65))  # "O, dont P est le PDG"
        if held := _whose_is_regex(rx.pattern).fullmatch(gap):
            out.append((b, a, _role(held.group(1), roles), 0.65))  # "O, dont le PDG est P", "O, whose CEO is P"
    return out


#: a minister's portfolio: "de l'Intérieur", "des Affaires étrangères", "of the Interior", "for Trade"
#: of two words ("for human rights", "des droits de l'homme", "de la Sécurité publique"; not a time: "de
#: l'Intérieur de l'époque")
PORTFOLIO = (r"(?:(?:de l'|de la |du |des |d'|au |à la |aux )[\w-]+"
             r"(?:\s+(?:étrangères|extérieures|publics|publiques?|intérieure|nationale|civile))?"
             r"(?:\s+(?:de l'|de la |du |des |d'|de )(?!époque|alors|moment|temps|transition)[\w-]+)?"
             r"|(?:of|for)\s+(?:the\s+)?[\w-]+(?:\s+(?!and\b)[a-z][\w-]+)?)")
#: words before a head of state's title that make it another office ("vice president P")
NOT_HEAD = {"vice", "deputy", "co", "honorary", "adjoint", "its", "his", "her", "their", "our", "whose",
            "son", "sa", "leur", "notre", "dont"}  # and possessives: "its president P" is a company's
NOT_PORTFOLIO = {"former", "current", "ancien", "ancienne", "actuel", "actuelle", "nouveau", "nouvelle",
                 "deputy", "junior", "senior", "acting"}  # words before "minister" that name no portfolio
MINISTER = (rf"(?P<t>(?:vice-|sous-)?(?:ministre|minister)|secretary|secrétaire)"
            rf"(?:\s+(?P<a3>[\w-]+))??(?:\s+(?P<port>{PORTFOLIO}"
            rf"(?:\s+(?:et|and)\s+(?:{PORTFOLIO}|[\w-]+))?))?(?:\s+(?P<a4>[\w-]+))??")


@lru_cache(maxsize=None)
def _minister_regexes() -> tuple[re.Pattern, re.Pattern]:
    """_ministers' title before the name and title apposed after it, built once."""
    lead = r"(?:(?P<a1>[\w'-]+)\s+)?(?:(?P<a2>[\w-]+)\s+)?"  # "Italian Interior Minister", "the minister"
    return (re.compile(rf"(?<![\w']){lead}{MINISTER}{WHEN_HELD}\s*,?\s*{TITLE}$", re.I),
            re.compile(rf"\s*{MARK}\s*{DET}(?:former |then |alors |ancien |ancienne |ex-)?{lead}{MINISTER}"
                       rf"(?=\s*[,.;)–—]|\s*$)", re.I))


def _ministers(sent: Sent, doc: model.Document, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"Italian Interior Minister P", "the Serbian interior minister, P", "le ministre serbe de l'Intérieur
    P", "P, ministre de l'Intérieur": the state an adjective of nationality beside the title names, where
    the document names it; else the ministry of that portfolio the document names; else the one state in
    view. A bare "minister" (no portfolio, no nationality) names none, and "Prime Minister" is a head of
    government (_heads_of_state)."""
    text, out = doc.text, []
    titled, apposed_title = _minister_regexes()
    for i, p, head, tail in _people(sent, text, 80, 80):
        hits = [(titled.search(head), False), (apposed_title.match(tail), True)]
        for hit, apposed in hits:
            if hit is None:
                continue
            after = [w for w in (hit.group("a3"), hit.group("a4")) if w]
            ahead = [w for w in (hit.group("a1"), hit.group("a2")) if w]
            if any(fold(w) not in demonyms() for w in after) or any(
                    fold(w) in ("prime", "premier", "premiere") for w in ahead[-1:]) or (
                    apposed and re.search(VERBISH, " ".join(ahead), re.I)):
                continue  # "le ministre a reçu P": a verb; "Prime Minister P": a head of government
            ahead = [re.sub(r"^(?:then|ex|former)-", "", w, flags=re.I) for w in ahead]  # "then-Foreign"
            office = _secretary_of_state(hit.group("t"), ahead[-1:], scope)  # "Home Secretary P"
            port = hit.group("port") or next((w for w in reversed(ahead) if len(w) > 4 and "'" not in w
                                              and fold(w) not in {*demonyms(), *NOT_PORTFOLIO}), None)
            if not port and not office and not any(fold(w) in demonyms() for w in ahead + after):
                continue
            before = [m for m in sent.mentions[:i] if m.end <= p.start]
            codes = {demonyms()[fold(w)] for w in ahead + after if fold(w) in demonyms()}
            own = codes or ({office.country} if office is not None and office.country else set())
            home = _home_state(before, scope, text)  # "le ministre polonais" in an article about Poland
            ministry = _ministry(port, scope, own, home) if port else None  # "Foreign Secretary P": his
            # state's
            named = _named_state(ahead + after, scope)
            if named is None and ministry is None and codes:
                continue  # "le ministre français des Armées" where France is not named: not the state in view
            secretary = fold(hit.group("t")) in ("secretary", "secretaire")  # "secrétaire général": no office
            org = ministry or named or office or (None if secretary else (
                scope.one_country(before) or _fronted_state(sent, text) or _alone(sent, scope.state_in_view())
                or _alone(sent, scope.main_state)))
            if org is not None:
                t = hit.group("t")
                role = next((r for r in (f"{t} {hit.group('port') or ''}".strip(), f"{port} {t}")
                             if r.lower() in roles), t)
                if any(fold(w) in ("deputy", "vice") for w in ahead):
                    role = "deputy minister"  # "the deputy justice minister P"
                out.append((p, org, _role(role, roles), 0.55))
    return out


def _secretary_of_state(title: str, words: list[str], scope: Scope) -> model.Mention | None:
    """The state a secretary's title names by itself ("Foreign Secretary", "Home Secretary": lexicon
    state_secretaries), where the document names that state; not a bare or generic "secretary"."""
    if fold(title) != "secretary" or not words:
        return None
    port = fold(words[0])
    return next((s for code, ports in lexicon("roles")["state_secretaries"].items() if port in ports
                 and (s := named_state(code, scope.mentions)) is not None), None)


@lru_cache(maxsize=None)
def _seat_regexes(roles_rx: str) -> tuple[re.Pattern, re.Pattern]:
    """_seats' title before the name and title apposed after it (`roles_rx`: role_regex's pattern)."""
    return (re.compile(rf"(?<!\w)({roles_rx})\s*,?\s*{TITLE}$", re.I),
            re.compile(rf"\s*{MARK}\s*{DET}{QUAL}({roles_rx})(?=\s*[,.;)–—]|\s*$)", re.I))


def _seats(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"MEP P", "l'eurodéputée P", "P, députée européenne": a seat in the body the title itself names
    (lexicon seats: the European Parliament, the European Commission), where the document names it."""
    seats = lexicon("roles")["seats"]
    titled, apposed = _seat_regexes(rx.pattern)
    out: list[tuple] = []
    for _, p, head, tail in _people(sent, text, 60, 60):
        hit = titled.search(head) or apposed.match(tail)
        role = hit and _role(hit.group(1), roles)
        if role not in seats:
            continue
        names = {fold(n) for n in seats[role]}
        body = next((m for m in scope.mentions if m.type in ORGS and re.sub(
            r"^(?:le |la |l'|the )", "", fold(m.text)) in names), None)
        if body is not None:
            out.append((p, body, role, 0.55))
    return out


def _state(sent: Sent, doc: model.Document, before: list[model.Mention], scope: Scope
           ) -> model.Mention | None:
    """The state a head of state rules: one an adjective of the sentence names, else the last named in the
    sentence, else the state the sentences before are about (Scope.state_in_view: "Qatar bought drones from
    France. The emir P"), else the last named."""
    for code in _sentence_codes(sent, doc.text):
        named = [m for m in scope.mentions if m.type == "Country" and m.country == code]
        if named:
            return named[0]
    return next((m for m in reversed(before) if m.type == "Country"), None) or _state_of_body_named(
        before, scope) or scope.state_in_view() or scope.last(("Country",))


def _state_of_body_named(before: list[model.Mention], scope: Scope) -> model.Mention | None:
    """The state whose name opens the name of a body named before ("The Bahrain Independent Commission of
    Inquiry, ... set up by King P": Bahrain), where the document names that state."""
    for m in reversed(before):
        state = named_state(m.country, scope.mentions) if m.type == "PublicBody" else None
        if state is not None and fold(m.text).startswith(fold(state.text) + " "):
            return state
    return None


#: what a ministry is called: "ministère de l'Intérieur", "Interior Ministry", "Commerce Department", "le
#: département du Commerce", "Foreign Office"
DEPARTMENTS = r"(?<!\w)(?:minist[eè]re|ministry|department|departement|office)(?!\w)"


def _ministry(complement: str, scope: Scope, codes: set[str] | None = None, home: model.Mention | None = None
             ) -> model.Mention | None:
    """The ministry "ministère de l'Intérieur" / "Ministry of the Interior" / "Interior Ministry" / "Commerce
    Department" the document names (a secretary's office too); with the
    `codes` of states an adjective beside the title names ("le ministre serbe de l'Intérieur"), only the
    ministry of one of them (by its country, or an adjective in its name: "ministère serbe de
    l'Intérieur"), or one of no known state where that state is the `home` one (_home_state: "le ministre
    polonais de la Justice" in an article about Poland that names "le ministère de la Justice")."""
    key = fold(complement).split()[-1].lstrip("l'")
    for m in scope.mentions:
        name = fold(m.text)
        if m.type == "PublicBody" and re.search(DEPARTMENTS, name) and re.search(
                rf"(?<!\w){re.escape(key[:6])}", name) and (not codes or m.country in codes or any(
                demonyms().get(w) in codes for w in re.findall(r"[\w-]+", name)) or (
                m.country is None and home is not None and home.country in codes)):
            return m
    return None


def _home_state(before: list[model.Mention], scope: Scope, text: str) -> model.Mention | None:
    """The state whose bodies an article names without saying whose: the one it is about (_main_state,
    adjectives counted), else the one state in view."""
    return scope.main_state or scope.main_state_counting(text) or scope.one_country(before)


def _alone(sent: Sent, state: model.Mention | None) -> model.Mention | None:
    """`state`, where the sentence names no other state ("Au Bélarus, l'élection ... . Le ministre de
    l'Intérieur P a ordonné la répression"; "Interior Minister P said", deep in an article about Serbia)."""
    if state is None or any(m.type == "Country" and _state_key(m) != _state_key(state) for m in sent.mentions):
        return None
    return state


def _state_key(m: model.Mention) -> str:
    """What makes two mentions of states one state: the country code, else the folded name."""
    return m.country or fold(m.text)


IN_HOUSE = re.compile(r"\b(?:at|chez)\s+(?:the\s+|l'|l’|la\s+|le\s+)?$", re.I)


def _as_relations(sent: Sent, doc: model.Document, person: model.Mention, org: model.Mention,
                  role: str, conf: float, speaks: bool = False) -> list[model.Relation]:
    """employed_by, and represents for those who speak for someone (both for a spokesperson, and for
    anyone through whom a body speaks: "par la voix de son président P")."""
    date = nearest_date(sent, person.start)
    inside = org in sent.mentions
    ev = evidence(doc, sent, min(person.start, org.start) if inside else person.start,
                  max(person.end, org.end) if inside else person.end)
    if org.type == "Country" and role == "chair":
        role = "president"  # "P, président de la Biélorussie": a state has a president, not a chair
    speaks_for = role in lexicon("roles")["represents"] and not (  # "P, a lawyer at O": O's own lawyer
        org.start > person.end and IN_HOUSE.search(doc.text, person.end, org.start))
    preds = ["represents"] if speaks_for or speaks else []
    if (not speaks_for or role in lexicon("roles").get("also_employed", [])) and org.type != "Person":
        preds.append("employed_by")
    return [model.Relation(subject=person.id, predicate=p, object=org.id, evidence=ev, role=role,
                           date=date.value if date else None, precision=date.precision if date else None,
                           confidence=conf, extractor="pattern:role-v2") for p in preds]


#: "the lab", "la société", "cette ONG": an organisation named before, by a common noun (lexicon org_nouns)
DESCRIBED = r"(?:the |this |la |le |l'|cette |ce |(?<=du )|(?<=au ))(?P<noun>{nouns})"


#: what makes "the company, led by P" the complement of another noun ("the inquiry into the company")
INTO = r"(?:into|against|about|on|of|contre|sur|visant|concernant|de)\s+"


@lru_cache(maxsize=None)
def _description_regexes(roles_rx: str) -> tuple[re.Pattern, ...]:
    """_descriptions' role after the name ("P, directrice de l'ONG", "P est le fondateur de la société"), the
    noun's role before it ("the
    group's representative P"), "the company (is) led by" before it, the noun's role after it ("P, the
    firm's CTO,") and the role of the noun before it ("le ministre de l'Intérieur du royaume, P")
    (`roles_rx`: role_regex's pattern), built once."""
    desc = DESCRIBED.format(nouns=_alternation("org_nouns"))
    end = rf"(?={SINCE}\s*(?:[,.;)–—]|$))"  # "P, à la tête du groupe depuis 2015,"
    be = _alternation("copulas", "fr")
    #: a noun for the organisation before the role: "a company spokeswoman", "the ministry official"
    adjunct = rf"(?:the |a |an ){QUAL}(?P<noun>{_alternation('adjunct_nouns')})\s+"
    words = r"[\w'-]+(?:\s+[\w'-]+){0,2}"  # a role read by _adjunct_role (no role alternation: compiled fast)
    return (re.compile(rf"(?:\s*,\s*{AGE}|\s+(?:{be})\s+){DET}{QUAL}(?:[\w'-]+\s+){{0,2}}?"
                       rf"(?P<role>{roles_rx})\s+"
                       rf"(?:{OF}|{AT}|with ){desc}{end}", re.I),
            re.compile(rf"(?<!\w){desc}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?P<role>{roles_rx})\s*,?\s*"
                       rf"{TITLE}$", re.I),
            re.compile(rf"(?<!\w){desc}\s*,?\s+(?:{PASSIVE_BE})?(?P<v>{LED_BY}|{FOUNDED_BY})\s+{TITLE}$",
                       re.I),
            re.compile(rf"\s*,\s*{AGE}{desc}['’]s\s+{QUAL}(?:[\w-]+\s+){{0,2}}?(?P<role>{roles_rx}){end}",
                       re.I),
            re.compile(rf"(?:^|[,;:]\s*|\b(?:and|et|selon|according to)\s+){DET}{QUAL}(?P<role>{roles_rx})\s+"
                       rf"(?:{OF}|{AT}){desc}{WHEN_HELD}{SINCE}\s*,\s*{TITLE}$", re.I),
            re.compile(rf"(?:^|[,;:]\s*|\b(?:and|said|according to)\s+){adjunct}(?P<role>{words})\s*,?\s*"
                       rf"{TITLE}$", re.I),
            re.compile(rf"\s*,\s*{adjunct}(?P<role>{words}?){end}", re.I))


def _descriptions(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"P, a senior researcher at the lab", "P, directrice de l'ONG", "the group's shipowner representative
    P", "la société dirigée par P", "the company founded by P": the organisation named before that the
    common noun stands for (_described). Not where a name follows the noun ("the group Halden")."""
    role_after, owned_role, led_by, owned_after, role_of, adj_before, adj_after = _description_regexes(
        rx.pattern)
    out: list[tuple] = []
    for i, p, head, tail in _people(sent, text, 90, 90):
        before = [m for m in sent.mentions[:i] if m.end <= p.start]
        after = role_after.match(tail) or owned_after.match(tail) or _adjunct_role(adj_after.match(tail), rx)
        owned = owned_role.search(head) or role_of.search(head) or _adjunct_role(adj_before.search(head), rx)
        led = led_by.search(head)
        if led and re.search(rf"\b{INTO}$", head[:led.start()], re.I):
            led = None  # "the inquiry into the company, led by P": P leads the inquiry
        for hit in (after, owned, led):
            if hit is None:
                continue
            org = _described(hit.group("noun"), sent, before, text, scope)
            word = _role_of(hit, rx) if hit is not led else _led_role(hit.group("v"))
            if org is not None:  # "la société a été fondée par P et Q": both founded it
                out += [(q, org, _role(word, roles), 0.55) for q in (_and_next(p, sent, text) if hit is led else [p])]
    return out


def _and_next(p: model.Mention, sent: Sent, text: str) -> list[model.Mention]:
    """P, and the person the sentence joins to P right after it ("P and Q", "P, its CEO, and Q", "P avec Q":
    WITH), who shares the founding or leading said of P ("fondée par P et Q")."""
    i = sent.mentions.index(p)
    q = next((m for m in sent.mentions[i + 1:i + 4] if m.type == "Person"), None)  # past names in an apposition
    return [p, q] if q is not None and re.fullmatch(WITH, _gap(text, p.end, q.start), re.I) else [p]


@lru_cache(maxsize=None)
def _rank_regex() -> re.Pattern:
    """_ranked's rank before the name, with the word before it and an adjective after it: "General P",
    "le général soudanais P"."""
    return re.compile(rf"(?<![\w'])(?:(?P<a1>[\w-]+)\s+)?(?P<t>{_RANKS})(?:\s+(?P<a2>[\w-]+))?"
                      rf"\s*,?\s*{TITLE}$", re.I)


def _ranked(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"General P ordered air strikes", "le général soudanais P": an officer of the state an adjective beside
    the rank names, else of the state in view (the sentence's fronted place, or the one the sentences before
    are about: Scope.state_in_view), where the sentence names no organisation (a force's commander:
    _commanders) and no other state. Not another office ending on "general" ("Secretary General P",
    "Attorney General P", "directeur général P")."""
    if any(m.type in ORGS[:3] for m in sent.mentions):
        return []
    out: list[tuple] = []
    for _, p, head, _ in _people(sent, text, 60, 0):
        hit = _rank_regex().search(head)
        a1, a2 = (hit.group("a1") or "", hit.group("a2") or "") if hit else ("", "")
        if hit is None or (a2 and fold(a2) not in demonyms()) or (a1 and fold(a1) not in demonyms() and fold(
                a1) not in ("the", "le", "la", "l'")):
            continue
        state = _alone(sent, _named_state([w for w in (a1, a2) if w], scope) or _fronted_state(sent, text)
                       or scope.state_in_view())
        if state is not None:
            out.append((p, state, fold(hit.group("t")), 0.5))
    return out


#: a sentence opening on a pronoun for an organisation, then the passive of founding or leading: "It was
#: founded in 2011 by P", "Elle a été fondée en 2009 par P"
PRONOUN_LED = re.compile(rf"\W{{0,3}}(?:it|elle)\s+(?:{PASSIVE_BE})(?P<v>{LED_BY}|{FOUNDED_BY})\s+{TITLE}",
                         re.I)
#: a sentence opening on the participle of founding or leading, its subject after it: "Founded in 2014 by
#: P, the company ...", "Fondée en 2010 par P, la société Tessor ..."
FRONTED_LED = re.compile(rf"\W{{0,3}}(?P<v>{LED_BY}|{FOUNDED_BY})\s+{TITLE}", re.I)


def _pronoun_led(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"It was founded in 2011 by P", "Elle a été fondée en 2009 par P", "Elle est dirigée par P": P founded
    (heads) the company or organisation the sentence before is about (its subject, or the one it keeps:
    Scope.topic, else the one in view; not after a sentence about a thing: "The tool was sold to Syria. It
    was created by P").
    "Founded in 2014 by P, the company employs ...", "Fondée en 2010 par P, Tessor vend ...": the subject
    after the participle, named (the organisation right after the comma) or not ("the company": the one
    the sentences before are about, else the one in view)."""
    first = next(iter(sent.mentions), None)
    if first is None or first.type != "Person":
        return []
    lead = _gap(text, sent.start, first.start)
    hit = PRONOUN_LED.fullmatch(lead) or FRONTED_LED.fullmatch(lead)
    if hit is None:
        return []
    people = _and_next(first, sent, text)
    kinds = ("Company", "Organization")
    last = scope.subjects[-1] if scope.subjects else None  # "It": the subject of the sentence before
    org = (scope.topic(kinds) or scope.in_view(kinds)) if last is not None else None  # not after "The tool
    # was sold to Syria" (a subject that names no actor)
    if hit.re is FRONTED_LED:
        nxt = next((m for m in sent.mentions if m.start >= people[-1].end), None)
        after = _gap(text, people[-1].end, nxt.start if nxt is not None else sent.end)
        named = nxt is not None and nxt.type in kinds and re.fullmatch(
            rf"\s*,\s*(?:(?:the |la |le |l')?(?:[\w-]+\s+)?{ORG_NOUN})?", after, re.I)
        firm = ("Company",)  # "the company", "la société": a company (else the one the document is about), not
        #                      the NGO the text was about
        org = nxt if named else (scope.topic(firm) or scope.in_view(firm) or scope.main_company) if re.match(
            rf"\s*,\s*{ANAPHOR}\b", after, re.I) else None
    return [(p, org, _led_role(hit.group("v")), 0.6) for p in people] if org is not None else []


def _adjunct_role(hit: re.Match | None, rx: re.Pattern) -> re.Match | None:
    """A match of "a company spokeswoman" whose words after the noun end on a role ("senior spokeswoman"),
    else None."""
    return hit if hit is not None and _role_of(hit, rx, "") else None


def _role_of(hit: re.Match, rx: re.Pattern, default: str | None = None) -> str:
    """The role a match's "role" group ends on: the longest run of its last words that is a role, else
    `default` (the group itself)."""
    words = hit.group("role").split()
    return next((" ".join(words[k:]) for k in range(len(words)) if rx.fullmatch(" ".join(words[k:]))),
                hit.group("role") if default is None else default)


def _described(noun: str, sent: Sent, before: list[model.Mention], text: str, scope: Scope
               ) -> model.Mention | None:
    """The organisation a common noun stands for: the last one named lately whose name holds the noun or
    that the text introduced with it ("the Citizen Lab" for "the lab", "the rescue group M" for "the
    group"); else the last of its kinds named before in the sentence, not as an agent ("fondée par
    l'investisseur T, la société"); else the one the sentences before are about; else, for a company's
    noun, the company the article is about (Scope.main_company: "Les ingénieurs de Google ... le nom de
    Variston ... La société a été fondée par P" in an article on Variston); else the one of its kinds the
    document names most so far (at least twice); else the one of its kinds named last (Scope.in_view). A
    force ("the army", "la police": roles.yaml named_only) stands only for a body whose name holds it."""
    kinds = tuple(lexicon("roles")["org_nouns"][noun.lower()])
    seen = [m for ms in scope.recent[-3:] for m in ms] + before
    key = fold(noun)
    for m in reversed(seen):
        if m.type in ORGS[:3] and (key in fold(m.text).split() or re.search(
                rf"(?<!\w){re.escape(key)}\s+(?:[\w-]+\s+){{0,2}}$",
                fold(text[max(0, m.start - 40):m.start]))):
            return m
    if noun.lower() in lexicon("roles")["named_only"]:
        return None  # "the army": the body whose name holds it, not the ministry named last
    near = [m for m in before if m.type in kinds and not re.search(
        r"\b(?:par|by)\s+(?:[\w'-]+\s+){0,3}$", _gap(text, max(sent.start, m.start - 40), m.start), re.I)]
    if near:
        return near[-1]
    topic = scope.topic(kinds) or (scope.main_company if "Company" in kinds else None)
    if topic is not None:
        return topic
    counts: dict[str, list[model.Mention]] = {}
    for m in (m for m in [x for ms in scope.recent for x in ms] + before if m.type in kinds):
        counts.setdefault(m.cluster or fold(m.text), []).append(m)
    best = max(counts.values(), key=len, default=[])
    if len(best) >= 2 and sum(len(v) == len(best) for v in counts.values()) == 1:
        return best[-1]
    return scope.in_view(kinds)  # "The ministry bought it from Helix. A company spokesman": the one named


def _officials(sent: Sent, doc: model.Document, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"Attorney General P", "P, the attorney general, said", "le secrétaire d'État P": an office of a
    state (lexicon state_titles), held for the state an adjective beside the title or in the sentence
    names, else the one in view. Not where an organisation is named beside ("P, attorney general of O")."""
    alt, text, out = _alternation("state_titles", lang_of(doc)), doc.text, []
    for i, p, head, tail in _people(sent, text, 60, 60):
        hit = re.search(rf"(?<![\w'])(?:(?P<adj>[\w-]+)\s+)?(?P<t>{alt})\s*,?\s*{TITLE}$", head, re.I) or \
            re.match(rf"\s*,\s*(?:the |le |la |l')?(?:(?P<adj>[\w-]+)\s+)?(?P<t>{alt})(?=\s*[,.;)])", tail,
                     re.I)
        if hit is None:
            continue
        before = [m for m in sent.mentions[:i] if m.end <= p.start and not (
            m.type == "Country" and _in_clause(m, sent))]  # "a lawyer who fought sales to Myanmar"
        state = _state_in_view((hit.group("adj"),), before, scope, sent, text, adjectives=True)
        if state is not None:
            out.append((p, state, _role(hit.group("t"), roles), 0.55))
    return out


def _commanders(sent: Sent, text: str) -> list[tuple]:
    """"les Forces de soutien rapide (FSR) du général P", "the Rapid Support Forces of General P": a force
    named with its commander's rank and name; P commands it (employed_by, role commander)."""
    ranks = _RANKS
    out: list[tuple] = []
    for a, p in zip(sent.mentions, sent.mentions[1:]):
        if a.type in ("Organization", "PublicBody") and p.type == "Person" and re.fullmatch(
                rf"\s*\)?\s*(?:\([^()]{{1,12}}\)\s*)?(?:du|de|d'|of|under)\s+(?:the\s+)?(?:{ranks})\s+",
                _gap(text, a.end, p.start), re.I):
            out.append((p, a, "commander", 0.6))
    return out


def _superiors(sent: Sent, text: str, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"A's editor-in-chief, P", "le rédacteur en chef de A, P": P holds a role over A at A's workplace
    (lexicon superiors), so works where the document said A works (an organisation A was given before)."""
    alt, out = _alternation("superiors"), []
    for a, p in zip(sent.mentions, sent.mentions[1:]):
        if a.type != "Person" or p.type != "Person":
            continue
        gap = _gap(text, a.end, p.start)
        hit = re.fullmatch(rf"['’]s\s+(?:{QUALIFIERS})?({alt})\s*,\s*{TITLE}", gap, re.I)
        head = _gap(text, max(sent.start, a.start - 40), a.start)
        hit = hit or (re.fullmatch(r"\s*,\s*", gap) and re.search(
            rf"(?:le |la |l'|the )({alt})\s+(?:de |d'|of )$", head, re.I))
        if not hit:
            continue
        held = [o for who, o in reversed(scope.workplaces) if _same_person(who, a)]
        if held:
            out.append((p, held[0], _role(hit.group(1), roles), 0.55))
    return out


def _same_person(a: model.Mention, b: model.Mention) -> bool:
    """Whether two mentions name one person: the same name, one cluster, or a surname and its full name."""
    return fold(a.text) == fold(b.text) or bool(a.cluster and a.cluster == b.cluster) or \
        fold(a.text).endswith(" " + fold(b.text)) or fold(b.text).endswith(" " + fold(a.text))


def _handed(sent: Sent, text: str) -> list[tuple]:
    """"O a confié la présidence de sa filiale à P", "(O) en a confié la direction à P", "O handed the
    chairmanship to P": P holds that office (lexicon offices) at the organisation named (after "de"), else
    the one named last before the verb ("en": of it)."""
    offices, alt = lexicon("roles")["offices"], _alternation("offices")
    out: list[tuple] = []
    for i, p in enumerate(sent.mentions):
        head = _gap(text, max(sent.start, p.start - 120), p.start)
        hit = re.search(rf"\b(?:confié|confie|confiait|confiera|handed(?: over)?|gave|entrusted)\s+"
                        rf"(?:la |sa |leur |the |its |their )(?P<o>{alt})\b(?P<of>[^,;.]{{0,60}}?)"
                        rf"(?:\s+en \d{{4}})?\s+(?:à|to)\s+{TITLE}$", head, re.I)
        if hit is None:
            continue
        at = p.start - len(head)
        inside = [m for m in sent.mentions[:i] if m.type in ORGS[:3] and m.start >= at + hit.start("of")]
        before = [m for m in sent.mentions[:i] if m.type in ORGS[:3] and m.end <= at + hit.start()]
        org = inside[0] if inside else before[-1] if before else None
        if org is not None:
            out.append((p, org, offices[hit.group("o").lower()], 0.6))
    return out


def _singular(words: str, roles: dict[str, str]) -> str | None:
    """The role that plural `words` end on ("engineers", "senior engineers", "fondateurs", "directeurs
    commerciaux"), or None: each word without its plural ending, the last ones a role of the lexicon."""
    split = words.split()
    for k in range(len(split)):
        tail = split[k:]
        for form in (" ".join(tail),
                     " ".join(re.sub(r"(?:aux|es|s|x)$", lambda m: "al" if m.group(0) == "aux" else "", w)
                              for w in tail),
                     " ".join(re.sub(r"(?:s|x)$", "", w) for w in tail)):
            if form.lower() in roles:
                return form
    return None


def _verb_between(sent: Sent, start: int, end: int) -> bool:
    """Whether the parse reads a verb between two offsets of the sentence ("At O, investors met CEO P")."""
    return any(t.pos_ in ("VERB", "AUX") and start <= t.idx < end for t in sent.span)


@lru_cache(maxsize=None)
def _recruited_regex() -> re.Pattern:
    """_recruited's clause between a name and its employer's: ", recrutée par", ", who was hired by"."""
    return re.compile(rf"\s*,\s*(?:(?:who|qui)\s+(?:{PASSIVE_BE})?)?(?:{ONCE})?"
                      rf"(?:{_alternation('hired_by')})\s+(?:l'|la |le |the )?", re.I)


def _recruited(sent: Sent, text: str) -> list[tuple]:
    """"P, recrutée par O en 2018", "P, who was hired by O", "P, poached by O": P works (or worked) for O,
    hired by it (lexicon hired_by: participles of hiring, each with its "by")."""
    out: list[tuple] = []
    for a, b in zip(sent.mentions, sent.mentions[1:]):
        if a.type == "Person" and b.type in ORGS[:3] and _recruited_regex().fullmatch(
                _gap(text, a.end, b.start)):
            out.append((a, b, "employee", 0.6))
    return out


def _fronted_at(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str]) -> list[tuple]:
    """"Chez O, le directeur commercial P reconnaît...", "At O, chief engineer P oversaw...", "Au sein de
    O, la porte-parole P", "Chez O, P, responsable des ventes, dément": a sentence opening on the place of
    work, then a role and a name (or a name and its role apposed). Not where the parse reads a verb between
    them ("At O, investors met CEO P")."""
    out: list[tuple] = []
    ms = sent.mentions
    for a, b in zip(ms, ms[1:]):
        if a.type not in ORGS[:3] or b.type != "Person" or not re.fullmatch(
                r"\W{0,3}(?:chez|at|au sein d[eu]|au sein de l'|au sein de la|within|inside)\s+(?:the |l')?",
                _gap(text, sent.start, a.start), re.I):
            continue
        m = re.fullmatch(rf"\s*,\s*{DET}{QUAL}(?:[\w'-]+\s+){{0,2}}?({rx.pattern})\s*,?\s*{TITLE}",
                         _gap(text, a.end, b.start), re.I)
        if m is None and re.fullmatch(rf"\s*,\s*{TITLE}", _gap(text, a.end, b.start)):
            m = re.match(rf"\s*,\s*{DET}{QUAL}({rx.pattern}){WHEN_HELD}{SINCE}(?=\s*[,.;)])",
                         _gap(text, b.end, sent.end), re.I)  # "Chez O, P, responsable des ventes, dément"
        if m and not _verb_between(sent, a.end, b.start):
            out.append((b, a, _role(m.group(1), roles), 0.6))
    return out


def _sentence_codes(sent: Sent, text: str) -> set[str]:
    """The states the adjectives of nationality of a sentence name ("le ministre serbe": RS)."""
    return {demonyms()[w] for w in _WORD.findall(fold(text[sent.start:sent.end])) if w in demonyms()}


@lru_cache(maxsize=None)
def _bare_head_regex() -> re.Pattern:
    """_bare_heads' title before the name, with the word before it: "President P", "le président P"."""
    return re.compile(rf"(?:^|(?<=[^\w'’-]))(?:(?P<w>[\w'’-]+)\s+)?(?P<t>{_alternation('heads_of_state')})"
                      rf"\s*,?\s*{TITLE}$", re.I)


#: a head of state who travels is a guest where the text is (his own state is the one named beside him)
TRAVEL = re.compile(r"(?<!\w)(?:visit(?:s|ed|ing)?|travel(?:l?ed|s)?|flew|arrived|landed|(?:en|a|avait) visite"
                    r"|visit[ée]|(?:s'est|se sont|s’est) rendue?s? |s'est déplacée? |en voyage|a atterri)",
                    re.I)


def _bare_heads(sent: Sent, doc: model.Document, scope: Scope, found: list[tuple]) -> list[tuple]:
    """"President P said", "le président P", "Le chef de l'État, P": a head of state or government whose
    title names no state (no adjective, genitive or organisation beside it) serves the state the sentence
    opens on ("In Belarus, President P"), else the state the sentences before are about (Scope.state_in_view:
    "Egypt buys drones. President P met the sellers"; for a title a company gives too, "president", only
    where they name no company: "Egypt buys drones from Helix. President P": either's), else the state the
    document is about (_main_state: named three times or more, and dominant); a "head of state" or a prime
    minister (titles no company gives) also the one state in view. Not where the
    sentence names a company, an organisation or a public body (a chairman's "président P"), nor where it
    names another state or an adjective of nationality names one ("backed by Israel's ... former prime
    minister P"; "French President P" is _heads_of_state's reading), nor after "vice", "deputy", a
    possessive, a name or a genitive ("its president P", "Helix President P")."""
    orgs = any(m.type in ORGS[:3] for m in sent.mentions)  # "le président Jean Roux du tribunal de Paris"
    heads, text = lexicon("roles")["heads_of_state"], doc.text
    done = {p.id for p, o, *_ in found if o.type == "Country"}
    out: list[tuple] = []
    for i, p, head, _ in _people(sent, text, 60, 0):
        hit = _bare_head_regex().search(head)
        if hit is None or p.id in done:
            continue
        word = hit.group("w") or ""
        if orgs:  # "President P of the Helix board"; but "les ventes françaises de Nexa au régime du président P"
            buyer = _buyer(sent, text, p, scope) if fold(word) in ("du", "au", "of", "to") else None
            if buyer is not None:
                out.append((p, buyer, heads[hit.group("t").lower()], 0.5))
            continue
        acts = _acts_for(p, sent, text)  # "le président P a signé au nom de l'Égypte"
        if acts is not None:
            out.append((p, acts, heads[hit.group("t").lower()], 0.55))
            continue
        if fold(word) in demonyms() or re.search(r"['’]s?$", word) or fold(word) in NOT_HEAD or fold(
                word) in lexicon("roles")["org_nouns"] or (
                word[:1].isupper() and hit.start("w") > 0 and not re.fullmatch(r"(?:The|Le|La|L')", word)):
            continue  # "French President P", "Belarus's president", "vice-president", "Helix President P"
        before = [m for m in sent.mentions[:i] if m.end <= p.start]
        role = heads[hit.group("t").lower()]
        alone = hit.group("t").lower() in lexicon("roles")["state_only_heads"]
        if TRAVEL.search(text, p.end, sent.end):
            continue  # "President P visited Cairo", "le président P s'est rendu au Caire": a guest of the
            # state in view, not its head
        quiet = alone or scope.last(ORGS[:2]) is None  # no company in view whose president P may be
        in_view = scope.state_in_view() if quiet else None
        placed = quiet and not TRAVEL.search(text, sent.start, p.start)  # "Lors de sa visite à Kampala"
        state = _fronted_state(sent, text) or in_view or scope.main_state or \
            scope.main_state_counting(text) or (scope.one_country(before) if alone else None) or (
                (_headline_state(doc, scope) or _place_state(sent, text, scope)) if placed else None)
        if (state := _alone(sent, state)) is not None and not _sentence_codes(sent, text) - {state.country}:
            out.append((p, state, role, 0.5))
        elif fold(word) in ("du", "au", "of", "to"):  # "les ventes françaises au régime du président P"
            buyer = _buyer(sent, text, p, scope)
            if buyer is not None:
                out.append((p, buyer, role, 0.5))
    return out


def _place_state(sent: Sent, text: str, scope: Scope) -> model.Mention | None:
    """The one state whose capital, city or region the sentence names after a preposition of place, where
    the document names that state ("Après des émeutes à Kampala, le président P": Uganda)."""
    words = re.findall(r"(?<![\w'’-])(?:à|au|aux|en|in|at|near|dans)\s+([A-ZÀ-ÖØ-Þ][\w'’-]+"
                       r"(?:\s+[A-ZÀ-ÖØ-Þ][\w-]+)?)", text[sent.start:sent.end])
    codes = {c for w in words if (c := place_code(w))}
    return named_state(next(iter(codes)), scope.mentions) if len(codes) == 1 else None


def _headline_state(doc: model.Document, scope: Scope) -> model.Mention | None:
    """The one state the document's headline (its first line, with no closing full stop) names by name
    ("Ouganda : les caméras de Huawei ...", "Hermit, le logiciel espion italien repéré au Kazakhstan"):
    the state the article is about."""
    span = headline(doc)
    if span is None or not doc.text[span[0]:span[1]].strip() or span[1] - span[0] > 200:
        return None
    named = [m for m in scope.mentions if m.type == "Country" and span[0] <= m.start < span[1]]
    return named[0] if len({_state_key(m) for m in named}) == 1 else None


#: a sale or a supply, in the words before a buyer's head of state ("les ventes françaises au régime du
#: président P", "la France est le premier fournisseur de l'armée du président P")
SUPPLY = re.compile(r"\b(?:vend\w*|ventes?|fourni\w*|livr\w*|export\w*|sold|sells?|sales?|suppl(?:y|ie\w*)"
                    r"|deliver\w*)\b", re.I)
RECIPIENT = re.compile(r"(?:\b(?:to|vers|en)|(?<!\w)(?:à|au|aux))\s+(?:l'|l’|la |le |les |the )?$", re.I)
ACTS_FOR = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,6}?(?:au nom de|au nom du|au nom des|pour le compte de"
                      r"|on behalf of|for and on behalf of)\s*(?:l'|l’|la |le |the )?", re.I)


def _acts_for(p: model.Mention, sent: Sent, text: str) -> model.Mention | None:
    """The state named after P as the one P acts for: "P a signé au nom de l'Égypte", "P signed on behalf
    of Egypt" (no one else named between)."""
    for m in sent.mentions[sent.mentions.index(p) + 1:]:
        if m.type == "Person":
            return None
        if m.type == "Country":
            return m if ACTS_FOR.fullmatch(_gap(text, p.end, m.start)) else None
    return None


def _buyer(sent: Sent, text: str, p: model.Mention, scope: Scope) -> model.Mention | None:
    """Where the document is about two states, the seller and the buyer (each named three times or more,
    adjectives counted), and the sentence names a sale by one ("les ventes françaises au régime du
    président P", "la France, fournisseur de l'appareil du président P"), with that state the last named
    before the head of state: P is the other's."""
    ranked = [code for code, n in scope.ranked_states(text)[:3] if n >= 3]
    if len(ranked) != 2:
        return None
    words = [(sent.start + w.start(), demonyms()[f]) for w in _WORD.finditer(text[sent.start:p.start])
             if (f := fold(w.group())) in demonyms()]
    named = [(m.start, m.country) for m in sent.mentions if m.type == "Country" and m.end <= p.start]
    last = max(words + named, default=None)
    if last is None or last[1] not in ranked or RECIPIENT.search(text[max(0, last[0] - 20):last[0]]) or not \
            SUPPLY.search(text, max(sent.start, last[0] - 80), p.start):  # "ventes à l'Égypte": the buyer
        return None
    return named_state(next(c for c in ranked if c != last[1]), scope.mentions)  # None where only adjectives


#: a stint at an employer: "who spent ten years at", "qui a passé dix ans chez"
STINT = (r"(?:spent|has spent|had spent|a passé|avait passé)\s+(?:[\w-]+\s+){1,3}?"
         r"(?:years?|months?|decades?|ans|"
         r"années|mois|décennies?)\s+"
         r"(?:(?:as|comme) (?:an? )?[\w-]+(?: [\w-]+)?\s+)?"  # "eight years as an engineer at"
         r"(?:at|with|in|inside|chez|à|au sein d[eu]|au sein de l'|au sein de la)")
ADVERB = r"(?:(?:also|then|later|long|once|aussi|alors|longtemps|ensuite|déjà)\s+)?"


@lru_cache(maxsize=None)
def _works_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """_works' clause after a name ending on a common noun for an organisation named before, its stint
    before an organisation's name, and its verb right before an organisation's name, built once."""
    verbs = _alternation("works_verbs")
    desc = DESCRIBED.format(nouns=_alternation("org_nouns"))
    return (re.compile(rf"\s*,\s*(?:who|qui)\s+{ADVERB}(?:(?P<v>{verbs})|{STINT})\s+{desc}{SINCE}"
                       rf"(?=\s*(?:[,.;)–—]|$))", re.I),
            re.compile(rf"\s*,\s*(?:who|qui)\s+{ADVERB}{STINT}\s+(?:the |l'|la |le )?", re.I),
            re.compile(rf"\s*,?\s*(?:(?:who|qui)\s+)?{SPAN}{ADVERB}(?P<v>{verbs})\s+(?:the |l'|la |le )?", re.I))


def _works(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"P, who works for the company", "P, qui a quitté l'entreprise en 2019", "P, who co-founded the firm",
    "P, who spent ten years at O" / "at the firm", "P a rejoint O en 2012", "P, qui a quitté O": P works or
    worked for the organisation (named after the verb or the clause, or named before and meant by the common
    noun: _described). The verb's role: lexicon works_verbs. Not "who never worked for", "who investigated
    the firm" (no such verb), "P left O's offices" (O's, not O)."""
    described, stint, verb_before = _works_regexes()
    verbs, out = lexicon("roles")["works_verbs"], []
    for i, p, _, tail in _people(sent, text, 0, 120):
        hit = described.match(tail)
        if hit:
            org = _described(hit.group("noun"), sent, sent.mentions[:i], text, scope)
            if org is not None:
                out.append((p, org, verbs.get((hit.group("v") or "").lower(), "employee"), 0.55))
        nxt = sent.mentions[i + 1] if i + 1 < len(sent.mentions) else None
        if nxt is not None and nxt.type in ORGS[:3] and stint.fullmatch(_gap(text, p.end, nxt.start)):
            out.append((p, nxt, "employee", 0.6))
        elif nxt is not None and nxt.type in ORGS[:3] and not re.match(r"['’]", text[nxt.end:nxt.end + 2]) and (
                hit := verb_before.fullmatch(_gap(text, p.end, nxt.start))):
            out.append((p, nxt, verbs.get(hit.group("v").lower(), "employee"), 0.6))  # "P a rejoint O en 2012"
    return out


@lru_cache(maxsize=None)
def _diplomat_regexes(roles_rx: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """_diplomats' title before the name, title apposed after it, and "Government spokesman" before it."""
    alt = _alternation("diplomats")
    post = r"(?:\s+(?:à|in|to|en|au|aux|at)\s+(?:the |l'|la |le )?[\w-]+)?"  # "ambassadeur égyptien à Paris"
    return (re.compile(rf"(?<!\w)(?:(?P<a1>[\w-]+)\s+)?(?P<t>{alt})(?:\s+(?P<a2>[\w-]+))??{post}\s*,?\s*"
                       rf"{TITLE}$", re.I),
            re.compile(rf"\s*,\s*(?:the |l'|le |la |an? |une? )?(?:(?P<a1>[\w-]+)\s+)?(?P<t>{alt})"
                       rf"(?:\s+(?P<a2>[\w-]+))??{post}(?=\s*[,.;)])", re.I),
            re.compile(rf"(?<![\w'])(?:government|cabinet)\s+(?P<t>{_alternation('government_staff')})"
                       rf"\s*,?\s*"
                       rf"{TITLE}$", re.I))


def _diplomats(sent: Sent, text: str, rx: re.Pattern, roles: dict[str, str], scope: Scope) -> list[tuple]:
    """"The Egyptian ambassador, P", "l'ambassadeur égyptien à Paris, P", "Kenyan envoy P", "P, the
    Moroccan consul,": a diplomat (lexicon diplomats) serves the state an adjective of nationality beside
    the title names, where the document names it (never a state merely in view: the ambassador's host is
    in view as often); or the state after "de" / "of" ("l'ambassadeur de France en Égypte, P"). "Government
    spokesman P": the state in view (_state_in_view)."""
    titled, apposed, government = _diplomat_regexes(rx.pattern)
    out: list[tuple] = []
    for i, p, head, tail in _people(sent, text, 70, 70):
        for hit in (titled.search(head), apposed.match(tail)):
            if hit is None or (hit.group("a2") and fold(hit.group("a2")) not in demonyms()):
                continue  # "the Egyptian ambassador met P": a verb, not an adjective, after the title
            state = _named_state([w for w in (hit.group("a1"), hit.group("a2")) if w], scope)
            if state is not None:
                out.append((p, state, _role(hit.group("t"), roles), 0.55))
        out += [(p, c, _role(title, roles), 0.55)
                for c, title in _titled_state(p, sent, text, _alternation("diplomats"), POSTED)]
        gov = government.search(head)
        before = [m for m in sent.mentions[:i] if m.end <= p.start]
        state = _state_in_view((), before, scope, sent, text) if gov else None
        if gov and state is not None:
            out.append((p, state, _role(gov.group("t"), roles), 0.55))
    return out


@lru_cache(maxsize=None)
def _unit_regex() -> re.Pattern:
    """_units' clause after a name: "who heads the export unit", "qui dirige la division export"."""
    return re.compile(rf"\s*,\s*(?:who|qui)\s+{ADVERB}{LED}\s+(?:the |its |l'|la |le |sa |son )"
                      rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_alternation('units')})(?:\s+(?:de |d'|du |in )?[\w-]+)?"
                      rf"(?=\s*[,.;)–—])", re.I)  # "the company's export unit", "le bureau de Dubaï"


def _units(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"P, who heads the export unit", "P, qui dirige la division export": P heads a part (lexicon units)
    of the organisation named before in the sentence (not as an agent), else of the one the sentences
    before are about or name alone. Not "who heads the inquiry" (no unit), "who heads a rival firm"."""
    out: list[tuple] = []
    for i, p, _, tail in _people(sent, text, 0, 90):
        hit = _unit_regex().match(tail)
        if hit is None or any(p.end < m.start < p.end + hit.end() and m.type != "Country"
                              for m in sent.mentions):
            continue  # "who heads the Helix unit": Helix's, read elsewhere; "the Dubai office": a place
        before = [m for m in sent.mentions[:i] if m.type in ORGS[:3] and not re.search(
            r"\b(?:par|by)\s+(?:[\w'-]+\s+){0,3}$", _gap(text, max(sent.start, m.start - 40), m.start), re.I)]
        org = before[-1] if before else scope.topic(ORGS[:3]) or scope.in_view(ORGS[:3], ORGS[:3])
        if org is not None:
            out.append((p, org, "head", 0.55))
    return out


@lru_cache(maxsize=None)
def _administrator_regex() -> re.Pattern:
    """_administrators' title before the name, capitalised as a public office writes it."""
    alt = "|".join(map(re.escape, lexicon("roles")["administration_heads"]))
    return re.compile(rf"(?:(?<![\w'’-])(?:the|The)\s+)?(?P<t>{alt})\s*,?\s*{TITLE}$")


#: what before an administration's title makes it a company's: a name, a possessive, a genitive ("Helix
#: Chief Executive P", "its Chief Executive", "Helix's Chief Executive")
NOT_ADMINISTRATION = re.compile(r"(?:\b(?!The\b)[A-Z][\w-]*|\b(?:its|his|her|their|our|son|sa|ses|leur|notre)"
                                r"|['’]s?)\s*$")


def _administrators(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"Hong Kong's Chief Executive P", "Chief Executive P defended the police", "The Chief Secretary, P": a
    company-style title of a public administration (lexicon administration_heads, capitalised). P serves
    the state named with a genitive before the title, else, where the sentence names no organisation and
    none is in view, the state the document is about or the one state in view. Not "its chief executive",
    "Helix Chief Executive P" (a company's)."""
    out: list[tuple] = []
    heads = lexicon("roles")["administration_heads"]
    for i, p, head, _ in _people(sent, text, 50, 0):
        hit = _administrator_regex().search(head)
        if hit is None:
            continue
        at = p.start - len(head) + hit.start()
        owner = next((m for m in sent.mentions if m.type == "Country" and re.fullmatch(r"['’]s\s+", text[
            m.end:at])), None)
        lead = text[max(sent.start, at - 30):at]
        if owner is None and (NOT_ADMINISTRATION.search(lead) or any(m.type in ORGS[:3] for m in sent.mentions)
                              or scope.last(("Company", "Organization")) is not None):
            continue  # "Helix Chief Executive P", "its Chief Executive", a company in view
        before = [m for m in sent.mentions[:i] if m.end <= p.start]
        state = owner or scope.main_state or scope.main_state_counting(text) or scope.one_country(before)
        if state is not None and (owner or not any(m.type == "Country" and m.country != state.country
                                                   for m in sent.mentions)):
            out.append((p, state, heads[hit.group("t")], 0.5))
    return out


#: "P went to work for O", "P, who later went to work for O", "P left the NSA and went to work for O"
WENT_TO_WORK = re.compile(rf"\s*,?\s*(?:(?:who|qui)\s+)?(?:[^.;,]{{0,60}}?\band\s+)?{ADVERB}went\s+(?:on\s+)?"
                          rf"to\s+work\s+(?:for|at|with)\s+(?:the\s+)?", re.I)
#: "P a rejoint les services émiratis", "P joined the Emirati intelligence services", "les services de
#: renseignement des Émirats arabes unis"
SERVICES = re.compile(r"\s*,?\s*(?:(?:who|qui)\s+)?(?:(?:a|avait|has|had)\s+)?(?:(?:ensuite|alors|aussi|later|"
                      r"then|also)\s+)?(?:rejoint|intégré|joined)\s+(?:les|the)\s+(?:(?P<a1>[\w-]+)\s+)?"
                      r"(?:intelligence\s+|security\s+)?services(?:\s+(?:de renseignement|secrets))?"
                      r"(?:\s*(?:des |du |de l'|de la |d'|of (?:the )?)|\s+(?P<a2>[\w-]+))?", re.I)


def _joined(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"P went to work for the UAE", "P a rejoint les services émiratis", "P joined the services of O": P
    works for the state or body named (by its name right after, or an adjective of nationality beside
    "services" where the document names the state). Not "refused to work for O", "went to O to sell"."""
    out: list[tuple] = []
    for i, p, _, tail in _people(sent, text, 0, 120):
        nxt = next((m for m in sent.mentions[i + 1:] if m.type in ("Person", *ORGS)), None)
        if nxt is not None and nxt.type != "Person" and WENT_TO_WORK.fullmatch(_gap(text, p.end, nxt.start)):
            out.append((p, nxt, "employee", 0.55))
            continue
        hit = SERVICES.match(tail)
        if hit is None:
            continue
        state = _named_state([w for w in (hit.group("a1"), hit.group("a2")) if w], scope)
        if state is None and nxt is not None and nxt.type in ORGS and nxt.start == p.end + hit.end():
            state = nxt  # "a rejoint les services des Émirats arabes unis"
        if state is not None:
            out.append((p, state, "employee", 0.55))
    return out


#: what a work or a team is given to its organisation by: "a report (released on Monday) by O", "researchers
#: at O", "le rapport d'O", "les chercheurs de O" (the text before O)
WORK_OF = (r"\b(?:{nouns})\b(?:\s*,?\s+[^.;,]{{0,40}}?\b(?:by|par)"
           r"|\s+(?:by|from|of|at|de|d'|d’|du|des|par|chez|au sein d[eu']))\s*(?:the\s+|l'|l’|la\s+|le\s+)?$")
#: after O: "O's report", "O researchers", "O a publié un rapport", "O released a study"
WORK_BY = (r"(?:['’]s?)?\s+(?:(?:has |have |had |a |avait |ont )?(?:published|released|issued|publié|publie"
           r"|publia|rendu public|dévoilé)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b")
#: a determiner before an author: "the", "its", "one of the", "l'une des"
AUTHOR_DET = (r"(?P<det>(?:one of |l'une? des )?"
              r"(?:the |this |its |their |son |sa |ses |leur |l'|le |la |les )?)")
#: the work after an author: "of the report", "du rapport"
AUTHOR_OF = r"(?P<of>\s+(?:of the|of this|du|de ce|de cette|de l'|de la)\s+(?:{nouns}))?"
#: "The report's lead author, P", "Its author, P", "L'auteure du rapport, P", "One of the report's authors, P"
AUTHOR_BEFORE = (r"(?:^|[,;:(]\s*|\b(?:and|et|selon|according to|said|says|a dit)\s+)" + AUTHOR_DET
                 + r"(?P<work>(?:{nouns})['’]s\s+)?(?P<role>{authors})" + AUTHOR_OF + r"\s*,?\s*{title}$")
#: "P, the report's co-author,", "P, l'auteur principal du rapport,"
AUTHOR_AFTER = (r"\s*,\s*" + AUTHOR_DET + r"(?P<work>(?:{nouns})['’]s\s+)?(?P<role>{authors})" + AUTHOR_OF
                + r"(?=\s*[,.;)])")
#: "The researchers, led by P", "L'équipe, dirigée par P", "Les chercheurs de O, menés par P"
TEAM_LED = (r"(?P<det>\b(?:(?:the|its|their|these|les|ses|leurs|ces|a|an|une?)\s+|l['’]))?"
            r"(?:[\w-]+\s+){{0,3}}?(?P<team>{teams})\b(?P<mid>[^.;,]{{0,50}}?)\s*,\s*{when}"
            r"(?:(?:led|headed|directed|coordinated|supervised)\s+by"
            r"|(?:dirigée?s?|menée?s?|conduite?s?|coordonnée?s?|pilotée?s?)\s+par)\s+{title}$")


@lru_cache(maxsize=None)
def _work_regexes() -> tuple[re.Pattern, ...]:
    """_authors' and _teams' regexes, built once (the lexicon's works, teams and authors)."""
    lex = lexicon("roles")
    works = "|".join(sorted(map(re.escape, lex["works"]), key=len, reverse=True))
    both = "|".join(sorted(map(re.escape, lex["works"] + lex["teams"]), key=len, reverse=True))
    teams = "|".join(sorted(map(re.escape, lex["teams"]), key=len, reverse=True))
    authors = _alternation("authors")
    return (re.compile(WORK_OF.format(nouns=both), re.I), re.compile(WORK_BY.format(nouns=both), re.I),
            re.compile(AUTHOR_BEFORE.format(nouns=works, authors=authors, title=TITLE), re.I),
            re.compile(AUTHOR_AFTER.format(nouns=works, authors=authors), re.I),
            re.compile(TEAM_LED.format(teams=teams, when=LED_WHEN, title=TITLE), re.I))


def _work_owner(region: list[model.Mention], text: str) -> model.Mention | None:
    """The organisation whose report or researchers `region` (the mentions of the sentences before, in
    order) names last: "a report released on Wednesday by O", "Researchers at O", "O's study", "O a publié
    un rapport"; the one nearest the noun's last use wins ("A criticised a report by B": B's)."""
    of, by = _work_regexes()[:2]
    best: tuple[int, model.Mention] | None = None
    for m in region:
        if m.type not in ORGS[:3]:
            continue
        before = _gap(text, max(0, m.start - 80), m.start)
        after = by.match(_gap(text, m.end, m.end + 60))
        at = m.start if of.search(before) else m.end + after.end() if after else -1
        if at >= 0 and (best is None or at >= best[0]):
            best = (at, m)
    return best[1] if best else None


def _authors(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"The report's lead author, P", "Its author, P", "L'auteur du rapport, P", "P, the report's co-author":
    P works for the organisation whose report the sentence or the few before give ("a report by O", "le
    rapport d'O"). The author's phrase must name the work or own it by a possessive: not "l'auteur d'un
    autre rapport, P" nor a book's author."""
    *_, before_rx, after_rx, _ = _work_regexes()
    out: list[tuple] = []
    for i, p, head, tail in _people(sent, text, 90, 90):
        hit = before_rx.search(head) or after_rx.match(tail)
        if hit is None or not (hit.group("work") or hit.group("of") or re.search(
                r"\b(?:its|their|son|sa|ses|leur)\b", hit.group("det") or "", re.I)):
            continue
        here = [m for m in sent.mentions[:i] if m.end <= p.start]
        region = [m for ms in scope.recent[-4:] for m in ms] + here
        org = _work_owner(region, text)
        if org is not None:
            role = lexicon("roles")["authors"].get(hit.group("role").lower(), "author")
            out.append((p, org, role, 0.6))
    return out


def _teams(sent: Sent, text: str, scope: Scope) -> list[tuple]:
    """"The researchers, led by P", "A team of O researchers, led by P", "L'équipe, dirigée par P", "Ses
    chercheurs, dirigés par P": P leads the researchers of the organisation named with them, in the sentence
    or the few before ("Researchers at O found ...", "a report by O"), else for "its"/"ses" the organisation
    the sentence before is about. Not "the inquiry, led by P" (no team), not "led by O" (no person)."""
    team_rx = _work_regexes()[-1]
    out: list[tuple] = []
    for i, p, head, _ in _people(sent, text, 140, 0):
        hit = team_rx.search(head)
        if hit is None or re.search(MID_CLAUSE, hit.group("mid"), re.I):
            continue
        here = [m for m in sent.mentions[:i] if m.end <= p.start]
        org = _work_owner(here, text)
        if org is None and (hit.group("det") or "").strip().lower() not in ("a", "an", "un", "une", ""):
            org = _work_owner([m for ms in scope.recent[-4:] for m in ms] + here, text)
            if org is None and re.match(r"(?:its|their|ses|leurs)\b", hit.group("det"), re.I):
                org = scope.topic(ORGS[:2])
        if org is not None:
            out.append((p, org, "lead researcher", 0.6))
    return out
