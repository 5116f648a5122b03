"""Mentions: NER + gazetteer spans, typed from context, filtered, clustered; then dates and facts.

Decisions (applied the same way everywhere):
- Titles (M., Me, Maître, Mme, Dr, Pr, Mr, Mrs, Ms) are left out of a person mention's span, and so are
  the offices the NER may take in ("Spokesman Olli Rinne", "Interior Minister Yuri Karaev").
- A capital is a mention of its state only when it is the grammatical subject of a verb ("Paris
  suspend les livraisons"): the press metonymy for the government. Elsewhere a city is not an actor and
  is not kept (none of the entity types is a place other than a state).
- Demonyms and adjectives (bahreïni, libyens, British, française) are not mentions; a nationality
  adjective next to an organisation ("la société française X") gives it its country.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator

from enquete.extract import context
from enquete.extract import settle
from enquete.extract.acronyms import cluster, defined_names, unseen_acronyms
from enquete.extract.anaphora import demonyms
from enquete.extract.echoes import echoes
from enquete.extract.references import references, settle as settle_references
from enquete.extract.enumerations import group_mentions
from enquete.extract.goods import described_goods, join_remains, unused
from enquete.extract.dates import find_dates
from enquete.extract.editions import assign_editions
from enquete.extract.names import fold
from enquete.extract.nlp import Pipelines
from enquete.extract.units import unit_mentions
from enquete.model import ENTITY_TYPES, Document, Extraction, Mention

log = logging.getLogger(__name__)
TITLE = re.compile(r"^(?:M\.|MM\.|Me|Maître|Maitre|Mme|Mlle|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir)\s+")
LEAD_DET = re.compile(r"^(?:l'|L'(?=[A-ZÉ])|le |la |les |the |du |des |de |d')")
POSSESSIVE = re.compile(r"(?<=\w)['’]s$")
#: a first name transliterated with an inner apostrophe before a small letter ("Ala'a", "Sa'id", "Mu'ammar")
#: and a surname after it: the model reads such names as places or firms
APOSTROPHE_FIRST = re.compile(r"[A-Z][a-z]+['’][a-z]+\s+[A-Z][\w'’-]+$")
JUNK = re.compile(r"https?:|www\.|[{}\[\]|#*_=<>@]|\.(?:html?|php|com|org|fr)\b")
PRONOUNS = {"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "he", "she", "they", "we", "it", "i",
            "you", "lui", "eux", "leur", "celui", "celle"}
PARTICLES = {"de", "du", "des", "d'", "von", "van", "der", "den", "al", "al-", "el", "ben", "bin", "ibn",
             "la", "le", "di", "da", "del", "dos", "y"}
NER_MAP = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product",
           "EVENT": "Event", "LAW": "Law", "LOC": "place", "GPE": "place", "MISC": "misc", "NORP": None,
           "FAC": None, "WORK_OF_ART": "misc"}


#: the older spelling "plate-forme", which the tokenizer splits in three and the parser then misreads
PLATE_FORME = re.compile(r"\b([Pp])lates?-forme(s?)\b")  # read as "plateforme(s)", padded to its length


def spacy_text(text: str) -> str:
    """The text fed to spaCy: same length as `text`, typographic quotes and escapes made plain."""
    out = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    out = out.replace("\\'", "' ").replace('\\"', '" ').replace("«", '"').replace("»", '"')
    out = PLATE_FORME.sub(lambda m: f"{m.group(1)}lateforme{m.group(2) or ''}".ljust(len(m.group())), out)
    assert len(out) == len(text)
    return out


def _trim(text: str, start: int, end: int, ptype: str) -> tuple[int, int]:
    """Drop titles (persons), lower-case determiners and surrounding punctuation from a span."""
    span = text[start:end]
    if ptype == "Person":
        m = TITLE.match(span)
        if m:
            start += m.end()
        office = context.office_title(text[start:end])
        if office:  # "Spokesman Olli Rinne", "Interior Minister Yuri Karaev": the name without the title
            start += office
    m = (LEAD_DET.match(text[start:end].replace("\u2019", "'"))
         or re.match(r"The\s+(?=\w+\s+\w)", text[start:end]))
    if m:
        start += m.end()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    if end > start and text[end - 1] == "." and ptype != "Person":
        end -= 1
    if ptype == "Person":  # "Erik Larsson says", "X said he would…": keep the capitalised run
        words = list(re.finditer(r"\S+", text[start:end]))
        for i, w in enumerate(words[1:], 1):
            word = w.group()
            particle = word.lower() in PARTICLES or re.match(r"(?:al|el|ad|ar|as|bin|ben)-\w", word)
            if (word[0].islower() or not any(c.isalpha() for c in word)) and not particle:
                end = start + words[i - 1].end()
                break
    tail = re.search(r"(?:\s+(?:pour|de|du|des|la|le|les|et|à|au|aux|en|dans|of|the|and|for|to|in|at|on|by))+$",
                     text[start:end])  # "Helvion in" (before "Cyprus"): the name without the preposition
    if tail:
        end = start + tail.start()
    last = re.search(r"\s+(\w+)$", text[start:end])
    if last and last.group(1).lower() in context.NATIONALITY and ptype != "Person":
        end = start + last.start()
    return start, end


def _caps_tail(text: str, start: int, end: int) -> int:
    """Extend a name over a hyphen and a capitalised word the model left out ("Hoan Ton-That"), over a
    following roman numeral ("Orient XXI") or, for a name in capitals, over the next words in capitals
    ("CASH INVESTIGATION")."""
    span_caps = text[start:end].isupper() and len(text[start:end]) > 2
    hyphen = re.match(r"-[A-ZÉÈ][a-zéèëïç]+(?![\w\-])", text[end:end + 30])
    if hyphen and not span_caps and text[start:end][:1].isupper():
        end += hyphen.end()  # "Hoan Ton-That": the name goes on past a hyphen
    while True:
        m = re.match(r" ([IVXL]{2,5}|[A-ZÉÈ]{2,}(?=[\s\".,;:!?)]|$))", text[end:end + 30])
        if not m or (not span_caps and not re.fullmatch(r" [IVXL]{2,5}", m.group())):
            return end
        end += m.end()


def is_junk(span_text: str, source: str, at_sentence_start_verb: bool = False) -> bool:
    """Spans that are not names: URLs, markup, single letters, pronouns, lower-case words from NER,
    imperatives at the start of a sentence."""
    s = span_text.strip()
    if len(s) < 2 or JUNK.search(s) or fold(s) in PRONOUNS or not any(c.isalpha() for c in s):
        return True
    if source == "ner" and (s == s.lower() or at_sentence_start_verb):
        return True
    if source == "ner" and s[0].islower() and not context.head_type(s):
        return True
    return False


def _candidates(sdoc, doc: Document, pipes: Pipelines) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for ent in sdoc.ents:
        source = "gazetteer" if ent.label_ in ENTITY_TYPES else "ner"
        ptype = ent.label_ if source == "gazetteer" else NER_MAP.get(ent.label_)
        if source == "ner" and ptype != "Person" and APOSTROPHE_FIRST.match(ent.text) \
                and context.person_shaped(ent.text):
            ptype = "Person"  # "Ala'a Shehabi" read as a facility or a firm: a transliterated first name
        if source == "ner" and ptype == "Person" and context.ORG_NOUN_END.search(ent.text):
            ptype = "Organization"  # "Mwanga wa Haki Initiative" read as a person: an organisation's noun ends it
        if ptype is None:
            continue
        office = context.office_title(text[ent.start_char:ent.end_char], any_office=False) \
            if ptype != "Person" else 0
        if source == "ner" and office and context.person_shaped(text[ent.start_char + office:ent.end_char]):
            ptype = "Person"  # "Premier ministre Karim Bensaïd" read as a thing: the person, less the office
        start, end = _trim(text, ent.start_char, ent.end_char, ptype)
        possessive = POSSESSIVE.search(text[start:end])
        if possessive and source == "ner":  # "Lukashenko's", "Türk Telekom's": the name without the 's
            end = start + possessive.start()
        if source == "ner" and "(" in text[start:end] and ")" not in text[start:end]:
            end = start + len(text[start:end].split("(")[0].rstrip())  # "Centre for X (CFX": the name only
        if end <= start or (source == "ner" and (fold(text[start:end]) in demonyms() or (
                context.OUTLET_AFTER.match(text[end:end + 40]) and " " not in text[start:end].strip()))):
            continue  # "Ugandan" read as an organisation: a nationality is no mention; nor is the city of
            #           "the Copenhagen daily Politiken" (the outlet is named after its noun: outlet_names)
        start = _possessor_start(text, start, end) if source == "ner" else start
        owner = re.match(r"([A-ZÉ][\w\-]*)['’]s\s+(?=[A-Z])", text[start:end])
        if owner and source == "ner" and (context.capital_country(pipes, owner.group(1)) or (
                (entry := pipes.lookup(owner.group(1))) is not None and entry.type == "Country")):
            start += owner.end()  # "Kyiv's Ministry of Defence", "Serbia's Interior Ministry": the body
        end = _caps_tail(text, start, end)
        start, end, ptype = _name_repaired(text, start, end, ptype, sdoc.lang_, pipes)
        if source == "ner":
            end = _verb_cut(sdoc, start, end)
            if end <= start:
                continue
        first = sdoc.char_span(start, end, alignment_mode="expand")
        if source == "ner" and first is not None and len(first) == 1 and first[0].pos_ == "NOUN" \
                and sdoc.vocab[first[0].lower_].has_vector and not context.cue_type(text, start, end) \
                and not context.firm_staff(text, start, end) and not context.titled_firm(text, start) \
                and not context.company_act(sdoc, start, end):
            continue  # a common noun the model took for a name ("Conseil", "Regulation")
        verb_start = bool((first is not None and first[0].is_sent_start and len(first) == 1
                           and first[0].pos_ in ("VERB", "AUX"))
                          or re.fullmatch(r"[A-Z]\w+ez", text[start:end]))
        if is_junk(text[start:end], source, verb_start) \
                or (source == "ner" and context.not_a_name(text, start, end)):
            continue
        mtype = context.decide_type(sdoc, text, start, end, ptype, source, pipes)
        if mtype not in ENTITY_TYPES:
            continue
        univ = _OWNING_UNIVERSITY.match(text, start, end) if source == "ner" else None
        if univ:  # "the University of Toronto's Munk School": the university, then its school
            out.append(Mention(Mention.make_id(doc.id, start, univ.end(1)), doc.id, start, univ.end(1),
                               univ.group(1), "Organization", source=source))
            start = univ.end()
        goods_start = _maker_and_goods(text, start, end, mtype) if source == "ner" else start
        if goods_start > start:  # "Corvex's Stingray tool": the maker, then its product
            maker_end = start + len(_OWNED_GOODS.match(text[start:end]).group(1))
            entry = pipes.lookup(text[start:maker_end])
            out.append(Mention(Mention.make_id(doc.id, start, maker_end), doc.id, start, maker_end,
                               text[start:maker_end], entry.type if entry else "Company", source=source))
            start = goods_start
        out.append(Mention(Mention.make_id(doc.id, start, end), doc.id, start, end, text[start:end], mtype,
                           source=source))
    return out


def _name_repaired(text: str, start: int, end: int, ptype: str, lang: str,
                   pipes: Pipelines) -> tuple[int, int, str]:
    """The span and type once the name's inner and closing words the model or the gazetteer cut off are
    back (context.name_end, context.demonym_end): a French name closed by a nationality adjective is an
    organisation's, even where the model read a place, without the article that opens the sentence ("La
    Croix-Rouge libanaise"); a name of capitalised words joined by "&" after a name of its own is a firm's,
    where the model read a thing."""
    def common(word: str) -> bool:
        return context.common_word(pipes, lang, word)

    end = context.name_end(text, start, end, ptype, common, lambda word: pipes.lookup(word) is not None)
    if ptype == "misc" and re.search(r"\w\s*&\s*[A-Z]", text[start:end]) and not common(text[start:end].split()[0]):
        ptype = "Company"  # "Corvex Identity & Security" read as a thing (not "Vice-Président Marketing & Com…")
    if lang == "fr" and ptype in ("Organization", "place") and context.head_type(text[start:end]) != "PublicBody":
        # a public body's or a firm's adjective gives its state ("Agence nationale de sécurité américaine")
        closed = context.demonym_end(text, start, end, common)
        if closed > end:
            opening = re.match(r"(?:La|Le|Les)\s+(?=[A-ZÉÈ])", text[start:end])
            return start + (opening.end() if opening else 0), closed, "Organization" if ptype == "place" else ptype
    return start, end, ptype


def _acting_companies(sdoc, doc: Document, found: list[Mention], pipes: Pipelines) -> list[Mention]:
    """Companies the NER missed that are subjects of a firm's verb ("Corvex has developed several tools"),
    unless a list or the capitals give the name as something else, or it is the surname of a person the
    document names ("Devlin sold the firm"), or a place or person the NER and the vectors know, unless "to be"
    and a kind noun type it ("Circles est une entreprise", tagged a place)."""
    taken = [(m.start, m.end) for m in found]
    surnames = {fold(m.text.split()[-1]) for m in found if m.type == "Person" and " " in m.text}
    return [m for m in context.acting_companies(doc, sdoc, taken)
            if pipes.lookup(m.text) is None and not pipes.capitals.get(fold(m.text))
            and fold(m.text) not in surnames and (not _known_place_or_person(sdoc, m, pipes)
                                                  or context.copular_kind(sdoc, m.start, m.end) is not None)]


def _known_place_or_person(sdoc, m: Mention, pipes: Pipelines) -> bool:
    """Whether the NER read the name as a place or a person and the word vectors know it ("Texas sold the
    land", "Marseille a vendu le stade"): not a made-up firm's name."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    label = span[0].ent_type_ if span is not None else ""
    return label in ("GPE", "LOC", "PERSON", "PER") and context.known_word(pipes, m.text)


def _verb_cut(sdoc, start: int, end: int) -> int:
    """The end of an NER span that ran on over a verb ("Ombrelle a infecté le téléphone"): before the
    first verb or auxiliary in lower case after the name's first word."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return end
    for tok in span[1:]:
        if tok.pos_ in ("VERB", "AUX") and tok.text[:1].islower():
            return max(start, sdoc[tok.i - 1].idx + len(sdoc[tok.i - 1]))
    return end


_OWNING_UNIVERSITY = re.compile(rf"({context.UNIVERSITY})['’]s\s+(?=[A-Z])")
_OWNED_GOODS = re.compile(r"((?:[A-ZÉ][\w\-]*\s+){0,2}[A-ZÉ][\w\-]*)(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")  # "Vexor
# Systems' Kestrel" too


def _maker_and_goods(text: str, start: int, end: int, mtype: str) -> int:
    """Where the product's name starts in an NER span "X's Y" typed as a product ("Corvex's Stingray
    tool", "Vexor Systems' Kestrel"): after the maker's possessive (the maker becomes a mention of its own)."""
    owner = _OWNED_GOODS.match(text[start:end])
    return start + owner.end() if owner and mtype == "Product" else start


def _possessor_start(text: str, start: int, end: int) -> int:
    """The start of a name that the NER cut after its possessor's first words ("General's Office" out of
    "the Attorney General's Office"): capitalised words right before a span opening with "X's" belong to
    it."""
    if not re.match(r"[A-Z][\w\-]*['’]s\s+[A-Z]", text[start:end]):
        return start
    before = re.search(r"(?:(?<![\w\-])[A-Z][\w\-]*\s+){1,2}$", text[max(0, start - 40):start])
    words = [w for w in before.group().split() if w.lower() not in context.OPENERS] if before else []
    return start - len(" ".join(words)) - 1 if words else start


def _listed_elsewhere(m: Mention, pipes: Pipelines) -> bool:
    """A rule mention read from its shape (a leader's name, a product's) whose name the gazetteer lists
    under another type ("the government of Saudi Arabia")."""
    entry = pipes.lookup(m.text)
    listed = entry is not None and entry.type != m.type
    return m.source == "rule" and m.type in ("Person", "Product") and listed


def _surnames_are_persons(mentions: list[Mention]) -> None:
    """A one-word NER mention equal to the surname of a person named in the document is that person
    (a headline may use the surname before the text gives the full name)."""
    seen = {fold(m.text.split()[-1]) for m in mentions if m.type == "Person" and len(m.text.split()) > 1}
    org_heads: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if m.type in ("Company", "Organization") and len(words) > 1:
            org_heads.setdefault(fold(words[0]), m.type)
        if m.source == "ner" and len(words) == 1 and fold(m.text) in seen:
            m.type = "Person"
        elif m.source == "ner" and len(words) == 1 and m.type == "Person" and fold(m.text) in org_heads:
            m.type = org_heads[fold(m.text)]  # "Gamma" after "Gamma Group"


LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|et)|&)\s+")


def _listed_persons(mentions: list[Mention], text: str) -> None:
    """A name the NER took for an organisation, listed with a person, is a person where its own words say
    nothing of an organisation ("two former employees of X, Ilan Dabelstein and Guy Geva"): two or three
    capitalised words, none a word of organisations' names."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if not LIST_JOIN.fullmatch(text[a.end:b.start]):
            continue
        for m, other in ((a, b), (b, a)):
            words = m.text.split()
            if other.type == "Person" and m.type in ("Company", "Organization") and m.source == "ner" \
                    and 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÉÈ][a-zà-ÿ'’-]+", w) for w in words) \
                    and context.name_type(m.text) is None:
                m.type = "Person"


def _enrich(mentions: list[Mention], text: str, pipes: Pipelines) -> None:
    """Country and categories from the gazetteer, or a nationality adjective beside the name."""
    for m in mentions:
        after = re.match(r"\s+(\w+)", text[m.end:m.end + 20])
        if m.type in ("Company", "Organization", "PublicBody") and after:
            m.country = context.NATIONALITY.get(after.group(1).lower()) or m.country
        entry = pipes.lookup(m.text)
        if entry and entry.type == m.type:
            m.country = entry.country
            m.categories = list(entry.categories)
        if m.country is None and m.type == "Country":  # a capital standing for its state
            m.country = pipes.capitals.get(fold(m.text))
        if m.country is None and m.type in ("Company", "Organization", "PublicBody", "Product"):
            m.country = context.nationality(text, m.start, m.end)
        of_state = re.search(r"\s(?:de|du|d'|of)\s+(?:the\s+)?(.+)$", m.text.replace("\u2019", "'"))
        if m.country is None and m.type == "PublicBody" and of_state:  # "police de Hong Kong"
            m.country = context.state_code(of_state.group(1), pipes)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per span; overlapping spans keep the longer one (gazetteer first on ties)."""
    rank = {"gazetteer": 0, "rule": 1, "store": 1, "ner": 2}
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), rank.get(m.source, 3), m.start)):
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _one_person(mentions: list[Mention], doc: Document) -> list[Mention]:
    """Two names of persons with one space between are one name the NER cut ("Zine el-Abidine" "Ben Ali")."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.type == m.type == "Person" and doc.text[last.end:m.start] == " ":
            out[-1] = Mention(Mention.make_id(doc.id, last.start, m.end), doc.id, last.start, m.end,
                              doc.text[last.start:m.end], "Person", source=last.source)
        else:
            out.append(m)
    return out


#: a public body's name after a state's name ("Bahrain Independent Commission of Inquiry", "Kenya Revenue
#: Authority", "Uganda Human Rights Commission"): capitalised words ending on a kind of body
STATE_BODY_TAIL = re.compile(r"(?:\s+[A-Z][\w\-]+){0,3}?\s+(?:Commission|Committee|Council|Authority|Agency"
                             r"|Tribunal|Ombudsman|Inquiry)"
                             r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})?"
                             r"(?![\w\-])")
GENERIC_OF = re.compile(r"\s(?:Company|Corporation)$")  # "the Oil Company of X": the state is in the name
OPERATOR = re.compile(r"(?<![\w\-])(?:Telecom|Telekom|Télécom|Mobile|Mobilis|Wireless)\s$")


def _state_prefixed(mentions: list[Mention], text: str, pipes: Pipelines) -> list[Mention]:
    """A state's name written right before a public body's name is part of it ("United States Department
    of Commerce", "UK National Contact Point"): one mention of the body, with the state's country. A
    state's name right after a company's name, or after an operator's word, names the company's branch
    there ("Vodafone Egypt", "Telecom Egypt"): one company mention (an international organisation's
    national section likewise: "Amnesty International France"); so does "of X" after a name ending in
    Company or Corporation ("National Oil Company of X"), where elsewhere "of X" gives an origin. A state's
    name before capitalised words ending on a kind of body is that body ("Bahrain Independent Commission
    of Inquiry": the gazetteer's state kept the NER from reading the whole name)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        adjacent = prev is not None and text[prev.end:m.start] == " "
        if adjacent and prev.type == "Country" and m.type == "PublicBody" and m.text[:1].isupper():
            out[-1] = _joined(prev, m, text, "PublicBody", prev.text, pipes)
        elif adjacent and prev.type in ("Company", "Organization") and m.type == "Country" \
                and not text[prev.start].islower() \
                and (prev.type == "Company" or re.search(r"\sInternational$", prev.text)):
            out[-1] = _joined(prev, m, text, prev.type, m.text, pipes)  # "Amnesty International France"
        elif prev is not None and prev.type in ("Company", "Organization") and m.type == "Country" \
                and GENERIC_OF.search(prev.text) and text[prev.end:m.start] == " of ":
            out[-1] = _joined(prev, m, text, "Company", m.text, pipes)  # "Telecommunication Company of X"
        elif m.type == "Country" and (body := STATE_BODY_TAIL.match(text, m.end)) and not any(
                m.end < n.start < body.end() for n in mentions):  # "Bahrain Independent Commission of
            out.append(_joined(m, Mention("", m.doc, body.end(), body.end(), "", "PublicBody"), text,
                               "PublicBody", m.text, pipes))  # Inquiry": the gazetteer's state hid the body
        elif m.type == "Country" and (op := OPERATOR.search(text[max(0, m.start - 12):m.start])) \
                and not (prev is not None and prev.end > m.start - 12 + op.start()):
            start = m.start - len(op.group())
            out.append(_joined(Mention("", m.doc, start, start, "", "Company"), m, text, "Company", m.text,
                               pipes))
        else:
            out.append(m)
    return out


_BODY_KIND = (r"(?:data[\s\-]protection\s+(?:authority|agency|regulator"
              r"|watchdog)|privacy\s+(?:regulator|watchdog)|(?:supreme|high|constitutional)\s+court"
              r"|intelligence\s+(?:services?|agency))")
_OWNED_BODY = re.compile(rf"(?<![\w\-])([A-ZÉ][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+{_BODY_KIND}(?![\w\-])")
_DEMONYM = "|".join(sorted(map(re.escape, context.NATIONALITY), key=len, reverse=True))
_FR_DPA = re.compile(rf"(?<![\w\-])autorité\s+(?:({_DEMONYM})\s+)?de\s+protection\s+des\s+données"
                     rf"(?:\s+personnelles)?(?:\s+({_DEMONYM}))?(?![\w\-])")


def _owned_bodies(doc: Document, pipes: Pipelines) -> list[Mention]:
    """Public bodies that the gazetteer cannot list, named by their state and their kind in lower case:
    a state's name in the possessive ("Greece's data protection authority", "Ireland's high court",
    "Egypt's intelligence service"), or a French data-protection authority with its nationality adjective
    ("l'autorité grecque de protection des données"). The NER sees no name in these words; the owner must
    be a state the gazetteer knows (or its capital), which gives the body's country."""
    found = [(m.span(), context.state_code(m.group(1), pipes) or pipes.capitals.get(fold(m.group(1))))
             for m in _OWNED_BODY.finditer(doc.text)]
    found += [(m.span(), next((context.NATIONALITY[w] for w in m.groups() if w), None))
              for m in _FR_DPA.finditer(doc.text)]
    out = []
    for (s, e), code in found:
        if code:
            out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "PublicBody",
                               source="rule"))
            out[-1].country = code
    return out


def _listed_name(m: Mention, pipes: Pipelines) -> str | None:
    """The canonical name of the listed public body or organisation `m` names (a company's entry may hold
    the names of its successors, which a text tells apart: none)."""
    entry = pipes.lookup(m.text)
    kept = entry is not None and entry.type == m.type and m.type in ("PublicBody", "Organization")
    return entry.name if kept else None


def _join_listed(text: str, mentions: list[Mention], pipes: Pipelines) -> None:
    """One cluster for the mentions of one actor that the gazetteer names: two names of one entry ("the
    Dutch data protection authority" ... "Autoriteit Persoonsgegevens"), and a public body described by
    its kind with its listed name in parentheses right after ("the Defence Ministry (Sedena)"; not a plural:
    "the intelligence services (AISE)" names one of them)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    root = {m.cluster or m.id: m.cluster or m.id for m in ordered}

    def find(c: str) -> str:
        while root[c] != c:
            c = root[c]
        return c

    def union(a: Mention, b: Mention) -> None:
        ra, rb = sorted((find(a.cluster or a.id), find(b.cluster or b.id)),
                        key=lambda c: int(c.rsplit(":", 2)[1]))
        root[rb] = ra

    first: dict[str, Mention] = {}
    for m, nxt in zip(ordered, ordered[1:] + [None]):
        name = _listed_name(m, pipes)
        if name is not None:
            union(first.setdefault(name, m), m)
        elif nxt is not None and m.type == nxt.type == "PublicBody" and _listed_name(nxt, pipes) \
                and not m.text.endswith("s") \
                and re.fullmatch(r"\s*\(\s*", text[m.end:nxt.start]) and re.match(r"\s*\)", text[nxt.end:]):
            union(m, nxt)
    for m in mentions:
        m.cluster = find(m.cluster or m.id)


def _joined(first: Mention, last: Mention, text: str, mtype: str, state: str, pipes: Pipelines) -> Mention:
    out = Mention(Mention.make_id(last.doc, first.start, last.end), last.doc, first.start, last.end,
                  text[first.start:last.end], mtype, source="rule")
    out.country = context.state_code(state, pipes)
    return out


#: the rest of a name whose acronym follows in parentheses: "Ibérica" + " de Defensa Antidisturbios (IDA)"
SPELLED_OUT = re.compile(r"((?:\s+(?:(?:de|del|della|di|da|do|dos|das|des|du|der|von|of|for|and|et|y|e|und|la|el|le"
                         r"|los|las)\s+|d['’])?[A-ZÉÈÁÍÓÚÜ][\w'’-]*){1,5})\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")


def _spelled_out(m: Mention, text: str) -> int:
    """The end of `m` over the rest of its name where the acronym after it spells the whole: the NER
    stops at "de" in foreign names ("Ibérica de Defensa Antidisturbios (IDA)")."""
    hit = SPELLED_OUT.match(text, m.end)
    if hit is None or m.type not in ("Company", "Organization", "PublicBody"):
        return m.end
    initials = "".join(w[0] for w in re.findall(r"[\w'’-]+", text[m.start:hit.end(1)]) if w[0].isupper())
    return hit.end(1) if initials == hit.group(2).replace("&", "") else m.end


def _extended(m: Mention, doc: Document) -> Mention:
    end = max(context.extend(doc.text, m), _spelled_out(m, doc.text))
    if end == m.end:
        return m
    return Mention(Mention.make_id(doc.id, m.start, end), doc.id, m.start, end, doc.text[m.start:end], m.type,
                   source=m.source)


def find_mentions(sdoc, doc: Document, pipes: Pipelines) -> list[Mention]:
    """Typed, filtered, clustered mentions of one parsed document."""
    found = [_extended(m, doc) for m in _candidates(sdoc, doc, pipes) if not context.only_date(m.text)]
    found += [m for m in context.rule_mentions(doc, sdoc, pipes) if not _listed_elsewhere(m, pipes)]
    found += _owned_bodies(doc, pipes)
    found += _acting_companies(sdoc, doc, found, pipes)
    found += described_goods(sdoc, doc, found)
    found += unit_mentions(sdoc, doc, _dedupe(found))  # "l'unité de cybersurveillance de la police kényane"
    mentions = _state_prefixed(_one_person(_dedupe(found), doc), doc.text, pipes)
    mentions = settle.drop_non_mentions(doc.text, mentions, lambda name: context.state_code(name, pipes))
    mentions = defined_names(doc.id, doc.text, mentions, context.name_type)
    mentions = unseen_acronyms(doc.id, doc.text, mentions)
    mentions = group_mentions(doc.id, doc.text, mentions)
    _surnames_are_persons(mentions)
    _listed_persons(mentions, doc.text)
    acts = frozenset((m.start, m.end) for m in mentions if m.type == "Company" and " " not in m.text
                     and (context.company_act(sdoc, m.start, m.end)
                          or context.copular_kind(sdoc, m.start, m.end) == "Company"))
    settle.one_type(doc.text, settle.by_name(mentions), acts)
    cluster(doc.text, mentions)
    join_remains(mentions)
    _join_listed(doc.text, mentions, pipes)
    settle.one_type(doc.text, settle.by_cluster(mentions), acts)
    mentions = sorted(mentions + echoes(doc.text, doc.id, mentions), key=lambda m: m.start)
    _enrich(mentions, doc.text, pipes)
    settle.share_country(settle.by_cluster(mentions))
    return sorted(mentions + references(doc.text, doc.id, doc.language, mentions), key=lambda m: m.start)


def extract(doc: Document, pipelines: Pipelines) -> Extraction:
    """Sentences, mentions, dates, then relations/events/claims of one document (pure)."""
    nlp = pipelines.for_language(doc.language)
    return from_parse(nlp(spacy_text(doc.text)), doc, pipelines)


def extract_all(docs: Iterable[Document], pipelines: Pipelines, batch_size: int = 32) -> Iterator[Extraction]:
    """`extract` over many documents, parsing them in batches per language (same results, faster)."""
    docs = list(docs)
    parsed: dict[int, object] = {}
    for lang in {pipelines.for_language(d.language).lang for d in docs}:
        idx = [i for i, d in enumerate(docs) if pipelines.for_language(d.language).lang == lang]
        nlp = pipelines.for_language(docs[idx[0]].language)
        for i, sdoc in zip(idx, nlp.pipe((spacy_text(docs[i].text) for i in idx), batch_size=batch_size)):
            parsed[i] = sdoc
    for i, doc in enumerate(docs):
        yield from_parse(parsed.pop(i), doc, pipelines)


def from_parse(sdoc, doc: Document, pipelines: Pipelines) -> Extraction:
    """The extraction of `doc` from its spaCy parse (text of the same length as doc.text)."""
    sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
    mentions = find_mentions(sdoc, doc, pipelines)
    dates = find_dates(doc.text, doc.published)
    mentions = assign_editions(doc, sentences, mentions, dates, pipelines.entries)
    extraction = Extraction(doc.id, sentences, mentions, dates)
    from enquete.extract.facts import extract_facts  # here: facts imports this module's neighbours

    extraction.relations, extraction.events, extraction.claims = extract_facts(sdoc, doc, mentions, dates)
    settle_references(extraction)
    unused(extraction)
    return extraction
