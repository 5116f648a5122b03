"""The date grammar, French and English."""

import pytest

from enquete.extract.dates import find_dates

PUB = "2013-06-20"
CASES = [
    ("Le 18 juin 2013, rien.", [("2013-06-18", "day")]),
    ("le 4 novembre 2011", [("2011-11-04", "day")]),
    ("On November 4, 2011 it started", [("2011-11-04", "day")]),
    ("Nov 4, 2011", [("2011-11-04", "day")]),
    ("on 2011-02-17", [("2011-02-17", "day")]),
    ("le 17/02/2011", [("2011-02-17", "day")]),
    ("en novembre 2013", [("2013-11", "month")]),
    ("in March 2012", [("2012-03", "month")]),
    ("en 2012", [("2012", "year")]),
    ("in 2009", [("2009", "year")]),
    ("du 17 au 20 novembre 2015", [("2015-11-17/2015-11-20", "interval")]),
    ("from 14 to 17 November 2023", [("2023-11-14/2023-11-17", "interval")]),
    ("between 2007 and 2011", [("2007/2011", "interval")]),
    ("de 2007 à 2011", [("2007/2011", "interval")]),
    ("fin 2011", [("2011", "year")]),
    ("début 2010", [("2010", "year")]),
    ("mi-2012", [("2012", "year")]),
    ("early 2010", [("2010", "year")]),
    ("late 2011", [("2011", "year")]),
    ("jusqu'en juillet 2008", [("2008-07", "month")]),
    ("à partir de début 2010", [("2010", "year")]),
    ("from early 2010", [("2010", "year")]),
    ("hier", [("2013-06-19", "day")]),
    ("aujourd'hui", [("2013-06-20", "day")]),
    ("yesterday", [("2013-06-19", "day")]),
    ("il y a quinze jours", [("2013-06-05", "day")]),
    ("il y a quatre semaines", [("2013-05-23", "day")]),
    ("two weeks ago", [("2013-06-06", "day")]),
    ("last March", [("2013-03", "month")]),
    ("les 25 et 27 juin", [("2013-06-25", "day"), ("2013-06-27", "day")]),
    ("in late March", [("2013-03", "month")]),
    ("fin mars", [("2013-03", "month")]),
    ("depuis mai", [("2013-05", "month")]),
    ("last month", [("2013-05", "month")]),
    ("le mois dernier", [("2013-05", "month")]),
    ("last year", [("2012", "year")]),
    ("l'an dernier", [("2012", "year")]),
    ("on 5 July last year", [("2012-07-05", "day")]),
    ("le 2 juillet de l'année dernière", [("2012-07-02", "day")]),
    ("Apple on Tuesday sued", [("2013-06-18", "day")]),
    ("on Thursday", [("2013-06-20", "day")]),
    ("en 2009, puis la même année", [("2009", "year"), ("2009", "year")]),
    ("the same year", []),
    ("in 2016, then the following year", [("2016", "year"), ("2017", "year")]),
    ("en 2016, puis l'année suivante", [("2016", "year"), ("2017", "year")]),
    ("in 2016; two years later", [("2016", "year"), ("2018", "year")]),
    ("en 2016 ; deux ans plus tard", [("2016", "year"), ("2018", "year")]),
    ("the following year", []),  # no year told before it
]


@pytest.mark.parametrize("text,expected", CASES)
def test_grammar(text, expected):
    assert [(d.value, d.precision) for d in find_dates(text, PUB)] == expected


def test_offsets_point_at_the_text():
    text = "Signé en avril 2009, suspendu le 17 février 2011."
    for d in find_dates(text, PUB):
        assert text[d.start:d.end] == d.text


def test_day_without_year_takes_the_preceding_year_first():
    text = "Les émeutes débutent en février 2011. Paris suspend les livraisons dès le 17 février."
    assert [d.value for d in find_dates(text, "2015-09")][-1] == "2011-02-17"


@pytest.mark.parametrize("text,published,expected", [
    # a month named after a later month of a year, in the next paragraph: the last such month before writing
    ("The firm was bought in December 2024.\n\nIn February, it confirmed the sale.", "2025-06-13", "2025-02"),
    ("La société est rachetée en novembre 2012.\n\nEn mars, elle annonce un contrat.", "2013-05", "2013-03"),
    # the last such month before the day of writing, not the first after the month named
    ("Engineers went there in September 2019.\n\nIn February, the firm admitted it.", "2023-03-14", "2023-02"),
    ("Les ingénieurs s'y rendent en septembre 2019.\n\nEn février, la société l'admet.", "2023-01-10", "2022-02"),
    # near misses: the month is later than the one named, the text was written that same year, or the
    # year came in the same paragraph
    ("The firm was bought in March 2024.\n\nIn October, it confirmed the sale.", "2025-06-13", "2024-10"),
    ("The firm was bought in December 2024.\n\nIn February, it confirmed the sale.", "2024-12-20", "2024-02"),
    ("The firm was bought in December 2024. In February, it had denied it.", "2025-06-13", "2024-02"),
])
def test_a_month_after_a_later_month_of_a_year_is_the_last_one_before_writing(text, published, expected):
    assert find_dates(text, published)[-1].value == expected


def test_day_without_year_falls_back_on_publication():
    assert [d.value for d in find_dates("le 3 mars", "2015-09")] == ["2015-03-03"]


def test_no_junk():
    assert find_dates("le lundi, puis mardi", PUB) == []
    assert find_dates("les 25 et 27 juin", PUB)[0].value != "1927"
    assert find_dates("31 février 2011", PUB) == [] or all(d.value != "2011-02-31" for d in find_dates("31 février 2011", PUB))
    assert find_dates("article 1234 du code", PUB) == []


def test_relative_dates_need_a_precise_publication():
    assert find_dates("hier", "2013") == []
    assert find_dates("hier", None) == []
