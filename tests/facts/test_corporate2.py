"""Corporate readings the development articles showed missing, tested here on sentences of our own:
- a new name taken ("X prend (peu après) le nom de Z", "the company took the name Z", "X changed its name to
  Z", "the headquarters reopened under a new name, the Z") and those the renamed one had merged with ("L'entreprise,
  rachetée par F et fusionnée avec Y, prend le nom de Z": Z succeeds it and Y, Z is F's);
- a merger ("X merged with Y to form Z": Z succeeds both; "X a fusionné avec Y": X succeeds Y);
- a programme, publication or desk "of" an organisation in apposition ("X, the investigative programme of the
  broadcaster Y": X is Y's);
- a subsidiary with a qualifier before the unit noun ("X, alors filiale du groupe Y", "X, then a unit of Y");
- a person's role in a unit named in apposition after its owner ("P, the managing director of O's German
  affiliate, U": P works for U, as well as inside O's group).
Near misses: a name taken from someone, a name of something else, a name borne already, a merger only
planned, a merger of goods or of units, "X and Y merged" with no name made, a programme of sanctions, a
show about a company, a past role of the parent.

Sentences written for this test, with invented companies."""

from __future__ import annotations

import pytest

from tests.facts.conftest import check_relations

pytestmark = pytest.mark.integration

N, R, H, V, Q = "Nervala SA", "Ristek Systems", "Hadrin Labs", "Veltia Holdings", "Quadrix Labs"
S, U, E = "successor_of", "subsidiary_of", "employed_by"
BEFORE = "Nervala SA fabrique des caméras thermiques depuis 2004. "
BEFORE_EN = "Nervala SA has made thermal cameras since 2004. "

#: (language, text, relations that must be found, relations that must not)
CASES = [
    # a new name taken, with the company named or in view
    ("fr", BEFORE + "L'entreprise, rachetée en 2017 par le fonds Veltia Holdings et fusionnée avec Hadrin Labs, "
                    "prend peu après le nom de Ristek Systems.", {(R, S, N), (R, S, H), (R, U, V)}, {(N, S, H)}),
    ("fr", "Nervala SA, alors filiale du groupe Quadrix Labs, fabrique des caméras. L'entreprise, rachetée en "
           "2017 par Veltia Holdings, prend le nom de Ristek Systems.", {(R, S, N), (R, U, V)},
     {(R, S, Q), (Q, U, V)}),
    ("fr", "Nervala SA, rachetée en 2017 par Veltia Holdings, vend des drones.", {(N, U, V)}, set()),
    ("fr", "Nervala SA prend en 2019 le nom de Ristek Systems.", {(R, S, N)}, set()),
    ("fr", "Nervala SA a pris le nom de Ristek Systems après son rachat.", {(R, S, N)}, set()),
    ("fr", "Nervala SA, qui a adopté le nom de Ristek Systems, vend des drones.", {(R, S, N)}, set()),
    ("fr", BEFORE + "La société prend ensuite le nom de Ristek Systems.", {(R, S, N)}, set()),
    ("fr", "Nervala SA, rebaptisée Ristek Systems en 2020, vend des drones.", {(R, S, N)}, set()),
    ("fr", "Nervala SA, fusionnée avec Hadrin Labs, prend le nom de Ristek Systems.", {(R, S, N), (R, S, H)},
     {(N, S, H)}),
    ("en", "Nervala SA took the name Ristek Systems in 2019.", {(R, S, N)}, set()),
    ("en", "Nervala SA changed its name to Ristek Systems in 2019.", {(R, S, N)}, set()),
    ("en", BEFORE_EN + "The company later took the name Ristek Systems.", {(R, S, N)}, set()),
    ("en", "Nervala SA was renamed Ristek Systems in 2021.", {(R, S, N)}, set()),
    ("en", "Nervala SA adopted a new name, Ristek Systems, after the scandal.", {(R, S, N)}, set()),
    ("en", "Nervala SA reopened under a new name, Ristek Systems, a year later.", {(R, S, N)}, set()),
    ("en", "Protesters stormed the headquarters of the Interior Security Bureau in 2011. Officials fled. The "
           "headquarters reopened under a new name, the National Protection Bureau, weeks later.",
     {("National Protection Bureau", S, "Interior Security Bureau")}, set()),
    # near misses of a new name
    ("en", "Nervala SA took its name from Hadrin Labs, its first client.", set(), {(H, S, N), (N, S, H)}),
    ("fr", "Nervala SA tire son nom de Hadrin Labs, son premier client.", set(), {(H, S, N), (N, S, H)}),
    ("en", "Nervala SA will take the name Ristek Systems next year.", set(), {(R, S, N)}),
    ("fr", "Nervala SA pourrait prendre le nom de Ristek Systems.", set(), {(R, S, N)}),
    ("en", "Nervala SA never took the name Ristek Systems.", set(), {(R, S, N)}),
    ("en", "Nervala SA operates under the name Ristek Systems in Brazil.", set(), {(R, S, N)}),
    ("en", "Nervala SA sold the drones under a new name, Ristek Systems, in Brazil.", set(), set()),
    ("fr", "Nervala SA a donné le nom de Ristek Systems à sa filiale.", set(), {(R, S, N)}),
    ("en", "Nervala SA changed the name of its product after Hadrin Labs complained.", set(), {(H, S, N)}),
    ("en", "Maren Olsbo took the name Ristek Systems for her new firm.", set(), {(R, S, "Maren Olsbo")}),
    # a merger
    ("en", "Nervala SA merged with Ristek Systems to form Hadrin Labs in 2019.", {(H, S, N), (H, S, R)},
     {(N, S, R)}),
    ("fr", "Nervala SA a fusionné avec Ristek Systems pour former Hadrin Labs.", {(H, S, N), (H, S, R)}, set()),
    ("fr", "Nervala SA a fusionné avec Ristek Systems en 2018.", {(N, S, R)}, {(R, S, N)}),
    ("en", "Nervala SA merged with Ristek Systems in 2018.", {(N, S, R)}, {(R, S, N)}),
    ("en", "Nervala SA and Ristek Systems merged to form Quadrix Labs.", {(Q, S, N), (Q, S, R)}, set()),
    ("en", "In 2018 the fund merged Nervala SA with Ristek Systems.", {(N, S, R)}, set()),
    ("en", "Nervala SA was merged into Ristek Systems in 2020.", {(R, S, N)}, {(N, S, R)}),
    ("en", "Ristek Systems's headquarters reopened under a new name, Quadrix Labs, in 2012.", {(Q, S, R)}, set()),
    ("fr", "Le siège de Ristek Systems a rouvert sous un nouveau nom, Quadrix Labs, en 2012.", {(Q, S, R)},
     set()),
    ("en", "Protesters stormed the headquarters of Nervala SA. The offices reopened under a new name, Quadrix Labs, "
           "in 2012.", set(), {(Q, S, N)}),
    # near misses of a merger
    ("en", "Nervala SA is in talks to merge with Ristek Systems.", set(), {(N, S, R)}),
    ("fr", "Nervala SA envisage de fusionner avec Ristek Systems.", set(), {(N, S, R)}),
    ("en", "Nervala SA plans to merge with Ristek Systems next year.", set(), {(N, S, R)}),
    ("en", "Nervala SA merged its two analytics units in 2018.", set(), set()),
    ("en", "Nervala SA merged the data with Ristek Systems's records.", set(), {(N, S, R)}),
    ("fr", "Nervala SA a fusionné ses deux services en 2018.", set(), set()),
    ("en", "Nervala SA and Ristek Systems merged in 2018.", set(), {(N, S, R), (R, S, N)}),
    ("en", "Nervala SA refused to merge with Ristek Systems.", set(), {(N, S, R)}),
    ("fr", "Maren Olsbo a fusionné avec Ristek Systems ses deux sociétés.", set(), set()),
    # a programme, publication or desk of an organisation
    ("en", "The deal was revealed by Kallsvik Granskning, the investigative programme of the public broadcaster "
           "Nordvision.", {("Kallsvik Granskning", U, "Nordvision")}, set()),
    ("en", "Ristek Systems, the research desk of Nervala SA, found the server.", {(R, U, N)}, set()),
    ("en", "Ristek Systems, a weekly magazine from Nervala SA, ran the story.", {(R, U, N)}, set()),
    ("fr", "Ristek Systems, l'émission d'investigation de Nervala SA, a révélé l'affaire.", {(R, U, N)}, set()),
    ("fr", "Ristek Systems, le supplément hebdomadaire de Nervala SA, a publié l'enquête.", {(R, U, N)}, set()),
    # near misses of a programme
    ("en", "Nervala SA, a programme of sanctions targeting Ristek Systems, began in 2020.", set(), {(N, U, R)}),
    ("en", "Nervala SA, a show about Ristek Systems, aired in 2020.", set(), {(N, U, R)}),
    ("en", "Ristek Systems, the programme's sponsor, paid Nervala SA.", set(), {(R, U, N)}),
    ("en", "Maren Olsbo, the investigative programme of Nervala SA's host, spoke.", set(),
     {("Maren Olsbo", U, N)}),
    ("fr", "Ristek Systems, une émission sur Nervala SA, a été diffusée.", set(), {(R, U, N)}),
    ("en", "Ristek Systems, a supplier of Nervala SA, sold the drones.", set(), {(R, U, N)}),
    # a subsidiary with a qualifier before the unit noun
    ("fr", "Nervala SA, alors filiale du groupe Ristek Systems, vendait des drones.", {(N, U, R)}, set()),
    ("fr", "Nervala SA, à l'époque filiale de Ristek Systems, vendait des drones.", {(N, U, R)}, set()),
    ("en", "Nervala SA, then a subsidiary of Ristek Systems, sold drones.", {(N, U, R)}, set()),
    ("en", "Nervala SA, at the time a unit of Ristek Systems, sold drones.", {(N, U, R)}, set()),
    ("en", "Nervala SA, then a client of Ristek Systems, bought drones.", set(), {(N, U, R)}),
    ("fr", "Nervala SA, alors cliente de Ristek Systems, achetait des drones.", set(), {(N, U, R)}),
    # a role in a unit named in apposition after its owner
    ("en", "Maren Olsbo, the managing director of Nervala SA's German affiliate, Ristek Systems, declined to "
           "comment.", {("Maren Olsbo", E, R), ("Maren Olsbo", E, N)}, set()),
    ("en", "Karim Bensaïd, the chief executive of Nervala SA's Swiss subsidiary, Ristek Systems, said so.",
     {("Karim Bensaïd", E, R)}, set()),
    ("fr", "Karim Bensaïd, le directeur de la filiale allemande de Nervala SA, Ristek Systems, a refusé de "
           "répondre.", {("Karim Bensaïd", E, R)}, set()),
    ("fr", "Karim Bensaïd, le directeur de Nervala SA, Ristek Systems et Quadrix Labs ont refusé de répondre.",
     {("Karim Bensaïd", E, N)}, {("Karim Bensaïd", E, R)}),
    ("en", "Maren Olsbo, the managing director of Nervala SA, and Ristek Systems declined to comment.",
     {("Maren Olsbo", E, N)}, {("Maren Olsbo", E, R)}),
    ("en", "Maren Olsbo, the managing director of Nervala SA, told Ristek Systems it would sue.",
     {("Maren Olsbo", E, N)}, {("Maren Olsbo", E, R)}),
]


@pytest.mark.parametrize("lang,text,want,never", CASES, ids=[c[1][:40] for c in CASES])
def test_corporate(lang: str, text: str, want: set, never: set, pipes) -> None:  # type: ignore[no-untyped-def]
    check_relations(lang, text, want, never, pipes)
