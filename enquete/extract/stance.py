"""Whether a claim affirms or denies (lexicon/speech.yaml): a denial verb, a counter-accusation, or a
negation of the statement's own predicate, a defence against an accusation ("s'est défendu d'avoir
vendu"), or a claim of ignorance ("affirme ignorer que", "said it was unaware").

A negation denies only where it bears on the main line of the sentence: the root, a speech verb's
complement, a quotation's verb. One inside a side phrase does not turn the claim around: "arrêté en
octobre, sans aucune mise à jour" affirms the stop, "sells to states that do not respect rights" affirms
the sale, and a negation that judges ("it was not right to keep supporting the regime") affirms the fact.
Two negations affirm ("ne peut ignorer", "ne peuvent pas dire qu'elles ne savaient pas", "ne dédouane
pas"). A restriction ("had only provided standard capability", "ne transportaient que de l'aide", "se
contente de fournir") denies the wider thing at stake, but not a sales policy in the present ("sells only to
governments", "ne vend qu'à des États") nor a time ("only in 2019"). A negation that declines to comment
("could not discuss suppliers") or that a quotation ascribes to someone else ("and the state says it does not
know") denies nothing; what a colon or an incise opens is the main line. Ruling out ("excluded any
surveillance") denies, and so does calling a decision against oneself unlawful. Dismissing another's words
("traite mes propos de lamentables", "a qualifié les sanctions d'infondées"), opposing or contesting
("strongly opposes the listing") and saying papers were altered deny, and so does calling a withdrawal under
way or hard. A negated judgement ("is not a neutral decision")
affirms the fact it judges; calling another's words baseless ("said the allegations were false", « juge ces
accusations infondées ») denies them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from enquete import model
from enquete.extract.nlp import text_of
from enquete.extract.relations import lexicon

NEGATIONS = {"fr": {"ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "rien", "nullement"},
             "en": {"not", "n't", "n’t", "never", "no", "none", "nothing", "neither", "nor"}}
FUNCTION_WORDS = {"fr": {"le", "la", "les", "est", "était", "et", "des", "du", "il", "elle", "que", "qui",
                          "une", "ont", "pas", "ce", "dans", "pour"},
                   "en": {"the", "is", "was", "are", "were", "and", "of", "it", "he", "she", "that", "which",
                          "has", "have", "not", "this", "in", "for", "to"}}
SIDE_DEPS = {"advcl", "acl", "acl:relcl", "relcl"}  # clauses that qualify, not state
WITHOUT = {"sans", "without"}
EXPLETIVE = re.compile(r"(?:avant|moins)\s+qu(?:e\s+|')\S+\s*$", re.I)  # "avant qu'il ne parte"


@lru_cache(maxsize=None)
def alternation(key: str, lang: str) -> str:
    """The words of lexicon/speech.yaml's `key` list for `lang` as one regex alternation, built once."""
    return "|".join(re.escape(w) for w in lexicon("speech")[key][lang])


def language(span: Span, lang: str) -> str:
    """The language of the sentence by its function words: an English quotation in a French article
    is read with the English words (and the other way round); `lang` when it cannot tell."""
    words = [t.lower_ for t in span]
    counts = {code: sum(w in marks for w in words) for code, marks in FUNCTION_WORDS.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 3 and counts[best] > 2 * counts[lang] else lang


def stance(span: Span, lang: str, topic: str = "statement") -> model.Stance:
    """`denies` for a denial verb, a counter-accusation, or a negation on the main line; else `affirms`.
    On a withdrawal (`topic` stopped), saying it is under way or hard denies that it happened."""
    sp = lexicon("speech")
    lang = language(span, lang)
    low = span.text.lower()
    if topic == "stopped" and re.search(rf"(?<!\w)(?:{alternation('unfinished', lang)})(?!\w)", low):
        return "denies"
    deny = sp["deny"][lang]
    verbal = [t for t in span if not (t.dep_ == "amod" and t.i < t.head.i)  # not "the disputed election"
              and not obliged(t, lang, span)]  # "doit s'assurer qu'ils ne servent pas à exclure": a call
    limits = tuple(w[:6] for w in sp["only"][lang])  # "exclu" of exclure begins "exclusivement": a limit
    denials = [t for t in verbal if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in deny or any(
        len(v) >= 7 and t.lower_.startswith(v[:-2]) and not t.lower_.startswith(limits) for v in deny))]
    if denials and all(any(negation(c, lang) for c in t.children) for t in denials):
        return "affirms"  # "n'a pas démenti cette vente", "did not dispute the findings": no denial, a nod
    if {t.lemma_.lower() for t in verbal} & set(deny) or \
            any(w in low for key in ("counter", "defends", "deny_phrases") for w in sp[key][lang]):
        return "denies"  # a denial verb ("ruled out"), a counter-complaint, a defence against an accusation
    if any(len(v) >= 7 and t.lower_.startswith(v[:-2]) and not t.lower_.startswith(limits)
           for v in deny for t in verbal):
        return "denies"  # the tagger missed the verb ("dément"); a stem of five letters at least ("refu"
        # of refute begins "refuse")
    if {t.lemma_.lower() for t in span} & set(sp["oppose"][lang]) or refuses(span, lang):
        return "denies"  # "strongly opposes the listing", "contests the findings", "refuses such clients"
    if dismisses(span, lang) or unaware(span, lang) or rejects_ruling(span, lang) or called_baseless(span, lang):
        return "denies"
    forged = tampered(span, lang)
    if forged is not None:  # "argued that the documents had been altered": they are not what they seem
        return "affirms" if any(negation(t, lang) for t in forged.children) else "denies"
    words = admitted(span, lang)
    if words is not None:  # "reconnaît soutenir le régime, mais que X ne savait pas": what is admitted
        return "denies" if _negated(words, lang) else "affirms"
    return "denies" if _negated(list(span), lang) or restricted(span, lang) else "affirms"


def _negated(words: list[Token], lang: str) -> bool:
    """Whether a negation among `words` denies (see _denying), leaving out pairs that cancel: a negated
    saying over a negated clause ("ne peuvent pas dire qu'elles ne savaient pas", "cannot claim it did not
    know") affirms."""
    heads = {t.head.i: t.head for t in words if negation(t, lang) and _denying(t, lang)}
    live = set(heads)
    for outer in heads.values():
        for inner in heads.values():
            if inner.i != outer.i and _reported_under(inner, outer):
                live -= {inner.i, outer.i}
    return bool(live)


def _reported_under(inner: Token, outer: Token) -> bool:
    """Whether `inner` lies in a clause that `outer` (or a verb it governs: "ne peuvent pas dire") reports."""
    for t in [inner, *inner.ancestors]:
        if t.i == outer.i:
            return False
        if t.dep_ in ("ccomp", "parataxis") and (t.head.i == outer.i or t.head.head.i == outer.i):
            return True
    return False


BASELESS_WINDOW = 6  # how far from another's words the word that calls them baseless may stand


def called_baseless(span: Span, lang: str) -> bool:
    """Whether the speaker calls another's words baseless in a clause of its own ("said the allegations
    were baseless", « juge ces accusations infondées », « dénonce des allégations sans fondement », "these
    false claims"): a denial of what they say. Not when negated ("the report is not false")."""
    sp = lexicon("speech")
    words, baseless = set(sp["others_words"][lang]), set(sp["baseless"][lang])
    for t in span:
        if t.lemma_.lower() not in words and t.lower_ not in words:
            continue
        lo, hi = max(span.start, t.i - 2), min(span.end, t.i + BASELESS_WINDOW + 1)
        near = span.doc[lo:hi]
        text = near.text.lower()
        if (any(w.lower_ in baseless for w in near) or re.search(r"\b(?:sans fondement|without (?:merit|"
                                                                r"foundation|basis))\b", text)) \
                and not any(negation(w, lang) for w in span.doc[t.i:hi]):
            return True
    return False


def refuses(span: Span, lang: str) -> bool:
    """Whether the sentence says someone refuses a thing or a party ("refuses countries that abuse rights",
    "refuse ces clients"): a denial of dealing with them. Not a refusal to do something ("a refusé de
    commenter") nor a call to refuse ("should refuse the sale")."""
    modals = set(lexicon("speech")["obligation"][lang])
    for t in span:
        if t.lemma_.lower() not in lexicon("speech")["refuse"][lang] or t.pos_ != "VERB" or \
                t.dep_ in SIDE_DEPS or not main_line(t) or \
                not any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in t.children):
            continue
        if not any(a.lemma_.lower() in modals for g in [t, *t.ancestors] for a in g.children
                   if a.dep_.startswith("aux")):
            return True
    return False


def tampered(span: Span, lang: str) -> Token | None:
    """The word that says papers were tampered with ("the documents had been altered", "des courriels
    falsifiés"): a claim that they are not authentic. Only said of a paper (lexicon `examined`)."""
    sp = lexicon("speech")
    stems, papers = tuple(sp["tampered"][lang]), tuple(sp["examined"][lang])
    for t in span:
        if not t.lower_.startswith(stems) or t.pos_ not in ("VERB", "ADJ", "AUX"):
            continue
        said_of = [c for c in t.children if c.dep_.startswith("nsubj")]
        said_of += [t.head] if t.dep_ == "amod" else []
        if any(c.lemma_.lower().startswith(papers) or c.lower_.startswith(papers) for c in said_of):
            return t
    return None


def negation(tok: Token, lang: str) -> bool:
    """A negation word; "non" only where it negates a phrase ("et non au maintien de l'ordre", "non
    pas"), not as a prefix ("organisation non gouvernementale")."""
    if tok.lower_ in NEGATIONS[lang]:
        return True
    if tok.lower_ != "non" or tok.i == 0:
        return False
    after = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.nbor(-1).lower_ in ("et", "mais", ",") or after == "pas"


def admitted(span: Span, lang: str) -> list[Token] | None:
    """The words of what an admission verb on the main line admits (its first complement: "acknowledged
    that 13 devices were there", "reconnaît « soutenir le régime »"), or None when nothing is admitted.
    What follows ("..., but that it did not know") qualifies the admission; it does not turn it around."""
    stems = tuple(lexicon("speech")["admit"][lang])
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or not verb.lower_.startswith(stems) or not main_line(verb) \
                or any(c.lower_ in NEGATIONS[lang] for c in verb.children):
            continue
        said = sorted((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), key=lambda c: c.i)
        if said:
            return [t for t in said[0].subtree if t.i < said[0].i or not _joined(t, said[0])]
    return None


def _joined(tok: Token, top: Token) -> bool:
    """Whether `tok` lies in a clause coordinated under `top` (a second thing said, not the first)."""
    for t in [tok, *tok.ancestors]:  # tokens compare by position: spaCy makes a new object on each access
        if t.i == top.i:
            return False
        if t.dep_ == "conj" and t.head.i == top.i:
            return True
    return False


def _denying(neg: Token, lang: str) -> bool:
    """Whether this negation word denies the statement (see the module docstring)."""
    evaluative = alternation("evaluative", lang)
    after = text_of(neg.doc)[neg.idx + len(neg):neg.idx + len(neg) + 30].lower()
    if re.match(rf"\W*(?:\w+\s+)?(?:(?:pas|not)\s+)?(?:{evaluative})\b", after):
        return False  # "n'était pas bien", "not right": a judgement of the fact, not its denial
    if re.match(rf"\W*(?:\w+\s+)?(?:(?:pas|not)\s+)?(?:{alternation('only', lang)}|just|simply|simplement)\b",
                after):
        return False  # "ne sont pas seulement des matraques", "not only sold but trained": more, not less
    if judged(neg.head, lang):
        return False  # "is not a neutral business decision", « n'est pas une décision neutre »
    if EXPLETIVE.search(text_of(neg.doc)[max(0, neg.idx - 30):neg.idx]) or re.match(r"importe\b", after):
        return False  # "avant qu'il ne parte", "n'importe quel"
    inverse = lexicon("speech")["inverse"][lang]
    if any(t.lemma_.lower() in inverse for t in [neg.head, *neg.head.children]
           if t.pos_ in ("VERB", "AUX", "ADJ")):
        return False  # "ne peut ignorer", "cannot deny", "not unaware": two negations affirm
    if re.match(r"\W*(?:\w+\s+){0,3}?(?:doubt|doute)s?\b", after):
        return False  # "left no room for doubt", "ne fait aucun doute", "there is no doubt": it is certain
    if relayed(neg, lang):
        return False  # the quoted speaker tells what another says
    if declines(neg.head, lang):
        return False  # "ne commentait pas les contrats", "could not discuss suppliers": no comment
    if obliged(neg.head, lang):
        return False  # "ne doit pas permettre", "must ensure they are not used": a call, not the denial of a fact
    if re.match(r"\W*(?:\w+\s+){0,2}?(?:faire\s+comme\s+si|feindre|pretend)\b", after) or pretence_denied(neg, lang):
        return False  # "ne peut pas faire comme si elle n'en savait rien", "cannot pretend": it knew
    if neg.lower_ in ("ne", "n'", "n’") and _ne_que(neg):
        return False  # "ne vend qu'à des États": a restriction (see restricted), not a negation
    return main_line(neg) or quoted_main(neg)


def pretence_denied(tok: Token, lang: str) -> bool:
    """Whether `tok` lies in what a negated pretence says ("ne peut pas faire comme si elle ignorait tout",
    "cannot pretend it knew nothing"): the pretence denied, what it would have said is not."""
    text = text_of(tok.doc)
    for t in tok.ancestors:
        pretend = t.lemma_.lower() in ("pretend", "feindre") or (
            t.lemma_.lower() == "faire" and re.match(r"\s*comme\s+si\b", text[t.idx + len(t):t.idx + len(t) + 12]))
        if pretend and any(negation(c, lang) for w in (t, t.head) for c in w.children):
            return True
    return False


def obliged(head: Token, lang: str, span: Span | None = None) -> bool:
    """Whether a verb of obligation bears on `head`, itself or up the clauses that hold it, up to a speech
    verb ("ne doit pas permettre"; "doit s'assurer qu'ils ne servent pas à exclure", "must ensure they are
    not used": what must be done, not what was; "il faut rappeler qu'il n'a rien vendu" says it was not)."""
    modals = lexicon("speech")["obligation"][lang]
    for t in [head, *head.ancestors]:
        if span is not None and not span.start <= t.i < span.end:
            return False  # the parse may hang the claim on the sentence before: what is said there is not this
        if t.i != head.i and t.lemma_.lower() in speech_verbs(lang) and not any(
                c.lower_ in ("se", "s'", "s’") for c in t.children):  # "s'assurer" ensures, says nothing
            return False
        auxes = [c for c in t.children if c.dep_ == "aux"]
        governor = [t.head] if t.dep_ == "xcomp" and (span is None or span.start <= t.head.i < span.end) else []
        if any(w.lemma_.lower() in modals for w in [t, *auxes, *governor]):
            return not any(a.lemma_.lower() in ("have", "avoir") for a in auxes)  # "must have known": a guess
    return False


def quoted_main(neg: Token) -> bool:
    """Whether a negation bears on the main verb of a quotation: the path from it up to the word the
    quotation hangs from crosses no side clause inside the quotation, however the parser hung the quotation
    itself on the sentence (« Argus n'a jamais servi », assure-t-elle: "servi" is often read as a side
    clause of the verb that introduces the words)."""
    if not in_quote(neg):
        return False
    for t in [neg, *neg.ancestors]:
        if t.i != neg.i and t.dep_ in SIDE_DEPS and in_quote(t.head):
            return False
        if t.head.i == t.i or not in_quote(t.head):
            return True
    return False


def quote_opened(text: str, lo: int, at: int) -> int | None:
    """Where the quotation that `at` lies in opened, between `lo` and `at` (it may close after the
    sentence: « ... . »), or None when `at` lies in no quotation."""
    seg = text[lo:at]
    for opening, closing in (("«", "»"), ("“", "”")):
        if seg.count(opening) > seg.count(closing):
            return lo + seg.rfind(opening)
    return lo + seg.rfind('"') if seg.count('"') % 2 == 1 else None


@lru_cache(maxsize=None)
def speech_verbs(lang: str) -> frozenset[str]:
    """The speech verbs of lexicon/speech.yaml in `lang`, built once."""
    return frozenset(lexicon("speech")["verbs"].get(lang, ()))


def in_quote(t: Token) -> bool:
    """Whether a word lies inside a quotation opened earlier in its sentence."""
    return quote_opened(text_of(t.doc), t.sent.start_char, t.idx) is not None


def relayed(neg: Token, lang: str) -> bool:
    """Whether a negation lies in words a quotation ascribes to someone else ("\"..., and the state says it
    does not know who,\" he said", « et le ministère dit n'avoir rien vu »): the other's denial, reported by
    the speaker, not the speaker's own. The other is a noun subject of a speech verb inside the quotation."""
    verbs = speech_verbs(lang)
    return any(t.lemma_.lower() in verbs and in_quote(t) and
               any(c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN") for c in t.children)
               for t in neg.ancestors)


def judged(head: Token, lang: str) -> bool:
    """Whether a negated copula states a judgement: an evaluative adjective on what it says the thing is
    ("n'est pas une décision commerciale neutre", "is not a neutral business decision")."""
    words = set(lexicon("speech")["evaluative"][lang])
    if not (head.pos_ == "AUX" or any(c.dep_ == "cop" for c in head.children)):
        return False
    return any(a.pos_ == "ADJ" and (a.lower_ in words or a.lemma_.lower() in words)
               for s in [head, *head.children] for a in [s, *s.children])


def unaware(span: Span, lang: str) -> bool:
    """Whether the speaker says it did not know ("affirme ignorer que", "said it was unaware that"): a
    denial of knowing, unless the ignorance is itself negated ("ne peut ignorer", "not unaware")."""
    words = set(lexicon("speech")["unaware"][lang])
    return any(t.lemma_.lower() in words and main_line(t) and not pretence_denied(t, lang)
               and not any(c.lower_ in NEGATIONS[lang] for c in [*t.children, *t.head.children])
               for t in span)


CALLING = {"call", "describe"}  # verbs that dismiss only with a word of `baseless` ("called the report interesting")


def dismisses(span: Span, lang: str) -> bool:
    """Whether the sentence dismisses someone's words (see dismissing)."""
    return bool(dismissing(span, lang))


def dismissing(span: Span, lang: str) -> list[Token]:
    """The verbs that dismiss someone's words: a dismissing or denying verb whose object is what another
    said ("traite mes propos de lamentables", "dismissed the allegations as baseless", "called the report
    false", "a réfuté les accusations"). Such a verb speaks even when it is no speech verb ("called")."""
    sp = lexicon("speech")
    words, verbs = set(sp["others_words"][lang]), {*sp["dismiss"][lang], *sp["deny"][lang]}
    baseless = set(sp["baseless"][lang])
    objects = [t.head for t in span if t.lemma_.lower() in words and t.dep_ in ("obj", "dobj")
               and t.head.lemma_.lower() in verbs and (t.head.lemma_.lower() not in CALLING or any(
                   g.lower_ in baseless for g in t.head.subtree))]  # not "called the report interesting"
    called = [t for t in span if t.lemma_.lower() in sp["dismiss"][lang] and t not in objects
              and any(g.lower_ in baseless for c in t.children for g in [c, *c.children])]
    return objects + called  # "a qualifié les sanctions d'« infondées »", "called the charges baseless"


def judging(span: Span, lang: str) -> list[Token]:
    """The verbs that pass a judgement on a thing by calling it something ("called the sale unlawful",
    "described the exports as illegal", "qualifie la vente d'illégale", "a jugé ce contrat contraire au
    droit"): a dismissing verb with an object and an adjective said of it. Such a verb speaks."""
    sp = lexicon("speech")
    out = []
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in sp["dismiss"][lang]:
            continue
        if not any(c.dep_ in ("obj", "dobj") for c in t.children):
            continue
        said = [g for c in t.children for g in [c, *c.children] if g.pos_ == "ADJ" and g.dep_ in (
            "oprd", "xcomp", "acomp", "amod", "obl", "obl:mod", "ccomp")
            and not (g.dep_ == "amod" and g.head.dep_ in ("obj", "dobj"))]  # "the unlawful sale": no verdict
        said += [g for c in t.children if c.dep_ in ("obj", "dobj") for g in c.children
                 if g.dep_ == "nmod" and g.text.islower() and not any(d.dep_ == "det" for d in g.children)
                 and any(d.dep_ == "case" and d.lower_ in ("de", "d'", "d’") for d in g.children)]
        if said:  # ^ "qualifie la vente d'illégale" (not "la vente d'Amesys", "la vente de la société")
            out.append(t)
    return out


def main_line(tok: Token) -> bool:
    """Whether the path from `tok` to its root crosses no side clause and no "sans/without" phrase (a
    clause after a colon or around an incise is on the main line, however the parser hangs it)."""
    for t in [tok, *tok.ancestors]:
        if t.i != tok.i and t.dep_ == "acl" and t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs(t.lang_) \
                and not any(c.dep_.startswith("nsubj") for c in t.children):
            return True  # the speech verb itself hung as a side clause ("avait de son côté affirmé ignorer"):
            # what it says is the main line
        if t is not tok and t.dep_ in SIDE_DEPS and not after_colon(t) and not around_incise(t):
            return False
        if any(c.dep_ == "case" and c.lower_ in WITHOUT for c in t.children) or \
                (t.head is not t and t.head.lower_ in WITHOUT):
            return False
    return True


def restricted(span: Span, lang: str) -> bool:
    """Whether what is said narrows down what was done ("had only provided standard capability", "ne
    transportaient que de l'aide humanitaire", "n'est qu'une boîte à outils", "se contente de fournir"):
    saying it was only that much denies the wider thing at stake. Not a sales policy stated in the present
    ("sells only to governments", "ne vend qu'à des États", "its clients are only agencies"), which affirms
    it, nor a time ("n'a été révélé qu'en 2021", "only in 2019")."""
    for t in span:
        pred = _narrowed(t, lang)
        if pred is not None and (main_line(t) or quoted_main(t) or said_line(t, lang)) \
                and not _policy(pred, lang) and not _timed(t, lang):
            return True
    return False


def _narrowed(tok: Token, lang: str) -> Token | None:
    """The predicate a restriction word narrows down ("only provided": provided; "n'est qu'une boîte":
    boîte; "se contente de": contente), or None when `tok` restricts nothing."""
    sp = lexicon("speech")
    if tok.lower_ in sp["only"][lang] and tok.pos_ == "ADV" and tok.dep_ != "amod" and not (
            tok.i > 0 and tok.nbor(-1).lower_ in ("not", "non", "pas")):
        return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX", "NOUN")), None)
    if lang == "fr" and tok.lower_ in ("ne", "n'", "n’") and _ne_que(tok):
        return tok.head
    if lang == "fr" and tok.pos_ == "VERB" and tok.lower_.startswith("content") and \
            any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
        return tok
    return None


def _ne_que(neg: Token) -> bool:
    """Whether a French "ne" opens "ne ... que" ("ne vend qu'à des États", "n'est qu'une boîte"), with no
    other negation: a "que" within a few words after it that opens no clause (a complementizer hangs on a
    verb: "ne peut garantir que les mises à jour ...")."""
    doc = neg.doc
    ques = [t for t in doc[neg.i + 1:min(len(doc), neg.i + 5)] if t.lower_ in ("que", "qu'", "qu’")]
    return bool(ques) and ques[0].head.pos_ not in ("VERB", "AUX") and \
        not any(t.lower_ in NEGATIONS["fr"] - {"ne", "n'", "n’"} for t in neg.head.children)


def _policy(pred: Token, lang: str) -> bool:
    """Whether a narrowed predicate states a standing sales policy: a dealing verb in the present, active
    ("sells only to", "works solely with"), or clients said to be only some ("its clients are only ...")."""
    sp = lexicon("speech")
    verb = pred if pred.pos_ in ("VERB", "AUX") else pred.head
    if verb.lemma_.lower() in sp["dealing"][lang] and "Pres" in verb.morph.get("Tense", []) and \
            not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return True
    return any(c.dep_.startswith("nsubj") and c.lemma_.lower() in sp["clients"] for c in verb.children)


def _timed(tok: Token, lang: str) -> bool:
    """Whether a restriction bears on a time ("qu'en 2021", "only after the coup", "only in 2019")."""
    if tok.lower_ in ("ne", "n'", "n’"):  # the words after its "que"
        tok = next(t for t in tok.doc[tok.i + 1:] if t.lower_ in ("que", "qu'", "qu’"))
    text = text_of(tok.doc)[tok.idx + len(tok):tok.idx + len(tok) + 40].lower().replace("’", "'")
    words = alternation("not_restricting", lang)
    return re.match(rf"\s*(?:(?:{words})\b|\d)", text) is not None


def said_line(tok: Token, lang: str) -> bool:
    """Whether `tok` lies in the words a speech verb reports, with no side clause between (however the
    speech verb itself hangs: "has defended the record, saying that it is used only by the police")."""
    verbs = speech_verbs(lang)
    for t in [tok, *tok.ancestors]:
        if t is not tok and t.dep_ in SIDE_DEPS:
            return False
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in verbs:
            return True
    return False


def declines(head: Token, lang: str) -> bool:
    """Whether a negated verb declines to comment ("ne commentait pas les contrats", "could not discuss
    suppliers"): no denial of anything."""
    return head.lemma_.lower() in lexicon("speech")["comment"][lang]


def rejects_ruling(span: Span, lang: str) -> bool:
    """Whether the speaker passes a judgement on a decision taken against it ("called the decision
    unlawful", "qualifie l'amende d'illégale"): it rejects the decision."""
    sp = lexicon("speech")
    rulings, verdicts = set(sp["rulings"][lang]), {*sp["baseless"][lang], *sp["unlawful"][lang]}
    return any(any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in rulings for c in t.children) and
               any(g.lower_ in verdicts for c in t.children for g in c.subtree)
               for t in judging(span, lang))


def after_colon(clause: Token) -> bool:
    """Whether a clause follows a colon ("a justifié ce choix : aucune entreprise ne proposait d'outil"):
    what a colon opens is the main line, however the parser hangs it."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ":"


def around_incise(clause: Token) -> bool:
    """Whether a clause is the words around a speech verb set in an incise ("Le logiciel, assure
    l'entreprise, ne conserve aucune donnée"): the parser hangs them on the verb as a side clause."""
    verb = clause.head
    return clause.i > verb.i and verb.i > 0 and verb.nbor(-1).text == "," and \
        verb.lemma_.lower() in speech_verbs(verb.lang_)
