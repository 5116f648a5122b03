"""Types from context: the words before and after a name, its own head word, the gazetteer, the parse.

Also the rule mentions that the NER misses because they are written in lower case: ministries, courts,
prosecutors, police forces ("le ministère de l'Intérieur", "le parquet de Paris", "la police
française", "les juges d'instruction").
"""

from __future__ import annotations

import re
from functools import lru_cache

from enquete.extract.anaphora import demonym_table, demonyms
from enquete.extract.dates import MONTHS, WEEKDAYS
from enquete.extract.names import capitals, fold
from enquete.extract.relations import lexicon
from enquete.extract.stance import quote_opened
from enquete.model import Document, Mention

W = r"[\w'’\-]+"
BEFORE = [  # cue word(s) right before the name -> type
    # "the human rights group X", "the campaign group X": a group that campaigns is no company
    ("Organization", r"(?:rights|campaign|campaigning|advocacy|pressure|activist|watchdog|lobby|research"
                     r"|civil\s+society|environmental|anti-?corruption)\s+group"),
    ("Company", r"(?:société|entreprise|firme|groupe|start-?up|PME|fabricant|constructeur|industriel|éditeur"
                r"|filiale|company|firm|group|manufacturer|vendor|maker|subsidiary|contractor)"),
    ("Product", r"(?:programme|système|logiciel|projet|outil|plate-?forme|solution|suite|dispositif|produit"
                r"|appareils?|avions?|navires?|blindés?|véhicules?|hélicoptères?|drones?|frégates?|sondes?"
                r"|software|system|spyware|malware|tool|platform|program|programme|product|suite|trojan"
                r"|appliances?|devices?|aircraft|jets?|vehicles?|probes?|caméras?|cameras?|grenades?)"
                # "le logiciel d'analyse X", "le système de surveillance X": the kind of goods, then the name
                r"(?:\s+(?:de\s+|d')(?!loi\b)[a-zéèê][\w\-]+(?:\s+[a-zéèê][\w\-]+)?)?"),
    ("PublicBody", r"(?:ministère|ministre|tribunal|cour|parquet|agence|police|gendarmerie|direction"
                   r"|préfecture"
                   r"|ministry|court|agency|department|prosecutor|police)"),
    ("Organization", r"(?:ONG|association|journal|quotidien|magazine|hebdomadaire|site|média|ligue|fédération"
                     r"|fondation|collectif|syndicat|émission|documentaire|NGO|newspaper|outlet|charity"
                     r"|foundation|federation|league|union|broadcaster)"),
    ("Event", r"(?:salon|sommet|conférence|foire|exposition|summit|conference|trade\s+show|fair|expo)"),
    ("Law", r"(?:loi|règlement|réglementation|directive|décret|arrangement|traité|convention|regulation"
            r"|act|law|treaty|directive|decree)"),
]
LEGAL = (r"(?:GmbH|AG|KG|FZCO|FZE|FZ-LLC|LLC|Ltd\.?|Limited|SpA|S\.p\.A\.|S\.r\.l\.|Srl|SA|S\.A\.|SAS|SARL"
         r"|Sàrl|Inc\.?|BV|B\.V\.|NV|N\.V\.|plc|PLC|Corp\.?|Corporation|A/S|ApS|AB|Oyj?|ASA|S\.L\.|LLP"
         r"|Pty\.? Ltd\.?)")  # legal forms after a name
AFTER = [
    ("Company", r"(?:une?|la|le|the|an?)\s+(?:entreprise|société|firme|start-?up|PME|company|firm)\b"
                r"(?!\s+[A-ZÉ])"),  # not "Selon X, la société Arvane": that names Arvane
    ("Company", LEGAL + r"(?!\w)"),
    ("Product", r"(?:(?:armou?red|surveillance|interception|monitoring|spy|combat|attack|patrol)\s+)?"
                r"(?:spyware|malware|software|system|platform|suite|trojan|appliances?|devices?|probes?"
                r"|boxes|tools?|implants?|app|vehicles?|drones?|helicopters?)\b"),
    ("Event", r"(?:trade\s+show|summit|conference|fair|expo)\b"),
]
# a state's adjective before a body's name ("Egyptian Ministry of Defence", "Belgian Council of State"): any
# single-word adjective of nationality of the one table, capitalised as English writes it
_DEMONYM_WORDS = sorted({w[:1].upper() + w[1:] for words in demonym_table().values() for w in words
                         if " " not in w and w[:1].isalpha()}, key=len, reverse=True)
NAT_ADJ = (r"(?:(?:" + "|".join(re.escape(w) for w in _DEMONYM_WORDS)
           + r"|US|U\.S\.|UK)\s+)?")
HEAD = [  # the name's own first word
    ("PublicBody", NAT_ADJ + r"(?:comité\s+d['’]enquête|investigative\s+committee"
                   r"|(?:vice-)?minist[eè]re|(?:vice-)?ministry|tribunal|cour|court|parquet|police"
                   r"|gendarmerie|council\s+of\s+state|escadron|squadron"
                   r"|garde\s+(?:nationale|républicaine|présidentielle)"
                   r"|forces\s+(?:armées|spéciales|de\s+(?:sécurité|défense|l['’]ordre))"
                   r"|agence|agency|directorate"
                   r"|direction|commission|conseil|department|office|bureau|préfecture|douanes?|customs"
                   r"|services?\s+(?:[a-zéè]+\s+)?(?:de\s+|des\s+|du\s+)?renseignements?"
                   r"|intelligence\s+(?:service|agency)"
                   r"|guardia|polizia|policía|carabinieri|fiscalía|procuraduría|procura|procuratura)\b"),
    ("Organization", r"(?:ligue|fédération|fondation|association|league|federation|foundation|comité"
                     r"|committee"
                     r"|union|syndicat|collectif|observatoire|institut|institute|centre|center"
                     r"|parti|plate-?forme|mouvement|rassemblement)\b"),  # a party: "la Plateforme civique"
    ("Event", r"(?:salon|sommet|summit|jeux|games|forum|conférence|conference)\b"),
    ("Law", r"(?:loi|règlement|directive|décret|arrangement|traité|regulation|act|treaty|convention)\b"),
]
PREP = r"(?:in|at|of|to|for|from|with|by|on|à|a|au|aux|de|du|des|d'|en|dans|par|pour|sur|avec|chez|et|and)"
_MEDIA = re.compile(r"(?:émission|documentaire|magazine|journal|quotidien|site|programme|show|newspaper)\s+"
                    r"(?:de\s+|d'|du\s+)?[\"«]\s*$", re.I)
_BEFORE = [(t, re.compile(rf"(?:^|\s|'){rx}(?:\s+(?!{PREP}(?:\b|$)){W})?\s*[\"«]?\s*$", re.I))
           for t, rx in BEFORE]
_AFTER = [(t, re.compile(rf"^\s*,?\s*{rx}", re.I if i == 0 or t != "Company" else 0))
          for i, (t, rx) in enumerate(AFTER)]
_HEAD = [(t, re.compile(rf"^{rx}", re.I)) for t, rx in HEAD]
# "le fabricant (allemand) de logiciels espions X": a maker of a category of goods (a bare plural) named X
_MAKER_OF = re.compile(r"(?:fabricant|éditeur|vendeur|concepteur|développeur|marchand)(?:\s+[\w\-]+)?"
                       r"\s+(?:de\s+|d')"
                       r"[\w\-]+[sx](?:\s+[\w\-]+){0,2}\s*$", re.I)
_LEGAL_END = re.compile(rf"\s{LEGAL}$")


def bare_name(name: str) -> str:
    """A name without its legal form, folded: "ETI A/S" and "ETI" name one company."""
    return fold(_LEGAL_END.sub("", name.strip()))
COMPANY_TAIL = re.compile(r"\s(?:Group|Technologies|Technology|Systems|Networks|Solutions|Software|Telecom"
                          r"|Industries|Corporation|Holding|Holdings|Labs|Electronics|Defence|Defense|Capital"
                          r"|Partners|Ventures|Consultancy|Consulting|Consultants|Défense|Motors|Aerospace"
                          r"|Investments|Funds?)(?:\s+(?:\d+|[IVX]+))?$")
# a trade show, a fair or a conference told by the last word of its name (not "Congress", a parliament, nor
# "Forum", also an organisation's name)
EVENT_TAIL = re.compile(r"\s(?:Expo|Exhibition|Exposition|Show|Fair|Summit|Conference|Symposium|Week)"
                        r"(?:\s+(?:19|20)\d\d)?$")
TELECOM = re.compile(r"\b(?:Telecom|Telekom|Télécom|Telecommunications?|Télécommunications)\b")
PUBLIC_TAIL = re.compile(r"(?:^|\s)(?:(?:Intelligence|Security|Secret|Investigations?|Investigative)\s+"
                         r"(?:Service|Services|Agency|Directorate|Bureau|Department|Organi[sz]ation|Sector|Forces)"
                         r")$|\s(?:Directorate(?:\s+General)?|Ministry|Authority|Administration|Armed\s+Forces"
                         r"|Police(?:\s+(?:Force|Service))?"
                         r"|State\s+Government|Council\s+of\s+State|Squadron"
                         r")$|(?:^|\s)(?:National\s+Contact\s+Point"
                         r"|(?:Export|Exports|Control|Controls|Enforcement)\s+"
                         r"(?:Agency|Office|Authority|Directorate)"
                         r"|(?:Attorney|Prosecutor|Solicitor)[\s\-]General(?:['’]s)?\s+Office"
                         r"|(?:National|Republican|Presidential|Royal|Revolutionary|Coast|Border|State)\s+Guard"
                         r"|Prosecutor(?:['’]s|s['’])?\s+Office|Prosecution\s+Service)$"
                         r"|^Office\s+of\s+the\s+(?:Attorney|Prosecutor|Solicitor|Inspector)"
                         # courts, commissioners' offices and regulators named by their kind
                         r"|(?:^|\s)(?:Supreme|High|Constitutional|Administrative|Appeals?|Appellate"
                         r"|Cassation|District|Circuit|Magistrates['’]?|Superior)\s+Court$"
                         r"|\sCourt\s+of\s+(?:Justice|Appeals?|Cassation|Auditors|First\s+Instance)$"
                         r"|\sCommissioner['’]?s\s+Office$"
                         r"|^Office\s+of\s+the\s+(?:[A-Z][\w\-]+\s+){1,3}Commissioner"
                         r"|(?:^|\s)(?:Data\s+Protection|Privacy|Data\s+Privacy|Regulatory|Supervisory"
                         r"|Communications|Telecommunications?|Competition)"
                         r"\s+(?:Authority|Agency|Commission|Board|Inspectorate|Regulator|Ombudsman)$"
                         # a state's army or treasury named by its adjective ("Nigerian Army", "US Treasury"):
                         # not "Salvation Army", "Acme Treasury" (a national government stands for its state)
                         rf"|^{NAT_ADJ[:-1]}(?:Army|Navy|Air\s+Force|Treasury)$")
# "la société française X", "X, une entreprise allemande": adjectives of nationality (singular, lower case,
# accents as written) -> ISO code, from the one table (lexicon/demonyms.yaml)
NATIONALITY = {w.lower(): code for code, words in demonym_table().items() for w in words if " " not in w}

# a court named by its kind and its state, city or union ("la Cour suprême du Kenya", "la Haute Cour de
# Nairobi", "le Tribunal de l'Union européenne", "le tribunal de Paris", "the High Court of Kenya", "the Court
# of Appeal of Tarsia"): one body, whose place is in its name (not "the High Court judge", "la Cour suprême a
# jugé": no place, the kind alone is read elsewhere; nor a lower-case "cour" without its kind: "la cour de
# l'immeuble")
_PLACE = (r"(?:[A-ZÉÈ][\w\-]+(?: [A-ZÉÈ][\w\-]+){1,2}(?![\w\-]| [A-ZÉÈ])|[A-ZÉÈ][\w\-]+)"  # not "Kenya Chief Justice"
          r"(?: (?:européenne|africaine|arabe|américaine|islamique))?")
_COURT_KIND_FR = (r"(?:suprême|constitutionnelle|administrative|fédérale|pénale|spéciale|militaire|internationale"
                  r"|criminelle|nationale|judiciaire|correctionnel|administratif|fédéral|pénal|spécial|militaire"
                  r"|international|criminel|national|d['’]appel|d['’]assises|de\s+cassation|de\s+justice"
                  r"|de\s+commerce|de\s+grande\s+instance|de\s+sûreté\s+de\s+l['’]État|des\s+comptes)")
_COURT_KIND_EN = (r"(?:Supreme|High|Constitutional|Federal|Administrative|Appeals?|Appellate|District|Circuit"
                  r"|Military|Criminal|Civil|National|Special|Magistrates['’]?|Commercial|Regional)")
COURT_OF_PLACE = (rf"(?:(?:(?:Haute|Grande)\s+)?Cour(?:\s+(?i:{_COURT_KIND_FR}))?|cour\s+(?i:{_COURT_KIND_FR})"
                  rf"|[Tt]ribunal(?:\s+(?i:{_COURT_KIND_FR}))?)"
                  rf"\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’]){_PLACE}(?![\w\-])"
                  rf"|(?:(?:{_COURT_KIND_EN}\s+){{1,2}}Court|Court\s+of\s+(?:Appeals?|Cassation|Justice))"
                  rf"\s+of\s+(?:the\s+)?{_PLACE}(?![\w\-])")
# the months' full names (dates.MONTHS without the short forms another of its names extends: "jan", "sept")
_MONTH = "(?:" + "|".join(sorted((m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS)),
                                 key=len, reverse=True)) + ")"
_WHEN = rf"(?:(?:\d{{1,2}}(?:er)?\s+)?(?i:{_MONTH})(?:\s+\d{{4}})?|\d{{4}})(?![\w\-])"
_ONLY_DATE = re.compile(rf"\s*(?:(?:\d{{1,2}}(?:er)?\s+)?{_MONTH}(?:\s+\d{{4}})?|\d{{4}})\s*", re.I)


def only_date(text: str) -> bool:
    """Whether a name is a date and nothing else ("9 August 2020"), which the NER sometimes types."""
    return _ONLY_DATE.fullmatch(text) is not None


#: an event told by its kind and its date: "l'élection présidentielle du 9 août 2020", "the coup of 1 February
#: 2021", "les attentats du 13 novembre 2015", "the 2011 uprising"
DATED_EVENTS = [
    ("Event", r"(?:élections?\s+(?:présidentielles?|législatives|générales|municipales)|(?:présidentielle|législatives)"
              r"|coup\s+d['’]État|putsch|soulèvement|révolution|émeutes|attentats?|massacre)"
              rf"(?:\s+(?!du\b|de\b|d['’])[a-zéèêûôî\-]+)?\s+(?:du|de|d['’])\s*{_WHEN}"),
    ("Event", r"(?:(?:presidential|parliamentary|general|local)\s+elections?|coup|uprising|revolution|riots"
              rf"|attacks|massacre)\s+(?:of|in)\s+{_WHEN}"),
    ("Event", r"(?<=[Tt]he\s)\d{4}\s+(?:uprising|revolution|coup|riots|(?:presidential|parliamentary|general)\s+"
              r"elections?)(?![\w\-])"),
]


def _demonyms(french: bool) -> str:
    """The one-word adjectives of nationality of lexicon/demonyms.yaml, French (lower case: "allemand") or
    English (capitalised: "Dutch"), as an alternation, longest first."""
    words = {w for ws in demonym_table().values() for w in ws if " " not in w and w[:1].islower() == french}
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


_DEMONYM_FR, _DEMONYM_EN = _demonyms(True), _demonyms(False)
RULES = [  # lower-case public bodies the NER does not see
    ("PublicBody", r"gouvernement\s+de\s+l['’]État\s+(?:de\s+|d['’]|du\s+)[A-ZÉ][\w\-]+"),
    ("PublicBody", r"(?:vice-)?minist[èe]re\s+(?:fran[çc]ais\s+)?(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+)"
                   r"[A-ZÉa-zé][\w\-]+"
                   r"(?:\s+[a-zé]+(?:ique|enne|ienne|aire|elle))?"  # "de la Sécurité citoyenne / publique"
                   # more portfolios: "de l'Industrie, du Commerce et du Tourisme"
                   r"(?:,\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)[A-ZÉ][\w\-]+){0,3}"
                   r"(?:\s+(?:et\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)?)[A-ZÉ][\w\-]+)?"),  # not "et la"
    # "le secrétariat d'État au Commerce", "secrétariat d'État chargé du Numérique"
    ("PublicBody", r"secrétariat\s+d['’]État\s+(?:chargé\s+)?(?:au|à\s+la|à\s+l['’]|aux|du|de\s+la|de\s+l['’])"
                   r"\s*[A-ZÉ][\w\-]+(?:\s+(?:et\s+)?(?:au|à\s+la|aux|du|de\s+la)\s+[A-ZÉ][\w\-]+)?"),
    ("PublicBody", r"parquet\s+(?:national\s+(?:financier|antiterroriste)|de\s+[A-Z][\w\-]+)"),
    ("PublicBody", r"(?:police|gendarmerie)\s+(?:nationale|fran[çc]aise|municipale|britannique|allemande)"),
    ("PublicBody", r"juges?\s+d['’]instruction"),
    ("PublicBody", r"(?:police|gendarmerie)\s+(?:de\s+|d['’]|du\s+)[A-ZÉ][\w\-]+(?:\s+[A-ZÉ][\w\-]+){0,2}"),
    ("PublicBody", r"préfecture\s+de\s+police(?:\s+de\s+[A-Z][\w\-]+)?"),
    ("PublicBody", r"tribunal\s+(?:judiciaire|correctionnel|administratif|de\s+grande\s+instance)"
                   r"\s+de\s+[A-Z][\w\-]+"),
    ("Law", r"[Ll]oi\s+(?:[A-ZÉ][\w\-]+)(?:\s+[A-ZÉ][\w\-]+)*"),
    ("Law", r"[Ll]oi\s+(?:n°\s*[\d\-]+\s+)?du\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}"),
    ("Law", r"(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)*\s+Act(?:\s+of\s+\d{4})?"),
    ("Law", r"(?:Council\s+|Commission\s+)?(?:Implementing\s+|Delegated\s+)?"
            r"(?:Regulation|Directive|Decision)\s+"
            r"\((?:EU|EC|EEC|CFSP)\)\s+(?:No\.?\s*)?\d+/\d+(?:/\w+)?"),
    ("Law", r"(?:règlement|directive|décision)\s+(?:d'exécution\s+|délégué\s+)?\((?:UE|CE|CEE|PESC)\)\s+"
            r"(?:n°\s*)?\d+/\d+(?:\s+du\s+Conseil)?"),
    ("PublicBody", r"(?:commission|comité)\s+d['’]enquête\s+[A-Z]{2,10}(?![\w\-])"),
    # a legislature's inquiry: "commission d'enquête de la Diète", "comité d'enquête parlementaire du Sénat"
    ("PublicBody", r"(?:commission|comité)\s+d['’]enquête(?:\s+parlementaire)?\s+(?:de\s+la\s+|du\s+"
                   r"|de\s+l['’])[A-ZÉ][\w\-]+(?:\s+nationale)?(?![\w\-])"),
    ("PublicBody", r"[Cc]our\s+(?:suprême(?:\s+des\s+comptes)?|constitutionnelle|de\s+cassation"
                   r"|des\s+comptes)(?![\w\-])"),
    ("PublicBody", COURT_OF_PLACE),
    ("PublicBody", r"(?:US|U\.S\.|UK|HM)\s+Treasury(?![\w\-])"),
    # "the public prosecutor", "the Dutch public prosecutor's office" (not a prosecutor named: "public
    # prosecutor Jan Smit" is a person's title)
    ("PublicBody", rf"(?:{_DEMONYM_EN}\s+)?[Pp]ublic\s+[Pp]rosecutor(?:['’]s\s+[Oo]ffice)?(?![\w\-])(?!\s+[A-Z])"),
    # the OECD's complaint desks: "le point de contact national allemand de l'OCDE", "the UK national contact point"
    ("PublicBody", rf"point\s+de\s+contact\s+(?:national(?:\s+{_DEMONYM_FR})?|{_DEMONYM_FR})"
                   r"(?:\s+(?:de\s+l['’]|pour\s+les\s+principes\s+directeurs\s+de\s+l['’])OCDE)?(?![\w\-])"),
    ("PublicBody", r"(?:[Nn]ational\s+[Cc]ontact\s+[Pp]oint)(?:\s+(?:of|for)\s+the\s+OECD)?(?![\w\-])"),
    # a force's unit the NER misses ("Mobile Anti-Disturbance Squadron (ESMAD)")
    ("PublicBody", r"(?:[A-Z][\w\-]+\s+){1,4}(?:Squadron|Brigade|Battalion|Regiment)(?![\w\-])"),
    ("PublicBody", r"(?:(?:US|U\.S\.|UK|French|British|German)\s+)?(?:Vice-)?(?:Ministry|Department)\s+of\s+"
                   r"(?:the\s+)?[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)?"),
]
_RULES = [(t, re.compile(rf"(?<![\w]){rx}")) for t, rx in RULES + DATED_EVENTS]


def _before(text: str, start: int) -> str:
    return text[max(0, start - 40):start].replace("\u2019", "'")


def head_type(span: str) -> str | None:
    """The type announced by the span's own first word ("ministère de …" -> PublicBody)."""
    for t, rx in _HEAD:
        if rx.match(span) and len(span.split()) > 1:
            if t == "Event" and (COMPANY_TAIL.search(span) or _LEGAL_END.search(span)):
                return None  # "Summit Technologies", "Forum Systems GmbH": a company, its tail tells
            return t
    return None


def name_type(span: str) -> str | None:
    """The type that a name's own words announce, at its head ("ministère de …") or its tail ("… Security
    Service", "… Export Control Agency", "… Systems", "… GmbH"): the evidence a long form gives the
    acronym defined after it."""
    return head_type(span) or cue_type(span, 0, len(span), around=False)


def cue_type(text: str, start: int, end: int, around: bool = True) -> str | None:
    """The type that the words around (or the head of) the span announce, if any."""
    span = text[start:end]
    head = head_type(span)
    if head:
        return head
    around = around and _around_type(text, start, end)
    if around:
        return around
    if _LEGAL_END.search(span):
        return "Company"
    if COMPANY_TAIL.search(span) and len(span.split()) > 1:
        return "Company"
    if PUBLIC_TAIL.search(span):  # "National Intelligence and Security Service", "Federal Police"
        return "PublicBody"
    if EVENT_TAIL.search(span) and len(span.split()) > 1:  # "Gulf Security Expo", "Homeland Security Week"
        return "Event"
    if TELECOM.search(span) and len(span.split()) > 1 and not re.search(r"\s(?:Union|Authority)$", span):
        return "Company"  # an operator: "Nordia Telecom", "Ruritanian Telecommunications Establishment"
    return None


def _around_type(text: str, start: int, end: int) -> str | None:
    """The type that the words before or after the span announce ("la société X", "X GmbH")."""
    before = _before(text, start)
    if _MEDIA.search(before):  # a quoted title after a media word: the programme or outlet
        return "Organization"
    for t, rx in _BEFORE:
        if rx.search(before):
            return t
    if _MAKER_OF.search(text[max(0, start - 80):start].replace("\u2019", "'")):
        return "Company"
    after = text[end:end + 30]
    for t, rx in _AFTER:
        if rx.match(after):
            return t
    apposed = apposed_kind(text, start, end)
    if apposed:
        return apposed
    if text[start:end].isupper():  # "le service national de renseignement, l'EYP": the apposed body's type
        window = text[max(0, start - 90):start].replace("\u2019", "'")
        comma = _APPOSED_TO.search(window)
        if comma:
            phrase = re.split(r"[,.;:()\"«»]", window[:comma.start() + 1])[-1]
            noun = re.split(r"(?:^|\s)(?:le|la|les|the)\s+|(?:^|\s)l'", phrase)
            if len(noun) > 1 and noun[-1][:1].islower():
                return head_type(noun[-1])
    return None


_APPOSED_TO = re.compile(r"\w,\s*(?:l'|le\s+|la\s+|les\s+|the\s+)?$")

# The head noun of a description set beside a name says what the name is: "Paragon, an Israeli spyware vendor,",
# "the Italian data protection authority, the Garante", "le Garante, l'autorité italienne de ...".
KIND_NOUNS = {
    "Company": ("company|firm|vendor|maker|manufacturer|supplier|start-?up|contractor|subsidiary|provider"
                "|developer|distributor|reseller|conglomerate",
                "société|entreprise|firme|fabricant|éditeur|fournisseur|start-?up|PME|filiale|constructeur"
                "|prestataire|distributeur|revendeur"),
    "PublicBody": ("authority|agency|regulator|watchdog|ministry|directorate|police|court|tribunal",
                   "autorité|agence|ministère|direction|police|gendarmerie|tribunal|cour|parquet|régulateur"
                   "|gendarme"),
    "Organization": ("NGO|organi[sz]ation|charity|foundation|association|coalition|institute|laboratory|lab"
                     r"|newspaper|daily|outlet|website|broadcaster|collective|think[\s-]tank",
                     "ONG|organisation|association|fondation|coalition|institut|laboratoire|journal|quotidien"
                     "|site|média|collectif|syndicat|ligue|fédération"),
    "Product": ("tool|software|spyware|malware|platform|app|application|suite|trojan|implant",
                "logiciel|outil|plate-?forme|application|suite|maliciel|mouchard"),
}
# "la société française X", "le fabricant belge X", "X, une entreprise allemande", "the British maker X",
# "X, a Danish company": the nouns of a company's kind (KIND_NOUNS), a group, an NGO
_NAT_BEFORE = re.compile(rf"(?:{KIND_NOUNS['Company'][1]}|groupe|ONG)\s+(\w+)\s*$", re.I)
_NAT_AFTER = re.compile(rf"^\s*,?\s*(?:une?\s+)?(?:{KIND_NOUNS['Company'][1]}|groupe|ONG)\s+(\w+)", re.I)
_NAT_EN = re.compile(rf"(?:the\s+)?(\w+)\s+(?:{KIND_NOUNS['Company'][0]}|group|NGO)\s*$", re.I)
_NAT_EN_AFTER = re.compile(rf"^\s*,\s*(?:a|an|the)\s+((?:[\w-]+\s+){{1,3}})(?:{KIND_NOUNS['Company'][0]}|group|NGO)\b",
                           re.I)
_FREE_WORD = r"(?:(?!(?:of|at|in|for|with|by|from|on|and|or|who|which|de|du|des|d|à|au|aux|chez|pour|et|ou|qui)\b)[\w\-]+\s+)"
_EN_KIND_AFTER = [(t, re.compile(rf"^\s*,\s*(?:a|an|the)\s+{_FREE_WORD}{{0,4}}?(?:{en})"
                                 r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|at|in|for|based|from|that|which|whose|owned|founded"
                                 r"|run|led|behind|known|spun|set|created|controlled|backed|specia[lz]i[sz](?:ed|ing)|selling|making"
                                 r"|(?:made|developed|built|sold|produced|designed|marketed|supplied)"
                                 r"\s+(?:by|in|for)"
                                 r")\b)", re.I))
                  for t, (en, _) in KIND_NOUNS.items()]
#: a verb right after the description (past two words, not a relative's): it is that verb's subject, no
#: apposition ("Fondée par P et par Q, la société a été rachetée": Q is no company)
_FR_VERB_NEXT = (r"(?!\s+(?:(?!qui\b|que\b|qu'|dont\b|où\b)[\w\-]+\s+){0,2}?(?:a|ont|avait|avaient|aura|auront|est|sont"
                 r"|était|étaient|sera|seront|fut|furent|se|s'|ne|n')(?![\w\-']))")
_FR_KIND_AFTER = [(t, re.compile(rf"^\s*,\s*(?:(?:un|une|le|la|l')\s*(?:[\w\-]+\s+)?)?(?:{fr})\b(?!\s+[A-ZÉ])"
                                 + _FR_VERB_NEXT))
                  for t, (_, fr) in KIND_NOUNS.items()]
_OWNED_KIND = re.compile(r"^\s*,\s*(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:'s|(?<=s)')\s+"
                         r"(?:[a-z][\w\-]*\s+){0,2}?(" + "|".join(
    f"(?:{en})" for t, (en, _) in KIND_NOUNS.items() if t in ("Company", "Product")) + r"|product)\s*[,.;)]")
#: a participle of making set off after a name: "X, made by Y", "X, conçu par Y", "X, développés par Y"
_MADE_AFTER = re.compile(r"^\s*,\s*(?:(?:made|manufactured|developed|built|designed|produced)\s+by"
                         r"|(?:fabriqu|conç|développ|produit|réalis)(?:é|u|)e?s?\s+par)\s", re.I)
_EN_KIND_BEFORE = [(t, re.compile(rf"\b(?:{en})\s*,\s*(?:the\s+)?$", re.I)) for t, (en, _) in KIND_NOUNS.items()]
#: (not where the kind noun complements another: "le porte-parole de la police de X, P" is a person)
_FR_KIND_BEFORE = [(t, re.compile(rf"(?<!\bde )(?<!\bà )(?:\b(?:le|la|les|un|une)\s+|\bl')(?:{fr})\b"
                                  rf"(?:\s+[\w\-']+){{0,5}}\s*,\s*(?:l'|le\s+|la\s+)?$", re.I))
                   for t, (_, fr) in KIND_NOUNS.items()]


TIME_WORDS = {"today", "yesterday", "tomorrow", "meanwhile", "now", "aujourd'hui", "hier", "demain", "ensuite",
              "enfin", "desormais", "depuis", "alors"}
# days and months: a sentence may open on one and a comma ("Vendredi, la société a livré …"); the dates'
# tables, less the short forms that are also names ("May", "Jan")
CALENDAR = {fold(w) for w in WEEKDAYS} | {fold(w) for w in MONTHS if len(w) > 3 or w == "mai"}
_BEFORE_APPOSITION = re.compile(r"(?<![\w\-'’])([A-ZÉ][\w\-]+(?:\s+[A-ZÉ][\w\-]+){0,2})(?=\s*,)")


def apposed_names(doc: Document, sdoc=None, pipes=None) -> list[Mention]:
    """Names the model missed that a description beside them types: "Arvane, filiale du groupe Stenmark,",
    "Velkor, an Israeli spyware vendor,". Words the language knows ("However, the company, ...") and
    sentence openers are not names; a word the parser did not read as a name is one when no vocabulary
    knows it ("Netfence, a Canadian company," opening a text, tagged as an adverb)."""
    out = []
    for m in _BEFORE_APPOSITION.finditer(doc.text):
        s, e = m.span(1)
        first = m.group(1).split()[0]
        tok = sdoc.char_span(s, s + len(first), alignment_mode="expand") if sdoc is not None else None
        unheard = pipes is not None and " " not in m.group(1) and not known_word(pipes, first) \
            and not first.lower().endswith("ly")
        if fold(first) in OPENERS or fold(first) in TIME_WORDS | CALENDAR or (tok is not None and (
                (tok.root.pos_ not in ("PROPN", "NOUN", "X", "ADJ") and not unheard) or tok.root.is_stop
                or sdoc.vocab[first.lower()].has_vector)):
            continue  # "However", "Ensuite", "Selon", "Today": words the language knows
        kind = apposed_kind(doc.text, s, e)
        if kind in ("Company", "Organization", "PublicBody", "Product"):
            out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], kind, source="rule"))
    return out


def apposed_kind(text: str, start: int, end: int) -> str | None:
    """The type a description set beside the name gives it, after it ("X, an Israeli spyware vendor,",
    "X, l'autorité italienne de ...") or before it ("the data protection authority, the Garante")."""
    after = text[end:end + 90].replace("\u2019", "'")
    after = re.sub(r"^\s*\([^()]{1,15}\)", "", after)  # "X (TAS), une société chypriote": past its acronym
    before = text[max(0, start - 90):start].replace("\u2019", "'")
    for t, rx in (*_EN_KIND_AFTER, *_FR_KIND_AFTER):
        if rx.match(after):
            return t
    if _MADE_AFTER.match(after):
        return "Product"  # "Kestrel, made by Vexor Systems,": goods, whatever the model read
    owned = _OWNED_KIND.match(after)
    if owned:  # "Vigil, Helix's flagship product,": the kind its owner's possessive gives
        kinds = (t for t, (en, _) in KIND_NOUNS.items() if re.fullmatch(en, owned.group(1), re.I))
        return next(kinds, "Product")
    for t, rx in (*_EN_KIND_BEFORE, *_FR_KIND_BEFORE):
        hit = rx.search(before)
        if hit and not _ROLE_OF.search(before, 0, hit.start()):
            return t
    return None


#: a person's role whose complement the kind noun is: "a spokesman for the police, P", "le porte-parole de la
#: police, P", "the head of Uganda's police, P": P is the spokesman, not the police
_ROLE_OF = re.compile(r"\b(?:spokes(?:man|woman|person)|porte-parole|officers?|officials?|chief|head|commander"
                      r"|director|members?|agents?|officiers?|chef|directeur|directrice|responsable|commandant)"
                      r"\s+(?:of|for|at|with|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?(?:[\w'’-]+\s+){0,3}$", re.I)


_COMPANY_NOUN = re.compile(r"(?:^|\s|')(?:société|entreprise|firme|start-?up|fabricant|éditeur|company|firm"
                           r"|vendor|maker|manufacturer)\s+"
                           r"(?:\w+(?:aise?|oise?|ande?|aine?|ienne?|ique|ish|ian|ese|i)\s+)?$")


def names_company(text: str, start: int, end: int) -> bool:
    """Whether the words at this very mention say it names a company: a company noun right before it ("la
    société X", "the firm X", "la société munichoise X"), a maker of a kind of goods ("le fabricant de
    logiciels espions X"), a legal form or "une entreprise" after it. Stronger than a list's type."""
    before = text[max(0, start - 80):start].replace("\u2019", "'")
    if _COMPANY_NOUN.search(before) or _MAKER_OF.search(before):
        return True
    return any(t == "Company" and rx.match(text[end:end + 30]) for t, rx in _AFTER)


def _is_subject_of_verb(sdoc, start: int, end: int) -> bool:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubj:pass") and root.head.pos_ in ("VERB", "AUX")


def _subject_next(sdoc, text: str, end: int) -> bool:
    """Whether the description after the comma that follows a name is the subject of a verb after it with no
    comma closing it first ("…et par Q, la société vend des sondes"): no apposition of the name ("Q, la
    société chypriote, a été rachetée" is one)."""
    if sdoc is None or not re.match(r"\s*,", text[end:]):
        return False
    after = sdoc.char_span(end, min(len(text), end + 40), alignment_mode="contract")
    toks = [t for t in after or () if not t.is_punct][:4]
    if not toks or toks[0].pos_ != "DET":
        return False  # "P, said the servers were": no description right after the comma
    noun = next((t for t in toks[1:] if t.pos_ not in ("DET", "ADJ")), None)
    return noun is not None and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubj:pass") \
        and noun.head.i > noun.i and "," not in text[noun.idx:noun.head.idx]


def decide_type(sdoc, text: str, start: int, end: int, ptype: str, source: str, pipes) -> str | None:
    """The mention type: gazetteer type as such; NER types corrected by the context cue."""
    entry = pipes.lookup(text[start:end])
    if source == "gazetteer":
        cue = cue_type(text, start, end)
        # a gazetteer name of a company used for its product ("le système Eagle") stays what the list says
        both = cue in ("Company", "Product") and ptype in ("Company", "Product")
        if ptype == "Product" and names_company(text, start, end):
            return "Company"  # but a product's name that the words around give to a company ("la société X")
        return cue if both and entry is None else ptype
    if entry is not None and entry.type != "Country":
        return entry.type
    is_place = pipes.capitals.get(fold(text[start:end])) or (entry and entry.type == "Country")
    if ptype == "Person" and is_place:
        ptype = "place"  # "Rabat" read as a person
    if ptype in ("place", "misc", "Organization") and PERSON_PARTICLE.search(text[start:end]):
        return "Person"  # "Bachar al-Assad", "Hamed ben Issa" read as a place by the model
    if ptype in ("place", "Organization", "Person") and entry is None \
            and PLACE_BEFORE.search(_before(text, start)):
        return None  # "based in Norhaven", "basée à Kfar Lev": a town, and a town is not an actor
    if ptype in ("place", "Organization", "Person") and entry is None and " " not in text[start:end] \
            and PLACE_NEAR.search(_before(text, start)):
        return None  # "près de Corvallo", "near Lakemont": a one-word name after "near" is a town
    hyphened = re.split(r"[\s\-]", text[start:end])[:2]
    if ptype in ("place", "misc", "Organization") and entry is None and cue_type(text, start, end) is None \
            and person_cue(text, start, end) and not any(pipes.lookup(w) or pipes.capitals.get(fold(w))
                                                          for w in hyphened):
        return "Person"  # "Jean-Marc Lefol", "Mme Hélène Castagne", "Marcus Hale, a former ambassador"
    if ptype == "place":
        if entry is not None:
            return "Country"
        cue = cue_type(text, start, end)
        if cue in ("Product", "Company"):
            return cue  # "des blindés Sherpa", "la société Orion" read as places by the model
        code = pipes.capitals.get(fold(text[start:end]))
        if not code and not known_word(pipes, text[start:end]) and _acts_as_firm(sdoc, text, start, end):
            return "Company"  # "Lumeris fabrique des drones", "Quorin's engineers": not a place (but "Texas
            #                   sold the land": a place the word vectors know stays one)
        if not code and (kind := copular_kind(sdoc, start, end)) in ("Company", "Organization", "Product"):
            return kind  # "Tervik est une société …": not a town
        return "Country" if code and _is_subject_of_verb(sdoc, start, end) else None
    cue = cue_type(text, start, end)
    if ptype == "misc":
        if cue is None and _acts_as_firm(sdoc, text, start, end):
            return "Company"  # "Korvane a vendu ses sondes", "Valtrex a été fondée en 2015"
        if cue is None and (kind := copular_kind(sdoc, start, end)):
            return kind
        return cue if cue in ("Product", "Event", "Law", "Organization", "Company") else None
    if ptype == "Person" and cue is None and " " not in text[start:end] and not person_cue(text, start, end) \
            and not known_word(pipes, text[start:end]) and company_act(sdoc, start, end):
        return "Company"  # "Tarvis a racheté la start-up": a firm (a surname of a person named elsewhere
        #                   goes back to the person: mentions._surnames_are_persons)
    copular = cue is None and ptype in ("Person", "Organization", "Product")
    kind = copular_kind(sdoc, start, end) if copular else None
    if kind and not (ptype == "Person" and " " in text[start:end]):
        return kind  # "Nimr est une filiale du groupe Edge", "Graphite is a spyware tool"
    if ptype == "Organization" and cue is None and " " not in text[start:end] and FIRM_ONLY_TITLE.search(
            _before(text, start)):
        return "Company"  # "a CEO of Dalvin", "le PDG de Dalvin": only a firm has one (a spokesman: any body)
    if ptype == "Organization" and cue is None and (firm_staff(text, start, end) or (
            act := company_act(sdoc, start, end)) == "strong" or (act and " " not in text[start:end])):
        return "Company"  # "Brontal supplied interception kits", "Quorin's engineers", "Draxis a nommé P"
    if ptype == "Person" and cue is None and " " not in text[start:end] and USED_AFTER.match(text[end:end + 50]):
        return "Product"  # "Paragon's Graphite was used against", "Graphite a été installé": a thing used
    if ptype == "Person" and cue is None and firm_staff(text, start, end):
        return "Company"  # "la direction d'Orvane", "les techniciens d'Orvane": a firm's staff
    if ptype in ("Person", "Product", "misc") and cue is None and entry is None and " " not in text[start:end] \
            and titled_firm(text, start):
        return "Company"  # "un porte-parole de Velkor", "a spokesperson for Ternium", "le patron de Paragon"
    if ptype == "Person" and cue == "Company" and _subject_next(sdoc, text, end):
        return "Person"  # "Fondée par P et par Q, la société vend …": the description opens the next clause
    if ptype == "Person" and cue == "PublicBody" and person_cue(text, start, end):
        return "Person"  # "le ministre Jean Dupont", "Premier ministre Karim Bensaïd": a minister, no ministry
    if ptype == "Person":
        return "Person" if cue in (None, "Organization") or cue == "Person" else cue
    return cue or ptype


FIRM_ONLY_TITLE = re.compile(r"\b(?:PDG|CEO|chief\s+executive(?:\s+officer)?|managing\s+director"
                             r"|président-directeur\s+général|directeur\s+général|directrice\s+générale)"
                             r"\s+(?:de\s+|d'|du\s+|of\s+|at\s+)$", re.I)


def copular_kind(sdoc, start: int, end: int) -> str | None:
    """The type a kind noun gives a name that is the subject of "to be" ("Nimr est une filiale du groupe
    Edge", "dont Nimr est une filiale", "Nimr is a subsidiary of", "Graphite is a spyware tool"): KIND_NOUNS.
    Not under a negation ("X is not a company")."""
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None or span.root.dep_ not in ("nsubj", "nsubj:pass"):
        return None
    head = span.root.head
    if head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in head.children):
        noun = head  # French: the noun heads the clause, "est" is its copula
    elif head.lemma_ == "be":
        noun = next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    else:
        return None
    negations = ("not", "pas", "n't", "never", "jamais")
    if noun is None or any(c.dep_ in ("neg", "advmod") and c.lower_ in negations
                           for c in (*noun.children, *head.children)):
        return None
    for t, (en, fr) in KIND_NOUNS.items():
        if any(re.fullmatch(rf"(?:{en}|{fr})", w, re.I) for w in (noun.lemma_, noun.lower_)):
            return t
    return None


def known_word(pipes, name: str) -> bool:
    """Whether the French model's word vectors know the one-word name (a real place or a famous person:
    "Texas", "Marseille", "Macron"), unlike a made-up firm's name ("Korvane"). The vectors of the French
    model serve both languages (the English model has none)."""
    try:
        vocab = pipes.for_language("fr").vocab
    except (KeyError, AttributeError):
        return False
    return " " not in name and vocab.vectors.shape[0] > 0 and vocab[fold(name)].has_vector


def _acts_as_firm(sdoc, text: str, start: int, end: int) -> bool:
    """Whether a one-word name is a firm's by its staff or by what it does ("Quorin's engineers", "les
    ingénieurs de Quorin", "Lumeris fabrique des drones")."""
    return " " not in text[start:end] and bool(firm_staff(text, start, end) or company_act(sdoc, start, end))


PLACE_BEFORE = re.compile(r"(?:\b(?:based|headquartered|located|situated|registered)\s+in|\b(?:basée?s?"
                          r"|installée?s?|implantée?s?|située?s?|domiciliée?s?|établie?s?)\s+à"
                          r"|\b(?:la\s+)?ville\s+(?:de\s+|d')|\bcity\s+of|\bsuburbs?\s+of|\bbanlieue\s+de)"
                          r"\s*$", re.I)
STAFF_OF = re.compile(r"\b(?:direction|technicien(?:ne)?s?|ingénieure?s?|salariée?s?|employée?s?"
                      r"|dirigeante?s?"
                      r"|actionnaires?|filiale|(?:co-?)?fondat(?:eur|rice)s?|(?:co-?)?founders?"
                      r"|technicians?|engineers?|employees?|executives?|shareholders?|subsidiary|management)"
                      r"\s+(?:de\s+|d'|du\s+|of\s+)$", re.I)


@lru_cache(maxsize=2)
def _company_titles(spokesman: bool = True) -> str:
    """One alternation of the company titles (lexicon/roles.yaml), longest first; without `spokesman`, less a
    spokesman's, which any body has."""
    titles = [t for words in lexicon("roles")["company_titles"].values() for t in words
              if spokesman or not re.search(r"porte-parole|spokes", t)]
    return "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))


@lru_cache(maxsize=1)
def _firm_title() -> re.Pattern:
    return re.compile(rf"\b(?:{_company_titles()}|patron|patronne)\s+(?:de\s+|d'|du\s+|of\s+|for\s+|at\s+)$",
                      re.I)


def titled_firm(text: str, start: int) -> bool:
    """Whether a company title and "of"/"de" come right before the name: "le patron de X", "a spokesperson
    for X" name a firm (lexicon/roles.yaml `company_titles`)."""
    return bool(_firm_title().search(_before(text, start)))


def firm_staff(text: str, start: int, end: int) -> bool:
    """Whether a one-word name follows a firm's staff or management ("la direction d'X", "engineers of X"),
    or owns them or its goods ("Quorin's engineers", "Helix's spyware": lexicon/company_acts.yaml), or a
    relative clause names its head ("Vexor, dont le PDG est P", "Vexor, whose chief executive")."""
    if " " in text[start:end]:
        return False
    return bool(STAFF_OF.search(_before(text, start)) or _staff_after().match(text[end:end + 40])
                or _whose_head().match(text, end))


@lru_cache(maxsize=1)
def _whose_head() -> re.Pattern:
    """", dont le PDG", ", whose chief executive": the company titles but a spokesman's."""
    return re.compile(rf"\s*,\s*(?:dont\s+(?:le|la|les|l'|l’)\s*|whose\s+)(?:{_company_titles(False)})\b", re.I)


@lru_cache(maxsize=1)
def _acts() -> dict:
    return lexicon("company_acts")


@lru_cache(maxsize=1)
def _staff_after() -> re.Pattern:
    staff = "|".join(_acts()["firm_staff"])
    goods = "|".join(_acts()["firm_goods"])
    return re.compile(rf"^(?:['’]s\s+(?:own\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{staff}|{goods})|\s+(?:{staff}))\b")


def _orphan_verb(tok) -> list:
    """The verb right after a name that the parse left as a root of its own, when that verb has no subject
    ("Korvane et Tessaly | ont vendu des sondes", "Ostrel | a livré les drones"): the name is its subject."""
    if tok.dep_ != "ROOT" or tok.pos_ in ("VERB", "AUX"):
        return []
    after = max(t.i for t in tok.subtree) + 1
    if after >= len(tok.doc):
        return []
    nxt = tok.doc[after]
    verb = nxt if nxt.pos_ == "VERB" else nxt.head
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or not (nxt is verb or nxt.dep_.startswith("aux")) \
            or any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    return [verb]


def _acting_verbs(tok) -> list:
    """The verbs `tok` is the subject of: its head, the verbs coordinated with it ("X designs and sells"),
    and the verb of a relative clause on it ("X, which sells", "X, qui vend")."""
    verbs = []
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Brennar, Korvane et Tessaly ont vendu": the first subject's verbs
    if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        verbs = [tok.head, *[c for c in tok.head.conjuncts if c.pos_ == "VERB"]]
    verbs += _orphan_verb(tok)
    head = tok.head
    if tok.dep_ == "amod" and head.i == tok.i + 1 and head.pos_ == "NOUN" and head.dep_ in ("ROOT", "ccomp") \
            and head.lower_.endswith("s") and fold(tok.text) not in NATIONALITY:
        verbs.append(head)  # "Brontal builds and sells probes", read as an adjective and a plural noun
    for child in tok.children:
        if child.dep_ in ("relcl", "acl:relcl") and child.pos_ == "VERB" and any(
                g.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and g.lower_ in ("which", "that", "qui")
                for g in child.children):
            verbs.append(child)
    return verbs


def _made_by(tok):
    """The verb whose agent `tok` is ("made by X", "fabriqué par X"), or None."""
    if tok.dep_ == "obl:agent":
        return tok.head
    by = any(c.lower_ == "par" and c.dep_ == "case" for c in tok.children)
    passive = any(c.dep_ == "aux:pass" for c in tok.head.children)
    if tok.dep_ in ("obl:mod", "obl", "obl:arg") and by and passive:
        return tok.head  # "a été rachetée en 2021 par Tessaly", parsed as a modifier
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return None


def _lemmas(verb) -> set[str]:
    """The verb's lemma, and for a French present tense the model left unlemmatised ("fabrique",
    "vendent") the infinitive it stands for."""
    out = {verb.lemma_.lower()}
    if verb.doc.lang_ != "fr":
        return out  # "was found" is "find": the English lemma is to be trusted
    out.add(verb.lower_)
    for ending in ("ent", "es", "e"):
        if verb.lower_.endswith(ending):
            out.add(verb.lower_[: -len(ending)] + "er")
            break
    return out


def company_act(sdoc, start: int, end: int) -> str | None:
    """"strong" or "weak" when the name at start:end is the subject of a verb that a firm does: selling,
    supplying, making ("Helix sold Vigil", "Korvane a vendu ses sondes", "Lumeris fabrique des drones")
    or hiring, buying, being founded ("Draxis a nommé P directeur", "Paragon was founded in 2019");
    lexicon/company_acts.yaml. Not when the object says nothing of goods ("X sold his shares", "X
    supplied evidence"), nor under a negation."""
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None:
        return None
    acts, lang = _acts(), "fr" if sdoc.lang_ == "fr" else "en"
    maker = _made_by(span.root)
    if maker is not None and _lemmas(maker) & set(acts["strong"][lang]):
        return "strong"  # "the drone Harpon, made by Selvane", "fabriqué par Selvane"
    if maker is not None and _lemmas(maker) & set(acts["weak"][lang]):
        return "weak"  # "Korvane was acquired by Tessaly", "rachetée par Tessaly"
    if lang == "fr" and span.root.dep_ == "nmod" and span.root.head.lemma_.lower() in acts["goods_of_fr"] \
            and any(c.lower_ in ("de", "d'") for c in span.root.children):
        return "weak"  # "les logiciels espions de Korvane": their maker
    founded = span.root.head if span.root.dep_ in ("dobj", "obj") else None
    if founded is not None and _lemmas(founded) & {"found", "fonder", "cofonder", "co-found"}:
        return "weak"  # "Omar Haddad, who founded Korvane in 2015"
    found = None
    for verb in _acting_verbs(span.root):
        passive = any(c.dep_ in ("nsubj:pass", "nsubjpass", "auxpass", "aux:pass") for c in verb.children)
        lemmas = _lemmas(verb)
        if lemmas & {"found", "fonder"} and not passive:
            continue  # "X found the flaw": not "X was founded"
        if any(c.dep_ == "neg" or c.lower_ in ("not", "pas", "jamais", "never") for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any(o.lemma_.lower() in acts["not_goods"][lang] or o.pos_ == "PRON" for o in objects):
            continue
        if lemmas & set(acts["strong"][lang]) or (lemmas & set(acts["with_goods"][lang]) and any(
                o.lemma_.lower() in acts["goods"][lang] for o in objects)):
            return "strong"
        if lemmas & set(acts["weak"][lang]):
            found = "weak"
    return found


def acting_companies(doc: Document, sdoc, taken: list[tuple[int, int]]) -> list[Mention]:
    """One-word capitalised names the NER missed or cast aside that are subjects of a firm's verb ("Over
    the years Corvex has developed several tools", "Helix sold Vigil to Libya"), or owners of a firm's staff
    or goods ("Helix's spyware was found"), or names after a title only a firm has ("the chief executive of
    Dalvin"): companies; and proper nouns that "to be" and a kind noun type ("Kessar is a subsidiary"). Words
    the language knows (stop words, a sentence's opening adverb) are not names; mentions.py drops listed
    names and capitals."""
    out = []
    for tok in sdoc:
        s, e = tok.idx, tok.idx + len(tok)
        # a French noun takes a determiner: a bare capitalised one opening the sentence is a name, which "être"
        # and a kind noun type ("Circles est une entreprise israélienne")
        bare = sdoc.lang_ == "fr" and tok.pos_ == "NOUN" and tok.is_sent_start
        if not (tok.text[:1].isupper() and tok.text[1:].islower() and len(tok) > 2) or tok.is_stop \
                or tok.pos_ not in ("PROPN", "NOUN", "X", "ADJ") or fold(tok.text) in OPENERS | TIME_WORDS \
                or fold(tok.text) in NATIONALITY or fold(tok.text) in CALENDAR \
                or (tok.pos_ == "NOUN" and not bare and (tok.vocab[tok.lower_].has_vector or not tok.is_sent_start)) \
                or any(a < e and s < b for a, b in taken) \
                or any(c.dep_ in ("compound", "flat:name", "flat") for c in tok.children) \
                or (tok.dep_ in ("compound", "flat:name", "flat")
                    and not _staff_after().match(doc.text[e:e + 40])):
            continue
        kind = None
        titled = FIRM_ONLY_TITLE.search(_before(doc.text, s))
        if bare and tok.vocab[tok.lower_].has_vector:
            kind = copular_kind(sdoc, s, e)  # a word the language knows: only where "être" types it
        elif company_act(sdoc, s, e) or firm_staff(doc.text, s, e) or titled:
            kind = "Company"
        elif tok.pos_ == "PROPN" or bare:
            kind = copular_kind(sdoc, s, e)
        if kind in ("Company", "Organization", "Product"):
            out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, tok.text, kind, source="rule"))
    return out


PLACE_NEAR = re.compile(r"(?:\bprès\s+(?:de\s+|d')|\bnon\s+loin\s+(?:de\s+|d')"
                        r"|\baux\s+environs\s+(?:de\s+|d')"
                        r"|\bnear(?:by)?\s+)$", re.I)
# words before a person's name: a title, or the government or administration the person leads
PERSON_BEFORE = re.compile(r"(?:\b(?:gouvernements?|administration|cabinet|régime|présidence|government"
                           r"|regime|presidency)\s+(?:de\s+|d'|du\s+|of\s+)"
                           r"|(?:^|[\s(])(?:président|présidente|premier\s+ministre|première\s+ministre"
                           r"|ministre"
                           r"|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Prime\s+Minister|Minister|Senator"
                           r"|sénat(?:eur|rice)|député|députée|ambassad(?:eur|rice)|Ambassador"
                           r"|(?:[Pp]ublic\s+)?[Pp]rosecutor|procureure?|[Jj]udge|juge)\s+)$")
# a role in apposition after a person's name: "X, a former US ambassador", "X, ancien ministre de …"
PERSON_ROLE_AFTER = re.compile(
    r"^\s*,\s+(?:(?:a|an|the|un|une|l'|le|la)\s+)?"
    r"(?:(?:former|ancien(?:ne)?|ex-|then|alors|current|actuel(?:le)?)\s*)?"
    r"(?:(?:[A-Z][\w.\-]*|senior|top|deputy|vice|chief|adjoint|premier|première)\s+){0,2}?"
    r"(?:ambassador|ambassad(?:eur|rice)|minister|ministre|president|présidente?"
    r"|senator|sénat(?:eur|rice)|députée?|lawmaker|governor|gouverneur|mayor|maire|adviser|advisor"
    r"|conseill(?:er|ère)|spokes(?:man|woman|person)|porte-parole|CEO|PDG|founder|fondat(?:eur|rice)"
    r"|lawyer|avocate?|journalist|journaliste|researcher|chercheu(?:r|se)|prime\s+minister|premier\s+ministre"
    r"|judge|juge|prosecutor|procureure?|businessman|businesswoman|homme\s+d'affaires|femme\s+d'affaires)\b")
HYPHEN_FIRST = re.compile(r"^(?!(?:Nord|Sud|Est|Ouest|Saint|Sainte|Sankt|San|Santa|North|South|East|West|Port"
                          r"|Fort|Mont|Val|Bois|Sur)\b)[A-ZÉÈ][a-zéèëï]{1,9}-"
                          r"(?!(?:Nord|Sud|Est|Ouest|North|South|East|West|sur|lès|en)\b)"
                          r"[A-ZÉÈ][a-zéèëï]{1,9}"
                          r"(?:\s+[A-ZÉÈ]\.)?\s+[A-ZÉÈ][\w'’\-]+$")
_PERSON_SHAPE = re.compile(r"^[A-ZÉÈ][\w'’\-]*[a-zéèëï](?:\s+(?:[A-ZÉÈ]\.|[A-ZÉÈ][\w'’\-]*[a-zéèëï]"
                           r"|(?:de|da|di|del|van|von|der|al|el|ben|bin|y)(?=\s))){0,3}$")
_PROGRAMME = r"(?:National|Unity|Accord|Transition|Salvation|Union|Provisional|Interim)"  # a government's
NOT_PERSON_WORD = re.compile(rf"\b(?:{_PROGRAMME}|Enterprise|Enterprises|Company|Bank|Airlines?|Media"
                             r"|Dynamics"
                             r"|International"
                             r"|Associates|Agency|Office|Service|Services|Council|Party|News|Times|Post|Press"
                             r"|Institute|University|Foundation|Union|Ministry|Lab|Labs)\b")


@lru_cache(maxsize=None)
def _office_regex(any_office: bool) -> re.Pattern:
    """The offices that open a person's name in the NER's span (lexicon roles: heads of state, diplomats,
    state titles, government staff, "X Minister"; with `any_office`, company titles and ranks too: words
    that also open other names, "General Data Protection Regulation"), capitalised."""
    table = lexicon("roles")
    words = list(table["heads_of_state"]) + table["diplomats"] + table["government_staff"]
    words += [t for ts in table["state_titles"].values() for t in ts]
    if any_office:
        words += [t for ts in table["company_titles"].values() for t in ts] + table["ranks"]
    alt = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
    return re.compile(rf"(?:(?:[A-ZÉ][\w\-]+\s+)?(?i:minister|ministre)|(?i:{alt}))\s+(?=[A-ZÉÈ][\w\-'’]*\s+[A-ZÉÈ])")


def office_title(span: str, any_office: bool = True) -> int:
    """The length of an office opening a person's span, with a capital ("Spokesman Olli Rinne", "Interior
    Minister Yuri Karaev"), before at least two words of a name; 0 where none. Without `any_office`, only
    the offices of a state (for a span the NER did not read as a person's)."""
    m = _office_regex(any_office).match(span) if span[:1].isupper() else None
    return m.end() if m else 0


def person_shaped(span: str) -> bool:
    """Whether a name is shaped like a person's: capitalised words (particles between), no acronym, no
    company or office word ("Karim Bensaïd"; not "Dynamics Land Systems")."""
    span = span.replace("\u2019", "'")
    return bool(_PERSON_SHAPE.match(span)) and not NOT_PERSON_WORD.search(span) and not COMPANY_TAIL.search(span)


def person_cue(text: str, start: int, end: int) -> bool:
    """Whether a name shaped like a person's (capitalised words, no acronym, no company or office word)
    has a person's cue: a hyphenated first name ("Jean-Marc Lefol"), a title or a government before it
    ("Mme X", "le gouvernement de X"), a role in apposition after it ("X, a former ambassador"), a relative
    "who" after it ("X, who still runs it")."""
    span = text[start:end].replace("\u2019", "'")
    if not person_shaped(span):
        return False
    if HYPHEN_FIRST.match(span):
        return True
    if PERSON_BEFORE.search(text[max(0, start - 40):start].replace("\u2019", "'")):
        return True
    if GOVERNMENT_OF.match(text[end:end + 30].replace("\u2019", "'")):
        return True  # "Giorgia Meloni's government": the one who leads it
    if re.match(r"\s*,\s*who\b", text[end:end + 12]):
        return True  # "founded in 2009 by Jarkko Lehto, who still runs it": "who" is a person's
    return bool(PERSON_ROLE_AFTER.match(text[end:end + 80].replace("\u2019", "'")))


USED_AFTER = re.compile(r"\s+(?:(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?(?:used(?!\s+to\b)|deployed(?!\s+to\b)"
                        r"|installed|planted)|(?:a|avait|aurait)\s+été\s+(?:utilisée?|déployée?|installée?"
                        r"|détectée?))\b", re.I)
GOVERNMENT_OF = re.compile(r"'s\s+(?:government|administration|cabinet)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|[\"«]\s*)$")
_PARTICIPLE = re.compile(r"^[A-ZÉ][a-zéèêîôûç]+(?:ée|ées|és|[a-zéèêîôûç]{5}é|[^aeiouhmy\W]ed)$")
_TITLE_HALF = re.compile(r"^(?:Premier|Première|Prime)$")
_KIND_BEFORE_NAME = re.compile(r"^(?:[A-Z][\w\-]+\s+){1,2}(?:company|firm|group|maker|vendor|manufacturer|start-?up"
                               r"|contractor|provider)$")


def not_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word the NER takes for a name that is not one: a participle or adjective opening a
    sentence before a comma ("Interrogée, la ministre", "Asked, the firm"), or the first half of a
    title written with a capital ("Premier ministre", "Prime Minister"), a day or a month before a comma
    ("Vendredi, la société …"), a place and a kind of firm before the firm's name ("the Milan company Hacking
    Team")."""
    span = text[start:end]
    after = text[end:end + 12]
    if _KIND_BEFORE_NAME.match(span) and re.match(r" [A-Z]", after):
        return True
    if fold(span) in CALENDAR and after.startswith(","):
        return True  # "Vendredi, la société a livré …": a day, not a name the apposition types
    if _TITLE_HALF.match(span) and re.match(r"\s+(?:ministre|[Mm]inister)\b", after):
        return True
    return bool(_PARTICIPLE.match(span) and after.startswith(",")
                and _SENTENCE_START.search(text[max(0, start - 3):start]))


PERSON_PARTICLE = re.compile(r"^[A-Z][a-zé]+(?:\s+[A-Z][\w\-]+)*\s+(?:al|el|ben|bin|ibn|abu|ould)[-\s]"
                             r"[A-Z]\w+")


def capital_country(pipes, name: str) -> str | None:
    return pipes.capitals.get(fold(name))


def nationality(text: str, start: int, end: int) -> str | None:
    """ISO code from "la société française X", "X, une entreprise allemande", "the British firm X", "X, a
    Danish company", "X, an Israeli spyware vendor"."""
    for m in (_NAT_BEFORE.search(_before(text, start)), _NAT_AFTER.match(text[end:end + 40]),
              _NAT_EN.search(_before(text, start)), _NAT_EN_AFTER.match(text[end:end + 60])):
        for word in (m.group(1).lower().split() if m else ()):
            if word in NATIONALITY:
                return NATIONALITY[word]
    return None


EXTEND = {  # words after a mention that still belong to its name
    "Law": re.compile(r"^\s+(?:de\s+l['’]UE|de\s+l['’]Union\s+européenne|européen(?:ne)?|of\s+the\s+EU|"
                      r"du\s+\d{1,2}(?:er)?\s+\w+\s+\d{4})"),
    "Product": re.compile(r"^\s+(?:de\s+(?:la\s+)?marque|made\s+by|fabriquée?s?\s+par)\s+[A-Z][\w\-]+"),
    "PublicBody": re.compile(r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,4}"
                             r"(?:Region|Province|Prefecture|County"
                             r"|Municipality|Governorate)\b"),  # "Public Security Bureau of the X Region"
}


def extend(text: str, m: Mention) -> int:
    """The end of `m` once its name's tail is included ("réglementation anti-torture de l'UE",
    "grenades lacrymogènes de marque X")."""
    rx = EXTEND.get(m.type)
    if m.type == "Product" and not m.text[:1].islower():
        return m.end  # a product with a name of its own ("des blindés Sherpa fabriqués par X") ends there
    hit = rx.match(text[m.end:m.end + 60]) if rx else None
    return m.end + hit.end() if hit else m.end


_NAME = r"[A-ZÉÈ][\w'’\-]+(?:\s+(?:[A-ZÉÈ]\.|[A-ZÉÈ][\w'’\-]+)){1,3}"
BYLINE = re.compile(rf"^(?:By|Par)\s+({_NAME}(?:\s*(?:,|&|\band\b|\bet\b)\s*{_NAME})*)\s*(?:[-–—,|]|$)", re.M)


def byline_mentions(doc: Document) -> list[Mention]:
    """The authors named by a byline line ("By Anna Berg & Tom Reed - 4 May 2021", "Par Anne Roy et
    Luc Gay"): persons, which the NER often misses after the first."""
    out = []
    for line in BYLINE.finditer(doc.text):
        for name in re.finditer(_NAME, line.group(1)):
            s, e = line.start(1) + name.start(), line.start(1) + name.end()
            out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "Person",
                               source="rule"))
    return out


# capitalised words before a legal form that open a sentence or a clause rather than the name
OPENERS = {"selon", "pour", "par", "le", "la", "les", "des", "de", "du", "un", "une", "et", "mais", "chez",
           "avec", "après", "avant", "depuis", "dans", "en", "au", "aux", "sur", "contre", "quand", "the",
           "a", "an", "in", "at", "for", "by", "with", "from", "when", "after", "before", "since", "and",
           "but", "or", "as", "according", "of", "to", "on", "its", "their", "his", "her", "while", "both",
           "unlike", "like"}
_LEGAL_NAME = re.compile(rf"(?<![\w\-.])(?:[dlDL]['’])?((?:(?!\d+\.\s)[A-Z0-9ÉÈ][\w&\-.]*\s+|&\s+){{1,4}}?{LEGAL})"
                         r"(?![\w\-])")


def _opened(text: str, s: int, e: int, also: tuple[str, ...] = ()) -> tuple[int, int]:
    """The span without the words that open a sentence or clause before the name ("Selon", "The")."""
    while (first := re.match(r"(\S+)\s+", text[s:e])) and (
            first.group(1).lower() in OPENERS or first.group(1) in also):
        s += first.end()
    return s, e


def legal_names(doc: Document) -> list[Mention]:
    """Companies named with their legal form ("Computerlinks FZCO", "Norvik Labs GmbH", "d'Alvéo SAS"): the
    capitalised words before the form, without a sentence's opening word ("Selon Norvik AG")."""
    out = []
    for m in _LEGAL_NAME.finditer(doc.text):
        s, e = _opened(doc.text, *m.span(1), also=("&",))
        e -= doc.text[s:e].endswith(".")
        if re.fullmatch(LEGAL, doc.text[s:e]):
            continue
        out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "Company",
                           source="rule"))
    return out


_CAP = r"[A-ZÉÈ][\w\-]+"
_WATCH = re.compile(rf"(?<![\w\-])({_CAP}(?:\s+{_CAP}){{0,2}}\s+Watch)"
                    r"(?!\s+(?:Series|Ultra|SE|\d))(?![\w\-])")
_FOR = re.compile(rf"(?<![\w\-])((?:{_CAP}\s+){{1,3}}(?:Center|Centre|Institute|Observatory|Coalition"
                  rf"|Alliance|Network|Committee|Campaign|Foundation)\s+(?:for|on|against)\s+(?:the\s+)?"
                  rf"{_CAP}(?:\s+(?:and\s+|&\s+|of\s+)?{_CAP}){{0,4}})")


_POUR = re.compile(r"(?<![\w\-])((?:Institut|Centre|Observatoire|Comité|Ligue|Fédération|Collectif"
                   r"|Association|Fondation|Réseau|Coalition|Alliance)(?:\s+[\w\-']+){0,3}?\s+(?:pour|contre)"
                   r"\s+(?:la\s+|le\s+|les\s+|l['’])?[a-zéèà][\w\-]+"
                   r"(?:\s+(?:[a-zéèà][\w\-'’]+|l['’]\w+|[A-ZÉ]\w+)){0,8})"
                   r"(?=\s*\(([A-Z]{2,8})\))")


# a university by its place: "l'université de Toronto", "l'université hébraïque de Jérusalem", "the University
# of Oslo", "Stanford University" (not the possessive after it: "the University of Oslo's School of Law")
UNIVERSITY = (r"(?:[Uu]niversité\s+(?:[a-zà-ÿ]+\s+)?(?:(?:de|du)\s+|d['’])(?:la\s+|l['’])?{c}"
              r"|[Uu]niversité\s+{c}(?:\s+{c})?|University\s+of\s+(?:the\s+)?{c}(?:\s+{c})?"
              r"|(?:{c}\s+){{1,2}}(?:State\s+)?University(?!\s+of\b))").format(c=r"[A-ZÉÈ][\w\-]*[\w]")
_UNIVERSITY = re.compile(rf"(?<![\w\-])({UNIVERSITY})(?![\w\-])")


def ngo_names(doc: Document) -> list[Mention]:
    """Organisations named by the shape of their name: "X Watch", "X Center for Human Rights", a French
    name whose acronym follows in parentheses ("Centre européen pour les droits des migrants (CEDM)"), and
    universities by their place ("l'université de Toronto", "the University of Oslo")."""
    out = []
    for rx in (_WATCH, _FOR, _POUR, _UNIVERSITY):
        for m in rx.finditer(doc.text):
            s, e = _opened(doc.text, *m.span(1), also=("ONG", "NGO"))  # "L'ONG Human Rights Watch"
            if len(doc.text[s:e].split()) > 1:
                out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "Organization",
                                   source="rule"))
    return out


_EN_BODY = re.compile(r"(?<![\w\-])([A-Z][\w.]*[\w])\s+((?:public\s+|federal\s+|state\s+)?"
                      r"(?:prosecutors?['’]?s?\s+office|prosecutors|prosecution\s+service"
                      r"|customs(?:\s+(?:authorities|officials|service))?|police|army"
                      r"|(?:district\s+|high\s+|appeals?\s+|criminal\s+)?court"
                      r"|intelligence\s+services?|(?:[a-z]+\s+)?ministry"
                      r"|government"
                      r"|data[\s\-]protection\s+(?:authority|agency|regulator|watchdog)"
                      r"|privacy\s+(?:regulator|watchdog)))(?![\w\-])"
                      r"(?!\s+(?:officers?|officials?|agents?|personnel|uniforms?)\b)")  # "a Serbian police officer"
_FR_BODY = re.compile(r"(?<![\w\-])((?:douanes?|parquet(?:\s+(?:fédéral|national))?"
                      r"|armée(?:\s+de\s+l['’]air|\s+de\s+terre"
                      r"|\s+régulière|\s+nationale|\s+populaire)?|junte"
                      r"|Trésor|police(?:\s+nationale)?|gendarmerie(?:\s+nationale)?|[Gg]arde\s+nationale"
                      r"|gouvernement"
                      r"|forces\s+(?:de\s+sécurité|armées)|services?\s+secrets?|renseignement\s+militaire"
                      r"|services?\s+(?:nationa(?:l|ux)\s+)?de\s+(?:sécurité|renseignements?)"
                      r"(?:\s+(?:militaires?|intérieurs?|extérieurs?))?)\s+([^\W\d_]+))(?![\w\-])")
_STATE_ABBREV = {"us": "us", "u.s": "us", "uk": "gb", "eu": None}
# a region's adjective before its government ("the Walloon government", "le gouvernement flamand"): a
# sub-state body, of the region's state (a national government stands for its state); read for a
# government only (a region's adjective is no nationality of a firm or a person)
_REGION_ADJ = {"walloon": "be", "wallon": "be", "wallonne": "be", "flemish": "be", "flamand": "be",
               "bavarian": "de", "bavarois": "de", "catalan": "es", "scottish": "gb", "ecossais": "gb",
               "welsh": "gb", "gallois": "gb", "quebecois": "ca", "basque": "es"}
# a government department by its portfolio: "the Commerce Department", "Interior Ministry", "le ministère grec
# des Affaires étrangères", "le département américain du Commerce", "le département d'État"
_PORTFOLIO = (r"(?:Commerce|Justice|State|Treasury|Defen[cs]e|Interior|Home|Foreign(?:\s+Affairs)?"
              r"|Homeland\s+Security|Internal\s+Affairs|Public\s+Security|State\s+Security|Labou?r|Energy"
              r"|Finance|Economy|Trade|Industry|Health|Education|Transport|Telecommunications?|Communications"
              r"|Information|Digital\s+Affairs|Intelligence)")
PORTFOLIO = _PORTFOLIO  # the resolver reads department names with the same words
PORTFOLIO_ONLY = re.compile(_PORTFOLIO)
_EN_CABINET = re.compile(rf"(?<![\w\-]){_PORTFOLIO}\s+(?:Department|Ministry)(?![\w\-])")
_FR_CABINET = re.compile(r"(?<![\w\-])(?:minist[eè]re|département)(?:\s+([a-zéèëïç]+))?\s+"
                         r"(?:d['’]État|de\s+l['’][A-ZÉ][\w\-]+|de\s+la\s+[A-ZÉ][\w\-]+|du\s+[A-ZÉ][\w\-]+"
                         r"|des\s+[A-ZÉ][\w\-]+(?:\s+(?:étrangères|intérieures|sociales|économiques))?)")


def _departments_state(name: str) -> str | None:
    """A cabinet "Department" / "département" named by its portfolio alone is the United States' (the state
    whose ministries are departments: "the Justice Department", "le département d'État"); a ministry says no
    state."""
    return "us" if re.search(r"(?i)\bd[ée]parte?ment\b", name) else None


def cabinet_bodies(doc: Document) -> list[Mention]:
    """Government departments named by their portfolio ("the Commerce Department", "Interior Ministry",
    "le ministère grec des Affaires étrangères", "le département américain du Commerce"). A state's name
    before the English form joins it later ("US Commerce Department", mentions._state_prefixed); the
    resolver reads the state of an adjective inside the name."""
    out = [_body(doc, m.start(), m.end(), _departments_state(m.group())) for m in _EN_CABINET.finditer(doc.text)]
    for m in _FR_CABINET.finditer(doc.text):
        if m.group(1) and not demonyms().get(fold(m.group(1))):
            continue  # "le ministère actuel de …": not a nationality, not this body's name
        code = demonyms()[fold(m.group(1))] if m.group(1) else _departments_state(m.group())
        out.append(_body(doc, m.start(), m.end(), code))  # "le ministère égyptien de l'Intérieur": Egypt's
    return out


COURT_KINDS = {"supreme", "high", "constitutional", "federal", "administrative", "appeals", "appellate",
               "district", "circuit", "military", "criminal", "civil", "national", "international", "european"}


def state_bodies(doc: Document) -> list[Mention]:
    """Public bodies named by their kind and their state or city rather than a name: "German prosecutors",
    "the Munich prosecutor's office", "Italian customs", "les douanes françaises", "le parquet allemand",
    "la gendarmerie togolaise", "les forces de sécurité égyptiennes".
    Each keeps the words as written (no guess at the office's own name) and the state's country when the
    words give it; "authorities"/"autorités" stand for the state itself (anaphora.py), not for a body."""
    out = []
    for m in _EN_BODY.finditer(doc.text):
        word = m.group(1)
        code = demonyms().get(fold(word)) or _STATE_ABBREV.get(fold(word).rstrip("."))
        if m.group(2) == "government":  # a national government stands for its state (anaphora.py)
            code = _REGION_ADJ.get(fold(word))
            if not code:
                continue
        court = m.group(2).endswith("court") and fold(word) not in COURT_KINDS
        if (m.group(2) == "police" or court) and not code:  # "the Oslo police", "a Copenhagen court": a
            code = capitals().get(fold(word))  # capital's police or court is its state's
        city = ("prosecutor" in m.group(2) or court) and word.lower() not in OPENERS and word[1:].islower()
        if code or city:
            out.append(_body(doc, m.start(1), m.end(2), code))
    for m in _FR_BODY.finditer(doc.text):
        code = _REGION_ADJ.get(fold(m.group(2))) if m.group(1).startswith("gouvernement") \
            else demonyms().get(fold(m.group(2)))  # "le gouvernement français" stands for France
        if code:
            out.append(_body(doc, m.start(1), m.end(1), code))
    return out


# a body named by its kind in lower case, with its state's possessive, name or adjective before it ("Israel's
# defence ministry", "Bahrain's security forces", "the Hong Kong police", "Libyan military intelligence",
# "the Myanmar military"): a cabinet ministry by its portfolio, the forces, the intelligence services, the
# police; not a person of it ("police officer"), not a modifier ("military-grade", "army-style")
_KIND_EN = re.compile(
    r"(?<![\w\-])((?:foreign|defen[cs]e|interior|home|justice|finance|trade|commerce|economy|industry|information"
    r"|communications?|telecommunications?|digital|health|energy|transport|security|intelligence"
    r"|foreign\s+affairs|internal\s+affairs|public\s+security|state\s+security)\s+ministry"
    r"|military\s+(?:intelligence|junta|police)"
    r"|(?:(?:national|state|secret|federal|military|domestic|foreign)\s+)?intelligence\s+(?:services?|agency)"
    r"|security\s+(?:forces|services)|armed\s+forces|air\s+force|navy|army|military|junta"
    r"|(?:(?:national|secret|federal|state|riot)\s+)?police)"
    r"(?![\w\-]|\s+(?:officers?|officials?|agents?|personnel|uniforms?|stations?|academy|grade|style)\b)")
# the bare noun that stands for a body of the one state in view ("the military seized power", "the junta",
# "the police", "the security forces", "the intelligence services", "the interior ministry", "l'armée", "la
# junte", "la police", "les forces de l'ordre", "les services de renseignement", "le ministère de
# l'Intérieur"): not "an army of lobbyists", "l'armée de réserve de X", "the army of X", "la police de l'air",
# nor the police in general ("the police in many countries", "la police dans le monde entier"); not the
# ministries whose business is other states' (defence, foreign affairs, justice: "Myanmar bought the drones.
# The defence ministry approved the export" is the seller's)
_GENERIC_EN = (r"(?!\s+(?:of\b|in\s+(?:many|most|several|some|other|all|dozens|numerous|various|much|more"
               r"|the\s+world|democrac)|around\b|across\b|worldwide\b|everywhere\b|elsewhere\b|generally\b))")
_BARE_EN = re.compile(r"(?<![\w\-])[Tt]he\s+((?:military\s+)?junta|military|army|police"
                      r"|(?:security|armed)\s+forces|(?:intelligence|security|secret)\s+services?"
                      rf"|(?:interior|home)\s+ministry)(?![\w\-]){_GENERIC_EN}")
# without an article, where a sentence or a clause opens on it ("In Bahrain, security forces arrested",
# "Police detained thousands"): not "sells to security forces in Asia"
_BARE_EN_OPEN = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=,\s))([Pp]olice|[Ss]ecurity\s+forces)"
                           rf"(?![\w\-]){_GENERIC_EN}", re.M)
_BARE_FR = re.compile(r"(?<![\w\-])(?:[Ll]['’]|[Ll]a\s+|[Ll]es\s+|[Ll]e\s+|[Aa]ux?\s+|[Dd]u\s+)"
                      r"(armée|junte(?:\s+militaire)?|police|forces\s+(?:de\s+l['’]ordre|de\s+sécurité"
                      r"|armées)|services?\s+de\s+renseignements?|services?\s+secrets"
                      r"|ministère\s+de\s+l['’]Intérieur)(?![\w\-])"
                      r"(?!\s+(?:de|d['’]|du|des)(?:\s|(?<=['’])))"
                      r"(?!\s+(?:partout|dans\s+(?:le\s+monde|de\s+nombreux|plusieurs|bien\s+des|tous|toutes"
                      r"|la\s+plupart|d['’]autres)|à\s+travers|en\s+général))")
# the United Nations' panels of experts ("a United Nations panel of experts", "the UN Panel of Experts on
# Libya", "le groupe d'experts de l'ONU", "le groupe d'experts des Nations unies sur le Soudan")
_UN_PANEL = re.compile(
    r"(?<![\w\-])(?:(?:United\s+Nations|UN|U\.N\.)(?:\s+Security\s+Council)?\s+[Pp]anel\s+of\s+[Ee]xperts"
    r"(?:\s+on\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
    r"|(?:groupe|panel|comité)\s+d['’]experts\s+(?:de\s+l['’]ONU|des\s+Nations\s+[Uu]nies|onusiens?)"
    r"(?:\s+sur\s+(?:la\s+|le\s+|l['’])?[A-ZÉ][\w\-]+)?)(?![\w\-])")


def described_bodies(doc: Document, sdoc=None, pipes=None) -> list[Mention]:  # type: ignore[no-untyped-def]
    """Public bodies named by a description rather than a name: a kind of body after a state's possessive,
    name or adjective ("Israel's defence ministry", "Bahrain's security forces", "the Hong Kong police",
    "Libyan military intelligence", "the Myanmar military"); the bare "the military" / "the junta" / "the
    police" / "the security forces" / "the intelligence services" / "the interior ministry" / "l'armée" / "la
    junte" / "la police" / "les forces de l'ordre" / "les services de renseignement" / "le ministère de
    l'Intérieur" where one state is in view (_state_in_view: the sentence names one state before it, or names
    none there and the last of the two before that names any names one; "In Serbia, the police bought" is
    Serbia's, "Israel sold drones to the police" is nobody's, nor is "the police bought cameras from Israel";
    not in a quotation opened in its paragraph: a speaker's "la police" is as often the police anywhere as his
    state's); the United Nations' panels of experts. The kind must be the head of its phrase in
    the parse ("Egypt's military budget" names no body); the possessive's owner a state the gazetteer knows,
    or its capital ("Kyiv's"). The mention keeps the state's words as written."""
    text = doc.text
    out = [_body(doc, m.start(), m.end(), None) for m in _UN_PANEL.finditer(text)]
    for m in _KIND_EN.finditer(text):
        found = _state_before(text, m.start(1), pipes)
        if found is not None and _heads(sdoc, m.start(1), m.end(1)):
            out.append(_body(doc, found[0], m.end(1), found[1]))
    for rx in (_BARE_EN, _BARE_EN_OPEN, _BARE_FR) if sdoc is not None and pipes is not None else ():
        for m in rx.finditer(text):
            quoted = quote_opened(text, text.rfind("\n", 0, m.start(1)) + 1, m.start(1)) is not None
            code = None if quoted else _state_in_view(sdoc, m.start(1), pipes, m.end(1))
            if code and _heads(sdoc, m.start(1), m.end(1)):
                out.append(_body(doc, m.start(1), m.end(1), code))
    return out


def _state_before(text: str, start: int, pipes) -> tuple[int, str] | None:  # type: ignore[no-untyped-def]
    """Where the state's words before a body's kind start, and its code: a state's name or its capital in the
    possessive ("Israel's", "Kyiv's"), an adjective of nationality or a state's name ("Libyan", "Hong Kong",
    "US", "Myanmar"), of two capitalised words or one."""
    before = text[max(0, start - 40):start]
    owner = re.search(r"(?<![\w\-.])([A-Z][\w\-.]*(?:\s+[A-Z][\w\-]*)?)['’]s\s+$", before)
    for words in _last_words(owner.group(1) if owner else "") if pipes is not None else ():
        code = state_code(words, pipes) or capital_country(pipes, words)
        if code:
            return start - len(owner.group()) + owner.group(1).rfind(words), code
    adj = re.search(r"(?<![\w\-.])([A-Z][\w\-.]*(?:\s+[A-Z][\w\-]*)?)\s+$", before)
    for words in _last_words(adj.group(1) if adj else ""):
        code = demonyms().get(fold(words)) or _STATE_ABBREV.get(fold(words).rstrip(".")) or (
            state_code(words, pipes) if pipes is not None else None)
        if code:
            return start - len(adj.group()) + adj.group(1).rfind(words), code
    return None


def _last_words(words: str) -> list[str]:
    """"Hong Kong" -> ["Hong Kong", "Kong"]: the two capitalised words, then the last alone."""
    parts = words.split()
    return [" ".join(parts[-n:]) for n in (2, 1) if len(parts) >= n]


def state_code(name: str, pipes) -> str | None:  # type: ignore[no-untyped-def]
    """ISO code of a state's name, from the gazetteer."""
    entry = pipes.lookup(name)
    return entry.country if entry is not None and entry.type == "Country" else None


def _heads(sdoc, s: int, e: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the span's last word heads its phrase: no noun or adjective follows it ("military equipment",
    "army budget", "the army chief"; not "the military seized power", which the parser may read as "military
    power"), but for a spokesman's title ("the army spokesman") and after a ministry ("China's foreign ministry
    spokesman", "defence ministry officials"). True without a parse."""
    span = sdoc.char_span(s, e, alignment_mode="expand") if sdoc is not None else None
    if span is None or span.end >= len(sdoc) or span[-1].lower_ == "ministry":
        return True  # "China's foreign ministry spokesman": a ministry is no modifier of things
    nxt = sdoc[span.end]
    return nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ in _SPEAKERS


_SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "porte-parole"}  # "the army spokesman said"


# a state named as the origin of a company rather than as a state in view: "Japan's KDDI", "an Israeli
# surveillance company", "Israeli NSO", "la société israélienne X"; an outlet's or an NGO's likewise ("the
# American daily", "le quotidien américain", "l'ONG britannique")
_ORIGIN_AFTER = re.compile(rf"^(?:['’]s\s+[A-Z]|\s+[A-Z]|\s+(?:[\w\-]+\s+){{0,2}}?(?:{KIND_NOUNS['Company'][0]}"
                           r"|group|groups|companies|firms|vendors|makers|daily|newspaper|weekly|magazine"
                           r"|broadcaster|outlet|NGO|organi[sz]ation)\b)")
_ORIGIN_BEFORE = re.compile(rf"(?:{KIND_NOUNS['Company'][1]}|groupe|sociétés|entreprises|firmes|quotidien"
                            r"|hebdomadaire|journal|magazine|chaîne|ONG|organisation)(?:\s+[\w\-]+)?\s+$", re.I)


# a sale to the noun that follows: the state named before the verb sells to another's forces ("Israel sold
# drones to the army", "La France a livré des blindés à l'armée")
_SOLD_TO = re.compile(r"\b(?:vend\w*|ventes?|fourni\w*|livr\w*|export\w*|sold|sells?|sales?|suppl(?:y|ie\w*)"
                      r"|deliver\w*|ship\w*|expédi\w*)\b(?:(?!\b(?:by|par)\b).)*(?:\b(?:to|for)|(?<!\w)(?:à|au|aux|pour))"
                      r"\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$", re.I | re.S)


def _state_in_view(sdoc, pos: int, pipes, end: int | None = None  # type: ignore[no-untyped-def]
                   ) -> str | None:
    """The one state the sentence at `pos` names before the body (by its name or an adjective of nationality),
    or right after it ("the police in Serbia"), or where it names none there, the one the nearest of the two
    sentences before names, if that names any; None where two states are in view. A state named as a
    company's origin ("Japan's KDDI", "an Israeli surveillance company", "la société israélienne X", "a
    company based in Israel") is not in view; nor is one that the sentence says sells to the noun ("Israel
    sold drones to the army": whose army is not said; but "In Egypt, X sold drones to the police" is Egypt's).
    A state the sentence names after the body, other than the one in view, leaves it unsaid whose body acts
    ("the police bought cameras from Israel", "the army used them against Libya", "le ministère a signé un
    accord avec Bahreïn")."""
    text = sdoc.text
    end = pos if end is None else end
    sents = [s for s in sdoc.sents if s.start_char <= pos]
    after: set[str] = set()
    for back, sent in enumerate(reversed(sents[-3:])):
        named = _states_named(sent, pipes)
        if back == 0:
            after = {c for c, at in named if at >= end and not _RIGHT_AFTER.match(text, end, at)}
            named = [(c, at) for c, at in named if at < pos or _RIGHT_AFTER.match(text, end, at)]
        codes = {c for c, _ in named}
        if not codes:
            continue
        sold = back == 0 and any(at < pos and _SOLD_TO.search(text, at, pos)
                                 and not _PLACE_IN.search(text, max(0, at - 12), at) for _, at in named)
        if len(codes) > 1 or sold:
            return None
        code = next(iter(codes))
        return code if after <= {code} else None
    return None


# "In Egypt, Velkor sold drones to the police": the place of the sale, not its seller
_PLACE_IN = re.compile(r"(?:^|(?<![\w\-]))(?:[Ii]n|[Ee]n|[Aa]u|[Aa]ux)\s+(?:the\s+)?$")
# "the police in Serbia", "la police en Serbie", "la police de Kampala", "la police pour l'agglomération de
# Kampala": the state (or its capital) right after the body, where it acts
_RIGHT_AFTER = re.compile(r"\s+(?:(?:pour|for)\s+(?:l['’]|la\s+|le\s+|the\s+)?[\w\-]+\s+)?"
                          r"(?:in|en|au|aux|à|de|d['’]|du|of)\s*(?:the\s+)?$")
# "a company based in Israel", "une société installée en Israël": the state a company is based in
_BASED_IN = re.compile(r"(?:\b(?:based|headquartered|registered|incorporated)\s+in"
                       r"|\b(?:basée?s?|installée?s?|établie?s?|implantée?s?|domiciliée?s?|enregistrée?s?)"
                       r"\s+(?:en|au|aux|à))\s+(?:the\s+)?$", re.I)


def _states_named(sent, pipes) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(code, offset) of the states a sentence names by their name, their capital or an adjective of
    nationality, but a company's origin."""
    text = sent.doc.text
    named = [(entry.country, ent.start_char) for ent in sent.ents
             if ent.label_ == "Country" and (entry := pipes.lookup(ent.text)) is not None
             and not _ORIGIN_AFTER.match(text[ent.end_char:ent.end_char + 60])
             and not _BASED_IN.search(text[max(0, ent.start_char - 40):ent.start_char])]
    named += [(_capital(ent.text, pipes), ent.start_char) for ent in sent.ents
              if ent.label_ in ("LOC", "GPE")]  # "dans des quartiers du Caire": Egypt's (None dropped below)
    named += [(demonyms()[fold(t.text)], t.idx) for t in sent if fold(t.text) in demonyms() and (
        t.text[:1].isupper() or t.pos_ == "ADJ") and not _ORIGIN_AFTER.match(text[t.idx + len(t):t.idx + 80])
        and not _ORIGIN_BEFORE.search(text[max(0, t.idx - 40):t.idx])]
    return [(c, at) for c, at in named if c]


def _capital(name: str, pipes) -> str | None:  # type: ignore[no-untyped-def]
    """The state whose capital `name` is, written with or without its article ("du Caire", "Caire")."""
    bare = re.sub(r"^(?:du|de\s+la|de\s+l'|de|d'|le|la|l'|au|à)\s*", "", fold(name))
    return next((pipes.capitals[k] for k in (fold(name), bare, "le " + bare, "la " + bare)
                 if k in pipes.capitals), None)


def _body(doc: Document, s: int, e: int, code: str | None) -> Mention:
    out = Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], "PublicBody", source="rule")
    out.country = code
    return out


_TITLES = (r"(?:(?:President|Prime\s+Minister|Premier|Président|Presidente|Premier\s+ministre|Chancellor"
           r"|King|Sheikh)\s+)?")
_LED = re.compile(r"\b(?:gouvernement|administration|cabinet|régime|government|regime)"
                  r"\s+(?:de\s+|d['’]|of\s+)"
                  rf"{_TITLES}(?!{_PROGRAMME}\b)"
                  r"([A-ZÉÈ][a-zéèëïíóúñ]+(?:[\-][A-ZÉÈ][a-zéèëïíóúñ]+)?"
                  r"(?:\s+(?:[A-ZÉÈ][a-zéèëïíóúñ'’\-]+)){1,3})(?![\w\-])")
_SMALL = r"(?:petite|jeune|grande|modeste|discrète|small|young|little|tiny|obscure)"
_FIRM = r"(?:société|entreprise|firme|start-?up|PME|company|firm)"
_APPOSED = re.compile(rf"(?<![\w\-])([A-ZÉÈ][\w\-]+(?:\s+[A-ZÉÈ][\w\-]+)?),\s+(?:(?:une?|a|an)\s+)?{_SMALL}"
                      rf"\s+{_FIRM}\b"
                      r"|(?<![\w\-])([A-ZÉÈ][\w\-]+(?:\s+[A-ZÉÈ][\w\-]+)?),\s+"
                      r"(?:société|entreprise|firme|PME)\s")
_GOODS = (r"(?:appareils?|blindés?|véhicules?|hélicoptères?|drones?|frégates?|sondes?|logiciels?|boîtiers?"
          r"|appliances|devices|probes|boxes|vehicles|drones)")
_PRODUCT_NAME = r"(?:[A-Z][a-z]+[A-Z][\w\-]*|[A-Z][A-Z0-9\-]*[A-Z0-9](?![\w\-])|[A-Z][a-z]{2,}(?![\w\-]))"
_AFTER_GOODS = re.compile(rf"(?<![\w\-]){_GOODS}\s+((?:{_PRODUCT_NAME})"
                          rf"(?:\s*(?:,|et|and)\s+{_PRODUCT_NAME})*)")
_BEFORE_GOODS = re.compile(r"(?<![\w\-])([A-Z][a-z]+[A-Z][\w\-]*|[A-Z]{2,}[a-z]*[A-Z0-9]*)\s+"
                           r"(?:appliances|devices|probes|boxes)\b")


_KIND_OF_PERSON = re.compile(r"(?<![\w\-])(?:journaliste|avocate?|militante?|opposante?|chercheu(?:r|se)"
                             r"|blogueu(?:r|se)|dissidente?|eurodéputée?|journalist|lawyer|activist"
                             r"|researcher"
                             r"|blogger|dissident)"
                             r"\s+(?!(?:de|du|des|d|of|at|for|from|à|au)\b)(?:[a-zéèêï\-]+\s+)?"
                             r"([A-ZÉÈ][a-zéèëïíóú]+(?:-[A-ZÉÈ][a-zéèëïíóú]+)?\s+[A-ZÉÈ][a-zéèëïíóú][\w\-]*)"
                             r"(?![\w\-]|\s+[A-ZÉÈ])")
_KIND_OF_COMPANY = re.compile(rf"(?<![\w\-])(?:{_FIRM}|groupe|group)\s+(?:[\w\-]+\s+)?"
                              r"([A-Z][a-z]+[A-Z][A-Za-z]*)(?![\w\-])")


# a newspaper, a broadcaster or a news site named after the noun that says so, with its city or nationality
# before it ("the Copenhagen daily Politiken", "the Israeli daily Haaretz", "le quotidien Le Monde", "the
# German weekly Der Spiegel", "le site d'information Mediapart")
OUTLET_NOUN = (r"(?:daily|weekly|newspaper|magazine|broadcaster|tabloid|news\s+(?:site|website|outlet|agency)"
               r"|quotidien|hebdomadaire|journal|magazine|mensuel|site\s+d'information|site\s+d'investigation"
               r"|média\s+en\s+ligne|radio|chaîne)")
_OUTLET = re.compile(rf"(?<![\w\-])(?:(?:[Tt]he|[Ll]e|[Ll]a|[Uu]n|an?|A)\s+|[Ll]')(?:[A-Z][\w\-]+\s+|[a-zéè]+\s+){{0,2}}?{OUTLET_NOUN}"
                     r"\s+((?:(?:The|Le|La|Les|Der|Die|Das|El|Il)\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
                     r"(?![\w\-])")
OUTLET_AFTER = re.compile(rf"^\s+{OUTLET_NOUN}\s+[A-Z]")


def outlet_names(doc: Document) -> list[Mention]:
    """Newspapers, broadcasters and news sites named after the noun that says what they are ("the
    Copenhagen daily Politiken"): the NER often takes the city before the noun for the outlet."""
    return [_typed(doc, *m.span(1), "Organization") for m in _OUTLET.finditer(doc.text.replace("’", "'"))
            if fold(m.group(1).split()[0]) not in CALENDAR]  # "the weekly Monday meeting"


# "the Brazilian company Fortiva Defesa", "la société chypriote Ardent Tech": a company noun, at most a
# nationality, then a capitalised name of one to three words (not a title: "company CEO John Smith")
_COMPANY_THEN_NAME = re.compile(
    r"(?<![\w\-])(?:company|firm|manufacturer|maker|vendor|contractor|société|entreprise|firme|fabricant)"
    r"\s+(?:(?!(?:de|du|des|la|le|les|et|en|une?)\s)[a-zéèêëï]{3,}(?:ais|aise|ois|oise|ien|ienne|ain|aine|ique"
    r"|and|ande|ote|e)\s+)?"
    r"(?!(?:CEO|Chief|President|Chairman|Director|Managing|Head|Founder|PDG|Président|Directeur)\b)"
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})(?![\w\-])")


@lru_cache(maxsize=None)
def _role_apposed() -> re.Pattern:
    """A first name and a surname before a company's title in apposition, alone in it ("Marko Salo, a
    former sales director, said", "Marc Roux, l'ancien directeur commercial,"): lexicon roles,
    company_titles."""
    titles = lexicon("roles")["company_titles"]
    alt = "|".join(sorted((re.escape(t) for ts in titles.values() for t in ts), key=len, reverse=True))
    return re.compile(r"(?<![\w\-])([A-ZÉÈ][a-zéèëïíóú]+(?:-[A-ZÉÈ][a-zéèëïíóú]+)?\s+[A-ZÉÈ][a-zéèëïíóú][\w\-]*)"
                      r",\s+(?i:(?:(?:a|an|the|its|un|une|le|la|l'|son|sa)\s*)?(?:(?:former|then|ancien(?:ne)?|ex-)\s*)?"
                      rf"(?:{alt}))(?=\s*[,;)])")


def role_apposed(doc: Document) -> list[Mention]:
    """Persons the NER misses, named with a company's title set after the name ("Marko Salo, a former sales
    director, said"); not a sentence opener ("Chez Helix, le porte-parole, …")."""
    return [_typed(doc, *m.span(1), "Person") for m in _role_apposed().finditer(doc.text.replace("’", "'"))
            if m.group(1).split()[0].lower() not in OPENERS and not NOT_PERSON_WORD.search(m.group(1))
            and not COMPANY_TAIL.search(m.group(1))]


def kind_named(doc: Document) -> list[Mention]:
    """Names written right after a noun saying what they name, which the NER misses: a person after a
    profession of the story ("le journaliste indépendant Stavros Milonakis", "the activist Tariq
    Benhamou"), a company in CamelCase after a company noun ("the Swiss-Italian group NetWarden")."""
    out = [_typed(doc, *m.span(1), "Person") for m in _KIND_OF_PERSON.finditer(doc.text)]
    out += [_typed(doc, *m.span(1), "Company") for m in _KIND_OF_COMPANY.finditer(doc.text)]
    return out + [_typed(doc, *m.span(1), "Company") for m in _COMPANY_THEN_NAME.finditer(doc.text)
                  if fold(m.group(1).split()[0]) not in OPENERS | CALENDAR]


def leader_mentions(doc: Document) -> list[Mention]:
    """Persons named as the head of a government or an administration ("sous le gouvernement de Nikos
    Varelakis", "the administration of Ramón Ortega"): two to four capitalised words after the noun. A
    state's name has the same shape ("the government of Saudi Arabia"): mentions.py drops listed names."""
    return [_typed(doc, *m.span(1), "Person") for m in _LED.finditer(doc.text)]


def company_appositions(doc: Document) -> list[Mention]:
    """Companies named before an apposition that says what they are: "Tervano, petite société rachetée
    par …", "Helmark, a small company bought by …", "Brisca, entreprise fondée en 2012"."""
    out = []
    for m in _APPOSED.finditer(doc.text):
        g = 1 if m.group(1) else 2
        s, e = _opened(doc.text, *m.span(g))
        if doc.text[s:e].split()[0].lower() not in OPENERS:
            out.append(_typed(doc, s, e, "Company"))
    return out


def goods_names(doc: Document) -> list[Mention]:
    """Products named right after a plural noun of goods, alone or listed ("des véhicules blindés Marlo
    et KVX", "ses appareils NetGuardX"), or in CamelCase or capitals before one ("its PacketWarden
    appliances"). Words that open a clause ("Et", "The") are not names."""
    out = []
    for m in _AFTER_GOODS.finditer(doc.text):
        for name in re.finditer(_PRODUCT_NAME, m.group(1)):
            if name.group().lower() not in OPENERS and not (name.group() in ("et", "and")):
                out.append(_typed(doc, m.start(1) + name.start(), m.start(1) + name.end(), "Product"))
    for m in _BEFORE_GOODS.finditer(doc.text):
        out.append(_typed(doc, *m.span(1), "Product"))
    return out


_GOODS_NOUN = (r"(?:spyware|malware|software|tool|platform|system|program|programme|product|suite|trojan"
               r"|framework|toolkit|exploit|implant|backdoor|app|application|device|solution"
               r"|logiciel|outil|plate-?forme|système|dispositif|produit|solution|maliciel|mouchard"
               r"|cheval\s+de\s+Troie|application|programme|appareil)")
_NAMING = (r"(?:called|named|dubbed|known\s+as|code-?named|branded(?:\s+as)?|marketed\s+as|sold\s+as"
           r"|baptisée?s?|appelée?s?|nommée?s?|surnommée?s?|dénommée?s?|connue?s?\s+sous\s+le\s+nom\s+de"
           r"|du\s+nom\s+de|commercialisée?s?\s+sous\s+le\s+nom\s+de)")
_CAPS_NAME = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?![\w\-])"
# "the spyware, called Karma,", "le programme connu sous le nom de Popcorn", "a tool dubbed “Reign”": a name
# that a noun of goods gives
_NAMED_GOODS = re.compile(rf"(?<![\w\-]){_GOODS_NOUN}(?:\s+[\w\-]+){{0,2}}?\s*,?\s+{_NAMING}\s+[«“\"]?\s*"
                          rf"({_CAPS_NAME})", re.I)
# "the Heliconia framework", "the Corvid spyware": a name before a noun only tools are; "its Nightjar
# phone-extraction platform", "the Eagle interception system": before a noun of goods, with at most one
# describing word between (not a nationality, a region or a city: REGION_WORDS, demonyms, capitals; names
# the gazetteer lists as another type are dropped later)
_BEFORE_TOOL = re.compile(rf"(?<![\w\-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+({_PRODUCT_NAME})\s+(?:(?:framework|toolkit"
                          r"|exploit(?:\s+chain|\s+kit)?|implant|backdoor|spyware|malware|stalkerware|trojan)"
                          r"|(?:[a-z][a-z]*(?:-[a-z]+)?\s+)?"
                          r"(?:platform|system|software|suite|tool|device|app|programme|program)s?)(?![\w\-])")
REGION_WORDS = {"european", "african", "asian", "arab", "western", "eastern", "gulf", "latin", "middle",
                "nordic", "american", "soviet", "internet", "global", "national", "federal", "government"}
# "its filtering product, WebAdmin,": a name in CamelCase or capitals set between commas after the noun
_APPOSED_GOODS = re.compile(rf"(?<![\w\-])(?i:{_GOODS_NOUN}),\s+([A-Z][a-z]+[A-Z][\w\-]*|[A-Z]{{2,}}[A-Z0-9\-]*)"
                            r"\s*,")


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w\-]*\s$")  # a capitalised word right before: inside a name


def named_goods(doc: Document) -> list[Mention]:
    """Products a noun of goods names with "called" ("the spyware, called Karma", "l'outil baptisé
    Hermit", "le programme connu sous le nom de Popcorn"), or whose name stands before a noun only tools
    are ("the Heliconia framework", "its ENDOFDAYS exploit"), or in CamelCase between commas after one
    ("its filtering product, WebAdmin,"): the NER types such names as it likes."""
    out = []
    for m in _NAMED_GOODS.finditer(doc.text):
        name = re.match(_CAPS_NAME, m.group(1))  # the match ran case-blind: its capitalised words only
        if doc.text[m.start()].isupper() and _CAPITALISED_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()):
            continue  # the noun inside a name ("the Defense Acquisition Program Administration, known as DAPA")
        if name is not None and name.group().lower() not in OPENERS:
            out.append(_typed(doc, m.start(1), m.start(1) + name.end(), "Product"))
    for rx in (_BEFORE_TOOL, _APPOSED_GOODS):  # "the Corvid spyware", not "the Israeli spyware"
        out += [_typed(doc, *m.span(1), "Product") for m in rx.finditer(doc.text)
                if fold(m.group(1)) not in demonyms() and fold(m.group(1)) not in REGION_WORDS
                and not capitals().get(fold(m.group(1)))]
    return out


# "l'allemand Krauss-Maffei Wegmann", "le suédois Saab", "la chinoise Huawei": in French a nationality
# written in lower case before a name is an adjective whose noun ("le groupe") is left out; a person's
# nationality is a capitalised noun ("le Français Jean Dupont")
_NATIONAL_FIRM = re.compile(r"(?<![\w\-])(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])([a-zéèêëïîôç]+)\s+"
                            r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})(?![\w\-])")


def national_firms(doc: Document) -> list[Mention]:
    """Companies named after a lower-case nationality in French ("de l'allemand Krauss-Maffei Wegmann",
    "le suédois Veltrix Arms"), with that nationality's country; not a capitalised nationality noun, which
    names a person ("le Français Jean Dupont")."""
    out = []
    if doc.language != "fr":
        return out
    for m in _NATIONAL_FIRM.finditer(doc.text):
        code = demonyms().get(fold(m.group(1)))
        name = m.group(2)
        if code and name.split()[0].lower() not in OPENERS:
            mention = _typed(doc, *m.span(2), "Company")
            mention.country = code
            out.append(mention)
    return out


def _typed(doc: Document, s: int, e: int, mtype: str) -> Mention:
    return Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], mtype, source="rule")


def rule_mentions(doc: Document, sdoc=None, pipes=None) -> list[Mention]:
    """Lower-case public bodies (ministries, prosecutors, police forces, investigating judges), bylines,
    companies named with their legal form, organisations named by their name's shape."""
    out = byline_mentions(doc) + legal_names(doc) + ngo_names(doc) + state_bodies(doc) + leader_mentions(doc)
    out += described_bodies(doc, sdoc, pipes)
    out += cabinet_bodies(doc) + apposed_names(doc, sdoc, pipes)
    out += company_appositions(doc) + goods_names(doc) + named_goods(doc) + kind_named(doc) + outlet_names(doc)
    out += role_apposed(doc) + national_firms(doc) + foreign_names(doc, sdoc, pipes)
    for t, rx in _RULES:
        for m in rx.finditer(doc.text):
            s, e = m.span()
            out.append(Mention(Mention.make_id(doc.id, s, e), doc.id, s, e, doc.text[s:e], t, source="rule"))
    return out


# Names whose inner words the NER or the gazetteer cut off. A capitalised word that goes on a name must be a
# common word of the language ("Security", "Customs", "Sécurité"), not a name of its own ("Ristek"), so that
# two names side by side stay two; an English word that is also a verb ("Contract", "Wins") may be a
# headline's, not a name's.
_NAME_WORD = r"[A-ZÉÈÀÂÊÎÔÛÇ][a-zà-ÿ][\w\-]*"
_NAME_STEP = re.compile(rf"( ?& ?| (?:and|et) |, | )({_NAME_WORD}|Co\b\.?)")  # on one line
_ORG_TYPES = ("Company", "Organization", "PublicBody")


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's function words of English or French (spaCy is imported only when a name is read)."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(EN if lang == "en" else FR)


# the last word of a name that is whole: "and" after it opens a list ("Amnesty International and Omega")
_WHOLE_NAME = re.compile(rf"{COMPANY_TAIL.pattern}|{PUBLIC_TAIL.pattern}|{_LEGAL_END.pattern}"
                         r"|\s(?:International|Watch|Foundation|Institute|Centre|Center|Trust|Network|Initiative"
                         r"|Coalition|Alliance|Association|Society|Union|Council|Commission|Company|Bank|Ministry"
                         r"|Agency|Authority|Office|Department|Court|Tribunal|Treasury|Police|Army|Navy|Parliament"
                         r"|Senate|Assembly|Government|Directorate|Bureau|Services?|Forces|Guard)$")


def common_word(pipes, lang: str, word: str) -> bool:
    """Whether a word is a common word of `lang` rather than a name, and no function word of either
    language ("Dans"): in English a noun of the English model's lemma index that is no verb ("Customs",
    "Skills", "Identity"); in French a word the French vectors know, each part of a compound ("Sécurité",
    "Croix-Rouge")."""
    low = word.lower()
    if low in _stop_words("en") or low in _stop_words("fr"):
        return False
    if lang == "en":
        index = _lemma_index(pipes)
        forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
        return any(f in index["noun"] for f in forms) and not any(f in index["verb"] for f in forms)
    vocab = pipes.for_language("fr").vocab
    return all(part and vocab[part].has_vector for part in low.split("-"))


_INDEX: dict[int, dict[str, frozenset[str]]] = {}  # the English lemma index's words, per lemmatizer


def _lemma_index(pipes) -> dict[str, frozenset[str]]:
    """The English lemmatizer's index of words by part of speech (noun, verb, adj, adv), read once."""
    lemmatizer = pipes.for_language("en").get_pipe("lemmatizer")
    key = id(lemmatizer)
    if key not in _INDEX:
        table = lemmatizer.lookups.get_table("lemma_index")
        _INDEX[key] = {pos: frozenset(table[pos]) for pos in ("noun", "verb", "adj", "adv")}
    return _INDEX[key]


def name_end(text: str, start: int, end: int, mtype: str, common, listed) -> int:
    """The end of an organisation's name that goes on past the span read: over "&" and the capitalised
    words after it ("Veltia Identity & Security", "Corvex & Co"); over capitalised common words up to a
    word in lower case or a stop ("Nervo Sport Sécurité" after the gazetteer's "Nervo Sport"); over one
    last common word after "and"/"et", with a list of such words before it, when the name's own last word
    is a capitalised common word that leaves it unfinished ("Tarsia Revenue and Customs", "Department for
    Trade, Innovation and Skills"; not "Amnesty International and Omega": a list). Not over a name of its
    own ("Nervala and Ristek", "Ristek Systems, Nervala and Corvex"), nor a name the gazetteer lists, nor a
    weekday, nor onto the next line; not where a capitalised word follows (the words open another name).
    `common` says whether a word is common, `listed` whether the gazetteer names it."""
    if mtype not in _ORG_TYPES or not text[start:start + 1].isupper():
        return end
    words = text[start:end].split()
    prev = bool(words) and words[-1][:1].isupper() and common(words[-1]) and not _WHOLE_NAME.search(text[start:end])
    pos, best, joined, listing = end, end, False, False
    while (step := _NAME_STEP.match(text, pos)) and not joined:
        sep, word = step.group(1).strip(), step.group(2)
        if fold(word) in CALENDAR or listed(word):
            break
        if sep in ("and", "et", ","):
            ok = prev and common(word) and len(words) > 1
            joined, listing = sep != ",", sep == ","
        else:  # after a comma, only the list's next word or its last one ("Hacking Team, Remote Control")
            ok = not listing and (sep == "&" or common(word))
        if not ok:
            break
        pos, prev = step.end(), common(word)
        best = pos if sep != "," else best
    if best > end and re.match(r" [A-ZÉÈ]|[\w\-]", text[best:best + 2]):
        return end  # "Amnesty International and Human Rights Watch": the next words are a name's
    return best


def demonym_end(text: str, start: int, end: int, common) -> int:
    """The end of a French organisation's name with the nationality adjective that closes it
    ("Croix-Rouge libanaise", "Ligue tunisienne"): where the name before it has two words or more, or an
    organisation's head word, each a common word ("Veltia libanaise" is a firm with its country, which the
    adjective gives elsewhere; "l'État français" is the state; an apposition has its comma: "Veltia,
    libanaise depuis 2010")."""
    after = re.match(r" ([a-zéèêëïîôç]+)(?![\w\-])", text[end:end + 30])
    words = [w for w in re.split(r"[\s\-]+", text[start:end]) if w and w.lower() not in ("la", "le", "les", "l'")]
    whole = len(words) > 1 or any(t == "Organization" and rx.fullmatch(w) for t, rx in _HEAD for w in words)
    if after and after.group(1) in NATIONALITY and whole and words[0][:1].isupper() and all(map(common, words)):
        return end + after.end()
    return end


# a name in a language other than French or English, with words in lower case inside, before the noun of an
# organisation ("Haki na Sheria Initiative") or after the noun of a broadcast programme ("the investigative
# programme Uppdrag granskning"): the NER keeps its capitalised words only
_ORG_NOUN = (r"(?:Initiative|Foundation|Centre|Center|Institute|Trust|Network|Coalition|Project|Alliance|Forum"
             r"|Society|Association|Collective|Fondation|Institut|Collectif|Observatoire|Réseau)")
ORG_NOUN_END = re.compile(rf"\s{_ORG_NOUN}$")
_FOREIGN_ORG = re.compile(rf"(?<![\w\-])({_NAME_WORD}(?: (?:[A-ZÉÈ][\w\-]+|[a-zà-ÿ]+)){{1,4}}? {_ORG_NOUN})"
                          r"(?![\w\-])")
_PROGRAMME_NOUN = re.compile(r"(?<![\w\-])(?:(?:[Tt]he|an?|[Ii]ts|[Tt]heir)\s+(?:investigative\s+)?"
                             r"(?:programme|program|show|documentary|series)"
                             r"|(?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+|[Uu]ne?\s+|[Ss]on\s+|[Ss]a\s+)"
                             r"(?:émission|magazine|documentaire|série)(?:\s+d['’](?:investigation|enquête))?)"
                             rf"\s+[«\"“]?\s*({_NAME_WORD}(?: [a-zà-ÿ]+){{1,3}})")
#: French function words (not spaCy's French stop words, which hold Swahili's "na" and Italian's "da")
_FUNCTION_FR = {"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "à", "au", "aux", "en",
                "pour", "par", "sur", "dans", "avec", "sans", "sous", "chez", "qui", "que", "dont", "se", "sa",
                "son", "ses", "ce", "cette", "il", "elle", "ils", "elles", "a", "est", "ont", "sont", "ne", "pas",
                "lui", "leur", "y", "on", "nous", "vous", "je", "tu", "me", "te", "nos", "vos", "leurs"}
_STOP_POS = {"VERB", "AUX", "ADV", "ADP", "DET", "CCONJ", "SCONJ", "NUM", "PART"}


def _foreign(pipes, sdoc, start: int, word: str) -> bool:
    """Whether a lower-case word inside a name is no French or English word: not a function word of either
    language, not an English word of three letters or more that the lemma index knows, and in a French text
    not read by the parse as a verb, an adverb or a function word (in an English text, as a verb: the
    English model reads a foreign word as it likes)."""
    if word in _stop_words("en") or word in _FUNCTION_FR:
        return False
    span = sdoc.char_span(start, start + len(word), alignment_mode="expand") if sdoc is not None else None
    tok = span[0] if span is not None else None
    index = _lemma_index(pipes)
    lemmas = {word, word.rstrip("s"), tok.lemma_.lower() if tok is not None else word}
    if len(word) > 2 and any(w in index[pos] for w in lemmas for pos in index):
        return False
    stop = _STOP_POS if sdoc is not None and sdoc.lang_ == "fr" else {"VERB", "AUX"}
    return tok is None or tok.pos_ not in stop


def foreign_names(doc: Document, sdoc, pipes) -> list[Mention]:
    """Organisations and programmes named in another language, with lower-case words inside ("Haki na
    Sheria Initiative", "l'émission Uppdrag granskning"): each lower-case word must be foreign (_foreign),
    else the name is not read ("Nervala funded Corvex Foundation": a verb)."""
    if pipes is None:
        return []
    out = []
    for m in _FOREIGN_ORG.finditer(doc.text):
        lower = list(re.finditer(r"(?<![\w\-])[a-zà-ÿ]+(?![\w\-])", m.group(1)))
        if lower and m.group(1).split()[0].lower() not in OPENERS \
                and all(_foreign(pipes, sdoc, m.start(1) + w.start(), w.group()) for w in lower):
            out.append(_typed(doc, *m.span(1), "Organization"))
    for m in _PROGRAMME_NOUN.finditer(doc.text):
        s = m.start(1)
        words = list(re.finditer(r"\S+", m.group(1)))
        kept = 1
        while kept < len(words) and _foreign(pipes, sdoc, s + words[kept].start(), words[kept].group()):
            kept += 1
        if kept > 1:
            out.append(_typed(doc, s, s + words[kept - 1].end(), "Organization"))
    return out
