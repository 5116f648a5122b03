"""Claims battery (issue #5, unseen text): reported speech with its speaker and stance, and near misses
that report nothing (narration, questions, plans, refusals, acts named by a speech verb, a place or an
outlet's city before its name). Sentences written for these tests, French and English."""

from __future__ import annotations

import pytest

from tests.facts.conftest import Facts, check_integrity

pytestmark = pytest.mark.integration

FR = {"Nordsec": "Company", "Syrie": "Country", "Paul Roux": "Person", "Léa Martin": "Person",
      "Argus": "Product", "Radar": "Organization", "Ligue Numérique": "Organization", "Lyon": "Organization",
      "Copenhague": "Organization", "Politika": "Organization", "Vexor": "Company"}
EN = {"Helix": "Company", "Egypt": "Country", "Ann Lee": "Person", "Tom Reed": "Person", "Vigil": "Product",
      "Open Watch": "Organization", "Copenhagen": "Organization", "Politiken": "Organization",
      "Boston": "Organization", "Danish": "Organization", "Ledger": "Organization", "Corvid": "Company",
      "Justice Department": "PublicBody"}

# (language, text, expected (speaker, stance) pairs in text order; [] for a near miss)
CASES = [
    # --- English: reported speech
    ("en", "Helix denied that it had sold Vigil to Egypt.\n", [("Helix", "denies")]),
    ("en", "Ann Lee said Helix had shipped Vigil to Egypt in 2015.\n", [("Ann Lee", "affirms")]),
    ("en", "\u201cWe have never sold anything to Egypt,\u201d said Tom Reed, who runs Helix.\n",
     [("Tom Reed", "denies")]),
    ("en", "According to Open Watch, Vigil was deployed in Egypt.\n", [("Open Watch", "affirms")]),
    ("en", "The Copenhagen daily Politiken reported that Helix had sold Vigil to Egypt.\n",
     [("Politiken", "affirms")]),
    ("en", "The Boston-based group Open Watch said that Vigil was found in Egypt.\n",
     [("Open Watch", "affirms")]),
    ("en", "Open Watch said Helix had sold Vigil to Egypt. Helix rejected the report.\n",
     [("Open Watch", "affirms"), ("Helix", "denies")]),
    ("en", "Helix dismissed the allegations as baseless.\n", [("Helix", "denies")]),
    ("en", "Helix contests the findings of Open Watch on Egypt.\n", [("Helix", "denies")]),
    ("en", "Tom Reed said Helix did not sell Vigil to Egypt.\n", [("Tom Reed", "denies")]),
    ("en", "The Justice Department charged Tom Reed in May. Court papers say Helix sold Vigil to Egypt in "
     "2016.\n", [("Justice Department", "affirms")]),
    ("en", "Open Watch said Helix had sold Vigil to Egypt. Helix said the report was false.\n",
     [("Open Watch", "affirms"), ("Helix", "denies")]),
    ("en", "Helix rebutted the claims of Open Watch about Egypt.\n", [("Helix", "denies")]),
    # --- English: near misses
    ("en", "Helix did not respond to requests for comment about Egypt.\n", []),
    ("en", "Helix reportedly sold Vigil to Egypt in 2014.\n", []),
    ("en", "Egypt's interior ministry rejected the findings of Open Watch.\n", []),  # not the state's words
    ("en", "Helix allegedly shipped Vigil to Egypt through Cyprus.\n", []),
    ("en", "Helix sold lawful interception tools to Egypt in 2015.\n", []),
    ("en", "Helix sold Vigil to Egypt in 2014.\n", []),
    ("en", "Did Helix sell Vigil to Egypt?\n", []),
    ("en", "Helix declined to comment on its business in Egypt.\n", []),
    ("en", "Helix reported a loss of three million dollars in Egypt last year.\n", []),
    ("en", "Helix added Egypt to its list of markets in 2013.\n", []),
    ("en", "Helix was accused of selling Vigil to Egypt.\n", []),
    ("en", "A statement from Helix on Egypt is expected next week.\n", []),
    ("en", "Danish police found Vigil servers in a warehouse near Egypt's border.\n", []),
    ("en", "Helix plans to tell investors about Egypt next month.\n", []),
    ("en", "Nobody at Helix would explain why Vigil reached Egypt.\n", []),
    ("en", "The invoice sat badly with what Helix had said about Egypt.\n", []),
    # --- French: reported speech
    ("fr", "Nordsec a démenti avoir vendu Argus à la Syrie.\n", [("Nordsec", "denies")]),
    ("fr", "Selon Paul Roux, Nordsec a livré Argus à la Syrie.\n", [("Paul Roux", "affirms")]),
    ("fr", "« Nous n'avons jamais vendu Argus à la Syrie », assure Paul Roux.\n", [("Paul Roux", "denies")]),
    ("fr", "Nordsec conteste les conclusions de Ligue Numérique sur la Syrie.\n", [("Nordsec", "denies")]),
    ("fr", "Le quotidien de Copenhague Politika a révélé que Nordsec avait livré Argus à la Syrie.\n",
     [("Politika", "affirms")]),
    ("fr", "L'association lyonnaise Ligue Numérique affirme que Argus a servi en Syrie.\n",
     [("Ligue Numérique", "affirms")]),
    ("fr", "Ligue Numérique affirme que Nordsec a livré Argus à la Syrie. Nordsec a rejeté ces accusations.\n",
     [("Ligue Numérique", "affirms"), ("Nordsec", "denies")]),
    ("fr", "Léa Martin a déclaré que Nordsec n'avait jamais livré Argus à la Syrie.\n",
     [("Léa Martin", "denies")]),
    ("fr", "Ligue Numérique et Radar ont porté plainte contre Nordsec. Les deux organisations reprochent à "
     "Nordsec d'avoir livré Argus à la Syrie.\n", [("Ligue Numérique", "affirms"), ("Radar", "affirms")]),
    ("fr", "Nordsec juge infondées les accusations de Ligue Numérique sur la Syrie.\n", [("Nordsec", "denies")]),
    # --- French: near misses
    ("fr", "Nordsec a livré Argus à la Syrie en 2012.\n", []),
    ("fr", "Nordsec a refusé de répondre à nos questions sur la Syrie.\n", []),
    ("fr", "Nordsec a-t-elle vendu Argus à la Syrie ?\n", []),
    ("fr", "Nordsec compte présenter Argus en Syrie l'an prochain.\n", []),
    ("fr", "Nordsec a ajouté la Syrie à la liste de ses marchés.\n", []),
    ("fr", "Nordsec est accusée d'avoir vendu Argus à la Syrie.\n", []),
    ("fr", "Le rapport annuel de Nordsec montre une hausse des ventes en Syrie.\n", []),
    ("fr", "Paul Roux, dit « le Renard », dirige Nordsec depuis 2010.\n", []),
    ("fr", "Nordsec n'a jamais expliqué pourquoi Argus se trouvait en Syrie.\n", []),
    ("fr", "Le quotidien de Copenhague a publié une enquête sur la Syrie.\n", []),
    ("fr", "Paul Roux a expliqué que Nordsec avait quitté la Syrie en 2012.\n", [("Paul Roux", "affirms")]),
    ("fr", "Nordsec avait de son côté affirmé ignorer que Argus était destiné à la Syrie.\n",
     [("Nordsec", "denies")]),
]


def _said(lang: str, text: str) -> list[tuple[str | None, str]]:
    names = {k: v for k, v in (FR if lang == "fr" else EN).items() if k in text}
    f = Facts(text, lang, names, {})
    check_integrity(f)
    return [(f.name(c.speaker), c.stance) for c in f.claims]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_claims8(lang: str, text: str, expected: list[tuple[str | None, str]]) -> None:
    got = _said(lang, text)
    assert got == expected
