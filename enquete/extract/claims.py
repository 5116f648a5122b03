"""Reported speech: who said what, affirming or denying which proposition (lexicon/speech.yaml).

A sentence is a claim when it quotes someone (« », “ ”, " ": a clause that opens or fills the sentence,
not a phrase quoted in the writer's narration), uses a speech verb (déclarer, nier, said, denied…; not an
infinitive under a modal or a refusal: "a refusé de répondre"), names a source ("selon X", "according to
X"; an unnamed one only when it is a paper the outlet examined) or a written statement ("dans un
communiqué", "Officiellement, ..." opening the sentence), or, in French, tells in the conditional what the
source of the sentence before goes on alleging ("Selon X, ... . Plus de 200 véhicules auraient été livrés": X's
claim; with no source before, the paper's own hedge is no claim). A sentence that only announces the words
that follow ("déclare à l'agence :") is no claim; the following sentences are. The speaker is the source
of "selon", the subject of the speech verb (a pronoun resolved to the person named last before it, a
position, "le PDG de X", to the person named with it; a noun standing for an organisation, "the company",
"le ministère", "its spokesperson", "the report", to the last one of its kind named before, a plural one to
its whole group), else the nearest actor before the cue. The stance comes from stance.py. The topic is that
of what is said (not of "selon un jugement du tribunal"); a bare dismissal ("rejected the accusations")
takes the topic of the claim it answers. The proposition key is the topic word and the sorted normalised
names of the other actors at stake (not whom the speaker tells): `amesys|libya|supplied`.

A sentence that reports several things (speech verbs coordinated each with its own words, quotations joined
by "et"/"and", two sides of a colon that each report speech, a view given by ", pour qui" / ", for whom")
gives one claim per thing, each with its own quote, stance and topic. Papers, images and analyses speak for
who produced or analysed them ("les images analysées par X montrent"), else for the body in view; "the
complaint" for who lodged it. A public body's decision against someone ("the regulator fined X and ordered
it to") is its position.

Speakers in the word order of reported speech: the subject after a speech verb in an incise ("« ... »,
ajoute le ministère", "Le logiciel, assure l'entreprise, ...", "« ... », a-t-il expliqué"); the person
before a party in brackets ("Paul Roux (Verts) estime"); the head of a possessive subject ("France's CNIL
fined": the CNIL); a surname for the full name given before. A speech verb quoted with its own subject
inside a quotation is the quoted one's words ("« Israel told its courts ... »": who is quoted speaks). A
bare or indefinite plural ("Rights groups say", "des ONG") and "aucune entreprise" stand for no one, nor
does "elles" after an unnamed group. A refusal to comment alone is no claim; a nickname ("dit « X »") says
nothing.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
import unicodedata
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from enquete import model
from enquete.extract.anaphora import (affiliation, companies_by_count, demonyms, describes_person, fold, named_state,
                                      state_code_at, surname_of)
from enquete.extract.goods import SOURCE as DESCRIBED
from enquete.extract.nlp import text_of
from enquete.extract.places import place_code
from enquete.extract.relations import MAX_QUOTE, Sent, coordinated, evidence, lang_of, lexicon, nearest_date
from enquete.extract.stance import (alternation, declines, dismissing, judging, negation, quote_opened,
                                    speech_verbs, stance)
from enquete.extract.voice import AUTHOR_VOICE, is_headline

log = logging.getLogger(__name__)
SPEAKERS = ("Person", "Organization", "PublicBody", "Company", "Country")
AT_STAKE = ("Company", "Country", "Product", "Organization", "PublicBody", "Person", "Law", "Event")
CONTEXT = ("Company", "Country", "Product")
KINDS = (("Company", "Product"), ("Country",))
ORGS = ("Company", "Organization", "PublicBody")
PASSIVE = ("aux:pass", "auxpass")  # the passive auxiliary (the parser may call an active subject nsubj:pass)
GOVERNORS = 3  # how far up a speech verb without a subject looks for the subject of the verb governing it
BORROWS = ("acl", "advcl", "conj", "xcomp", "appos", "npadvmod", "dobj", "obj", "nmod")  # such verbs' links
CONTEXT_SENTS = 2
CUE_LEAD = 40  # how much of a long sentence before its cue its evidence keeps (who speaks)
ROLE_WINDOW = 50  # how close a position and an organisation stand to the person who holds it
NEAR_WORDS = 12  # a speech verb without a subject ("déplorant", "révélant") speaks for an actor this close
BODY_WORDS = (r"l'agence|le journal|le quotidien|le site|l'ong|l'organisation|l'association|le parquet"
              r"|le ministère"
              r"|the agency|the newspaper|the ngo|the organi[sz]ation|the group|the ministry|the watchdog")
ADDRESSEE = re.compile(r"(?:\b(?:told|tells|telling|tell)|\b(?:déclaré|dit|indiqué|confié|expliqué|assuré"
                       r"|précisé|affirmé|répondu|déclare|indique|confie|explique|assure|précise|affirme|répond)"
                       r"\s+(?:à|au)(?:\s+l'|\s+la|\s+le)?)\s*$", re.I)
INDEFINITE = ("a", "an", "un", "une", "another", "some", "des", "several", "many", "plusieurs", "other",
              "certains", "certaines", "d'autres", "de", "aucun", "aucune", "no", "nul", "nulle")
FIXED_DIRE = ("est à ", "est-à-")
CONTENT_DEPS = ("ccomp", "parataxis")  # the words an infinitive speech verb reports  # "c'est-à-dire" says nothing
JOINERS = "et|and|puis|then"  # what joins two things said in one sentence
QUALIFIERS = ("but", "yet", "mais", "pourtant", "cependant")  # what joins a thing said and its qualification
NICKNAME = re.compile(r"(?:dit|dite|dits|dites)\s+[«“\"]\s*(?:(?:le|la|les)\s+|l['’])?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?\s*[»”\"]"
                      r"\s*[,;.)]")  # "le général X, dit « Hemetti »,": a nickname in quotation marks
VIEW_OF_WHOM = re.compile(r",\s+((?:pour|selon) qui|aux yeux de qui|for whom|in whose view)\s", re.I)
INCISE_WORDS = 8  # how long the subject after a speech verb in an incise may be ("ajoute le Quai d'Orsay")
MIN_QUOTE_WORDS = 5  # shorter quotations are names, titles or scare quotes, not speech
LEAD_WORDS = 3  # a quotation opening the sentence may follow a few words ("Pour l'instant, « ... »")
TITLE_CUE = re.compile(r"(?:article|intitulée?s?|titrée?s?|titled|headlined|voir|see|read|lire|livre|book"
                       r"|réponses? (?:sur|à)|commentaires? sur|repl(?:y|ies) to|comments? on"
                       r"|rapport|report|documentaire|film|émission|programme)\s*:?\s*(?:de\s+\w+\s+)?[«“\"]\s*$",
                       re.I)
QUOTED = re.compile(r"«([^»]{12,})»|“([^”]{12,})”|\"([^\"]{12,})\"")
INVERTED = re.compile(r"(?:,|-)\s*(?:a-t-|)(?:dit|affirme|assure|explique|ajoute|déclare|précise|"
                      r"raconte|estime|poursuit|souligne|confie|insiste|reconnaît)(?:-t)?-(?:il|elle)\b|"
                      r"\b(?:a-t|avait|aurait|ont|avaient)-(?:il|elle|ils|elles)\s+(?:dit|affirmé|assuré"
                      r"|expliqué|ajouté|déclaré|précisé|raconté|estimé|souligné|confié|insisté|reconnu"
                      r"|répondu|indiqué)\b|"
                      r"\b(?:he|she) (?:said|says|added|told|insisted|explained)\b", re.I)
INCISE_LEAD = re.compile(r"(?:[»”\"]\s*,?|,)\s*(?:(?:a|ont|avait|avaient|has|had)\s+)?$")
AFTER_QUOTE = re.compile(r"[»”\"]\s*,\s*(?:(?:a|ont|avait|avaient|has|had)\s+)?$")
INCISE_NP = re.compile(r"\s+(?!(?:que|qu|that|à|au|aux|to|de|d|of|par|by|pour|for|in|dans|en|on|sur|il|elle"
                       r"|ils|elles|he|she|they|it|we|nous|se|s)\b)"  # a noun phrase: no clause, no pronoun
                       r"([^,;:.!?«»“”\"()]{2,80}?)\s*(?=[,;.!?]|$)", re.I)


def norm(name: str) -> str:
    """Lowercase ASCII slug of a name, for proposition keys."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"^(?:l'|le |la |les |the )", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def topic(text: str) -> str:
    """The topic whose stem comes first in `text` (the main clause leads), else 'statement'."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for name, stems in lexicon("speech")["topics"].items():
        for st in stems:
            at = low.find(st)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, name)
    return best[1] if best else "statement"


NOT_VERBS = ("NOUN", "PROPN", "DET", "ADP", "PRON", "PUNCT", "NUM", "CCONJ", "SCONJ", "SYM")
ASKING = {"why", "whether", "how", "pourquoi", "comment"}  # a clause they open asks, it says nothing


def is_speech_verb(tok, verbs: frozenset[str],  # type: ignore[no-untyped-def]
                   not_reporting: frozenset[str] = frozenset()) -> bool:
    """A speech verb by its lemma, or by its stem where the tagger missed the verb ("dément"); a past
    participle without an auxiliary ("accusée de", "médaille d'or assurée") describes, it does not speak."""
    named = (tok.pos_ in ("VERB", "AUX") or misread_verb(tok)) and tok.lemma_.lower() in verbs
    if not named and (tok.pos_ in NOT_VERBS or not fold(tok.lower_).startswith(_stems(verbs))
                      or (tok.pos_ == "ADV" and ((len(tok) >= 9 and tok.lower_.endswith("ment"))
                                                 or (len(tok) >= 6 and tok.lower_.endswith("ly"))))):
        # ("précisément", "reportedly", "allegedly": adverbs, not the verbs they begin like)
        return False  # neither a speech verb's lemma nor its stem: nothing below can make it one
    if "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", []) \
            and not any(c.dep_.startswith("aux") or c.dep_ == "nsubj" for c in tok.children) \
            and not _present_er(tok.lower_, verbs) and not _lost_auxiliary(tok):
        return False  # (a "participle" with a subject is a present the tagger misread: "Nordsec conteste")
    if any(c.dep_ in PASSIVE for c in tok.children):
        return False  # "sont soupçonnées d'avoir fourni", "was accused of": the subject is who is spoken of
    if tok.dep_ == "amod" and tok.i < tok.head.i:
        return False  # "Lukashenko's claimed victory", "the alleged abuses": an adjective
    if NICKNAME.match(text_of(tok.doc), tok.idx):
        return False  # "le général X, dit « Hemetti », ...": a name given, nothing said
    if "Inf" in tok.morph.get("VerbForm", []) and not reports(tok, not_reporting) \
            and not shown_by_papers(tok):
        return False  # "refuse de répondre aux questions", "doit assurer l'interface", "c'est-à-dire"
    if after_quote(tok):
        return True  # "« ... », ajoute le Quai d'Orsay": the words are the quotation before it
    if names_words(tok) or asks(tok):
        return False  # "what the company had said", "to explain why": a statement named, a question
    lemma = tok.lemma_.lower() if named else _stem_verb(tok.lower_, verbs)  # "montre" read as a noun's lemma
    if lemma in lexicon("speech")["also_act"].get(tok.lang_, ()) and acts_on_thing(tok) \
            and not (tok.i > 0 and tok.nbor(-1).text in (",", "—", "–")):
        return False  # "added the companies to the list", "a ajouté un volet": an act, not words (in an
        # incise, "Le logiciel, assure l'entreprise, ...", its "object" is the speaker)
    if lemma in lexicon("speech")["reflexive"].get(tok.lang_, ()) and \
            not any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
        return False  # "est défendu par son avocat": only "s'est défendu de" speaks
    if lemma in lexicon("speech")["needs_clause"].get(tok.lang_, ()) and not has_clause(tok) \
            and not shown_by_papers(tok) and not any(c.dep_ == "prt" for c in tok.children):
        return False  # "Police found boxes", "maintains servers": only "found that ..." reports ("ruled
        # out a sale" is another verb)
    return True


AUXILIARIES = {"a", "ont", "avait", "avaient", "aurait", "auraient", "has", "have", "had"}
AUX_GAP = 4  # how many words may stand between an auxiliary and its participle ("avait de son côté affirmé")


def _lost_auxiliary(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a participle has an auxiliary before it that the parser hung elsewhere ("Utimaco avait de
    son côté affirmé ignorer"): an auxiliary a few words before, no verb nor punctuation between them."""
    for back in range(1, AUX_GAP + 2):
        i = tok.i - back
        if i < tok.sent.start:
            return False
        t = tok.doc[i]
        if t.lower_ in AUXILIARIES and t.pos_ == "AUX":
            return True
        if t.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


def misread_verb(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word the tagger calls a noun is the verb of its sentence: the root, with a subject or a
    direct object or a clause of its own ("Helix contests the findings": "contests" read as a noun)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.i > tok.sent.start and \
        any(c.dep_ in ("dobj", "obj", "ccomp") for c in tok.children)


def _stem_verb(word: str, verbs: frozenset[str]) -> str:
    """The speech verb a word the tagger misread begins like ("montre" -> "montrer"), else the word."""
    w = fold(word)
    return next((v for stem, v in _verb_stems(verbs) if w.startswith(stem)), word)


@lru_cache(maxsize=8)
def _verb_stems(verbs: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The folded stems of the speech verbs of six letters at least, with each verb, longest verb first."""
    return tuple((fold(v[:-2]), v) for v in sorted(verbs, key=len, reverse=True) if len(v) >= 6)


def names_words(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a speech verb only names what someone said, its object a free relative ("sat awkwardly
    with what the company had said", "c'est ce que révèle X"): the words are told elsewhere, not here."""
    if any(c.dep_ in ("obj", "dobj") and c.lower_ in ("what", "whatever") and c.i < tok.i for c in tok.children):
        return True
    return tok.dep_ in ("acl:relcl", "relcl", "acl") and tok.head.lower_ in ("ce", "tout") and \
        any(c.dep_ in ("obj", "dobj") and c.lower_ in ("que", "qu'", "qu’") for c in tok.children)


def asks(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether all a speech verb governs is an indirect question ("to explain why two journalists were
    targeted", "n'a pas expliqué pourquoi"): it asks or leaves open, it states nothing."""
    said = [c for c in tok.children if c.dep_ in CONTENT_DEPS]
    return bool(said) and all(c.left_edge.lower_ in ASKING for c in said)


def after_quote(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb opens an incise right after a quotation ("« ... », ajoute le ministère")."""
    text = text_of(tok.doc)
    return AFTER_QUOTE.search(text, tok.sent.start_char, tok.idx) is not None


def _present_er(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word the tagger calls a participle is the present of an -er speech verb ("conteste",
    "dénoncent"): an -er verb's participle ends in -é."""
    return (word.endswith("e") and word + "r" in verbs) or (word.endswith("ent") and word[:-3] + "er" in verbs)


@lru_cache(maxsize=8)
def _stems(verbs: frozenset[str]) -> tuple[str, ...]:
    """The stems of the longer speech verbs, without accents ("démentir" -> "demen"), for words the tagger
    missed ("reconnait" written without its circumflex)."""
    return tuple(sorted(fold(v[:-2]) for v in verbs if len(v) >= 6))


def shown_by_papers(verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether the subject of a verb is a paper, an image or a finding ("les images analysées par X
    montrent des véhicules", "the emails show"): what papers show is a claim with or without a clause."""
    return any(c.dep_.startswith("nsubj") and is_paper(c) for c in verb.children)


def is_paper(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a noun names papers, images or records (lexicon `papers`)."""
    words = lexicon("speech")["papers"].get(tok.lang_, ())
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in words or tok.lower_ in words)


def acts_on_thing(verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb takes a thing as its direct object and no clause: it acts, it does not speak."""
    kids = list(verb.children)
    return any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in kids) and \
        not any(c.dep_ in CONTENT_DEPS for c in kids)


def has_clause(verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb governs a clause: its complement (an infinitive: "a répondu n'avoir accordé aucune
    licence"), or a colon, a quotation, "that"/"que" after it."""
    after = text_of(verb.doc)[verb.idx + len(verb):verb.idx + len(verb) + 40]
    return any(c.dep_ in CONTENT_DEPS or (c.dep_ == "xcomp" and any("Inf" in t.morph.get("VerbForm", [])
                                                                   for t in [c, *c.children]))
               for c in verb.children) or \
        re.match(r"[^.;,]*?(?::|[«“\"]|\bque\b|\bqu'|\bthat\b)", after) is not None


def reports(inf, not_reporting: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether an infinitive speech verb reports words: it has content (a clause, a quotation or a colon
    after it) and is not governed by a modal or a refusal ("doit assurer", "a refusé de répondre")."""
    governors = [inf.head, *(c for c in inf.children if c.dep_ == "mark")]
    if text_of(inf.doc)[max(0, inf.idx - 6):inf.idx] in FIXED_DIRE or \
            any(g.lemma_.lower() in not_reporting for g in governors):
        return False
    return has_clause(inf)


def _cues(sent: Sent, doc: model.Document, lang: str) -> list[tuple[int, str]]:
    """Every place the sentence reports speech, strongest kind first: a named source ("selon"), each
    speech verb, an inverted "dit-il", a written statement, a quotation, the author's own finding."""
    sp = lexicon("speech")
    text = doc.text[sent.start:sent.end]
    low = text.lower()
    out = []
    bare = low  # the words without the names in them ("Fédération internationale pour les droits humains")
    for m in sent.mentions:
        lo, hi = m.start - sent.start, m.end - sent.start
        bare = bare[:lo] + " " * (hi - lo) + bare[hi:]
    for src in sp["sources"][lang]:
        hit = re.search(rf"(?<!\w){re.escape(src)}(?!\w)", low)
        if hit and grounded(src, bare[hit.end():], lang):
            out.append((sent.start + hit.end(), "source"))
    verbs, governors = speech_verbs(lang), frozenset(sp["not_reporting"][lang])
    said = [(tok.idx, "verb") for tok in sent.span if is_speech_verb(tok, verbs, governors)]
    held = holds_view(sent, doc, lang)
    if held is not None and (any(at > held.end for at, _ in said) or
                             any(t.idx > held.end and (negation(t, lang) or _verdict(t)) for t in sent.span)):
        out.append((held.start, "source"))  # "Pour X, ..." that rebuts, shows, forbids or judges: X's view
    out += said
    out += [(tok.idx, "verb") for tok in dismissing(sent.span, lang) if (tok.idx, "verb") not in out]
    out += [(tok.idx, "verb") for tok in judging(sent.span, lang) if (tok.idx, "verb") not in out]
    out += [(tok.idx, "verb") for tok in appeals(sent.span, lang) if (tok.idx, "verb") not in out]
    out += [(tok.idx, "verb") for tok in decides(sent, lang) if (tok.idx, "verb") not in out]
    inv = INVERTED.search(text)
    if inv:
        out.append((sent.start + inv.start(), "inverted"))
    for st in sp["statements"][lang]:
        at = low.find(st)
        if at >= 0 and grounded(st, bare[at + len(st):], lang):
            out.append((sent.start + at, "statement"))
    hit = re.match(rf"\W*(?:(?:or|mais|et|but|yet|and)\W+)?(?:{alternation('framing', lang)})\b", low)
    if hit:
        out.append((sent.start + hit.start(), "statement"))
    if speech_quote(text, sent):
        out.append((sent.start, "quote"))
    colon = colon_quote(text, sent)
    if colon is not None:
        out.append((sent.start + colon, "quote"))
    hit = AUTHOR_VOICE.search(text)
    if hit:
        out.append((sent.start + hit.start(), "author"))
    alleged = hearsay(sent, lang)
    if alleged is not None:
        out.append((alleged.idx, "hearsay"))
    if VIEW_OF_WHOM.match(", " + text):
        out.insert(0, (sent.start, "view"))  # "pour qui ...", cut from the sentence that names whom
    return [(at, k) for at, k in out if not quoted_cue(sent, doc, at, k)]


MODALS = {"pouvoir", "devoir", "vouloir", "falloir", "aimer", "préférer", "souhaiter", "sembler"}
# endings only the conditional has, for the forms the tagger calls indicative ("proviendrait"): a future stem
# ("-er-", "-dr-", "-rr-") and an imperfect ending; not "-irait" or "-urait" ("tirait", "assurait" are imperfect)
CONDITIONAL_END = ("erait", "eraient", "drait", "draient", "rrait", "rraient")


def conditional(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a French verb is in the conditional, by its tag or by an ending only that mood has."""
    return "Cnd" in tok.morph.get("Mood") or tok.pos_ in ("VERB", "AUX") and tok.lower_.endswith(CONDITIONAL_END)


def hearsay(sent: Sent, lang: str):  # type: ignore[no-untyped-def]
    """The main verb of a French sentence in the conditional, which tells what a source alleges and the paper
    does not vouch for ("Plus de 200 véhicules auraient été livrés", "l'entreprise serait en difficulté"); not
    a modal ("pourrait", "devrait": a possibility or a duty), not a hypothesis ("si ..., il aurait"), not a
    question, not in quotation marks (words quoted are their speaker's). The conditional of a subordinate
    clause is no such mark: "il a dit que la vente serait légale" is the future of the past."""
    if lang != "fr":
        return None
    root = sent.span.root
    verbs = [root, *(c for c in root.children if c.dep_.startswith(("aux", "cop")))]
    if not any(conditional(t) for t in verbs) or root.lemma_ in MODALS \
            or any(t.lower_ in ("si", "s'") and t.dep_ == "mark" for t in sent.span):
        return None
    if sent.span.text.rstrip().endswith("?") or open_quote(sent.span.doc.text[sent.span.start_char:root.idx]):
        return None
    return root


def quoted_cue(sent: Sent, doc: model.Document, at: int, kind: str) -> bool:
    """Whether a cue lies in the words someone is quoted saying (« Israel told its courts that ... »,
    \"interdits d'après la rapporteuse\"): the quoted one speaks, not who the quotation names. A speech verb
    there counts only without its own subject in the quotation (« soutenir le régime » hangs on the verb
    outside that introduces it)."""
    opened = quote_opened(doc.text, sent.start, at)
    if opened is None:
        return False
    if kind != "verb":
        return True
    tok = next((t for t in sent.span if t.idx == at), None)
    return tok is not None and any(c.dep_.startswith("nsubj") and opened < c.idx < at for c in tok.children)


PUBLISHED = re.compile(r"(?:published|released|issued|dated|publié|publiée|paru|parue|diffusé|diffusée|daté|datée"
                       r"|rendu public|rendue publique)\s+(?:on\s+|in\s+|le\s+|en\s+|du\s+)?$", re.I)


def published_at(sent: Sent, doc: model.Document) -> model.DateMention | None:
    """The date of the paper that carries the words ("in a report published in February 2022, X said",
    "dans un rapport publié en mars 2021"), when the speech verb's own clause has none."""
    return next((d for d in sent.dates if PUBLISHED.search(doc.text[max(sent.start, d.start - 30):d.start])),
                None)


def _verdict(tok) -> bool:  # type: ignore[no-untyped-def]
    """An adjective said of a thing by a copula ("cette vente est illégale", "the sale is unlawful")."""
    return tok.pos_ == "ADJ" and (tok.dep_ == "acomp" or any(c.dep_ == "cop" for c in tok.children))


def decides(sent: Sent, lang: str) -> list:
    """The verbs by which a public body decides against someone ("the regulator fined the company and
    ordered it to delete", "la CNIL a sanctionné l'entreprise"): a body's decision is its position, as a
    court's ruling is. Only with a public body as the subject and someone as the object (a pronoun or an
    actor named): "ordered a review" decides against no one."""
    acts, forms = _decision_forms(lang)
    objects = ("obj", "dobj", "dative", "iobj")  # "fined Clearview AI €30 million": a dative
    return [t for t in sent.span if t.pos_ == "VERB" and (t.lemma_.lower() in acts or t.lower_ in forms)
            and any(c.dep_ == "nsubj" and _names(sent, c, ("PublicBody",)) for c in _with_shared(t))
            and any(c.dep_ in objects and (c.pos_ == "PRON" or _names(sent, c, SPEAKERS))
                    for c in t.children)]


@lru_cache(maxsize=None)
def _decision_forms(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The decision verbs (one word each) and their forms as written ("fined": the tagger's "fin")."""
    acts = lexicon("speech")["decisions"][lang]
    return frozenset(acts), frozenset({*acts, *(a + "d" for a in acts if a.endswith("e")), *(a + "ed" for a in acts)})


def _with_shared(verb) -> list:  # type: ignore[no-untyped-def]
    """A verb's children, and those of the verb it is coordinated with ("fined X and ordered it to")."""
    return [*verb.children, *(verb.head.children if verb.dep_ == "conj" else [])]


def _names(sent: Sent, tok, types: tuple[str, ...]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the phrase of `tok` holds a mention of one of `types`."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return any(lo <= m.start < hi and m.type in types for m in sent.mentions)


def appeals(span: Span, lang: str) -> list:
    """The verbs that call on someone to act ("called on Canada to control exports", "urged the firm to
    stop", "a appelé Paris à suspendre", "exhorte l'État à"): a claim of what should be done."""
    sp = lexicon("speech")["appeals"][lang]
    text = text_of(span.doc)
    return [t for t in span if t.pos_ == "VERB" and t.lemma_.lower() in sp
            and re.match(rf"\s*(?:{sp[t.lemma_.lower()]})", text[t.idx + len(t):t.idx + len(t) + 60], re.I)]


def grounded(cue: str, rest: str, lang: str) -> bool:
    """Whether a cue that names a complaint ("a complaint", "plainte déposée par", "saisie par") says what
    it alleges in the words after it ("pour complicité de torture", "accusing it of"): a complaint
    lodged with no grounds told is an act, not a claim. Other cues need nothing after them."""
    if cue not in lexicon("speech")["complaints"][lang]:
        return True
    return re.search(rf"(?<!\w)(?:{alternation('grounds', lang)})(?!\w)", rest) is not None


def holds_view(sent: Sent, doc: model.Document, lang: str) -> model.Mention | None:
    """The actor whose view the sentence may give when it opens with "Pour X," / "In the view of X," (a
    person or an organisation, not a country: "Pour la France, ..." may be a market). It gives it when it
    argues (see _cues): a negation ("Pour X, cette lecture ne tient pas", "ne doit pas") or a finding
    reported ("Pour X, les documents montrent que"); a bare framing ("Pour X, l'enjeu dépasse la Libye") is
    no claim."""
    text = doc.text[sent.start:sent.end]
    lead = re.match(rf"\W*(?:{alternation('view_of', lang)})\s+(?:l['’]|(?:le|la|les|the)\s+)?", text,
                    re.I)
    if lead is None:
        return None
    at = sent.start + lead.end()
    named = next((m for m in sent.mentions if m.start == at and m.type in ("Person", *ORGS)), None)
    return named if named is not None and re.match(r"\s*,", doc.text[named.end:named.end + 3]) else None


def speech_quote(text: str, sent: Sent) -> bool:
    """A quotation that reads as someone's words: long enough, not the title of a work, a clause (a verb in
    it: a quoted noun phrase, "la « sécurité intérieure et la défense civile »", names a thing), and the
    body of the sentence (it opens it or fills half of it): a phrase quoted inside the writer's own
    sentence ("présenté comme devant assurer « l'interface avec les entreprises »") is no one's claim."""
    for m in [*QUOTED.finditer(text), *_closing_after(text, sent)]:
        inner = next(g for g in m.groups() if g)
        lo, hi = sent.start + m.start(), sent.start + m.end()
        verb = any(lo <= t.idx < hi and t.pos_ in ("VERB", "AUX") for t in sent.span)
        leads = len(text[:m.start()].split()) <= LEAD_WORDS or (m.end() - m.start()) * 2 >= len(text)
        title = TITLE_CUE.search(text[:m.start() + 1])
        if len(inner.split()) >= MIN_QUOTE_WORDS and verb and leads and not title:
            return True
    return False


def _closing_after(text: str, sent: Sent) -> list[re.Match]:
    """A quotation that opens the sentence and closes just after its end, where the sentence was cut
    before the closing mark (« ... a continué. »)."""
    after = text_of(sent.span.doc)[sent.end:sent.end + 4]
    m = re.match(r"\s*[«“]\s*([^«»“”]{12,})$", text)
    return [m] if m is not None and re.match(r"\s*[»”]", after) else []


def colon_quote(text: str, sent: Sent) -> int | None:
    """Where a colon introduces a quotation that closes the sentence ("Its spokesman went further: \"We
    have never sold ...\"", "Le PDG a tranché : « ... »"; the closing mark may fall in the next sentence):
    the words before it say who speaks. The quotation is a clause of some length, not a title."""
    m = re.search(r":\s*[«“\"]\s*([^«»“”\"]{12,}?)\s*[»”\"]?[\s.]*$", text)
    if m is None or len(m.group(1).split()) < MIN_QUOTE_WORDS or TITLE_CUE.search(text[:m.end(1)]):
        return None
    lo, verbs = sent.start + m.start(1), speech_verbs(sent.span[0].lang_)
    if any(t.idx < sent.start + m.start() and t.lemma_.lower() in verbs for t in sent.span):
        return None  # "a pu déclarer à la presse : « ... »": the speech verb rules decide
    return m.start() if any(t.idx >= lo and t.pos_ in ("VERB", "AUX") for t in sent.span) else None


def examined(text: str, pos: int, lang: str) -> bool:
    """Whether the unnamed source at `pos` ("selon les documents consultés") is a paper or trace the
    outlet examined, which makes the claim the outlet's own."""
    words = alternation("examined", lang)
    return re.match(rf"\s*(?:\S+\s+){{0,3}}?(?:{words})", text[pos:pos + 60].lower()) is not None


@dataclass
class Scene:
    """What the sentences before tell who speaks: the last person and organisation named, the outlet, the
    document's mentions, who spoke in the sentence just before (`said`), and the organisations of the last
    sentence that named one (`orgs`, for "they" / "ils")."""
    last_person: model.Mention | None = None
    author: model.Mention | None = None
    last_org: model.Mention | None = None
    mentions: list[model.Mention] = field(default_factory=list)
    said: model.Mention | None = None
    orgs: list[model.Mention] = field(default_factory=list)


def _speaker(sent: Sent, pos: int, kind: str, doc: model.Document, scene: Scene) -> model.Mention | None:
    if kind == "source":
        after = unplaced([m for m in sent.mentions if m.start >= pos and m.type in SPEAKERS
                          and len(doc.text[pos:m.start].split()) <= 5 and "," not in doc.text[pos:m.start]],
                         doc.text)
        if after:
            return _holder_after(sent, after[0], doc) or after[0]
        nxt = doc.text[pos:pos + 30].lower().replace("’", "'")
        if re.match(r"\s*(?:lui|elle|him|her)\b", nxt):
            return _antecedent(sent, pos, scene, doc)  # "selon lui", "selon elle"
        if re.match(rf"\s*(?:{BODY_WORDS})\b", nxt):
            return scene.last_org  # "selon l'agence", "according to the NGO"
        by = _made_by(sent, pos, doc, scene)
        if by is not None:
            return by  # "d'après une analyse réalisée pour les plaignants", "files published by X"
        noun = re.match(r"\s*(?:the|its|their|l'|le|la|les|son|sa|ses|leurs)\s*((?:[^\W\d][\w-]*\s+){0,3})"
                        r"([^\W\d][\w-]*)", doc.text[pos:pos + 60].lower().replace("’", "'"))
        if noun:  # "according to the company", "according to the digital rights group"
            return described(noun.group(1).split(), noun.group(2), pos, doc, scene.mentions)
        return None  # "according to documents": no one named speaks
    if kind == "verb":
        tok = next((t for t in sent.span if t.idx == pos), None)
        held = incise_speaker(tok, sent, doc, scene) if tok is not None else None
        if held is not None:
            return held  # "« ... », résume Paul Roux", "Le logiciel, assure l'entreprise, ..."
        quotes = [m.span() for m in QUOTED.finditer(doc.text, sent.start, sent.end)]
        verb = tok
        for up in range(GOVERNORS + 1):  # a verb without a subject speaks for the subject of its governor
            deps = ("nsubj", "nsubj:pass", "expl:subj") if up == 0 else ("nsubj",)  # "Il affirme" (expl)
            subj = next((c for c in (verb.children if verb is not None else [])
                         if c.dep_ in deps and not any(a <= c.idx < b for a, b in quotes)
                         and sent.span.start <= c.i < sent.span.end), None)  # (not in another sentence)
            if subj is not None:
                return _subject(subj, sent, doc, scene, own=up == 0)  # a subject that names no one
                # ("Five rights groups filed complaints with the OECD, accusing ...") leaves no speaker
            if verb is None or not borrows(verb) or not sent.span.start <= verb.head.i < sent.span.end:
                break  # (a governor in another sentence is the parser's mistake)
            verb = verb.head  # "published a report finding that", "acknowledged ..., and denied ..."
        if INVERTED.search(doc.text, sent.start, sent.end):
            return _antecedent(sent, pos, scene, doc)
    if kind == "inverted":
        return _antecedent(sent, pos, scene, doc)
    if kind == "hearsay":  # the source that spoke in the sentence before goes on (« Selon X, ... . Plus de
        return scene.said  # 200 véhicules auraient été livrés »); with none, the paper vouches for nothing
    if kind == "view":
        return whom(pos, doc, scene.mentions)
    if kind == "author":
        return scene.author
    if kind == "statement":  # "X filed complaints with the OECD": the subject of the sentence lodged it
        subj = next((c for c in sent.span.root.children if c.dep_ in ("nsubj", "expl:subj")
                     and sent.span.start <= c.i < sent.span.end), None)
        if subj is not None and subj.idx < pos:
            return _subject(subj, sent, doc, scene)
    before = [m for m in sent.mentions if m.end <= pos and m.type in SPEAKERS
              and (kind != "verb" or len(doc.text[m.end:pos].split()) <= NEAR_WORDS)
              and not affiliation(m, sent.mentions, doc.text) and not _placed_or_lodged(m, sent, doc.text)]
    if before:
        return max(before, key=lambda m: (m.end, -m.start))  # the nearest; of nested names the longest
    if kind == "inverted" or (kind == "quote" and opens_quote(doc.text[sent.start:sent.end])):
        return scene.last_person  # a quotation standing alone after its speaker was named
    return None if kind == "quote" else next((m for m in sent.mentions if m.type in SPEAKERS
                                              and not _placed_or_lodged(m, sent, doc.text)), None)


def _placed_or_lodged(m: model.Mention, sent: Sent, text: str) -> bool:
    """Whether a mention only says where the speaker is (`place_like`) or where words were lodged ("filed
    complaints with the OECD")."""
    return place_like(m, text) or LODGED_WITH.search(text, max(sent.start, m.start - 30), m.start) is not None


def incise_speaker(tok, sent: Sent, doc: model.Document,  # type: ignore[no-untyped-def]
                   scene: Scene) -> model.Mention | None:
    """Who speaks through a speech verb set in an incise, its subject after it: the verb follows a comma or
    a closing quotation mark and a noun phrase follows it up to a comma or the end ("« ... », résume Paul
    Roux, son directeur", "« ... », ajoute le ministère", "Le logiciel, assure l'entreprise, n'est qu'un
    outil", "\"...\", said the company."). The actor named there, or the person named right after a role
    there ("souligne sa directrice, P"), else the one a noun there stands for.
    Not a participle ("..., accusant X de"), not whom one tells ("told Reuters")."""
    lead = INCISE_LEAD.search(doc.text, sent.start, tok.idx)
    if not lead or tok.tag_ == "VBG" or tok.lower_.endswith("ant") or tok.lemma_.lower() == "tell" or \
            (re.search(r"\w", lead.group(0)) and any(c.dep_.startswith("nsubj") and c.i < tok.i
                                                   for c in tok.children)):
        return None  # (an auxiliary after the comma, a subject before: "Le porte-parole, joint par Radar, a
        # nié toute vente" is no incise)
    np = INCISE_NP.match(doc.text, tok.idx + len(tok), sent.end)
    if np is None or len(np.group(1).split()) > INCISE_WORDS or any(
            np.start(1) <= t.idx < np.end(1) and t.pos_ in ("VERB", "AUX") for t in sent.span):
        return None  # "said Vigil never reached Egypt": a clause, not the verb's subject
    named = unplaced([m for m in sent.mentions if np.start(1) <= m.start < np.end(1) and m.type in SPEAKERS],
                     doc.text)
    if named:
        return _holder_after(sent, named[0], doc) or named[0]
    apposed = [m for m in sent.mentions if m.type == "Person" and m.start >= np.end(1)
               and re.fullmatch(r"\s*,\s*", doc.text[np.end(1):m.start])]
    if apposed:
        return apposed[0]  # "« ... », souligne sa directrice, Sophie Marchal": the person the role names
    words = re.findall(r"[^\W\d][\w-]*", np.group(1).lower())
    return described(words[:-1], words[-1], tok.idx, doc, scene.mentions) if words else None


def whom(pos: int, doc: model.Document, mentions: list[model.Mention]) -> model.Mention | None:
    """Whom ", pour qui" / ", for whom" at `pos` stands for: the last person named before it in its
    sentence ("qui" after a preposition is a person), else the last actor."""
    line = max(doc.text.rfind(". ", 0, pos), doc.text.rfind("\n", 0, pos))
    before = [m for m in mentions if line < m.start and m.end <= pos and m.type in SPEAKERS]
    people = [m for m in before if m.type == "Person"]
    return (people or before or [None])[-1]


def borrows(verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether a speech verb without a subject takes that of the verb governing it: a participle or a
    coordinated verb ("a report finding that", "acknowledged X, and denied Y"), not a clause opened by a
    conjunction ("Comme le révèlent des photos, X a été trouvé": its governor's subject is what is said)."""
    return verb.dep_ in BORROWS and verb.head is not verb and not any(c.dep_ == "mark" for c in verb.children)


def _subject(c, sent: Sent, doc: model.Document, scene: Scene,  # type: ignore[no-untyped-def]
             own: bool = True) -> model.Mention | None:
    """Who the subject `c` of a speech verb names: an actor in it (a person in it first, the holder of a
    position it names), an organisation a noun stands for, the antecedent of a pronoun, the outlet ("we").
    A product that is the verb's `own` subject speaks: it is a company named like its product."""
    found = _named_in(c, sent, doc, scene, own)
    if found is not None:
        return found
    code = state_code_at(doc.text, c.left_edge.idx)
    if code:  # "le gouvernement italien", "Egyptian authorities": that state, if named
        return named_state(code, scene.mentions)
    if is_paper(c):  # "the images analysed by X show": X; "Des courriels internes évoquent": the body in view
        return _paper_maker(c, sent, doc, scene)
    stood = stand_in(c, doc, scene.mentions)
    if stood is not None and stood.type in ("PublicBody", "Country") and scene.said is not None and \
            scene.said.type == "PublicBody" and _table_kind(c, doc) == "state":
        return state_of(scene.said, scene.mentions, doc) or stood  # "Le ministère conteste. Le gouvernement"
    if stood is not None and stood.type == "PublicBody" and _table_kind(c, doc) == "state":
        return state_of(stood, scene.mentions, doc) or stood  # "le gouvernement fédéral" after a German body
    if stood is not None:
        return stood  # "the company said", "le ministère a assuré", "its spokesperson told"
    sp, lang, word = lexicon("speech"), lang_of(doc), c.lower_.split("-")[-1]
    if word in sp["pronouns"][lang]:
        return _antecedent(sent, c.idx, scene, doc)
    teller = _teller(c, lang)
    if teller is not None and (word in sp["org_pronouns"][lang] or word in sp["plural_pronouns"][lang]):
        return _subject(teller, sent, doc, scene)  # "the ministry said it does not comment ...": who said it
    if word in sp["org_pronouns"][lang]:  # "it said": an organisation opening its sentence ("The Parliament
        # took a different view: it criticised ..."), else who spoke just before, else the last organisation
        opening = next((m for m in sent.mentions if m.end <= c.idx and m.type in (*ORGS, "Country")), None)
        if opening is not None and re.fullmatch(r"[\s\"“«]*(?:the|l'|le|la|les)?\s*",
                                                doc.text[sent.start:opening.start], re.I):
            return opening
        if scene.said is not None and scene.said.type != "Person":
            return scene.said
        named = [m for m in scene.mentions if m.end <= c.idx and m.type in ORGS]
        return named[-1] if named else None
    if word in sp["plural_pronouns"][lang]:  # "they", "ils": who spoke just before, else the first
        return scene.said if scene.said is not None and scene.said.type != "Person" else \
            next(iter(scene.orgs), None)  # organisation of the last sentence that named some
    if c.lower_ in ("nous", "we"):
        return scene.author  # the article's outlet speaks
    if c.lower_ == "on":  # "Chez X, on assure", "Dans les bureaux de X, au nord de Minsk, on affirme": X
        return next((m for m in reversed(sent.mentions) if m.end <= c.idx and m.type in ORGS
                     and PREMISES.search(doc.text[sent.start:m.start])), None)
    if c.lower_ in ("who", "which", "qui") and c.head.dep_ in ("relcl", "acl:relcl", "acl"):
        noun = c.head.head  # "the journalist X, who said he had been tracked": whom the clause qualifies
        return next((m for m in sent.mentions if m.start <= noun.idx < m.end and m.type in SPEAKERS), None) \
            or next((m for m in sent.mentions if m.type in SPEAKERS and m.end <= c.idx
                     and re.fullmatch(r"\s*,\s*", doc.text[m.end:c.idx])), None)  # "..., Lenín Moreno, qui"
    return None  # "la presse a affirmé": no one named speaks


#: where an organisation works, before its name: "chez X", "dans les bureaux (vitrés) de X", "au siège de X"
PREMISES = re.compile(r"(?:\bchez|\bdu côté d[eu']|\b(?:au|dans le) siège d[eu']|\bdans les (?:bureaux|locaux)"
                      r"(?:\s+\w+)?\s+d[eu']|\bà la direction d[eu'])\s*(?:la |le |l')?$", re.I)


def _teller(pron, lang: str):  # type: ignore[no-untyped-def]
    """The noun subject of the speech verb whose reported clause a pronoun is the subject of ("the ministry
    said it does not comment": the ministry), or None."""
    clause = pron.head
    verb = clause.head if clause.dep_ in CONTENT_DEPS else None
    if verb is None or verb.lemma_.lower() not in speech_verbs(lang):
        return None
    return next((k for k in verb.children if k.dep_.startswith("nsubj") and k.pos_ in ("NOUN", "PROPN")), None)


def _named_in(c, sent: Sent, doc: model.Document, scene: Scene,  # type: ignore[no-untyped-def]
              own: bool) -> model.Mention | None:
    """The actor a subject names: a person in it first ("X's CEO, P, said"), then the actor its head word
    names ("France's CNIL fined": the CNIL, not France), the holder of a position it names, any actor in it
    (not a party in brackets after a person, "P (Verts)"); else the person a surname stands for ("Ton-That
    said", after "Hoan Ton-That")."""
    lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
    inside = unplaced([m for m in sent.mentions if lo <= m.start < hi and not in_aside(c, m, doc)
                       and not affiliation(m, sent.mentions, doc.text)
                       and (m.type in SPEAKERS or (own and m.type == "Product" and m.start == c.idx))], doc.text)
    people = [m for m in inside if m.type == "Person"]
    head = [m for m in inside if m.start <= c.idx < m.end]
    held = role_holder(c, inside[0], doc, scene.mentions) if inside else []
    if inside and not (people or head or held) and all(m.type == "Country" for m in inside) and \
            c.pos_ in ("NOUN", "PROPN") and _table_kind(c, doc) != "state":
        return None  # "The Hong Kong Police Force", "China's foreign ministry": a body of the state speaks, not
        # the state (the noun may stand for one named before)
    if inside:
        return (people or head or held or inside)[0]
    return surname_of(doc.text, c.idx, scene.mentions) if c.pos_ == "PROPN" else None


COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "two": 2, "three": 3, "four": 4, "both": 2}
LODGED_WITH = re.compile(r"\b(?:with|before|auprès\s+d[eu]|auprès\s+des|devant)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?$",
                         re.I)  # "filed complaints with the OECD": where words were lodged, not who spoke
PLACE_BASED = re.compile(r"\s*-?\s*based\b|\s*-?\s*(?:basée?s?|installée?s?)\b", re.I)


def place_like(m: model.Mention, text: str) -> bool:
    """Whether a mention that is no state or public body names a city or a nationality: a capital, city or
    demonym of the gazetteer ("the Copenhagen daily", "le quotidien de Copenhague", "Danish police"), or a
    place an organisation is based in ("the Boston-based group"). It says where the speaker is, not who."""
    if m.type in ("Country", "PublicBody"):
        return False
    return place_code(m.text) is not None or fold(m.text) in demonyms() or \
        PLACE_BASED.match(text, m.end) is not None


def unplaced(found: list[model.Mention], text: str) -> list[model.Mention]:
    """The mentions of a speaker's phrase without those that only say where it is (see place_like)."""
    return [m for m in found if not place_like(m, text)]


def _paper_maker(c, sent: Sent, doc: model.Document,  # type: ignore[no-untyped-def]
                 scene: Scene) -> model.Mention | None:
    """Who speaks through papers that are a subject: who made or analysed them ("the images analysed by
    X show"), else the organisation that spoke just before, else the last author of a report named."""
    agent = re.match(r"(?:[\w'’-]+,?\s+){1,8}?(?:by|par)\s+(?!(?:ailleurs|exemple|contre|conséquent|"
                     r"far|contrast|comparison)\b)", doc.text[c.idx:c.idx + 120])
    at = c.idx + agent.end() if agent else -1
    by = next((m for m in sent.mentions if agent and m.start >= at and m.type in SPEAKERS
               and len(doc.text[at:m.start].split()) <= 4 and not re.search(r"[,;]", doc.text[at:m.start])), None)
    if by is not None or agent is not None:
        return by  # "des documents publiés par la presse grecque": made by no one named
    if any(_judicial(t) for t in c.children if t.dep_ in ("compound", "amod", "nmod")):
        return stood_for("prosecutors" if lang_of(doc) == "en" else "magistrats", "justice", c.idx, doc,
                         scene.mentions)  # "court papers say", "des pièces judiciaires": the prosecution
    if scene.said is not None and scene.said.type in ORGS:
        return scene.said
    paper = "rapport" if lang_of(doc) == "fr" else "report"
    return stood_for(paper, "report", c.idx, doc, scene.mentions)


def _judicial(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word says papers come from a court ("court papers", "documents judiciaires")."""
    word = fold(tok.lower_)
    return word.startswith(("court", "judici", "tribunal")) or any(tok.lower_ == w for w in ("juge", "judge"))


def opens_quote(text: str) -> bool:
    """Whether the sentence starts with a quotation (after at most a few words)."""
    m = QUOTED.search(text) or re.search(r"[«“\"]", text)
    return m is not None and len(text[:m.start()].split()) <= LEAD_WORDS


def _holder_after(sent: Sent, org: model.Mention, doc: model.Document) -> model.Mention | None:
    """The person named in apposition right after an organisation ("selon le directeur de Nordsec, Paul
    Roux"): the one who speaks for it."""
    nxt = [m for m in sent.mentions if m.start >= org.end and m.type == "Person"]
    if nxt and re.fullmatch(r"\s*,\s*", doc.text[org.end:nxt[0].start]):
        return nxt[0]
    return None


def _made_by(sent: Sent, pos: int, doc: model.Document, scene: Scene) -> model.Mention | None:
    """Who made or published the paper a source names ("according to documents later published by the
    site X", "according to internal documents obtained by the group X", "d'après une analyse réalisée
    pour les plaignants"): an actor named within a few words after
    "by"/"par"/"pour", else the actor a noun there stands for."""
    head = re.match(r"\s*(?:an?|the|une?|des|les|l['’]|la|le)?\s*((?:[^\W\d][\w-]*\s+){0,2}[^\W\d][\w-]*)",
                    doc.text[pos:pos + 60])  # "internal documents", "des documents internes", "a leaked report"
    if head is None or not any(is_paper_word(w, lang_of(doc)) for w in head.group(1).split()):
        return None
    agent = re.match(r"[^,.;]{0,60}?\b(?:par|pour|by|for)\s+(?:l['’]|les?\s+|la\s+|the\s+)?",
                     doc.text[pos:pos + 100])
    if agent is None:
        return None
    at = pos + agent.end()
    named = [m for m in sent.mentions if m.start >= at and m.type in SPEAKERS
             and len(doc.text[at:m.start].split()) <= 4 and "," not in doc.text[at:m.start]]
    if named:
        return named[0]
    word = re.match(r"([^\W\d][\w-]*)", doc.text[at:at + 30].lower())
    return described([], word.group(1), at, doc, scene.mentions) if word else None


def is_paper_word(word: str, lang: str) -> bool:
    """Whether a word names papers or an analysis (lexicon `papers` and `examined`)."""
    sp, w = lexicon("speech"), word.lower()
    return w in sp["papers"][lang] or any(w.startswith(e) for e in sp["examined"][lang]) or \
        w in sp["analyses"][lang]


def described(words: list[str], noun: str, pos: int, doc: model.Document,
              mentions: list[model.Mention]) -> model.Mention | None:
    """The organisation a described source stands for: the first stand-in noun among the words ("the
    company", "the digital rights group"), narrowed to an NGO by a word that says so ("rights", "droits");
    the first word alone where it is the noun ("according to the company")."""
    table = lexicon("speech")["stand_ins"][lang_of(doc)]
    seen = [*words, noun]
    head = next((w for w in seen if w in table), None)
    if head is None:
        return None
    kind = "ngo" if any(w in lexicon("speech")["ngo_words"] for w in seen[:seen.index(head)]) else "any"
    return stood_for(head, kind, pos, doc, mentions)


def role_holder(subj, org: model.Mention, doc: model.Document,  # type: ignore[no-untyped-def]
                mentions: list[model.Mention]) -> list[model.Mention]:
    """The person who holds the position a subject names ("le PDG de Nordsec", "Nordsec's CEO"): the last
    one named before it in apposition with the same position and organisation ("le PDG de Nordsec, Paul
    Roux" / "Paul Roux, PDG de Nordsec"). Empty when the subject names no position or no one holds it."""
    roles = set(lexicon("speech")["roles"][lang_of(doc)])
    role = next((t.lower_ for t in subj.subtree if t.lower_ in roles and t.idx < org.start), None) \
        or (subj.lower_ if subj.lower_ in roles else None)
    if role is None:
        return []
    held = rf"(?<!\w){re.escape(role)}(?!\w)[^,.;]{{0,40}}?{re.escape(org.text.casefold())}"
    for p in reversed([m for m in mentions if m.type == "Person" and m.end <= subj.idx]):
        before = doc.text[max(0, p.start - ROLE_WINDOW):p.start].casefold()
        after = doc.text[p.end:p.end + ROLE_WINDOW].casefold()
        if re.search(held + r"\W*,\s*$", before) or re.match(r"\s*,\s*(?:\w+\s+){0,2}" + held, after):
            return [p]
    return []


def in_aside(subj, m: model.Mention, doc: model.Document) -> bool:  # type: ignore[no-untyped-def]
    """Whether `m` lies in a clause that qualifies a subject standing for an organisation ("its
    spokesperson, reached by Reuters, said"): who reached the spokesperson does not speak."""
    if subj.lower_ not in lexicon("speech")["stand_ins"][lang_of(doc)] and \
            subj.lemma_.lower() not in lexicon("speech")["stand_ins"][lang_of(doc)]:
        return False
    return any(k.left_edge.idx <= m.start < k.right_edge.idx + len(k.right_edge)
               for k in subj.children if k.dep_ in ("acl", "relcl", "acl:relcl"))


def stand_in(subj, doc: model.Document,  # type: ignore[no-untyped-def]
             mentions: list[model.Mention]) -> model.Mention | None:
    """The organisation a common noun subject stands for ("the company", "le ministère", "its spokesperson",
    "a company spokesperson"): the last actor of its kind named before it. A spokesperson is narrowed by the
    noun beside it ("company spokesperson"); an indefinite organisation ("a company") stands for none."""
    table = lexicon("speech")["stand_ins"][lang_of(doc)]
    noun = subj.lower_ if subj.lower_ in table else subj.lemma_.lower()
    kind = table.get(noun)
    if kind is None:
        return None
    if kind != "any" and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subj.children):
        return None
    if "Plur" in subj.morph.get("Number", []) and not any(
            c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ not in INDEFINITE for c in subj.children):
        return None  # "Rights groups say", "des ONG affirment", "several firms said": no one in particular
    near = [table.get(c.lower_) for c in subj.children if c.dep_ in ("compound", "nmod", "amod")]
    return stood_for(noun, next((k for k in near if k not in (None, "any")), kind), subj.idx, doc, mentions)


def _table_kind(subj, doc: model.Document) -> str | None:  # type: ignore[no-untyped-def]
    """The kind of actor a noun subject stands for ("gouvernement": state), if it is a stand-in."""
    table = lexicon("speech")["stand_ins"][lang_of(doc)]
    return table.get(subj.lower_) or table.get(subj.lemma_.lower())


def state_of(body: model.Mention, mentions: list[model.Mention], doc: model.Document) -> model.Mention | None:
    """The state a public body belongs to, among the countries the document names: that of the body's
    country, else the country named in the body's own sentence before it ("En Allemagne, c'est l'Office
    fédéral ... qui délivre")."""
    if not body.country:
        line = max(doc.text.rfind(". ", 0, body.start), doc.text.rfind("\n", 0, body.start))
        here = [m for m in mentions if m.type == "Country" and line < m.start and m.end <= body.start]
        return here[-1] if here else None
    return next((m for m in mentions if m.type == "Country" and m.country == body.country), None)


def stand_in_named(mentions: list[model.Mention], sent: Sent) -> bool:
    """Whether an organisation or a state was named before the sentence, for "the company said" or "the
    Serbian government said" to stand for."""
    return any(m.end <= sent.start and m.type in ("Company", "Organization", "PublicBody", "Country")
               for m in mentions)


def stood_for(noun: str, kind: str, pos: int, doc: model.Document,
              mentions: list[model.Mention]) -> model.Mention | None:
    """The last actor named before `pos` of the kind `noun` stands for (`kind` when it is a position such as
    a spokesperson; a public body by a name that holds the noun: "le ministère des Armées" for "le
    ministère"), or None when the noun stands for no organisation."""
    sp = lexicon("speech")
    own = sp["stand_ins"][lang_of(doc)].get(noun)
    if own is None:
        return None
    types = sp["stand_in_types"][kind if own == "any" else own]
    if own == "complainant":
        return complainant(pos, doc, mentions, types)
    if own == "company":
        main = main_company(pos, doc, mentions)
        if main is not None:
            return main
    theirs = _noun_of(noun, pos, doc, mentions, types)
    if theirs is not None:
        return theirs  # "Lawyers from the X filed ... according to the lawyers": X's, not the court's
    return next((m for m in reversed(mentions) if m.end <= pos and m.type in types
                 and (own != "public" or noun in m.text.casefold())  # "the court": a court, not a ministry
                 and (own != "justice" or any(w in m.text.casefold() for w in sp["justice_names"]))
                 and not (own == "company" and describes_person(m, mentions, doc.text))), None)  # the last


STAND_IN_BACK = 2000  # characters before a described source in which its noun was tied to an organisation


def _noun_of(noun: str, pos: int, doc: model.Document, mentions: list[model.Mention], types: list[str]
             ) -> model.Mention | None:
    """The actor the noun was said to belong to before ("Lawyers from the Hisham Mubarak Law Center", "les
    avocats de la FIDH"), the last such one before `pos` within STAND_IN_BACK characters."""
    head = re.escape(noun.rstrip("s"))
    rx = re.compile(rf"(?<!\w){head}s?\s+(?:from|of|at|for|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.I)
    return next((m for m in reversed(mentions) if m.end <= pos and pos - m.start <= STAND_IN_BACK
                 and m.type in types and rx.search(doc.text, max(0, m.start - 60), m.start)), None)



def main_company(pos: int, doc: model.Document, mentions: list[model.Mention]) -> model.Mention | None:
    """The company the article is about, for "the company" opening a paragraph (no actor named in the
    paragraph before it): the one named most before it, where it is named more than any other; a company
    named in passing at the end of the paragraph before ("through the holding company X") is not meant."""
    start = doc.text.rfind("\n\n", 0, pos)
    if start < 0 or any(start <= m.start < pos for m in mentions):
        return None
    ranked = companies_by_count(m for m in mentions if m.end <= pos and not describes_person(m, mentions, doc.text))
    if not ranked or len(ranked) > 1 and len(ranked[1]) == len(ranked[0]):
        return None
    return ranked[0][-1]


def complainant(pos: int, doc: model.Document, mentions: list[model.Mention],
                types: list[str]) -> model.Mention | None:
    """Who lodged the complaint "the complaint" / "la plainte" at `pos` stands for: the first actor named in
    the sentence of the last complaint lodged before `pos`, before its words ("Apple sued NSO", "X, Y et Z
    ont porté plainte")."""
    acts = alternation("complaint_acts", lang_of(doc))
    hits = list(re.finditer(rf"(?<!\w)(?:{acts})(?!\w)", doc.text[:pos], re.I))
    if not hits:
        return None
    at = hits[-1].start()
    ends = list(re.finditer(r"[.!?]\s|\n", doc.text[:at]))  # where its sentence starts ("netzpolitik.org")
    line = ends[-1].start() if ends else -1
    before = [m for m in mentions if line < m.start and m.end <= at and m.type in types]
    return before[0] if before else None  # the first: the subject that leads a list of complainants


def _antecedent(sent: Sent, pos: int, scene: Scene, doc: model.Document) -> model.Mention | None:
    """The actor a pronoun at `pos` stands for: the last person named before it in its sentence ("Quand
    l'agence a joint le PDG, Paul Roux, il a dit"), in French an organisation the subject of its sentence
    stands for after that ("La société réagit : « ... », assure-t-elle"), else who spoke in the sentence just
    before ("Le ministère conteste. Il affirme que"), else the last person named before the sentence."""
    lang = lang_of(doc)
    before = [m for m in sent.mentions if m.type == "Person" and m.end <= pos]
    if lang == "fr":
        nouns = [t for t in sent.span if t.dep_.startswith("nsubj") and t.idx < pos
                 and (not before or t.idx > before[-1].end)]
        stood = next((o for o in (stand_in(t, doc, scene.mentions) for t in nouns) if o is not None), None)
        if stood is not None:
            return stood
    said = scene.said if scene.said is not None and (scene.said.type == "Person" or lang == "fr") \
        else None  # "il" may stand for an organisation ("le ministère"), "he" does not
    return before[-1] if before else said or scene.last_person


def _stake(m: model.Mention, types: tuple[str, ...]) -> bool:
    """Whether `m` may be at stake in a claim: a name of one of `types`, not goods told by a description
    ("des caméras thermiques", goods.py), which would split the proposition keys of one question."""
    return m.type in types and m.source != DESCRIBED


def proposition(about: list[model.Mention], top: str) -> str:
    """Key grouping claims on one question: sorted actor names at stake, then the topic word. A state's
    public body adds nothing where that state is already at stake, by its name or another of its bodies
    ("les matériels livrés à l'Égypte étaient destinés à l'armée": a question about Egypt)."""
    states = {m.country for m in about if m.type == "Country" and m.country}
    kept = []
    for m in sorted(about, key=lambda m: m.start):
        if m.type == "PublicBody" and m.country:
            if m.country in states:
                continue
            states.add(m.country)
        kept.append(m)
    names = sorted({norm(m.text) for m in kept if norm(m.text)})
    return "|".join([*names[:4], top])


def said_topic(text: str, at: int, kind: str) -> str:
    """The topic of what is said, not of the words that name who says it: after a source opening the
    sentence ("Selon un jugement du tribunal, X a livré" is about a delivery, not a court case), from a
    speech verb on; the whole sentence when that part names no topic."""
    part = text
    if kind == "source":
        comma = text.find(",", at)
        part = text[comma + 1:] if comma >= 0 and at * 2 < len(text) else text[:at]
    elif kind == "verb":
        part = text[at:]
    found = topic(part)
    return found if found != "statement" else topic(text)


def _at_stake(sent: Sent, speakers: list[model.Mention], context: list[model.Mention],
              text: str) -> list[model.Mention]:
    """The actors a claim is about: those of its sentence but the speaker and whom it speaks to ("told
    Reuters", "a déclaré au Monde"); a sentence that names no company or product, or no country, takes
    those of the sentences just before it (the context), and one that names a product but no company the
    companies of the context ("the images show Sherpa vehicles": the maker stays in view)."""
    same = {s.cluster or s.id for s in speakers}
    about = [m for m in sent.mentions if _stake(m, AT_STAKE) and (m.cluster or m.id) not in same
             and not ADDRESSEE.search(text, max(sent.start, m.start - 40), m.start)]
    for kind in KINDS:  # who (a company, a product) and where (a country): missing ones from context
        if not any(m.type in kind for m in about):
            about += [m for m in context if m.type in kind and (m.cluster or m.id) not in same]
    if not any(m.type == "Company" for m in about):  # a product without its maker: the maker in view
        about += [m for m in context if m.type == "Company" and (m.cluster or m.id) not in same
                  and m not in about]
    return about


def _speakers(sent: Sent, speaker: model.Mention, doc: model.Document,
              sents: list[Sent]) -> list[model.Mention]:
    """The speaker and those coordinated with it ("la FIDH et la LDH"); a plural noun standing for
    organisations named before ("les deux organisations", "the two groups") speaks for all of that group."""
    if speaker in sent.mentions:
        return coordinated(sent, speaker, [speaker.type], doc.text)
    table = lexicon("speech")["stand_ins"][lang_of(doc)]
    plural = [t for t in sent.span if t.dep_.startswith("nsubj") and "Plur" in t.morph.get("Number", [])
              and (t.lower_ in table or t.lemma_.lower() in table)]
    home = next((s for s in sents if speaker in s.mentions), None)
    if not plural or home is None:
        return [speaker]
    group = coordinated(home, speaker, [speaker.type], doc.text)
    count = next((COUNTS[k.lower_] for k in plural[0].children if k.lower_ in COUNTS), None)
    if count is None or len({m.cluster or m.id for m in group}) >= count:
        return group
    seen: dict[str, model.Mention] = {}  # "les deux organisations": the last two of its kind named together
    for m in home.mentions:
        if m.type == speaker.type:
            seen.setdefault(m.cluster or m.id, m)
    named = list(seen.values())[-count:]
    return named if len(named) == count and speaker.cluster in {m.cluster for m in named} else group


def _quote_span(sent: Sent, doc: model.Document) -> tuple[int, int] | None:
    """Offsets of the first quotation of the sentence, if any."""
    m = QUOTED.search(doc.text, sent.start, sent.end)
    return (m.start(), m.end()) if m else None


def _claim_evidence(sent: Sent, doc: model.Document, pos: int, kind: str = "verb") -> model.Evidence:
    """The sentence; a long one is cut around its quotation (with the cue where it fits), else from just
    before the cue on, where what is said follows it ("Selon X, ...", "X a déclaré que ..."), or around
    the cue where the words come before it ("..., dit-il")."""
    span = _quote_span(sent, doc)
    if span is None:
        if kind == "inverted":
            return evidence(doc, sent, pos, pos + 1)
        lo = max(sent.start, pos - CUE_LEAD)
        return evidence(doc, sent, lo, lo + MAX_QUOTE)
    lo, hi = span
    if max(hi, pos) - min(lo, pos) <= 280:
        lo, hi = min(lo, pos), max(hi, pos)
    return evidence(doc, sent, lo, hi)


def _said_parts(sent: Sent, doc: model.Document, lang: str, pos: int, kind: str,
                top: str) -> list[tuple[model.Evidence, Span, str]]:
    """What the sentence reports, one (evidence, words, topic) per thing said: a sentence that reports
    several things (see clause_bounds) gives each its own quote, stance and topic; parts side by side that
    say one thing (same stance and topic) stay together, and a sentence that says one thing is one claim."""
    bounds = clause_bounds(sent, doc, lang)
    whole = [(_claim_evidence(sent, doc, pos, kind), sent.span, top)]
    if len(bounds) < 2:
        return whole
    parts: list[tuple[int, int, str, str]] = []
    for lo, hi in bounds:
        words = sent.span.doc.char_span(lo, hi, alignment_mode="expand")
        if words is None or not len(words):
            return whole
        own = topic(doc.text[lo:hi])
        said = stance(words, lang, top if own == "statement" else own)
        if parts and parts[-1][2:] == (said, own):
            parts[-1] = (parts[-1][0], hi, said, own)
        else:
            parts.append((lo, hi, said, own))
    if len(parts) < 2:
        return whole
    out = []
    for lo, hi, _, own in parts:
        own = top if own == "statement" else own
        words = sent.span.doc.char_span(lo, hi, alignment_mode="expand")
        part = Sent(words)
        out.append((evidence(doc, part, part.start, part.end), words, own))
    return out


def clause_bounds(sent: Sent, doc: model.Document, lang: str) -> list[tuple[int, int]]:
    """Where each thing a sentence reports begins and ends when it reports several, joined by "et" /
    "and": quotations side by side (« ... » et « ... », assure-t-elle), or speech verbs coordinated with
    each its own words ("said X and insisted that Y"). Complement clauses of one verb ("affirme que X et
    que Y") are one line of argument, and a verb coordinated inside one clause ("sold and serviced") is one
    thing."""
    text = doc.text
    starts = _joined_quotes(sent, doc) or _joined_verbs(sent, lang)
    if not starts:
        return []
    cuts = [sent.start, *starts, sent.end]
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        inner = text[lo:hi]
        lead = len(inner) - len(inner.lstrip(" ,;:"))
        tail = re.search(rf"(?:[\s,;]|\b(?:{JOINERS})\b)*$", inner[lead:], re.I)
        end = hi - (len(tail.group(0)) if tail else 0)
        out.append((lo + lead, end))
    return out if all(hi > lo for lo, hi in out) else []


def _joined_quotes(sent: Sent, doc: model.Document) -> list[int]:
    """The starts of the second and later quotations joined to the one before by "et" / "and", each a
    clause with a verb: « n'a jamais fonctionné » et « aucune donnée n'a été livrée »."""
    quotes = [m for m in QUOTED.finditer(doc.text, sent.start, sent.end)
              if any(m.start() <= t.idx < m.end() and t.pos_ in ("VERB", "AUX") for t in sent.span)]
    return [b.start() for a, b in zip(quotes, quotes[1:])
            if re.fullmatch(rf"\s*,?\s*(?:{JOINERS})\s+", doc.text[a.end():b.start()], re.I)]


def _joined_verbs(sent: Sent, lang: str) -> list[int]:
    """The starts of speech verbs (by their lemma, not an infinitive) coordinated with a speech verb before
    them, each with its own words (a clause, an infinitive or a quotation after it): "said X and insisted
    that Y", "a reconnu que X et a assuré que Y"."""
    sp = lexicon("speech")
    verbs, governors = speech_verbs(lang), frozenset(sp["not_reporting"][lang])
    out = []
    for c in sent.span:
        if c.dep_ != "conj" or c.lemma_.lower() not in verbs or not is_speech_verb(c, verbs, governors) \
                or "Inf" in c.morph.get("VerbForm", []) or not _has_words(c) \
                or any(k.dep_.startswith("nsubj") for k in c.children) \
                or any(k.dep_ == "cc" and k.lower_ in QUALIFIERS and c.head.i < k.i < c.i
                       for k in [*c.children, *c.head.children]):
            continue  # "de traiter X et de m'accuser de Y": infinitives under one verb say one thing;
            # "acknowledged X, but said Y": what follows "but" qualifies the first thing said
        head = c.head  # the first speech verb, or its clause where the parser hung the second verb there
        first = head if head.dep_ not in CONTENT_DEPS else head.head
        if head.idx < c.idx and is_speech_verb(first, verbs, governors) and _has_words(first):
            out.append(_conjunct_start(c))
    text = text_of(sent.span.doc)
    for c in sent.span:  # where the parse went astray, the words say it: "affirme « X » et souligne que Y"
        joined = re.search(rf"\s(?:{JOINERS})\s+((?:a|ont|has|have)\s+)?$", text[sent.start:c.idx])
        if joined is None or c.pos_ != "VERB" or c.lemma_.lower() not in verbs \
                or "Inf" in c.morph.get("VerbForm", []) or not has_clause(c) \
                or any(k.dep_.startswith("nsubj") for k in c.children):
            continue
        if any(t.idx < c.idx and t.pos_ == "VERB" and t.lemma_.lower() in verbs and has_clause(t)
               and is_speech_verb(t, verbs, governors) for t in sent.span):
            out.append(sent.start + (joined.start(1) if joined.group(1) else joined.end()))
    return sorted(set(out))


def _conjunct_start(c) -> int:  # type: ignore[no-untyped-def]
    """Where a coordinated verb or clause begins: its leftmost word, the "et" / "and" before it left out."""
    first = next((t for t in c.subtree if t.dep_ not in ("cc", "punct")), c)
    return first.idx


def _has_words(verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether a speech verb has words of its own: a complement clause, an infinitive or a quotation."""
    return any(c.dep_ in (*CONTENT_DEPS, "xcomp") for c in verb.children) or has_clause(verb)


def open_quote(text: str) -> bool:
    """Whether a quotation opened in `text` (the paragraph so far) is still open."""
    text = text.replace('\\"', '"')
    return quote_opened(text, 0, len(text)) is not None


def extract_claims(sents: list[Sent], doc: model.Document, mentions: list[model.Mention],
                   author: model.Mention | None = None) -> list[model.Claim]:
    """Claims of the document, in text order. `author` is the mention standing for the article's outlet
    (voice.author_mention): what "nous avons constaté" / "we found" alleges is its claim."""
    lang = lang_of(doc)
    out: list[model.Claim] = []
    scene = Scene(author=author, mentions=mentions)
    context: list[list[model.Mention]] = []
    previous: model.Claim | None = None
    intro = False  # the sentence before announced the words that follow ("déclare à Bloomberg :")
    for sent in [part for whole in sents for cut in colon_parts(whole, doc, lang)
                 for part in view_parts(cut, doc, lang)]:
        if not any(ch.isalpha() for ch in doc.text[sent.start:sent.end]) or \
                doc.text[sent.start:sent.end].lstrip().startswith("#"):
            continue  # a quotation mark cut off by the tagger, a section heading ("## Ce que dit la plainte")
        cues = _cues(sent, doc, lang)
        cue = cues[0] if cues else None
        para = doc.text.rfind("\n", 0, sent.start) + 1
        quoted = intro or (previous is not None and previous.evidence.start >= para
                           and open_quote(doc.text[para:sent.start]))
        if (cue is None or (intro and cue[1] == "quote")) and previous is not None and quoted \
                and len(doc.text[sent.start:sent.end].split()) >= 4:
            out.append(_continued(previous, sent, doc, lang))  # the quotation goes on
            intro = False
            scene.said = next((m for m in mentions if m.id == previous.speaker), None)
            continue
        intro = False
        if cue is not None and is_headline(sent, doc):
            cue = None  # a headline sums up the story; its claims are in the body
        said, scene.said = scene.said, None
        if cue is not None and (sent.mentions or scene.last_person or scene.last_org
                                or stand_in_named(mentions, sent)):
            pos, kind, speaker = cue[0], cue[1], None
            for at, how in cues:  # the first cue that names its speaker
                speaker = _speaker(sent, at, how, doc, replace(scene, said=said))
                if speaker is not None:
                    pos, kind = at, how
                    break
            text = doc.text[sent.start:sent.end]
            top = said_topic(text, pos - sent.start, kind)
            if top == "statement" and speaker is not None and dismissing(sent.span, lang):
                top = answered_topic(out, speaker, mentions) or top  # "rejected the findings"
            outlet = kind == "author" or (kind == "source" and examined(doc.text, pos, lang))
            if speaker is None and outlet:  # "selon les documents": the outlet
                speaker = author
            if speaker is not None or outlet:  # the outlet speaks, named or not
                speakers = _speakers(sent, speaker, doc, sents) if speaker is not None else []
                about = _at_stake(sent, speakers, [m for ms in context[-CONTEXT_SENTS:] for m in ms],
                                  doc.text)
                d = nearest_date(sent, pos) or published_at(sent, doc)
                who: list[model.Mention | None] = list(speakers) or [None]
                claims = []
                for sp in who:
                    for part, said_part, part_top in _said_parts(sent, doc, lang, pos, kind, top):
                        claims.append(model.Claim(
                            speaker=sp.id if sp else None, stance=stance(said_part, lang, part_top),
                            proposition=proposition(about, part_top), evidence=part,
                            date=d.value if d else doc.published, about=[m.id for m in about],
                            predicate=part_top))
                previous = claims[-1]
                scene.said = speaker
                intro = announces(text, kind)
                if not intro and not no_comment(sent.span, lang):  # an announcement is no claim (the
                    out += claims  # words that follow are), nor a refusal to comment
        persons = [m for m in sent.mentions if m.type == "Person"]
        if persons:
            scene.last_person = persons[-1]
        bodies = [m for m in sent.mentions if m.type in ("Organization", "PublicBody")]
        if bodies:
            scene.last_org = bodies[-1]
        orgs = [m for m in sent.mentions if m.type in ORGS]
        if orgs or unnamed_group(sent):
            scene.orgs = orgs
        stake = [m for m in sent.mentions if _stake(m, CONTEXT)]
        if stake:
            context.append(stake)
    return out


def unnamed_group(sent: Sent) -> bool:
    """Whether a sentence is about a group it does not name: its main subject is a plural noun holding no
    actor ("Les organisations de défense des droits humains surveillent le salon", "Rights groups say"):
    "elles" / "they" after it stand for that group, not for organisations named earlier."""
    subj = next((c for c in sent.span.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.pos_ != "NOUN" or "Plur" not in subj.morph.get("Number", []):
        return False
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    return not any(lo <= m.start < hi for m in sent.mentions)


def colon_parts(sent: Sent, doc: model.Document, lang: str) -> list[Sent]:
    """A sentence cut at a colon where both sides report speech of their own: "Pour X, cette lecture ne
    tient pas : les images analysées montrent ...", "une position que X juge peu crédible : sa rapporteure
    relevait que ...". The side after the colon speaks through a verb whose subject stands after the colon
    (or a paper). A colon that opens the words announced before it ("La société réagit : « ... »,
    assure-t-elle", "a déclaré :") leaves the sentence whole."""
    text = doc.text
    for tok in sent.span:
        if tok.text != ":" or open_quote(text[sent.start:tok.idx]):
            continue
        head, tail = sent.span.doc[sent.span.start:tok.i + 1], sent.span.doc[tok.i + 1:sent.span.end]
        if not len(tail):
            break
        first, second = _sub(sent, head), _sub(sent, tail)
        if _cues(first, doc, lang) and _speaks_itself(tail, lang):
            return [first, second]
        break
    return [sent]


def view_parts(sent: Sent, doc: model.Document, lang: str) -> list[Sent]:
    """A sentence cut where a relative clause gives the view of who was just named (", pour qui la vente
    constitue une violation", ", for whom the sale was unlawful"), when the part before reports speech of
    its own: the view is a second claim, by that person (see _speaker, kind "view")."""
    hit = VIEW_OF_WHOM.search(doc.text, sent.start, sent.end)
    if hit is None or open_quote(doc.text[sent.start:hit.start()]):
        return [sent]
    at = next((t.i for t in sent.span if t.idx >= hit.start(1)), None)
    if at is None or at == sent.span.start:
        return [sent]
    first, second = _sub(sent, sent.span.doc[sent.span.start:at]), _sub(sent, sent.span.doc[at:sent.span.end])
    return [first, second] if _cues(first, doc, lang) else [sent]


def _sub(sent: Sent, span: Span) -> Sent:
    """The part of a sentence that `span` covers, with its mentions and dates."""
    lo, hi = span.start_char, span.end_char
    return Sent(span, [m for m in sent.mentions if lo <= m.start < hi],
                [d for d in sent.dates if lo <= d.start < hi])


def _speaks_itself(span: Span, lang: str) -> bool:
    """Whether words after a colon report speech of their own: a speech verb whose subject stands among
    them, or a verb whose subject is a paper ("les images analysées montrent")."""
    sp = lexicon("speech")
    verbs, governors = speech_verbs(lang), frozenset(sp["not_reporting"][lang])
    return any(is_speech_verb(t, verbs, governors) and
               any(c.dep_.startswith("nsubj") and c.i >= span.start for c in t.children)
               for t in span)


def answered_topic(said: list[model.Claim], speaker: model.Mention,
                   mentions: list[model.Mention]) -> str | None:
    """The topic of the accusation a dismissal answers ("Korvan rejected the findings", "a réfuté les
    accusations"): that of the last claim of the article, by someone else, that has the speaker at stake."""
    who = speaker.cluster or speaker.id
    cluster = {m.id: m.cluster or m.id for m in mentions}
    for c in reversed(said):
        if c.predicate not in (None, "statement") and cluster.get(c.speaker or "") != who \
                and any(cluster.get(a) == who for a in c.about):
            return c.predicate
    return None


def no_comment(span: Span, lang: str) -> bool:
    """Whether all a sentence reports is a refusal to comment ("a indiqué qu'il ne commentait pas les
    contrats", "said it would not discuss its clients"): its only verbs besides speech verbs are negated
    verbs of commenting."""
    verbs = speech_verbs(lang)
    said = [t for t in span if t.pos_ == "VERB" and t.lemma_.lower() not in verbs]
    return bool(said) and all(declines(t, lang) and any(negation(c, lang) for c in t.children) for t in said)


def announces(text: str, kind: str) -> bool:
    """Whether a sentence only announces the words that follow: a speech verb, then a colon that ends it
    ("le PDG déclare à l'agence :", "he told reporters:")."""
    return kind in ("verb", "inverted") and text.rstrip(" \n«“\"").endswith(":")


def _continued(prev: model.Claim, sent: Sent, doc: model.Document, lang: str) -> model.Claim:
    """A sentence inside a quotation opened earlier: same speaker and date, its own stance and topic."""
    text = doc.text[sent.start:sent.end]
    about = [m.id for m in sent.mentions if _stake(m, AT_STAKE) and m.id != prev.speaker]
    about = about if about else list(prev.about)
    top = topic(text)
    return model.Claim(speaker=prev.speaker, stance=stance(sent.span, lang, top),
                       proposition="|".join([*prev.proposition.split("|")[:-1], top]),
                       evidence=evidence(doc, sent, sent.start, sent.end), date=prev.date, about=about,
                       predicate=top)
