"""Arguments of one trigger: subject (agent, grammatical subject, nearest mention, a company or the outlet
named without its name), object (after a marker, before a passive, a state named by an adjective),
product (the nearest product of a sale); renamings read from the old name to the new.
"""

from __future__ import annotations

import re
from functools import lru_cache

from enquete import model
from enquete.extract import corporate, inquiries
from enquete.extract.anaphora import (
    company_anaphor, demonyms, fold, named_state, object_antecedent, pronoun_antecedent, state_at, state_code_at,
)
from enquete.extract.clauses import token_at
from enquete.extract.discourse import Orphan
from enquete.extract.nlp import text_of
from enquete.extract.phrasings import hedged
from enquete.extract.places import (
    demonym_state, fronted_city, goods_in_view, named_place, no_sighting, place_state, pointed_state,
    relative_goods, traces_found,
)
from enquete.extract.supply import (
    chosen, company_in_view, definite_goods, generic, goods_word, orphan, planned, product_in_view,
    read_by_trigger, sold_goods, stated, topic_maker,
)
from enquete.extract.relations import (
    AGENT_WORDS, AMONG, NOT_MARKER, WINDOW, Sent, Trigger, actor, after_marker, before, coordinated, dep_subject,
    evidence, is_passive, lexicon, nearest_date, subtree_mentions, words,
)

#: an agent that names the owner of whoever acted: "by a subsidiary of X", "par l'une des filiales de X" (a
#: phrase trigger ending on its marker, "built by", is followed by the rest alone)
OWNER_OF_AGENT = re.compile(r"\s+(?:(?P<by>by|par)\s+)?(?:an?|one of the|one of its|une|l['’]une des|un|l['’]un des)\s+"
                            r"(?:[\w-]+\s+)?(?:subsidiar(?:y|ies)|units?|divisions?|affiliates?|arms?|filiales?"
                            r"|branches?|unités?)\s+(?:of|de|du|d['’])", re.I)


def apply(trig: Trigger, sent: Sent, doc: model.Document, lang: str,
          context: dict) -> list[model.Relation]:
    """The relations one trigger gives in its sentence."""
    spec = lexicon("relations")[trig.predicate]
    stypes, otypes = spec["subject"], spec["object"]
    gtypes = stypes + spec.get("subject_if_grammatical", [])  # allowed as subject or agent, not by proximity
    markers = [] if trig.bare else (spec.get("object_markers") or {}).get(lang) or []
    agents = (spec.get("passive_agent") or {}).get(lang) or ["par" if lang == "fr" else "by"]
    text = doc.text
    if negated(trig, text, sent):
        return []  # "promesse de ne pas exporter", "never sold": no relation
    if unasserted(trig, text, sent, lang):
        return []  # "could file a complaint", "n'a ouvert aucune enquête", "found no trace of"
    if corporate.denied(trig, sent, text, lang):
        return []  # "Elle dément avoir été rachetée par Y", "It denies that the system was sold to Z"
    if trig.predicate == "found_in" and trig.token is not None and no_sighting(trig.token, sent, text, lang):
        return []  # "prévoit d'installer P à Z", "P will be deployed", "X s'est installée à Z" (places.py)
    if trig.predicate in ("investigated", "funded"):  # the parse first (inquiries.py); None: read on below
        read = inquiries.read(trig, sent, doc, lang, context)
        if read is not None:
            return read
    if trig.predicate == "supplied" and not read_by_trigger(trig, sent, lang):
        return []  # "denied selling", "wants to sell", "sold its stake": no sale (supply.py)
    if corporate.unsaid(trig, sent, text, lang):
        return []  # "denied that it had developed P", "dément avoir racheté Y" (corporate.py)
    if corporate.reads(trig, sent, lang):  # "Y was acquired by X", "X's unit Y", "a tool called Y"
        return corporate.relations(trig, sent, doc, lang, context)
    if trig.swap:
        return _renamed(trig, sent, doc, stypes, otypes)
    if _is_list(trig, spec, lang, text):
        return _listed(trig, sent, doc, lang, spec, context)
    if trig.reverse and trig.token is None and not _inquiry(spec, lang, text[sent.start:sent.end]):
        return []  # "conçu à la demande de X": no court, no inquiry, no complaint
    among_at = AMONG.search(text, max(sent.start, trig.start - 40), trig.start) if trig.bare else None
    if among_at and _among_hedged(text[max(sent.start, among_at.start() - 60):among_at.start()]):
        return []  # "does not count Z among its clients", "ne figure plus parmi", "hopes to count Z among"
    among = _among(trig, sent, doc, otypes, context) if among_at else []
    if among:
        return among
    subj: list[model.Mention] = []
    obj: model.Mention | None = None
    conf, how = 0.75, "dep"
    passive = trig.reverse or (trig.token is not None and is_passive(trig.token)) \
        or _filed(trig, spec, lang, text)
    # a phrase that ends on its marker ("designed by"): read from its start, or the marker of a later
    # passive ("designed by X and sold by Y") is taken for its own
    agent = after_marker(sent, text, trig.start if trig.reverse else trig.end, agents, gtypes, set(), limit=4)
    if trig.reverse:
        agent = agent or after_marker(sent, text, trig.end, [], stypes, set())
    if passive and (hit := OWNER_OF_AGENT.match(text, trig.end)) and (trig.reverse or hit.group("by")):
        return []  # "built by a subsidiary of X", "fabriqué par une filiale de X": X's unit did it, unnamed
    if agent is not None and words(text[trig.end:agent.start]) <= (AGENT_WORDS if passive else 4):
        subj = _agents(sent, agent, gtypes, text, agents)
    elif trig.token is not None and not passive:
        subj = chosen(trig.token, sent, lang) if trig.predicate == "supplied" else []  # "Z hired X to supply"
        subj = subj or dep_subject(trig.token, sent, gtypes)
        if trig.predicate == "supplied":  # "Veltia, revendeur local de Ristek, a livré": the name that the
            # apposition describes sold, not the name inside it
            subj = list({id(m): m for m in (_apposition_head(sent, m, stypes, text) for m in subj)}.values())
        if not subj and trig.predicate == "supplied":  # "Helix agreed to pay a fine for shipping"
            subj = actor(trig.token, sent, gtypes) or []
    if not subj and trig.reverse and agent is None:  # "conçu par la firme californienne"
        subj, conf, how = _company_agent(trig, sent, text, gtypes, context), 0.5, "anaphor"
    patient_first = spec.get("patient_subject", False)  # "X a été trouvé en Y": X is the subject
    owned = trig.bare and POSSESSIVE.search(  # "its clients", "ses clients": the owner, not a name nearby
        text, max(sent.start, trig.start - 8), trig.start)
    if not subj and not trig.reverse and not owned and (patient_first or not (
            passive and trig.token is not None)) and not (
            trig.token is not None and actor(trig.token, sent, gtypes) == []):
        near = before(sent, trig.start, stypes, set(), text)
        near = _apposition_head(sent, near, stypes, text) if near is not None else None
        if near is not None and words(text[near.end:trig.start]) <= spec.get("window", WINDOW):
            subj, conf, how = coordinated(sent, near, stypes, text), 0.55, "window"
            if patient_first:  # "des blindés P1 fabriqués par X, ainsi que des véhicules P2, ont été filmés"
                subj = _listed_before(sent, subj, stypes, text) + subj
    if not subj and patient_first and trig.token is not None:  # "nous avons trouvé des X à Y"
        subj = [m for c in trig.token.children if c.dep_ in ("obj", "dobj")
                for m in subtree_mentions(c, sent, stypes)]
        after = after_marker(sent, text, trig.end, [], stypes, set()) if not subj else None
        if after is not None and _governed(trig.token, token_at(sent.span.doc, after.start, after.end)):
            subj = [after]  # "a identifié dès 2021 des infections par X" (parsed off the verb's object)
    if not subj and trig.predicate == "found_in":  # "13 of its devices were operating in Z"
        subj = [m for m in [_its_goods(trig, sent, text, context)] if m is not None]
    if not subj and trig.predicate == "found_in" and trig.token is not None:  # "P, que des chercheurs ont
        subj = relative_goods(trig.token, sent, text) or goods_in_view(  # identifié en Z", "le logiciel a
            trig.token, sent, lang, context.get("mentions", []))  # été détecté" (places.py)
    if not subj and not trig.reverse:  # "la start-up, dont l'un des clients est Y", "nous avons vu"
        subj, conf, how = _unnamed_subject(trig, sent, text, gtypes, context), 0.5, "anaphor"
    used = {m.id for m in subj}
    if trig.reverse or (passive and not markers):
        obj = before(sent, trig.start, otypes, used, text)
    else:
        # a phrase may end with its own marker ("complaint against"): search from its start
        obj = after_marker(sent, text, trig.end if trig.token else trig.start, markers, otypes, used)
        obj = _better_object(trig, sent, text, markers, otypes, obj, context)
    if obj is None and trig.token is not None and markers:
        obj = _dative_clitic(trig.token, sent, subj, otypes, context)
    if obj is None and subj and trig.token is not None and not trig.reverse:
        obj = _unnamed_patient(trig.token, sent, text, otypes, passive, context)
        conf = min(conf, 0.5) if obj is not None else conf
    if obj is None and passive and trig.token is not None and spec.get("use_lemmas"):
        obj = _user_of_goods(trig.token, sent, text, lang, spec, otypes, context)
    if obj is None and trig.token is not None and trig.token.lemma_.lower() in (
            spec.get("direct_lemmas") or {}).get(lang, ()):
        obj = _direct_object(trig.token, sent, otypes, used)
    if obj is None and trig.token is not None and spec.get("place_markers"):
        obj = after_marker(sent, text, trig.end, spec["place_markers"][lang], ["Country"], used, limit=2)
        if obj is None and how != "window":  # one found only near the verb may be the buyer ("avec Z pour")
            obj = _capital_after(text, trig.end, sent.end, context.get("mentions", []))
    if obj is None and (trig.predicate == "attended" or (
            spec.get("event_anaphor") and EVENT_ANAPHOR.search(text, trig.end, sent.end))):
        obj = context.get("event")
    if obj is None and trig.predicate == "attended" and SHOW_WORDS.search(text, sent.start, sent.end):
        obj = context.get("show")  # "au stand de X", "dans les allées": the show the text reports from
    if obj is None and spec.get("places"):
        obj = _place(text, trig.end, sent.end, context.get("mentions", [])) \
            or _fronted_place(sent, text, context)
    if obj is None and subj and trig.token is not None and trig.token.lemma_.lower() in (
            spec.get("show_lemmas") or {}).get(lang, ()) and all(  # goods on show at the trade show in view
            _shown(trig.token, token_at(sent.span.doc, m.start, m.end)) for m in subj):
        obj = _show_state(sent, text, context)
    if obj is None and spec.get("places") and trig.token is not None:  # "y ont été retrouvées", "there",
        mentions = context.get("mentions", [])  # "on Syrian networks", "des militants bahreïnis"
        obj = pointed_state(trig.token, lang, text, mentions) or demonym_state(trig.token, lang, mentions)
    if obj is None and spec.get("described_persons"):
        obj = _described_person(text, trig.end, lang, context.get("mentions", []))
    court = trig.reverse and obj is not None and obj.type == "PublicBody"  # "le parquet, saisi par X"
    in_view = spec.get("object_in_view")  # true: a subject read from the parse; "always": any subject of a
    # phrase read forwards or of a verb of `in_view_lemmas` ("F bought a controlling stake", "F invested in
    # 2014"; not the noun "fund", not "funded by F", not "the US backed the resolution")
    verbs = (spec.get("in_view_lemmas") or {}).get(lang, ())
    if subj and (in_view is True and how == "dep" or in_view == "always" and not trig.reverse and (
            trig.token is None or trig.token.lemma_.lower() in verbs)) and (obj is None or court):
        about = sent.in_view if in_view == "always" and sent.in_view is not None \
            and sent.in_view.type in otypes and sent.in_view not in subj else None  # what the text is about
        obj, conf, how = about or context.get("company") or context.get("topic"), min(conf, 0.45), "in-view"
    product = None
    if trig.predicate == "supplied":
        product = _product(sent, trig, used | ({obj.id} if obj else set()))
        if not subj and trig.token is not None and (planned(trig.token) or generic(trig.token)):
            return []  # "The system will be delivered", "Such systems are sold to many states": no seller
        if not subj and passive and trig.token is not None:  # "les sondes d'Arvane ont été livrées en Z"
            subj, conf, how = _goods_owner(trig.token, sent), 0.5, "owner"
        if not subj and passive and product is not None:  # "les matériels livrés à Z": no seller
            subj = [s for s in [context["makers"].get(product.id), topic_maker(product, context)] if s][:1]
            conf, how = 0.45, "topic"
        elif not subj and passive and trig.token is not None:  # "200 of these vehicles were delivered",
            product = _these(trig.token, sent, context) or _the_goods(trig.token, sent, lang, context)  # "the
            # software was sold to Z" (the product named just before)
            subj = [context["makers"][product.id]] if product is not None else []
            conf, how = 0.45, "these"
    objs = [obj] if obj is not None else _counted(text, trig.end, otypes, trig.start, context)
    if obj is not None and spec.get("listed_objects") and obj in sent.mentions:  # "détecté au Maroc, en
        objs = coordinated(sent, obj, [obj.type], text)  # Tunisie et au Liban": each state of the list
    if not objs or not subj:  # a sale or a sighting with one party: read again once the document's facts
        # are known (discourse.py)
        if trig.predicate == "supplied" and trig.token is not None and orphan(trig.token, sent, lang, subj, objs, how):
            goods = goods_word(sold_goods(trig.token), lang)
            context["orphans"].append(Orphan(trig.start, trig.end, sent, subj, objs, product, goods=goods))
        elif trig.predicate == "found_in" and objs and trig.token is not None and traces_found(trig.token, lang):
            context["orphans"].append(Orphan(trig.start, trig.end, sent, [], objs, None, "found_in"))
        return []
    date = nearest_date(sent, trig.start)
    out = []
    for s, obj in ((s, o) for s in subj for o in objs):
        if s.id == obj.id or (s.cluster and s.cluster == obj.cluster) or fold(s.text) == fold(obj.text):
            continue  # "Gamma, part of the group": the company in view is the subject itself
        if trig.predicate == "employed_by" and _led_noun_elsewhere(trig.token, obj):
            continue
        lo = min(s.start, obj.start, trig.start)
        hi = max(s.end, obj.end, trig.end)
        out.append(model.Relation(
            subject=s.id, predicate=trig.predicate, object=obj.id, evidence=evidence(doc, sent, lo, hi),
            product=product.id if product else None, date=date.value if date else None,
            precision=date.precision if date else None, confidence=conf,
            extractor=f"{how}:{trig.predicate}-v1"))
    return out


# words only a trade show's floor has: a presence there is at the last show the text named, however far back
SHOW_WORDS = re.compile(r"(?<!\w)(?:stands?|booths?|exposants?|exhibitors?|allées|aisles|salon|trade show"
                        r"|invités? d['’]honneur|guests? of honou?r)(?!\w)", re.I)
EVENT_ANAPHOR = re.compile(r"(?<!\w)(?:l'événement|l’événement|le salon|la foire|l'exposition|la conférence"
                           r"|the event|the fair|the show|the exhibition|the conference)(?!\w)", re.I)
COUNTED = re.compile(r"\s*(?:les|ces|the|these|both|both of the)\s+(?:(deux|trois|two|three)\s+)?"
                     r"(associations|organisations|ONG|sociétés|entreprises|organizations|NGOs|companies"
                     r"|firms)\b",
                     re.I)
NUMBERS = {"deux": 2, "trois": 3, "two": 2, "three": 3, "both": 2}
COUNTED_TYPES = {"associations": "Organization", "organisations": "Organization", "ong": "Organization",
                 "organizations": "Organization", "ngos": "Organization", "sociétés": "Company",
                 "entreprises": "Company", "companies": "Company", "firms": "Company"}


#: up to three words that describe a coordinated agent ("et par le groupe X"), none that opens another phrase
DESCRIBED_AGENT = r"(?:(?!(?:par|by|ailleurs|intermédiaire|contre|against|via|through)\b)[a-zà-ÿ'’-]+\s+){0,3}?"


def _company_agent(trig: Trigger, sent: Sent, text: str, types: list[str], context: dict
                   ) -> list[model.Mention]:
    """"Y, conçu par la firme californienne", "made by the company": an agent named as "the company" right
    after a phrase that ends on its marker is the company in view (that of the sentence, else the one
    named last)."""
    ana = company_anaphor(text, trig.end, min(sent.end, trig.end + 30))
    if ana is None or text[trig.end:ana.start()].strip():
        return []
    company = company_in_view(sent, context)
    return [company] if company is not None and company.type in types else []


def _agents(sent: Sent, agent: model.Mention, types: list[str], text: str, markers: list[str]
            ) -> list[model.Mention]:
    """The agent of a passive and those coordinated with it, the marker repeated or not ("conçu par X et
    par Y", "made by X and by Y", "par X, Y et Z"): each is an author of the act."""
    out = coordinated(sent, agent, types, text)
    alt = "|".join(map(re.escape, markers))
    for m in sent.mentions[sent.mentions.index(out[-1]) + 1:]:
        gap = text[out[-1].end:m.start]
        if m.type not in types or not re.fullmatch(rf"\s*,?\s*(?:et|and|ainsi que|as well as)\s+(?:{alt})\s+"
                                                     rf"{DESCRIBED_AGENT}", gap, re.I):
            break
        out.append(m)
    return out


def _counted(text: str, start: int, types: list[str], before: int, context: dict) -> list[model.Mention]:
    """"représente les deux associations", "both NGOs": the last N distinct names of that kind before."""
    hit = COUNTED.match(text, start)
    if hit is None:
        return []
    n = NUMBERS.get((hit.group(1) or hit.group(0).split()[0]).lower())
    typ = COUNTED_TYPES[hit.group(2).lower()]
    if n is None or typ not in types:
        return []
    seen: dict[str, model.Mention] = {}
    for m in sorted(context.get("mentions", []), key=lambda m: -m.start):
        if m.end <= before and m.type == typ:
            seen.setdefault(m.cluster or m.text, m)
            if len(seen) == n:
                return list(seen.values())
    return []


PLACE = re.compile(r"(?<!\w)(?:(?:(?:à|au|aux|en|dans|in|at)\s+|(?:autour|près|aux abords|around|near|outside)"
                   r"\s+(?:de\s+|d'|du\s+|des\s+|of\s+)?)(?:(?:le |la |les |l'|the )?(?:cœur|centre|rues"
                   r"|banlieue|heart|streets|centre|center|outskirts)\s+(?:de |du |des |d'|of )"
                   r"(?:la |le |l'|the )?)?|(?:les |the )(?:rues|streets)\s+(?:de |du |des |d'|of )(?:la |le |l'|the )?)"
                   r"(?:le |la |l'|the )?([A-ZÀ-ÖØ-Þ][\w-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?)")


RELATIVE = re.compile(r",\s+(?:(ce\s+(?:qui|que|dont))|which|who|whose|qui|dont|lequel|laquelle|lesquels|lesquelles)"
                      r"(?!\w)", re.I)
ACTORS = ("Company", "Organization", "PublicBody", "Person")
TO_PLACE = re.compile(r"(?<!\w)(?:to|à|vers)\s+(?:la |le |l'|the )?"  # "shipped to Tripoli"
                      r"([A-ZÀ-ÖØ-Þ][\w-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?)")


def _place(text: str, start: int, end: int, mentions: list[model.Mention]) -> model.Mention | None:
    """The state where something was found, anywhere after the trigger in its sentence: "... en vente au
    cœur de Paris" (a capital stands for its state), "... in Cairo", among the states the document names;
    not in a clause set off by a comma that tells of something else: one on the whole sentence ("…, ce qui a
    fâché des responsables au Caire") or a relative clause after an actor named since the trigger ("…bore the
    markings of X, a maker based in Ohio, which fuelled calls in Washington")."""
    for aside in RELATIVE.finditer(text, start, end):
        if aside.group(1) or any(m.type in ACTORS and start <= m.start < aside.start() for m in mentions):
            end = aside.start()
            break
    for hit in PLACE.finditer(text.replace("’", "'"), start, end):
        state = named_place(hit.group(1), hit.start(1), mentions)
        if state is not None:
            return state
    return None


def _shown(verb, tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether `tok` is what `verb` shows: its object (or one listed with it), not a word further off ("expose
    ses grenades à côté des fabricants de drones": not the drones)."""
    while tok is not None and tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok is not None and tok.head.i == verb.i and tok.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")


def _show_state(sent: Sent, text: str, context: dict) -> model.Mention | None:
    """The state of the trade show a sentence names, else of the one the text reports from when the sentence
    speaks of a show's floor ("au stand de X", "dans les allées"): where goods on show were seen."""
    show = next((m for m in sent.mentions if m.type == "Event" and m.country), None)
    if show is None and SHOW_WORDS.search(text, sent.start, sent.end):
        show = context.get("show")
    return named_state(show.country, context.get("mentions", [])) if show is not None else None


FRONTED = re.compile(r"\s*(?:en|au|aux|à|in)\s+(?:l'|l’|la |le |les |the )?$", re.I)


def _fronted_place(sent: Sent, text: str, context: dict) -> model.Mention | None:
    """"En Égypte, le Citizen Lab a identifié des infections par P", "In Mexico, researchers found P": the
    state that opens the sentence, before its first comma; "À Alexandrie, des militants ont photographié P":
    the state of the city or region that opens it (places.py)."""
    first = next((m for m in sent.mentions if m.type == "Country"), None)
    if first is None or not FRONTED.fullmatch(text[sent.start:first.start]):
        return fronted_city(text, sent.start, context.get("mentions", []))
    return first if re.match(r"\s*,", text[first.end:first.end + 3]) else None


LISTED_GAP = re.compile(r"[^.;:!?]{0,80}?,?\s+(?:ainsi que|as well as|et|and)\s+(?:des |les |de |d'|d’|the )?"
                        r"(?:[\w-]+\s+){0,2}", re.I)
CLAUSE_WORDS = re.compile(r"(?<!\w)(?:a|ont|est|sont|était|étaient|avait|avaient|was|were|is|are|has|have|had"
                          r"|été|been)(?!\w)", re.I)


def _listed_before(sent: Sent, subj: list[model.Mention], types: list[str], text: str) -> list[model.Mention]:
    """Names of `types` listed before `subj` across a participle ("des blindés P1 fabriqués par X, ainsi que
    des véhicules P2", "P1 drones made by X and P2 cameras"), where no other clause stands between."""
    out: list[model.Mention] = []
    first = subj[0]
    for m in reversed([m for m in sent.mentions if m.end <= first.start and m.type in types]):
        gap = text[m.end:first.start]
        if not LISTED_GAP.fullmatch(gap) or CLAUSE_WORDS.search(gap) or m in subj:
            break
        out.insert(0, m)
        first = m
    return out


def _capital_after(text: str, start: int, end: int, mentions: list[model.Mention]) -> model.Mention | None:
    """"expédiés à Damas", "shipped to Tripoli", "livrés à Benghazi": the state whose capital, city or region
    a destination right after `start` names (within three words), among the states the document names; not
    a venue ("vendu à Istanbul lors d'un salon": where the sale took place, not where the goods went)."""
    flat = text.replace("’", "'")
    hit = TO_PLACE.search(flat, start, end)
    if hit is None or words(text[start:hit.start()]) > 3 or VENUE.match(flat, hit.end()):
        return None
    return place_state(hit.group(1), mentions)


VENUE = re.compile(r"\s*,?\s*(?:lors d[eu'] ?|au cours d[eu'] ?|pendant |durant |during |at |au |à )"
                   r"(?:la |le |l'|un |une |the |a |an )?(?:[\w-]+ )?(?:salon|foire|exposition|conférence"
                   r"|fair|show|exhibition|conference|expo|trade show)\b", re.I)


def _described_person(text: str, start: int, lang: str, mentions: list[model.Mention]
                      ) -> model.Mention | None:
    """"avec le ministre de l'Intérieur bahreïni": the person the document gave that role before
    ("P, ministre de l'Intérieur de ...", "le ministre de l'Intérieur, P")."""
    roles = "|".join(sorted(map(re.escape, lexicon("roles")["roles"][lang]), key=len, reverse=True))
    flat = text.replace("’", "'")
    hit = re.match(rf"\s*(?:avec |with )?(?:le |la |l'|the |son |sa |its |his |her )?({roles})\s+"
                   rf"((?:de |du |des |d'|of )(?:la |le |l'|the )?[\w-]+)", flat[start:start + 120], re.I)
    if hit is None:
        return None
    said = re.escape(f"{hit.group(1)} {hit.group(2)}")
    for m in reversed([m for m in mentions if m.type == "Person" and m.end <= start]):
        after = flat[m.end:m.end + 80]
        ahead = flat[max(0, m.start - 80):m.start]
        if re.match(rf"\s*,\s*(?:[\w-]+\s+){{0,2}}?{said}\b", after, re.I) or \
                re.search(rf"{said}(?:\s+[\w-]+)?\s*,?\s*$", ahead, re.I):
            return m
    return None


def _inquiry(spec: dict, lang: str, sentence: str) -> bool:
    """Whether the sentence speaks of a court or an inquiry, where the predicate asks for one."""
    cues = (spec.get("inquiry") or {}).get(lang)
    alt = "|".join(map(re.escape, cues or []))
    return not cues or re.search(rf"(?<!\w)(?:{alt})(?!\w)", sentence, re.I) is not None


def _filed(trig: Trigger, spec: dict, lang: str, text: str) -> bool:
    """"une plainte déposée (en juillet) par X", "une plainte a été déposée par X", "a complaint filed by
    X": the noun reads as a passive, its agent follows."""
    filed = (spec.get("filed") or {}).get(lang) or []
    aux = "|".join(map(re.escape, (spec.get("filed_aux") or {}).get(lang) or []))
    after = text[trig.end:trig.end + 40]
    return bool(filed) and re.match(rf"\s*(?:(?:{aux})\s+)?(?:{'|'.join(map(re.escape, filed))})\b", after,
                                    re.I) is not None


THESE = {"ces", "ce", "cet", "cette", "these", "this", "those"}
CLITICS = {"lui", "leur"}
CLITIC_REACH = 250  # characters back, about the sentence before, where "lui" finds what it stands for


def _dative_clitic(tok, sent: Sent, subj: list[model.Mention],  # type: ignore[no-untyped-def]
                   types: list[str], context: dict) -> model.Mention | None:
    """"Helix, qui lui vend sa plateforme", "elle lui a livré des sondes": the actor "lui"/"leur" stands
    for, the last one named before it (in its sentence or the one before) that is not the subject, or the
    company in view (else the text's company) where "l'entreprise"/"the company" stands after that name in
    the clitic's sentence."""
    clitic = next((c for c in tok.children if c.lower_ in CLITICS and c.pos_ == "PRON" and c.i < tok.i), None)
    if clitic is None:
        return None
    keys = {m.cluster or m.text for m in subj}
    named = [m for m in context.get("mentions", []) if clitic.idx - CLITIC_REACH <= m.start
             and m.end <= clitic.idx and m.type in types and (m.cluster or m.text) not in keys]
    lo = max(named[-1].end if named else 0, sent.start)
    if "Company" in types and company_anaphor(text_of(tok.doc), lo, clitic.idx) is not None:
        company = sent.in_view if sent.in_view is not None and sent.in_view.type == "Company" \
            else context.get("topic")  # "l'entreprise s'appuie sur X, qui lui vend": the company in view
        # (else the text's)
        if company is not None and (company.cluster or company.text) not in keys:
            return company
    return named[-1] if named else None


def _user_of_goods(tok, sent: Sent, text: str, lang: str, spec: dict,  # type: ignore[no-untyped-def]
                   types: list[str], context: dict) -> model.Mention | None:
    """"The centre used by Bahraini security services had been supplied by X", "le centre utilisé par la
    police du Gabon avait été fourni par X": goods that were supplied went to who uses them."""
    goods = next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    for use in (c for c in (goods.children if goods is not None else ()) if c.dep_ == "acl"
                and c.lemma_.lower() in spec["use_lemmas"][lang]):
        agent = next((c for c in use.children if c.dep_ in ("agent", "obl:agent")), None)
        if agent is None:
            continue
        lo, hi = agent.left_edge.idx, agent.right_edge.idx + len(agent.right_edge)
        named = [m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in types
                 and m.type != "Organization"]  # an NGO or a lab that uses goods tests them
        at = re.match(r"\s*(?:by|par)\s+", text[lo:hi], re.I)
        return named[0] if named else state_at(text, lo + (at.end() if at else 0), context.get("mentions", []))
    return None


def _direct_object(tok, sent: Sent, types: list[str], used: set[str]):  # type: ignore[no-untyped-def]
    """The name that is the direct object of `tok`, its possessor ("heads Helix's sales team") or the name
    apposed to it ("dirige la société Vektor"); not a name further inside ("runs a blog about Helix")."""
    for c in tok.children:
        if c.dep_ not in ("obj", "dobj"):
            continue
        named = (p for p in c.children if p.dep_ in ("poss", "nmod:poss") or p.dep_ in (
            "appos", "flat:name", "compound", "nmod") and not any(k.dep_ == "case" for k in p.children))
        for t in (c, *named):  # "Helix's team", "la société Vektor" (not "une enquête sur Vektor")
            found = [m for m in sent.mentions if m.start <= t.idx < m.end and m.type in types and m.id not in used]
            if found:
                return found[0]
    return None


def _these(tok, sent: Sent, context: dict) -> model.Mention | None:  # type: ignore[no-untyped-def]
    """"Plus de 200 de ces véhicules ont été livrés à Z", "these devices were shipped to Z": goods named
    by a demonstrative are the product the text named last before the sentence (a mention of it whose
    maker was read), sold by that maker."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass", "nsubj")), None)
    goods = [t for t in subj.subtree if t.pos_ == "NOUN"] if subj is not None else []
    if not any(d.lower_ in THESE for g in goods for d in g.children if d.dep_ == "det"):
        return None
    return product_in_view(sent, context, chars=None)


ITS_GOODS = re.compile(r"(?<!\w)(?:its|their|ses|leurs|son|sa) (?:[\w-]+ )?(?:devices|appliances|equipment|systems"
                       r"|products|boxes|appareils|équipements|systèmes|produits|boîtiers|matériels)"
                       r"(?:\s+[\w'’-]+){0,3}\s*$", re.I)
ITS_GOODS_CHARS = 800  # how far back the company's product may have been named


def _its_goods(trig: Trigger, sent: Sent, text: str, context: dict) -> model.Mention | None:
    """"13 of its devices were operating in Z", "ses appareils ont été repérés en Z": goods a company
    owns, found somewhere, are its product the text named last (a mention of it whose maker is the
    company named before in the sentence, else the company in view; named within ITS_GOODS_CHARS before
    the sentence)."""
    if not ITS_GOODS.search(text, max(sent.start, trig.start - 60), trig.start):
        return None
    named = [m for m in sent.mentions if m.type == "Company" and m.end <= trig.start]  # "X said its devices"
    company = named[-1] if named else company_in_view(sent, context)
    if company is None:
        return None
    owner = company.cluster or company.text
    mentions = context.get("mentions", [])
    return next((m for m in reversed(mentions) if m.type == "Product" and m.end <= sent.start
                 and sent.start - m.end <= ITS_GOODS_CHARS and _made_by(m, owner, mentions, text, context)), None)


def _made_by(product: model.Mention, owner: str, mentions: list[model.Mention], text: str, context: dict
             ) -> bool:
    """Whether the company `owner` (a cluster) made `product`: read as its maker, or named as its owner
    beside it ("Helix's Vigil", "Vigil d'Helix")."""
    maker = context["makers"].get(product.id)
    if maker is not None:
        return (maker.cluster or maker.text) == owner
    return any((c.cluster or c.text) == owner and (
        re.fullmatch(r"['’]s\s+", text[c.end:product.start]) or re.fullmatch(r"\s+(?:de |d'|d’)", text[
            product.end:c.start])) for c in mentions if c.type == "Company")


def _the_goods(tok, sent: Sent, lang: str,  # type: ignore[no-untyped-def]
               context: dict) -> model.Mention | None:
    """"Le logiciel a été vendu à Z", "the system was shipped to Z": goods named by a definite article
    are the product the text named just before (a mention of it whose maker was read)."""
    goods = next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    return product_in_view(sent, context) if goods is not None and definite_goods(goods, lang) else None


def _goods_owner(tok, sent: Sent) -> list[model.Mention]:  # type: ignore[no-untyped-def]
    """"Helix's cameras were shipped to Z", "les sondes d'Arvane ont été livrées": the company named as
    the owner of the goods that are the passive subject."""
    goods = next((c for c in tok.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    for c in goods.children if goods is not None else ():
        if c.dep_ in ("poss", "nmod:poss", "nmod") or (c.dep_ == "prep" and c.lower_ == "of"):
            found = subtree_mentions(c, sent, ["Company"])
            if found:
                return found[:1]
    return []


def _product(sent: Sent, trig: Trigger, exclude: set[str]) -> model.Mention | None:
    prods = [m for m in sent.mentions if m.type == "Product" and m.id not in exclude]
    return min(prods, key=lambda m: abs(m.start - trig.start)) if prods else None


NEGATION = re.compile(r"(?:\bne\s+(?:pas|jamais|plus)|\bn'(?:a|ont|avait|avaient)\s+jamais|\bjamais"
                      r"|\bnot|\bnever"
                      r"|n't|\brefus\w*\s+(?:de|d'|to)|\bsans)\s+(?:[\w'-]+\s+){0,2}$", re.I)


def negated(trig: Trigger, text: str, sent: Sent) -> bool:
    """Whether the trigger is denied: a negation just before it, or a negative child in the parse."""
    head = text[max(sent.start, trig.start - 40):trig.start].replace("’", "'")
    if NEGATION.search(head):
        return True
    tok = trig.token
    if trig.bare and re.search(r"\b(?:no|aucun|aucune|pas\s+de|pas\s+d')\s+$", head, re.I):
        return True  # "has no customers in Z", "n'a aucun client"
    return tok is not None and any(c.dep_ == "neg" or c.lower_ in ("pas", "jamais", "not", "never", "n't")
                                   for c in tok.children)


def unasserted(trig: Trigger, text: str, sent: Sent, lang: str) -> bool:
    """A complaint, an inquiry, an ownership, a sighting denied or only thought of, by the words just
    around its trigger (the hedges of lexicon/phrasings.yaml): "could file a complaint", "n'a ouvert
    aucune enquête", "is no longer owned by", "found no trace of"."""
    if trig.predicate not in lexicon("phrasings")["hedges"] or trig.predicate == "supplied":
        return False  # a sale's trigger is read by supply.read_by_trigger (its hedges are the phrasings')
    head = re.split(r"[.!?\n]", text[max(0, trig.start - 60):trig.start])[-1]  # the tagger may cut early
    around = head + text[trig.start:min(sent.end, trig.end + 12)]
    around = re.sub(r"(?<=\w[ ,])May\b", "", around)  # "a penalty in May 2022": the month, not "may"
    says_not = lexicon("relations")[trig.predicate].get("says_not", False)
    return hedged(trig.predicate, lang, around.lower().replace("’", "'"), negation=not says_not)


APPOSED = re.compile(r"^\s*,\s*(?:[\w'’-]+\s+){0,4}?(?:de la |de l'|de l’|du |des |de |d'|d’|of |by )"
                     r"(?:[\w'’-]+\s+){0,3}$", re.I)


def _apposition_head(sent: Sent, near: model.Mention, types: list[str], text: str) -> model.Mention:
    """"Amesys, filiale du groupe Bull, a vendu": the head of the apposition (Amesys), not the name
    inside it."""
    earlier = [m for m in sent.mentions if m.end <= near.start and m.type in types]
    if earlier and APPOSED.match(text[earlier[-1].end:near.start]) and \
            re.match(r"^\s*[,)]", text[near.end:near.end + 3]):
        return earlier[-1]
    return near


def _unnamed_subject(trig: Trigger, sent: Sent, text: str, types: list[str], context: dict
                     ) -> list[model.Mention]:
    """"La société ... [trigger]": the company named last, or at the head of a sentence the company the one
    before was about; "nous ... [trigger]": the article's outlet."""
    lo = max(0, trig.start - 120)  # the tagger may cut "La start-up" off its sentence: no clamping
    hit = company_anaphor(text, lo, trig.start)
    company = context.get("company")
    if sent.in_view is not None and sent.in_view.type == "Company" and hit and hit.start() < sent.start + 3:
        company = sent.in_view  # "RTD a pris le nom d'Arquus. L'entreprise a livré": what the sentence before
        # was about, not the last company it named
    if hit and re.search(r"[.!?]\s|\n", text[hit.end():trig.start]):
        hit = None
    if hit and company is not None and company.type in types and words(text[hit.end():trig.start]) <= WINDOW \
            and not [m for m in sent.mentions if hit.end() <= m.start < trig.start and m.type in types]:
        return [company]
    noun = _company_subject(trig.token)  # "the Norwegian company sold": the words apart
    between = [m for m in sent.mentions if noun.left_edge.idx <= m.start < trig.start and m.type in types] \
        if noun is not None else []
    if noun is not None and company is not None and company.type in types and not between:
        return [sent.in_view if sent.in_view is not None and sent.in_view.type == "Company"
                and noun.left_edge.idx < sent.start + 12 else company]
    if POSSESSIVE.search(text, max(sent.start, trig.start - 30), trig.start):
        # "Its clients include", "ses principaux clients": the actor in view, else the company named last
        owner = sent.in_view if sent.in_view is not None and sent.in_view.type in types else company
        if owner is not None and owner.type in types:
            return [owner]
    author = context.get("author")
    tok = trig.token
    if author is not None and author.type in types and tok is not None and any(
            c.dep_ == "nsubj" and c.lower_ in ("nous", "we") for c in tok.children):
        return [author]
    return []


PATIENT_WORDS = {"under", "sous", "objet", "target", "cible", "subject"}  # "is under investigation by",
# "fait l'objet d'une enquête", "the target of a complaint": the subject of the clause undergoes the act


def _unnamed_patient(tok, sent: Sent, text: str, types: list[str],  # type: ignore[no-untyped-def]
                     passive: bool, context: dict) -> model.Mention | None:
    """The object of a relation that the sentence points to without naming it, where the subject of the
    clause undergoes the act: "In 2021 it was investigated by Y", "Elle est financée par Y", "The company
    is under investigation by Y", "Elle fait l'objet d'une enquête de Y": "it"/"elle" stand for the actor in
    view, "the company"/"la société" for the company in view (`company_in_view`)."""
    verb, steps = tok, 0
    while not passive and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
        if verb.head.lower_ in PATIENT_WORDS or verb.head.lemma_.lower() in PATIENT_WORDS:
            passive = True  # the noun hangs from "under", "l'objet de": its clause's subject undergoes it
        verb, steps = verb.head, steps + 1
    if not passive or planned(verb):
        return None  # "The company will be led by P": not yet
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    end = subject.right_edge.idx + len(subject.right_edge) if subject is not None else 0
    if subject is None or any(subject.left_edge.idx <= m.start < end for m in sent.mentions):
        return None
    if subject.pos_ == "PRON":
        return pronoun_antecedent(subject, sent.span, sent.mentions, sent.in_view, types)
    noun = subject.lemma_.lower() in COMPANY_NOUNS and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in subject.children)
    company = company_in_view(sent, context) if noun else None
    return company if company is not None and company.type in types else None


COMPANY_NOUNS = {"company", "firm", "group", "vendor", "manufacturer", "maker", "société", "entreprise",
                 "firme", "groupe", "fabricant", "éditeur", "start-up", "startup"}
DEFINITE_DETS = {"the", "this", "le", "la", "l'", "l’", "ce", "cet", "cette"}


def _company_subject(tok):  # type: ignore[no-untyped-def]
    """The subject of `tok` (or of the verb it is coordinated with) where it is "the (Norwegian) company",
    "la firme lyonnaise": a company noun with a definite article and no name."""
    for cand in (tok, tok.head if tok is not None and tok.dep_ in ("conj", "xcomp") else None):
        subj = next((c for c in cand.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None) \
            if cand is not None else None
        if subj is not None:
            named = [c for c in subj.children if c.dep_ in ("compound", "appos", "flat:name", "nmod", "poss")]
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in subj.children)
            return subj if subj.lemma_.lower() in COMPANY_NOUNS and definite and not named else None
    return None


POSSESSIVE = re.compile(r"(?<!\w)(?:its|their|ses|leurs?|son|sa)\s+(?:[\w-]+\s+)?$", re.I)


def _is_list(trig: Trigger, spec: dict, lang: str, text: str) -> bool:
    """Whether `trig` names a list of those barred from exports ("Entity List", "liste noire")."""
    lists = (spec.get("lists") or {}).get(lang) or []
    return trig.token is None and text[trig.start:trig.end].lower() in lists


def _listed(trig: Trigger, sent: Sent, doc: model.Document, lang: str, spec: dict, context: dict
            ) -> list[model.Relation]:
    """"the Commerce Department added X (and Y) to its Entity List", "X was placed on the Entity List by
    Y", "Y blacklisted X", "X a été inscrite sur la liste noire du département du Commerce": the keeper of
    the list restricts exports to those put on it. A verb that puts a name on the list must govern it
    (not "X, already on the list", "removed from the list", "urged Y to add X")."""
    text, sdoc = doc.text, sent.span.doc
    verbs = set(spec["list_verbs"][lang])
    verb = token_at(sdoc, trig.start, trig.end)
    for _ in range(3):
        if verb is None or _puts(verb, verbs):
            break
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or not _puts(verb, verbs) or not stated(verb, sent, lang):
        return []
    listed_types, keepers = spec["listed"], spec["subject"]
    passive = is_passive(verb)
    deps = ("nsubj:pass", "nsubjpass") if passive else ("nsubj",) if verb.lemma_.lower() == "figurer" \
        else ("obj", "dobj")
    target = next((c for c in verb.children if c.dep_ in deps), None)
    listed: list[model.Mention] = []
    if target is not None:
        found = subtree_mentions(target, sent, listed_types)
        listed = coordinated(sent, found[0], listed_types, text) if found else []
        if not found and company_anaphor(text, target.left_edge.idx, target.idx + len(target)):
            listed = [m for m in [context.get("company")] if m is not None]  # "the company was added"
        elif not found and target.pos_ == "PRON":  # "added it to the Entity List": the actor in view
            ante = object_antecedent(target, sent.in_view, listed_types)
            listed = [ante] if ante is not None else []
        elif not found:  # "placed both companies on its Entity List": the last two named
            listed = _counted(text, target.left_edge.idx, listed_types, target.left_edge.idx, context)
    listed += [m for m in _listed_beside(sent, text, trig.end, spec, lang) if m not in listed]
    keeper: list[model.Mention] = []
    if passive or verb.lemma_.lower() == "figurer":
        agents = (spec.get("passive_agent") or {}).get(lang) or ["par" if lang == "fr" else "by"]
        by = after_marker(sent, text, verb.idx + len(verb), agents, keepers, set(), limit=4)
        keeper = [by] if by is not None else []
    else:
        keeper = dep_subject(verb, sent, keepers)
    if not keeper:  # "la liste noire du département du Commerce", "the Commerce Department's list"
        of = after_marker(sent, text, trig.end, ["de", "du", "des", "d'", "of"], keepers, set(), limit=2)
        keeper = [of] if of is not None else []
    date = nearest_date(sent, verb.idx)
    return [model.Relation(
        subject=k.id, predicate="restricts_exports_to", object=m.id, confidence=0.65,
        evidence=evidence(doc, sent, min(k.start, m.start, trig.start), max(k.end, m.end, trig.end)),
        date=date.value if date else None, precision=date.precision if date else None,
        extractor="listed:restricts_exports_to-v1") for k in keeper for m in listed if k.id != m.id]


def _governed(verb, tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether `tok` hangs from `verb` through nouns and prepositions only, no other verb between."""
    for _ in range(8):
        if tok is None or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _listed_beside(sent: Sent, text: str, pos: int, spec: dict, lang: str) -> list[model.Mention]:
    """"... on its Entity List, alongside another Israeli company, Candiru", "together with six other firms,
    among them X and Y": the names put on the list with the first (after one of `listed_with`)."""
    alt = "|".join(map(re.escape, spec["listed_with"][lang]))
    out: list[model.Mention] = []
    for hit in re.finditer(rf"(?<!\w)(?:{alt})(?!\w)", text[pos:sent.end], re.I):
        at = pos + hit.end()
        first = next((m for m in sent.mentions if m.start >= at and m.type in spec["listed"]), None)
        gap = text[at:first.start] if first is not None else ""
        if first is not None and words(gap) <= 6 and not re.search("[;:]", gap):
            out += [m for m in coordinated(sent, first, spec["listed"], text) if m not in out]
    return out


def _puts(tok, verbs: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether `tok` is a verb that puts a name on a list ("added", "blacklisted"; not the noun "list")."""
    return tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in verbs or tok.lower_ in verbs)


def _better_object(trig: Trigger, sent: Sent, text: str, markers: list[str], otypes: list[str],
                   obj: model.Mention | None, context: dict) -> model.Mention | None:
    """The object once "Sudan's intelligence service", "les services libyens", "the company" are read;
    "au régime de P" names a state, not the person P (no object unless the state is named)."""
    if obj is not None and obj.type == "Person" and REGIME.search(text, max(0, obj.start - 30), obj.start):
        obj = None
    if obj is not None and re.match(r"['’]s\s", text[obj.end:obj.end + 3]):
        nxt = [m for m in sent.mentions if m.start > obj.end and m.type in otypes]
        if nxt and nxt[0].start - obj.end <= 4:
            return nxt[0]
        owned = re.match(r"['’]s\s+([\w-]+)", text[obj.end:obj.end + 40])
        bodies = _english_state_buyers()  # "'s" is English
        if trig.bare and owned and owned.group(1).lower() not in bodies:
            return None  # "its clients were governments outside the ICO's reach": a possessor, no client
    end = obj.start if obj is not None else min(sent.end, trig.end + 80)
    for mk in markers or (BARE_LINKS if trig.bare else []):
        for hit in re.finditer(rf"(?:^|\W){re.escape(mk)}(?=\W)", text[trig.end:end].lower()):
            if words(text[trig.end:trig.end + hit.end()]) > 7:
                break
            if NOT_MARKER.search(text[trig.end:trig.end + hit.start() + 1]):
                continue  # "to a firm close to the Egyptian police": the buyer's modifier, not the buyer
            at = trig.end + hit.end()
            if obj is not None and words(text[at:obj.start]) <= 1:
                break  # "à la police française": the body named is the object, not its state
            state = state_at(text, at, context.get("mentions", [])) or _authorities(text, at, sent, context)
            if state is not None and "Country" in otypes:
                return state
    if obj is None and "Country" in otypes and sent.span.doc.lang_ == "en":
        state = _authorities(text, trig.end, sent, context)  # "X supplied the authorities with a platform"
        if state is not None:
            return state
    if obj is None and "Company" in otypes and context.get("company") is not None:
        ana = company_anaphor(text, trig.end, min(sent.end, trig.end + 60))
        if ana and words(text[trig.end:ana.start()]) <= 4:
            return context["company"]
    return obj


#: the authorities of no state named: "aux autorités une plate-forme", "to the authorities in 2019"
BARE_AUTHORITIES = re.compile(r"\s*(?:les |the )?(?:autorités|authorities|gouvernement|government)\b"
                              r"(?!\s+(?:de|du|des|d'|d’|of|in|at|à|au|en)\b)", re.I)


def _authorities(text: str, at: int, sent: Sent, context: dict) -> model.Mention | None:
    """"Synesis fournit aux autorités une plate-forme" in an article about Belarus: the authorities that no
    state, adjective or place qualifies are those of the state the article is about (`context["state"]`),
    where the sentence names no state nor adjective of nationality and the sentences just before name that
    state or one of its bodies (`context["states"]`)."""
    state = context.get("state")
    hit = BARE_AUTHORITIES.match(text, at)
    if state is None or hit is None or state_code_at(text, at) or any(
            m.type == "Country" for m in sent.mentions) or any(
            demonyms().get(w) for w in re.findall(r"[\w-]+", fold(text[sent.start:sent.end]))):
        return None
    return state if state.country in context.get("states", set()) else None


REGIME = re.compile(r"(?:régime|regime|clan|gouvernement|government)\s+(?:de |du |d'|d’|of )?(?:the )?\s*$",
                    re.I)
NOT_AMONG = re.compile(r"(?:\b(?:not|never|pas|jamais|no longer|plus)\b|n't\b)", re.I)


@lru_cache(maxsize=None)
def _english_state_buyers() -> frozenset[str]:
    """The English nouns of `state_buyers` (read once)."""
    return frozenset(lexicon("relations")["supplied"]["state_buyers"]["en"])


@lru_cache(maxsize=None)
def _unasserted_words() -> frozenset[str]:
    """The words of `unasserted` of `supplied`, all languages together (read once)."""
    return frozenset(w for ws in lexicon("relations")["supplied"]["unasserted"].values() for w in ws)


def _among_hedged(clause: str) -> bool:
    """A negation or a word of wish or denial in the words before "among the clients" (the lexicon's
    `unasserted` of `supplied`)."""
    block = _unasserted_words()
    return bool(NOT_AMONG.search(clause)) or any(w in block for w in re.findall(r"[\w-]+", clause)
                                                 if w.islower())  # "in May" is no "may"


BARE_LINKS = ["est", "sont", "figure", "figurent", "is", "are", "include", "includes", "was", "were"]


def _among(trig: Trigger, sent: Sent, doc: model.Document, otypes: list[str], context: dict
           ) -> list[model.Relation]:
    """"Morocco and Saudi Arabia were among the clients (of X)": X, else the company in view, supplied
    them."""
    text = doc.text
    near = before(sent, trig.start, [t for t in otypes if t != "Company"], set(), text)
    if near is None or words(text[near.end:trig.start]) > 8:
        return []
    seller = after_marker(sent, text, trig.end, ["de", "du", "d'", "of"], ["Company"], set(), limit=3)
    owner = [m for m in sent.mentions if near.end <= m.start and m.end <= trig.start and m.type == "Company"
             and re.match(r"['’]s?\s", text[m.end:m.end + 3])]  # "among Helix's clients"
    seller = seller or (owner[-1] if owner else None) or context.get("company") or context.get("topic")
    if seller is None:
        return []
    date = nearest_date(sent, trig.start)
    return [model.Relation(subject=seller.id, predicate="supplied", object=o.id, confidence=0.5,
                           evidence=evidence(doc, sent, o.start, trig.end), date=date.value if date else None,
                           precision=date.precision if date else None, extractor="among:supplied-v1")
            for o in coordinated(sent, near, otypes, text) if o.id != seller.id]


def _renamed(trig: Trigger, sent: Sent, doc: model.Document, stypes: list[str], otypes: list[str]
             ) -> list[model.Relation]:
    """"X was renamed Y", "X, rebaptisée Y": Y is the successor of X; "The company was renamed Y", "Elle a
    été rebaptisée Y" with no name before: the company in view (`_unnamed_old`)."""
    text = doc.text
    old, conf = before(sent, trig.start, otypes, set(), text), 0.7
    if old is None or words(text[old.end:trig.start]) > WINDOW:
        old, conf = _unnamed_old(trig, sent, text, otypes), 0.5
    if old is None:
        return []
    new = after_marker(sent, text, trig.end, [], stypes, {old.id})
    if new is None or words(text[trig.end:new.start]) > 4 or (new.cluster and new.cluster == old.cluster):
        return []
    date = nearest_date(sent, trig.start)
    return [model.Relation(subject=new.id, predicate=trig.predicate, object=old.id, confidence=conf,
                           evidence=evidence(doc, sent, old.start, new.end),
                           date=date.value if date else None,
                           precision=date.precision if date else None, extractor="swap:successor_of-v1")]


RENAMED_ANAPHOR = re.compile(r"(?:^|[\s,])(?:it|elle|il)\s+(?:(?:a|has|had|was|est|a été|has been|had been|"
                             r"was later|was then)\s+)*$", re.I)


def _unnamed_old(trig: Trigger, sent: Sent, text: str, types: list[str]) -> model.Mention | None:
    """The old name of "The company was renamed Y", "La société a été rebaptisée Y", "It was renamed Y" at
    the head of a sentence that names nothing before the trigger: the company the sentences before are
    about."""
    head = text[sent.start:trig.start]
    view = sent.in_view
    if view is None or view.type not in types or any(m.start < trig.start for m in sent.mentions):
        return None
    ana = company_anaphor(text, sent.start, trig.start)
    if ana is not None and ana.start() <= sent.start + 3 or RENAMED_ANAPHOR.search(head):
        return view
    return None


def _led_noun_elsewhere(tok, obj: model.Mention) -> bool:  # type: ignore[no-untyped-def]
    """Whether a participle that says who leads a noun ("L'équipe, dirigée par P, a identifié le logiciel
    de O") is given an organisation outside that noun's own phrase: P leads the team, not O."""
    if tok is None or tok.dep_ != "acl" or tok.head.pos_ != "NOUN":
        return False
    first = min(t.idx for t in tok.head.subtree)
    return not first <= obj.start < tok.idx
