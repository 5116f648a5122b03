"""The summary `enquete ingest` ends with."""

from enquete.summary import shown_date, summary, summary_lines


def test_dates_read_as_a_reader_says_them() -> None:
    assert shown_date("2012/2015-01") == "2012 to 2015-01"
    assert shown_date("/2015-07-11") == "by 2015-07-11"
    assert shown_date("2010/") == "from 2010"
    assert shown_date("2011-02-17") == "2011-02-17"
    assert shown_date(None) == "undated"


def test_an_empty_store_says_so(store) -> None:
    data = summary(store)
    assert data["documents"] == 0 and data["flags"] == []
    assert summary_lines(data)[-1] == "screening: 0 breach(es), 0 possible"
