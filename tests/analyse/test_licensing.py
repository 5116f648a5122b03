"""licensing.showings: sentences that show a transfer went ahead unlicensed, and those that only state a
rule (sentences written for these tests)."""

from __future__ import annotations

import pytest

from enquete.analyse.licensing import showings


def kinds(text: str, names: tuple[str, ...] = ("Veltrix",), evidence: list | None = None) -> list[str]:
    return [s.kind for s in showings("d", text, evidence or [], names)]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Veltrix a expédié les sondes vers Damas sans autorisation.", "unlicensed"),
        ("Veltrix aurait livré le système sans avoir obtenu de licence d'exportation.", "unlicensed"),
        ("Customs say Veltrix shipped the probes without an export licence.", "unlicensed"),
        ("The unlicensed exports by Veltrix went on for two years.", "unlicensed"),
        ("Veltrix agreed to pay a $1.2 million penalty to the regulator for exporting the probes to Iran.",
         "penalised"),
        ("Veltrix a été condamnée à une amende de 300 000 euros pour avoir exporté ces sondes.", "penalised"),
        ("Le ministère a déclaré n'avoir délivré aucune licence à Veltrix pour ce matériel.", "none-granted"),
        ("No export licence was ever granted to Veltrix, the agency said.", "none-granted"),
        ("The agency has not issued any licence to Veltrix since 2015.", "none-granted"),
    ],
)
def test_showings(sentence: str, kind: str) -> None:
    assert kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        # rules, not facts
        "The list bars American firms such as Veltrix from selling to it without a licence.",
        "Veltrix may not supply these probes without a licence.",
        "Ces sondes ne peuvent être exportées par Veltrix sans autorisation.",
        "Depuis 2014, Veltrix doit obtenir une licence ; l'exportation sans licence est interdite.",
        # no licence needed is the opposite
        "La vente de Veltrix n'était soumise à aucune licence particulière.",
        # licensed
        "Veltrix obtained an export licence in 2013 and shipped the probes.",
        "Veltrix a livré les sondes avec l'autorisation du ministère.",
    ],
)
def test_rules_and_licensed_sales_show_nothing(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_sentence_must_concern_the_transfer() -> None:
    text = (
        "Veltrix a vendu des sondes à la Syrie en 2012. "
        "Une autre société, Dornel, a exporté des caméras sans autorisation. "
        "Le rapport ne dit rien d'autre."
    )
    sale = {"start": 0, "end": text.index(".") + 1}
    assert kinds(text, ("Veltrix", "sondes"), [sale]) == []
    assert kinds(text, ("Dornel",), [sale]) == ["unlicensed"]


def test_the_evidence_sentence_itself_and_a_nearby_authority_statement() -> None:
    text = (
        "Les plaignants accusent l'entreprise d'avoir exporté sans autorisation ce logiciel vers l'Égypte. "
        "Elle conteste. "
        "Interrogé, le gouvernement a répondu n'avoir accordé aucune autorisation pour ce type de logiciel. "
        "Cinq paragraphes plus loin. Puis un autre. Et encore un. "
        "Le ministère n'a accordé aucune licence à ce secteur en 2020."
    )
    first = text.index(".") + 1
    got = showings("d", text, [{"start": 0, "end": first}], ("Cortena",))
    assert [s.kind for s in got] == ["unlicensed", "none-granted"]  # the far statement is left
    for s in got:
        assert text[s.start:s.end] == s.quote and s.doc == "d"


def test_a_figure_with_a_decimal_point_stays_in_its_sentence() -> None:
    text = "Veltrix paid a penalty of $2.8 million for shipping probes to Syria. Next sentence."
    (got,) = showings("d", text, [], ("Veltrix",))
    assert got.quote == "Veltrix paid a penalty of $2.8 million for shipping probes to Syria."
