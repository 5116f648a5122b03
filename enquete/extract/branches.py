"""Branches named after their parent, when the document names the parent on its own too:
- a national section, the parent's name and a state: "Amnesty International France" of "Amnesty
  International", "Nervala Kenya" of "Nervala" (a legal form names the company itself: "Trovicor GmbH" is
  Trovicor);
- an organ of an institution, named "<organ> of <institution>": "le Conseil de l'Union européenne" of
  "l'Union européenne", "the Court of Justice of the European Union" of "the European Union".
Each gives subsidiary_of, quoted from the sentence that names the branch. A state is never the parent (a
ministry is its state's, not a part of it: roles.py), nor is an organ named after a place ("Haute Cour de
Nairobi").
"""

from __future__ import annotations

import re
from functools import lru_cache

from enquete import model
from enquete.extract.anaphora import demonyms
from enquete.extract.names import countries, fold
from enquete.extract.relations import Sent, evidence

PARENTS = ("Company", "Organization", "PublicBody")
#: the organs of an institution, before "of" / "de": what makes "X of Y" a part of Y
ORGAN = re.compile(r"^(?:the |le |la |l')?(?:Council|Court(?: of Justice| of Auditors)?|Commission|Parliament"
                   r"|Secretariat|Committee|Assembly|Conseil|Cour(?: de justice| des comptes)?|Tribunal"
                   r"|Parlement|Secrétariat|Comité|Assemblée|Bureau|Office)\b.*?\s(?:of the |of |de l'|de la "
                   r"|du |des |de )$", re.I)


@lru_cache(maxsize=None)
def state_words() -> frozenset[str]:
    """The folded names of every state and their adjectives ("France", "French", "française")."""
    return frozenset({fold(n) for e in countries() for n in e.names} | set(demonyms()))


def _branch(longer: str, parent: str) -> bool:
    """Whether the name `longer` is a branch of `parent` by its words (see the module docstring)."""
    if len(longer) <= len(parent) or not parent[:1].isupper():
        return False  # "la police française" is no branch of a "police"
    if longer.startswith(parent + " "):
        return fold(longer[len(parent) + 1:].strip()) in state_words()
    if longer.endswith(" " + parent) or longer.endswith("'" + parent):
        return ORGAN.match(longer[:len(longer) - len(parent)]) is not None
    return False


def branch_relations(sents: list[Sent], doc: model.Document) -> list[model.Relation]:
    """subsidiary_of for each branch named after a parent the document names on its own."""
    named = [(m, sent) for sent in sents for m in sent.mentions if m.type in PARENTS]
    parents = {m.text.replace("’", "'"): m for m, _ in named if m.type in PARENTS}
    out, seen = [], set()
    for m, sent in named:
        name = m.text.replace("’", "'")
        for text, parent in parents.items():
            if (name, text) in seen or not _branch(name, text):
                continue
            seen.add((name, text))
            out.append(model.Relation(m.id, "subsidiary_of", parent.id, evidence(doc, sent, m.start, m.end),
                                      confidence=0.6, extractor="pattern:branch-v1"))
    return out
