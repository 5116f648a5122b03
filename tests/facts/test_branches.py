"""Branches named after their parent (extract/branches.py): a national section (the parent's name and a
state; not a legal form, which names the company itself), an organ of an institution ("<organ> of
<institution>"), each only where the document names the parent on its own. Sentences written for these
tests; about half of the cases are near misses."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration

NAMES = {
    "Amnesty International France": "Organization", "Amnesty International": "Organization",
    "Veltia Systems GmbH": "Company", "Veltia Systems": "Company", "Veltia France": "Company",
    "Ristek Labs Ltd": "Company", "Ristek Labs": "Company", "Ristek Labs Security": "Company",
    "Conseil de l'Union européenne": "PublicBody", "Union européenne": "PublicBody",
    "Council of the European Union": "PublicBody", "European Union": "PublicBody",
    "Court of Justice of the European Union": "PublicBody", "Commission européenne": "PublicBody",
    "Banque de France": "PublicBody", "France": "Country", "Haute Cour de Nairobi": "PublicBody",
    "Kenya": "Country", "Nervala Kenya": "Company", "Nervala": "Company", "Human Rights Watch": "Organization",
    "Amnesty": "Organization", "Cour suprême du Kenya": "PublicBody", "Watch Lab Germany": "Organization",
    "Watch Lab": "Organization", "Comité de soutien à Nervala": "Organization",
    "police française": "PublicBody", "police": "PublicBody",
}

CASES = [
    # (lang, text, expected subsidiary_of pairs, forbidden pairs)
    ("fr", "Amnesty International France a publié une note. Amnesty International réclame un embargo.",
     [("Amnesty International France", "Amnesty International")], []),
    ("en", "Watch Lab Germany filed the complaint, backed by Watch Lab.",
     [("Watch Lab Germany", "Watch Lab")], []),
    ("en", "Veltia Systems GmbH shipped the probes. Veltia Systems denied it.",
     [], [("Veltia Systems GmbH", "Veltia Systems")]),
    ("fr", "Ristek Labs Ltd a livré les caméras ; Ristek Labs n'a pas répondu.",
     [], [("Ristek Labs Ltd", "Ristek Labs")]),
    ("fr", "La police française a saisi la police.", [], [("police française", "police")]),
    ("en", "Nervala sold the cameras through Nervala Kenya in 2019.", [("Nervala Kenya", "Nervala")], []),
    ("fr", "Le Conseil de l'Union européenne a sanctionné la firme. L'Union européenne avait gelé ses avoirs.",
     [("Conseil de l'Union européenne", "Union européenne")], []),
    ("en", "The Council of the European Union listed the firm, and the European Union froze its assets.",
     [("Council of the European Union", "European Union")], []),
    ("en", "The Court of Justice of the European Union heard the case; the European Union was not a party.",
     [("Court of Justice of the European Union", "European Union")], []),
    # near misses: no parent named on its own, a state is no parent, another word than a state or a form
    ("fr", "Veltia France a livré les caméras en 2019.", [], [("Veltia France", "France")]),
    ("fr", "La Banque de France a gelé les fonds versés en France.", [], [("Banque de France", "France")]),
    ("fr", "La Haute Cour de Nairobi a jugé le programme illégal au Kenya.", [],
     [("Haute Cour de Nairobi", "Kenya")]),
    ("fr", "La Cour suprême du Kenya a annulé l'élection au Kenya.", [], [("Cour suprême du Kenya", "Kenya")]),
    ("en", "Ristek Labs Security is a rival of Ristek Labs.", [], [("Ristek Labs Security", "Ristek Labs")]),
    ("fr", "La Commission européenne et l'Union européenne divergent.", [],
     [("Commission européenne", "Union européenne")]),
    ("en", "Amnesty International and Amnesty both wrote.", [], [("Amnesty International", "Amnesty")]),
    ("fr", "Le Comité de soutien à Nervala défend Nervala.", [], [("Comité de soutien à Nervala", "Nervala")]),
]


@pytest.mark.parametrize("lang, text, expect, forbid", CASES, ids=[c[1][:40] for c in CASES])
def test_branches(lang: str, text: str, expect: list, forbid: list) -> None:
    names = {n: t for n, t in NAMES.items() if n in text}
    names = {n: t for n, t in names.items() if not any(n != m and n in m for m in names)
             or any(n in text.replace(m, "") for m in names if n != m and n in m)}
    f = Facts(text + "\n", lang, names, {})
    found = {(s, o) for s, p, o in f.triples() if p == "subsidiary_of"}
    assert set(expect) <= found, found
    assert not set(forbid) & found, found


if __name__ == "__main__":
    raise SystemExit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
