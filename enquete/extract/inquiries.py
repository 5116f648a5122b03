"""`investigated` and `funded` read from the dependency parse around one trigger (lexicon/relations.yaml).

Why: reporters name the body that inquires and the company it targets in many places around the
trigger, not only before and after it: the agent of a passive or of a participle ("une enquête menée
par X", "a settlement announced by X", "a round led by X"), the owner of a noun ("the CNIL's inquiry"),
the subject of the verb that opens the inquiry ("X a ouvert une enquête visant Y", "X imposed a penalty
on Y") or undergoes it ("Y faces charges", "Y agreed to pay a penalty"), the noun a relative clause or a
participle hangs from ("Y, which is being investigated by X", "X, qui a financé Y"), "the company" or
"ses dirigeants" for the company in view. Each side is read as a noun phrase: the name at its head, else
the name it is "of" ("les locaux de Y", "two executives of Y"), and those coordinated with it.

A side the sentence does not name may be told by the discourse: a pronoun ("fined it", "l'a
sanctionnée"), premises searched or seized with no owner ("ont perquisitionné les locaux"), a plain word
for the body named last ("with federal prosecutors", "les enquêteurs"), the one accused before for a
judge appointed or an inquiry brought about ("ce qui a conduit à la désignation d'un juge d'instruction",
"the complaints led to an investigation by X").

`read` gives None where the parse names neither side (the readings of arguments.py go on), [] where it
names a side that cannot be one (an NGO's or a newspaper's inquiry, a "sanctions list"), else the
relations. Triggers of `parse_lemmas` are read from the parse only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from enquete import model
from enquete.extract.anaphora import fold, object_antecedent, pronoun_antecedent
from enquete.extract.clauses import token_at
from enquete.extract.relations import Sent, Trigger, coordinated, evidence, is_passive, lexicon, nearest_date
from enquete.extract.supply import POSSESSIVES, company_in_view

AGENT_DEPS = {"obl:agent", "agent"}
OBJ_DEPS = {"obj", "dobj", "xcomp", "obl:arg", "obl:mod", "iobj", "dative"}  # "fined the company $2m": dative
SUBJ_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
RELATIVE = {"qui", "which", "who", "that", "lequel", "laquelle", "lesquels", "lesquelles"}
OWNER_DEPS = {"poss", "nmod:poss", "compound", "flat:name"}
OF = ("de", "du", "des", "d'")
COMPANY_NOUNS = {"company", "firm", "group", "société", "entreprise", "firme", "groupe", "start-up",
                 "startup"}
DEFINITE = {"the", "this", "le", "la", "l'", "ce", "cette", "cet"}
FEDERAL = {"federal", "fédéral", "fédéraux", "same", "même", "mêmes"}
TARGETS = ("Company", "Organization", "Person")  # what a pronoun may stand for as a target
OBJECT_NOUNS = {"subject", "objet", "target", "cible"}  # "X is the subject of an inquiry"


def read(trig: Trigger, sent: Sent, doc: model.Document, lang: str, context: dict
         ) -> list[model.Relation] | None:
    """The relations one `investigated` or `funded` trigger gives, read from the parse (see the module)."""
    spec = lexicon("relations")[trig.predicate]
    tok = trig.token or token_at(sent.span.doc, trig.start, trig.end)
    if tok is None:
        return None
    # (a phrase of the lexicon, "enquête … sur", is read on below where the parse names no side)
    only = trig.token is not None and _is(tok, spec, "parse_lemmas", lang)
    if _is(tok, spec, "investor_nouns", lang):
        return _investor(trig, tok, sent, doc, context)
    if _is(tok, spec, "appointing_words", lang):
        return _appointed(trig, tok, sent, doc, spec, lang, context)
    if _is(tok, spec, "ruling_verbs", lang):
        return _ruled(trig, tok, sent, doc, spec, lang, context)
    if _is(tok, spec, "amount_nouns", lang) and not (tok.dep_ in ("obj", "dobj") and _is(
            tok.head, spec, "imposing_verbs", lang)):
        return []  # "paid a large amount to X": no fine
    if _is(tok, spec, "agent_only", lang) and _agent(tok) is None:
        return []  # "X entend poursuivre": no hearing
    if _is(tok, spec, "resale_verbs", lang):
        return _resold(trig, tok, sent, doc, spec, lang, context)
    if _is(tok, spec, "fund_nouns", lang) and tok.pos_ == "NOUN" and _funder(tok, sent):
        return _fund(trig, tok, sent, doc, lang, context)
    if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN"):
        if not _is(tok.head, spec, "agreement_nouns", lang):
            return [] if only else None  # "a sanctions list", "an investment firm": no act
        tok = tok.head  # "a deferred prosecution agreement with X": the agreement is the act
    if _is(tok, spec, "goods_nouns", lang) and tok.pos_ == "NOUN" and _goods(tok, spec, lang):
        return []  # "the police bought probes from Y": devices, no inquiry
    if _is(tok, spec, "order_verbs", lang) and not (_is_verb(tok) and any(
            c.dep_ in ("xcomp", "ccomp") for c in tok.children)):
        return []  # "the police ordered probes from Y": a purchase, no order given to Y
    if _is(tok, spec, "money_lemmas", lang) and not _money(tok):
        return []  # "poured scorn on": "pour" funds only with an amount
    text = doc.text
    auth = _authority(tok, sent, text, spec, lang, context)
    target = _target(tok, sent, text, spec, lang, context)
    if _is(tok, spec, "settling_verbs", lang) or _pleaded(tok, spec, lang):  # "X settled with the BIS": X
        # the target; "X a plaidé coupable devant la justice américaine"
        auth = _partner(tok, sent, text, spec, lang, context) or None
        target = _named(_subject(tok), sent, text, context)
    stypes = _subject_types(spec, tok, lang)
    if auth is not None and auth and not [m for m in auth if m.type in stypes]:
        return []  # "l'enquête de Veille Numérique", "Le Monde a enquêté": no public body
    if auth and not target and _opened(tok, spec, lang):  # "In 2021, the CNIL opened an investigation"; "the
        # prosecutor's office has opened an inquiry" after a complaint against X: X
        target = [m for m in [context.get("accused") or company_in_view(sent, context)] if m is not None]
    if auth and not target and _brought_about(tok, spec, lang):  # "the complaints led to an inquiry by X"
        target = [m for m in [context.get("accused") or company_in_view(sent, context)] if m is not None]
    if not auth or not target:
        return [] if only else None
    subj = [m for m in auth if m.type in stypes]
    objs = [m for m in target if m.type in spec["object"]]
    return _relations(trig, sent, doc, subj, objs)


def _investor(trig: Trigger, noun: Token, sent: Sent, doc: model.Document, context: dict
              ) -> list[model.Relation]:
    """"Its main investor, F, declined", "Helvane's backer F", "F, Helvane's first investor": F (the name
    apposed to the noun, or the name the noun is apposed to) funded the owner of the noun (its possessor;
    "its", "son": the company in view where the noun is the subject). Not "investors such as F" (no
    owner), "an investor in P" (read by phrasings.yaml)."""
    if noun.pos_ != "NOUN":
        return []
    backers = [m for c in noun.children if c.i > noun.i and (c.dep_ in ("appos", "flat:name") or (
        c.dep_ == "nmod" and not any(k.dep_ == "case" for k in c.children))) for m in _own(c, sent)][:1]
    if not backers and noun.dep_ in ("appos", "compound"):  # "F, Helvane's investor", "Helvane's backer F"
        backers = _own(noun.head, sent)
    spec = lexicon("relations")["funded"]
    if not backers and noun.dep_ in SUBJ_DEPS and noun.head.lemma_.lower() in {
            w for ws in spec["including_verbs"].values() for w in ws}:  # "its investors include F and G"
        backers = [m for c in noun.head.children if c.dep_ in ("obj", "dobj", "attr") for m in _named(
            c, sent, doc.text, context, anaphor=False)]
    owned = next((f for c in noun.children if c.dep_ in ("poss", "nmod:poss") or _case(c, OF)
                  or c.dep_ == "prep" and c.lower_ == "of" for f in [_own(_pobj(c), sent)] if f), [])
    if not owned and noun.dep_ in SUBJ_DEPS and any(c.lower_ in POSSESSIVES for c in noun.children):
        owned = [m for m in [company_in_view(sent, context)] if m is not None]
    subj = [m for m in backers if m.type in spec["parse_subject"]]
    return _relations(trig, sent, doc, subj, [m for m in owned if m.type in spec["object"]])


def _appointed(trig: Trigger, tok: Token, sent: Sent, doc: model.Document, spec: dict, lang: str,
               context: dict) -> list[model.Relation]:
    """"Un juge d'instruction a été désigné", "ce qui a conduit à la désignation d'un juge d'instruction",
    "an investigating judge was appointed": the judge (a public body named by one of `judges`) inquires
    into the one accused before (`context["accused"]`: the target of the last complaint or inquiry told),
    else the company in view. Not "a judge was named to head the agency" (no one accused, no company)."""
    own = _words(spec, "target_markers", lang) - {"à", "au", "aux", "of", "chez"}
    if any(t.lower_ in own for t in tok.subtree):
        return []  # "désigné pour enquêter sur la mort d'un journaliste": its own target, read there
    if _is_verb(tok):
        named = [c for c in tok.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    else:
        named = [_pobj(c) for c in tok.children if _owner(c)]
    judges = _words(spec, "judges", lang)
    subj = [m for c in named for m in _own(c, sent)
            if m.type in spec["subject"] and set(fold(m.text).replace("'", " ").split()) & judges]
    accused = context.get("accused") or company_in_view(sent, context)
    objs = [accused] if accused is not None and accused.type in spec["object"] else []
    return _relations(trig, sent, doc, subj, objs)


def _ruled(trig: Trigger, verb: Token, sent: Sent, doc: model.Document, spec: dict, lang: str,
           context: dict) -> list[model.Relation]:
    """"Le tribunal doit se prononcer sur la recevabilité de l'action", "the court ruled on the complaint":
    a court (its subject, a public body) that rules on an action, a complaint or a case (`action_nouns`,
    after `ruled_markers`, or what that is "of") rules on the name the action holds, else on the one
    accused before (`context["accused"]`), else the company in view. Not "se prononcer sur la loi" (no
    action), "the minister ruled on the request of X" (no court: no public body as subject)."""
    subj = _subject(verb)
    courts = [m for m in _named(subj, sent, doc.text, context, anaphor=False) if m.type in spec["subject"]]
    about = [_pobj(c) for c in verb.children if c.lower_ in _words(spec, "ruled_markers", lang)
             or _case(c, tuple(_words(spec, "ruled_markers", lang)))]
    about += [_pobj(k) for n in about for k in n.children if _owner(k)]  # "la recevabilité de l'action"
    actions = [n for n in about if _is(n, spec, "action_nouns", lang)]
    if not courts or not actions:
        return []
    named = [m for n in actions for m in sent.mentions if n.left_edge.idx <= m.start < n.right_edge.idx
             + len(n.right_edge) and m.type in spec["object"]]
    accused = context.get("accused") or company_in_view(sent, context)
    objs = named[:1] or ([accused] if accused is not None and accused.type in spec["object"] else [])
    return _relations(trig, sent, doc, courts, objs)


def _fund(trig: Trigger, noun: Token, sent: Sent, doc: model.Document, lang: str, context: dict
          ) -> list[model.Relation]:
    """"Elle a reçu 10 M€ du fonds F", "it received $10m from the fund F": F (the name apposed to the
    noun, or the name the noun qualifies) funded the one who received it (`_undergoer`)."""
    funder = _funder(noun, sent)
    holder = noun.head if noun.dep_ == "compound" else noun
    spec = lexicon("relations")["funded"]
    target = _undergoer(holder, sent, doc.text, spec, lang, context) if funder else []
    if holder.dep_ in SUBJ_DEPS and _money(holder.head):  # "le fonds F lui a apporté 3 M€"
        target = _receiver(holder.head, sent, doc.text, spec, lang, context)
    subj = [m for m in funder if m.type in spec["parse_subject"]]
    return _relations(trig, sent, doc, subj, [m for m in target or [] if m.type in spec["object"]])


def _resold(trig: Trigger, verb: Token, sent: Sent, doc: model.Document, spec: dict, lang: str,
            context: dict) -> list[model.Relation]:
    """"X sold its stake in Y to F", "X bought a controlling stake, before selling it to F", "X a revendu sa
    participation au fonds F": F (after `buyer_markers`) funded the company of the stake (after "in",
    "dans"; else the company in view). Not "sold Harfang to Egypt" (no stake), "sold its stake" (no
    buyer)."""
    stakes = _words(spec, "stake_nouns", lang)
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if obj is not None and obj.pos_ == "PRON":  # "before selling it": the stake named before in the sentence
        before = sent.span.doc[sent.span.start:obj.i]
        obj = next((t for t in reversed(list(before)) if t.lemma_.lower() in stakes and t.pos_ == "NOUN"),
                   None)
    if obj is None or obj.lemma_.lower() not in stakes:
        return []
    markers = _words(spec, "buyer_markers", lang)  # (the parser may hang "au fonds F" from the stake)
    buyers = next((f for f in (_marked(t, sent, doc.text, markers, context, anaphor=False)
                               for t in (verb, obj)) if f), [])
    owned = _marked(obj, sent, doc.text, {"in", "dans"}, context) or [
        m for m in [company_in_view(sent, context)] if m is not None]
    return _relations(trig, sent, doc, [m for m in buyers if m.type in spec["parse_subject"]],
                      [m for m in owned if m.type in spec["object"]])


def _funder(noun: Token, sent: Sent) -> list[model.Mention]:
    """The name a fund noun is apposed to or qualifies ("du fonds F", "the fund F", "the F fund")."""
    return _own(noun, sent) or (_own(noun.head, sent) if noun.dep_ == "compound" else [])


def _others(verb: Token, sent: Sent, spec: dict) -> bool:
    """Whether a name that may be a target stands in the clause of `verb`, other than its author's (its
    subject or agent)."""
    author = {m.id for t in (_subject(verb), _agent(verb)) if t is not None for m in _own(t, sent)}
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return any(lo <= m.start < hi and m.type in spec["object"] and m.id not in author for m in sent.mentions)


def _receiver(verb: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
              ) -> list[model.Mention]:
    """Who a verb gives to: the name after a target marker ("à X", "into X"), else a dative pronoun ("lui a
    accordé", "gave it")."""
    return _marked(verb, sent, text, _words(spec, "target_markers", lang), context) or next(
        (f for f in (_named(c, sent, text, context) for c in verb.children
                     if c.dep_ in ("iobj", "dative") and c.pos_ == "PRON") if f), [])


def _goods(noun: Token, spec: dict, lang: str) -> bool:
    """Whether a noun that may name goods or an inquiry ("probe") names goods: the complement of a word of
    trade, with no target, author or owner of its own ("bought probes from Y", "sales of probes to Z"; not
    "opened a probe into Y", "faces a probe by X", "widened the probe")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("obj", "dobj", "pobj", "conj") or head.lemma_.lower() not in _words(
            spec, "trade_words", lang):
        return False
    marks = _words(spec, "target_markers", lang) | {"by", "par"}
    return not any(c.dep_ in ("poss", "nmod:poss", "acl", "relcl") or c.lower_ in marks
                   for c in noun.children)


def _partner(tok: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
             ) -> list[model.Mention]:
    """Who a settlement, a plea or a raise of funds was made with: the name after a payee or a court marker
    ("settled with X", "settled the charges with X", "pleaded guilty in X", "raised $5m from X"), else the
    author of the charges pleaded to ("pleaded guilty to charges brought by X")."""
    payees = _words(spec, "payee_markers", lang) | _words(spec, "court_markers", lang)
    for t in (tok, *(c for c in tok.children if c.dep_ in ("obj", "dobj"))):
        found = _marked(t, sent, text, payees, context, anaphor=False)
        if found:
            return found
    charges = (t for t in tok.subtree if t.i != tok.i and t.pos_ == "NOUN" and _is(t, spec, "lemmas", lang))
    return next((f for f in (_noun_authority(t, sent, text, spec, lang, context) for t in charges) if f), [])


def _pleaded(tok: Token, spec: dict, lang: str) -> bool:
    """"X pleaded guilty before Y", "X a plaidé coupable devant Y": a plea verb with its plea."""
    return _is(tok, spec, "plea_verbs", lang) and any(
        c.lower_ in _words(spec, "pleas", lang) for c in tok.subtree if c.i > tok.i)


def _opened(noun: Token, spec: dict, lang: str) -> bool:
    """Whether `noun` is an inquiry or a fine a body opened or imposed with no target written at all ("the
    CNIL opened an investigation", "the ICO issued a £7.5 million penalty"): it is about the company in
    view. Not "an investigation into the leak" (a target, no name)."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("obj", "dobj") and noun.head.lemma_.lower() in _words(
        spec, "opening_verbs", lang) and _untargeted(noun, (noun, noun.head), spec, lang)


def _untargeted(noun: Token, around: tuple[Token, ...], spec: dict, lang: str) -> bool:
    """Whether no target is written beside `noun` (no participle, no target marker among the children of
    `around`): "an investigation into the leak" has one, with no name."""
    markers = _words(spec, "target_markers", lang)
    return not any(c.dep_ == "acl" for c in noun.children) and not any(
        c.lower_ in markers or any(k.dep_ == "case" and k.lower_ in markers for k in c.children)
        for t in around for c in t.children if c.i != noun.i)


def _brought_about(noun: Token, spec: dict, lang: str) -> bool:
    """Whether `noun` is an inquiry that something told before brought about, with no target written ("the
    complaints led to an investigation by X", "la plainte a abouti à l'ouverture d'une enquête du parquet"):
    the complement of a verb of `consequence_verbs`, through at most two nouns or prepositions."""
    if noun.pos_ != "NOUN" or not _untargeted(noun, (noun,), spec, lang):
        return False
    cur = noun
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "nmod", "obl:arg", "obl", "obj", "dobj"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in _words(spec, "consequence_verbs", lang):
            return True
    return False


def _is(tok: Token, spec: dict, key: str, lang: str) -> bool:
    """Whether `tok` (its lemma or its form: the tagger reads "fined" as "fin") is one of the words of `key`."""
    return bool({tok.lemma_.lower(), tok.lower_} & _words(spec, key, lang))


def _words(spec: dict, key: str, lang: str) -> set[str]:
    return set((spec.get(key) or {}).get(lang) or ())


def _subject_types(spec: dict, tok: Token, lang: str) -> list[str]:
    """The types the author may have: those of `parse_subject`, an Organization only for an act of power
    (`coercive`: a UN panel fines or questions, an NGO or a newspaper only investigates)."""
    types = list(spec.get("parse_subject") or spec["subject"])
    coercive = _words(spec, "coercive", lang)
    if coercive and not {tok.lemma_.lower(), tok.lower_, tok.head.lemma_.lower()} & coercive:
        types = [t for t in types if t != "Organization"]
    return types


def _relations(trig: Trigger, sent: Sent, doc: model.Document, subj: list[model.Mention],
               objs: list[model.Mention]) -> list[model.Relation]:
    date = nearest_date(sent, trig.start)
    out = []
    for s in subj:
        for o in objs:
            if s.id == o.id or (s.cluster and s.cluster == o.cluster) or fold(s.text) == fold(o.text):
                continue
            lo, hi = min(s.start, o.start, trig.start), max(s.end, o.end, trig.end)
            out.append(model.Relation(
                subject=s.id, predicate=trig.predicate, object=o.id, evidence=evidence(doc, sent, lo, hi),
                date=date.value if date else None, precision=date.precision if date else None,
                confidence=0.7, extractor=f"parse:{trig.predicate}-v1"))
    return out


# -- the two sides -------------------------------------------------------------------------------------

def _authority(tok: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
               ) -> list[model.Mention] | None:
    """Who inquires or invests: the agent of a passive or a participle ("perquisitionnés par X", "a round
    led by X"), else the subject of an active verb ("X a sanctionné", "X, qui a financé"), else for a noun
    its agent, owner or "of" ("the CNIL's inquiry", "l'enquête du parquet") or the subject of the verb that
    opens it ("X a ouvert une enquête", "X imposed a penalty")."""
    if _is_verb(tok):
        agent = _agent(tok)
        if agent is not None:
            return _named(agent, sent, text, context, anaphor=False)
        if is_passive(tok) or tok.dep_ == "acl":
            return None
        subj = _subject(tok)
        if subj is None:
            return None
        if _is_inquiry_noun(subj, spec, lang):  # "l'autre procédure, menée par X, vise Y"
            return _noun_authority(subj, sent, text, spec, lang, context)
        return _named(subj, sent, text, context, anaphor=False)
    return _noun_authority(tok, sent, text, spec, lang, context)


def _noun_authority(noun: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
                    ) -> list[model.Mention] | None:
    """The author of an inquiry or an investment named by a noun: "an investigation by X", "une enquête
    menée par X", "the CNIL's inquiry", "l'enquête du parquet de Paris", "X a ouvert une enquête"."""
    near = [*noun.children,
            *(g for c in noun.children if c.dep_ == "nmod" for g in c.children if g.dep_ == "acl")]
    for c in near:  # "by X", "par X", "ouverte par X", "led by X", "une amende de 100 000 euros infligée par"
        agent = _agent(c) if c.dep_ == "acl" and _is_verb(c) else _pobj(c) if c.dep_ == "prep" and \
            c.lower_ == "by" or _case(c, ("par",)) else None
        found = _named(agent, sent, text, context, anaphor=False)
        if found:
            return found
    for c in noun.children:  # "the CNIL's inquiry", "l'enquête du parquet" (not "la perquisition des
        # locaux de X": a company "of" it is its target)
        if c.dep_ in ("poss", "nmod:poss") or _case(c, OF):
            found = _named(c, sent, text, context, anaphor=False)
            if [m for m in found if m.type in spec["subject"]]:
                return found
    if _is(noun, spec, "agreement_nouns", lang):  # "an agreement with X", "un accord avec X"
        payee = _marked(noun, sent, text, _words(spec, "payee_markers", lang), context, anaphor=False)
        if payee:
            return payee
    verb = noun.head
    if _opened_passive(noun, spec, lang):  # "une perquisition a été menée par X"
        agent = _agent(verb)
        return _named(agent, sent, text, context, anaphor=False) if agent is not None else None
    if noun.dep_ in ("obj", "dobj") and verb.lemma_.lower() in _words(spec, "opening_verbs", lang):
        subj = _subject(verb)
        return _named(subj, sent, text, context, anaphor=False) if subj is not None else None
    if noun.dep_ in ("obj", "dobj") and verb.lemma_.lower() in _words(spec, "undergoing_verbs", lang):
        payees = _words(spec, "payee_markers", lang)
        payee = _marked(verb, sent, text, payees, context, skip=noun, anaphor=False)
        return payee or None  # "Y paid a fine to X", "Y reached a settlement with X"
    return None


def _opened_passive(noun: Token, spec: dict, lang: str) -> bool:
    """Whether `noun` is the subject of an opening verb in the passive ("une enquête a été ouverte", "a
    search was conducted")."""
    return noun.dep_ in ("nsubj:pass", "nsubjpass") and noun.head.lemma_.lower() in _words(
        spec, "opening_verbs", lang)


def _case(tok: Token, words: tuple[str, ...]) -> bool:
    """Whether `tok` is a noun introduced by one of `words` ("du parquet": de)."""
    return tok.dep_ in ("nmod", "obl:mod", "obl", "obl:arg") and any(
        k.dep_ == "case" and k.lower_ in words for k in tok.children)


def _target(tok: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
            ) -> list[model.Mention] | None:
    """Who is inquired into or funded: the subject of a passive ("X a été sanctionnée", "the company was
    backed"), the noun a participle or a relative clause hangs from ("X, which is being investigated"),
    the object of an active verb ("charged two executives of X", "a infligé à X"), for a noun what it is
    "into", "sur", "visant" ("an investigation into X", "une enquête visant X") or the subject of the verb
    that undergoes it ("X faces charges", "X agreed to pay a penalty", "X closed a round")."""
    if _is_verb(tok):
        found = _verb_target(tok, sent, text, spec, lang, context)
        return found or _premises(tok, sent, spec, lang, context) or found
    return _noun_target(tok, sent, text, spec, lang, context)


def _verb_target(tok: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
                 ) -> list[model.Mention] | None:
    """The target of a verb (see `_target`)."""
    if is_passive(tok) or _agent(tok) is not None:
        subj = _subject(tok, passive=True)
        if subj is not None and subj.lower_ not in RELATIVE:
            return _named(subj, sent, text, context)
        first = tok.head if tok.dep_ == "conj" else tok  # "X, founded in 2015 and backed by F"
        if first.dep_ in ("acl", "acl:relcl", "relcl", "amod"):
            return _named(first.head, sent, text, context)
        return _fronted(tok, sent, text, context)
    for c in tok.children:  # ("fined the firm": "firm" may be read as an adjective, "charged two of")
        if c.dep_ in OBJ_DEPS and (c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or c.dep_ in ("dative", "iobj")
                                   or _covered(c, sent)) or \
                c.dep_ == "prep" and c.lower_ in _words(spec, "target_markers", lang):
            found = _named(_pobj(c), sent, text, context)
            if found:
                return found
    if not _is(tok, spec, "money_lemmas", lang):
        return None
    money = [t for c in tok.children if c.dep_ in ("obj", "dobj")
             for t in (c, *c.children) if t.pos_ == "NOUN"]
    markers = _words(spec, "target_markers", lang)  # "a injecté huit millions d'euros dans X"
    return next((f for f in (_marked(t, sent, text, markers, context) for t in money) if f), None)


def _premises(verb: Token, sent: Sent, spec: dict, lang: str, context: dict) -> list[model.Mention]:
    """"Les enquêteurs ont perquisitionné les locaux", "the documents seized by Y", "the servers were
    seized": premises or records (`premises_nouns`) a search or a seizure (`search_verbs`) took, with a
    definite article and no owner named, are the company in view's. Not "the offices of a newspaper" (an
    owner with no name), "seized phones" (no article, no premises)."""
    if not _is(verb, spec, "search_verbs", lang) or _others(verb, sent, spec):
        return []  # "les documents saisis par Y chez Z": Z's
    nouns = [c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    if verb.dep_ in ("acl", "amod"):  # "les documents saisis par Y"
        nouns.append(verb.head)
    for noun in nouns:
        dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
        definite = dets & (DEFINITE | {"les", "these", "ces"})
        if noun.lower_ in _words(spec, "premises_nouns", lang) and definite and not any(
                _owner(c) for c in noun.children):
            return [m for m in [company_in_view(sent, context)] if m is not None]
    return []


def _fronted(tok: Token, sent: Sent, text: str, context: dict) -> list[model.Mention] | None:
    """"Financée par F, X a ouvert", "Fined by the Garante, X stopped": a participle that opens the
    sentence before a comma says what the subject of the clause after it underwent."""
    if tok.i != sent.span.start:
        return None
    clause = [tok.head] if tok.dep_ in ("advcl", "dep", "xcomp") else [
        c for c in tok.children if c.dep_ in ("parataxis", "conj") and c.i > tok.i]
    clause = [c for c in clause if any(t.text == "," for t in tok.doc[tok.i:c.i])]
    subj = next((s for s in (_subject(c) for c in clause) if s is not None), None)
    return _named(subj, sent, text, context) if subj is not None else None


def _noun_target(noun: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
                 ) -> list[model.Mention] | None:
    """What an inquiry noun is about ("into X", "sur X", "visant X", "a penalty on X"), else who undergoes
    it (the subject of "face", "payer", "reach", "faire l'objet", "be the subject of")."""
    markers = _words(spec, "target_markers", lang)
    found: list[model.Mention] | None = _marked(noun, sent, text, markers, context)
    for c in noun.children:
        if found:
            break
        if c.dep_ == "acl" and _is_verb(c):  # "une enquête visant X", "la procédure ouverte contre X"
            found = _marked(c, sent, text, markers, context) or (
                _target(c, sent, text, spec, lang, context) if _agent(c) is None else [])
    if not found and noun.dep_ in ("obj", "dobj"):  # "imposed a penalty on X", "a infligé à X une amende",
        found = _receiver(noun.head, sent, text, spec, lang, context)  # "lui a accordé une subvention"
    if not found and _opened_passive(noun, spec, lang):  # "une perquisition a été menée dans ses locaux"
        found = _marked(noun.head, sent, text, markers, context, skip=noun)
    if not found:  # "X's indictment by the prosecutors", "led X's Series A round"
        found = next((f for f in (_own(c, sent) for c in noun.children if c.dep_ in ("poss", "nmod:poss"))
                      if f and f[0].type in spec["object"]), [])
    if not found and spec.get("owner_in_view") and any(c.lower_ in POSSESSIVES for c in noun.children):
        found = [m for m in [company_in_view(sent, context)] if m is not None]  # "F led its round"
    return found or _undergoer(noun, sent, text, spec, lang, context)


MARKED_DEPS = {"prep", "nmod", "obl:arg", "obl:mod", "obl", "iobj", "dative", "xcomp", "advmod"}  # advmod:
# "auprès d'Arcadie" as the parser reads it


def _marked(tok: Token, sent: Sent, text: str, markers: set[str], context: dict,
            skip: Token | None = None, anaphor: bool = True) -> list[model.Mention]:
    """The names after one of `markers` among the children of `tok` ("into X", "contre X", "à X")."""
    for c in tok.children:
        if skip is not None and c.i == skip.i or c.dep_ not in MARKED_DEPS:
            continue
        if c.lower_ in markers or any(k.dep_ in ("case", "mark") and k.lower_ in markers for k in c.children):
            found = _named(_pobj(c), sent, text, context, anaphor=anaphor)
            if found:
                return found
    return []


def _undergoer(noun: Token, sent: Sent, text: str, spec: dict, lang: str, context: dict
               ) -> list[model.Mention] | None:
    """"X faces charges", "X agreed to pay a penalty", "X is the subject of an inquiry", "X fait l'objet
    d'une enquête", "X closed a funding round": the subject of the verb over the noun, where that verb
    (or the noun "subject"/"objet" between) says X undergoes it."""
    verbs = _words(spec, "undergoing_verbs", lang)
    finding = _words(spec, "finding_verbs", lang)
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.lemma_.lower() in finding:
        said = next((c for c in noun.head.children if c.dep_ == "ccomp"), None)  # "the inquiry found that X"
        subj = _subject(said) if said is not None else None
        return _named(subj, sent, text, context) if subj is not None else None
    according = _words(spec, "according", lang)
    own = _subject(noun)  # "X est dans le viseur du parquet"
    if own is not None:
        return _named(own, sent, text, context)
    if any(c.dep_ == "case" and c.lower_ in according for c in noun.children) and noun.head.i != noun.i:
        subj = _subject(noun.head)  # "grâce aux fonds de F, X a recruté", "selon l'enquête de X, Y a ..."
        return _named(subj, sent, text, context) if subj is not None else None
    cur = noun
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lower_ in according:  # "X shipped ..., according to the settlement"
            subj = _subject(head.head) if head.head.i != head.i else None
            return _named(subj, sent, text, context) if subj is not None else None
        if {head.lemma_.lower(), head.lower_} & verbs or head.lemma_.lower() in OBJECT_NOUNS:
            subj = _subject(head) or _subject(head.head)
            return _named(subj, sent, text, context) if subj is not None else None
        if cur.dep_ not in ("obj", "dobj", "pobj", "prep", "nmod", "attr", "xcomp", "obl:arg"):
            return None
        cur = head
    return None


# -- noun phrases --------------------------------------------------------------------------------------

def _named(tok: Token | None, sent: Sent, text: str, context: dict, anaphor: bool = True
           ) -> list[model.Mention]:
    """The names a noun phrase stands for: the name at its head, else the name it is "of" ("les locaux de
    X", "two executives of X", "X's offices"), with those coordinated with it ("X and its chief executive
    Y"); "the company", "ses dirigeants": the company in view (where `anaphor`)."""
    if tok is None:
        return []
    found = _own(tok, sent)
    for c in tok.children if not found else ():  # one step only: not "the offices of X's lawyers"
        if _owner(c):
            found = _own(_pobj(c), sent) or _staff_of(_pobj(c), sent)
            if not found and anaphor and _company_word(_pobj(c)):  # "the company's offices"
                found = [m for m in [company_in_view(sent, context)] if m is not None]
            if found:
                break
    if not found and anaphor and _company_word(tok):
        company = company_in_view(sent, context)
        found = [company] if company is not None else []
    if not found and anaphor and tok.pos_ == "PRON":  # "fined it", "l'a sanctionnée", "it received"
        found = [m for m in [_antecedent(tok, sent)] if m is not None]
    if not found and not anaphor and _body_word(tok, sent):  # "with federal prosecutors", "les enquêteurs"
        found = [m for m in [_body_before(tok, sent, context)] if m is not None]
    for c in tok.children:
        if c.dep_ == "conj":
            found += [m for m in _named(c, sent, text, context, anaphor=False) if m not in found]
    if len(found) == 1 and found[0] in sent.mentions:
        found = coordinated(sent, found[0], [found[0].type], text)
    return found


def _body_word(tok: Token, sent: Sent) -> bool:
    """Whether `tok` is a plain word for an inquiring body ("prosecutors", "the regulator", "les
    enquêteurs"; `body_words` of `investigated`): no name in it, no modifier before it but "federal"
    ("Italian prosecutors" may be other ones)."""
    spec = lexicon("relations")["investigated"]
    words = _words(spec, "body_words", "fr") | _words(spec, "body_words", "en") | _courts()
    if not {tok.lemma_.lower(), tok.lower_} & words:
        return False
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return not any(lo <= m.start < hi for m in sent.mentions) and all(
        c.dep_ in ("det", "punct") or c.lower_ in FEDERAL or c.i > tok.i for c in tok.children)


def _body_before(tok: Token, sent: Sent, context: dict) -> model.Mention | None:
    """The public body named last before `tok` (in its sentence, else in those before); for a court ("le
    tribunal", "the court"), only one whose name holds the word ("le tribunal judiciaire de Paris")."""
    before = [m for m in sent.mentions if m.type == "PublicBody" and m.end <= tok.idx]
    body = before[-1] if before else context.get("body")
    if body is not None and tok.lower_ in _courts() and tok.lower_ not in fold(body.text).split():
        return None
    return body


def _antecedent(pron: Token, sent: Sent) -> model.Mention | None:
    """The actor in view a personal pronoun stands for ("The BIS fined it": the company the sentences
    before are about; "he" a person, "it" no person); None for a relative pronoun or an actor of no fitting
    type."""
    if pron.lower_ in RELATIVE:
        return None
    if pron.lower_ in ("lui", "leur"):  # "la CNIL lui a infligé une amende": any actor in view
        return sent.in_view if sent.in_view is not None and sent.in_view.type in TARGETS else None
    if pron.dep_ in SUBJ_DEPS:
        return pronoun_antecedent(pron, sent.span, sent.mentions, sent.in_view, list(TARGETS))
    return object_antecedent(pron, sent.in_view, list(TARGETS))


def _owner(tok: Token) -> bool:
    """Whether `tok` names whose the noun above it is ("X's offices", "Oberline executives", "executives
    of X", "les locaux de X"; not "the sanctions against X", "une étude sur X")."""
    return tok.dep_ in OWNER_DEPS or tok.dep_ == "prep" and tok.lower_ == "of" or _case(tok, OF)


def _staff_of(tok: Token, sent: Sent) -> list[model.Mention]:
    """"the homes of two X managers", "les bureaux des dirigeants de X": the company whose staff (a noun of
    `staff_nouns` of `investigated`) owns what was searched."""
    if tok.lemma_.lower() not in _staff():
        return []
    return next((f for f in (_own(_pobj(c), sent) for c in tok.children if _owner(c)) if f), [])


def _own(tok: Token, sent: Sent) -> list[model.Mention]:
    """The name that covers `tok` (or the name apposed to it: "la société Sorvane"), as a list."""
    apposed = (c for c in tok.children if c.i > tok.i and (c.dep_ in ("flat:name", "compound", "appos") or (
        c.dep_ == "nmod" and not any(k.dep_ == "case" for k in c.children))))
    for t in (tok, *apposed):
        own = [m for m in sent.mentions if m.start <= t.idx < m.end]
        if own:
            return own[:1]
    return []


def _company_word(tok: Token) -> bool:
    """"the company", "la société", "ses dirigeants", "its executives": words for the company in view."""
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "nmod:poss")}
    return bool(dets & POSSESSIVES) or tok.lemma_.lower() in COMPANY_NOUNS and bool(dets & DEFINITE)


def _pobj(tok: Token) -> Token:
    """The noun of a preposition ("into X": X), else the token itself."""
    if tok.dep_ not in ("prep", "agent", "dative"):
        return tok
    return next((c for c in tok.children if c.dep_ == "pobj"), tok)


def _agent(tok: Token) -> Token | None:
    """The agent of a passive or a participle ("par X", "by X"): its noun, also where the parser hung it
    from a complement between ("financée à ses débuts par X")."""
    for c in tok.children:
        if c.dep_ in AGENT_DEPS:
            return _pobj(c)
        if _case(c, ("par",)):
            return c
    for c in tok.children:
        if c.dep_ in ("obl:arg", "obl:mod", "obl", "advmod", "prep", "dobj") and c.i > tok.i:
            inner = next((k for k in c.children if _case(k, ("par",)) or k.dep_ == "agent" or (
                k.dep_ == "prep" and k.lower_ == "by")), None)  # "fined €20 million by X"
            if inner is not None:
                return _pobj(inner)
    return None


def _subject(tok: Token, passive: bool = False) -> Token | None:
    """The grammatical subject of a verb (or of the verb its infinitive or conjunct hangs from); for a
    relative pronoun, the noun its clause hangs from ("X, qui a financé": X)."""
    deps = {"nsubj:pass", "nsubjpass"} if passive else SUBJ_DEPS
    for cand in (tok, tok.head) if tok.dep_ in ("xcomp", "conj") else (tok,):
        subj = next((c for c in cand.children if c.dep_ in deps), None)
        if subj is not None:
            if subj.lower_ in RELATIVE and cand.dep_ in ("acl:relcl", "relcl") and cand.head.i != cand.i:
                return cand.head
            return subj
    return None


def _covered(tok: Token, sent: Sent) -> bool:
    """Whether a name covers `tok` (the tagger may take a name for a verb: "soupçonne Tessaro")."""
    return any(m.start <= tok.idx < m.end for m in sent.mentions)


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG")


def _is_inquiry_noun(tok: Token, spec: dict, lang: str) -> bool:
    return tok.lemma_.lower() in _words(spec, "inquiry_nouns", lang)


MONEY = re.compile(r"[$€£]|\d|\b(?:millions?|milliards?|billions?|euros?|dollars?)\b", re.I)


def _money(tok: Token) -> bool:
    """Whether the object of `tok` is an amount ("poured $30 million into")."""
    return any(c.dep_ in ("obj", "dobj") and MONEY.search(" ".join(t.text for t in c.subtree))
               for c in tok.children)


@lru_cache(maxsize=None)
def _courts() -> frozenset[str]:
    """The `court_words` of `investigated`, both languages (read once)."""
    return frozenset(w for ws in lexicon("relations")["investigated"]["court_words"].values() for w in ws)


@lru_cache(maxsize=None)
def _staff() -> frozenset[str]:
    """The `staff_nouns` of `investigated`, both languages (read once)."""
    return frozenset(w for ws in lexicon("relations")["investigated"]["staff_nouns"].values() for w in ws)
