"""A checklist of reported-speech constructions as news on the surveillance trade writes them, French and
English: each sentence's speaker and stance, and near misses that report nothing. Sentences written for
this checklist (behavioural testing of general constructions, not of any article)."""

import pytest

from tests.facts.conftest import Facts

LEAD = {"en": "Velkor Systems sold the platform to Serbia. ", "fr": "Velkor Systems a vendu la plateforme à la Serbie. "}
NAMES = {"Velkor Systems": "Company", "Serbia": "Country", "Serbie": "Country", "Human Rights Watch": "Organization",
         "Amnesty International": "Organization", "Access Now": "Organization", "Maria Lund": "Person",
         "Tomas Berg": "Person", "Bratislav Gasic": "Person", "Reuters": "Organization", "AFP": "Organization"}


def _said(lang: str, text: str) -> list[tuple[str | None, str]]:
    full = LEAD[lang] + text
    f = Facts(full, lang, {n: t for n, t in NAMES.items() if n in full}, {},
              countries={"Serbia": "rs", "Serbie": "rs"})
    return [(f.name(c.speaker), c.stance) for c in f.claims if c.evidence.start >= len(LEAD[lang])]


@pytest.mark.parametrize("lang,text,speaker,stance", [
    # a named speaker and a speech verb, with an addressee or a medium between
    ("en", "Velkor Systems told Reuters that the platform complied with the law.", "Velkor Systems", "affirms"),
    ("fr", "Velkor Systems a indiqué à l'AFP que la plateforme respectait la loi.", "Velkor Systems", "affirms"),
    ("en", "In a statement, the company said it had followed all export rules.", "Velkor Systems", "affirms"),
    ("fr", "Dans un communiqué, l'entreprise assure avoir respecté les règles.", "Velkor Systems", "affirms"),
    # denials, with or without a clause
    ("en", "The firm has always denied selling to Belarus.", "Velkor Systems", "denies"),
    ("fr", "L'entreprise a toujours nié toute vente au Bélarus.", "Velkor Systems", "denies"),
    ("en", "Velkor Systems rejected the report's conclusions.", "Velkor Systems", "denies"),
    ("en", "Velkor Systems called the report baseless.", "Velkor Systems", "denies"),
    # accusations and findings
    ("en", "Human Rights Watch accused Velkor Systems of enabling abuses.", "Human Rights Watch", "affirms"),
    ("fr", "Human Rights Watch accuse Velkor Systems de favoriser la répression.", "Human Rights Watch",
     "affirms"),
    ("en", "Amnesty International found that the platform had been used against protesters.",
     "Amnesty International", "affirms"),
    ("fr", "Amnesty International estime que la vente viole le droit international.", "Amnesty International",
     "affirms"),
    ("en", "A report by Access Now concluded that the system enabled mass surveillance.", "Access Now",
     "affirms"),
    ("fr", "Un rapport d'Access Now conclut que le système permet une surveillance de masse.", "Access Now",
     "affirms"),
    # a judgement passed by calling a thing something
    ("en", "Human Rights Watch called the sale unlawful.", "Human Rights Watch", "affirms"),
    ("fr", "Amnesty International qualifie la vente d'illégale.", "Amnesty International", "affirms"),
    # people: apposed roles, inverted speech
    ("en", "Maria Lund, a lawyer for Velkor Systems, said the sale was lawful.", "Maria Lund", "affirms"),
    ("en", "\"The system is fully legal,\" said Tomas Berg, Velkor's spokesman.", "Tomas Berg", "affirms"),
    ("en", "Serbian Interior Minister Bratislav Gasic claimed the cameras reduced crime.", "Bratislav Gasic",
     "affirms"),
    ("fr", "L'avocat de Velkor Systems, Maria Lund, conteste toute infraction.", "Maria Lund", "denies"),
    # a view given by "Pour X," / "In the view of X," that judges
    ("fr", "Pour Amnesty International, cette vente est illégale.", "Amnesty International", "affirms"),
    ("en", "In the view of Amnesty International, the sale is unlawful.", "Amnesty International", "affirms"),
    # a relative clause on the speaker
    ("en", "Velkor Systems, which denies any wrongdoing, kept the contract.", "Velkor Systems", "denies"),
    ("fr", "Velkor Systems, qui dément toute vente illégale, a gardé le contrat.", "Velkor Systems", "denies"),
    # a state through its government
    ("en", "The Serbian government said the cameras were used for traffic control.", "Serbia", "affirms"),
])
def test_speaker_and_stance(lang: str, text: str, speaker: str, stance: str) -> None:
    assert (speaker, stance) in _said(lang, text)


def test_a_present_read_as_a_participle_still_speaks() -> None:
    """"Me X, avocat de Y, conteste": the tagger reads "conteste" as a participle with no subject."""
    said = _said("fr", "Me Maria Lund, avocat de Velkor Systems, conteste toute infraction.")
    assert [st for _, st in said] == ["denies"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Velkor Systems declined to comment."),
    ("fr", "Contactée, Velkor Systems n'a pas donné suite."),
    ("en", "Velkor Systems called the new platform Argus."),  # a name given, no judgement
    ("en", "Analysts called the unlawful sale a scandal."),  # no one named speaks
    ("fr", "La vente d'illégale importance a eu lieu."),
    ("fr", "Pour Amnesty International, une vente a eu lieu en 2019."),  # a fact told, no view
    ("fr", "Pour la Serbie, le contrat est important."),  # a state's stake, not its words
])
def test_no_claim(lang: str, text: str) -> None:
    assert [s for s, _ in _said(lang, text) if s] == []


@pytest.mark.parametrize("lang,text,date", [
    ("en", "Amnesty International said in a report published in February 2022 that Velkor Systems had "
           "delivered the cameras in 2019.", "2022-02"),
    ("fr", "Dans un rapport publié en mars 2021, Amnesty International affirme que Velkor Systems a vendu les "
           "caméras en 2018.", "2021-03"),
    ("en", "Amnesty International said Velkor Systems had published its price list in 2018.", "2024-05-10"),
])
def test_the_paper_s_date_is_when_it_was_said(lang: str, text: str, date: str) -> None:
    dates = {"February 2022": ("2022-02", "month"), "mars 2021": ("2021-03", "month"),
             "2019": ("2019", "year"), "2018": ("2018", "year")}
    f = Facts(text, lang, {n: t for n, t in NAMES.items() if n in text},
              {k: v for k, v in dates.items() if k in text}, published="2024-05-10")
    assert [c.date for c in f.claims] == [date]
