"""Common titles of public life and of the trade's press and NGOs give roles like the older ones (sentences
written for these tests, real parses): a prosecutor, a judge, an MP, an ambassador, an editor, an analyst."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("text,lang,names,expected", [
    ("Anne Roux, procureure du parquet de Lyon, a requis une amende.", "fr",
     {"Anne Roux": "Person", "parquet de Lyon": "PublicBody"}, ("Anne Roux", "parquet de Lyon", "prosecutor")),
    ("Paul Weber, rédacteur en chef de Radar, a confirmé l'information.", "fr",
     {"Paul Weber": "Person", "Radar": "Organization"}, ("Paul Weber", "Radar", "editor-in-chief")),
    ("Tom Reed, a senior researcher at Privacy Watch, said the devices were still online.", "en",
     {"Tom Reed": "Person", "Privacy Watch": "Organization"}, ("Tom Reed", "Privacy Watch", "researcher")),
    ("Ana Ortiz, the executive director of Privacy Watch, called for an inquiry.", "en",
     {"Ana Ortiz": "Person", "Privacy Watch": "Organization"}, ("Ana Ortiz", "Privacy Watch", "executive director")),
])
def test_titles_give_roles(text, lang, names, expected):
    f = Facts(text, lang, names, {})
    assert f.rel(expected[0], "employed_by", expected[1]).role == expected[2]
