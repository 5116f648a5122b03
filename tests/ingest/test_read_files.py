"""read_source on local files: text, Markdown front matter, HTML, PDF; metadata and languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from enquete.ingest import read_source
from enquete.model import sha256


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def test_txt_dateline_language_and_id(tmp_path: Path) -> None:
    src = write(tmp_path, "a.txt", "Un titre\n\nPublié le 1er mars 2014\n\nLa société a vendu un \\'système\\' "
                                   "de surveillance au gouvernement, selon plusieurs documents internes consultés.\n")
    doc = read_source(src)
    assert doc.published == "2014-03-01"
    assert doc.language == "fr"
    assert doc.title == "Un titre"
    assert "\\'" not in doc.text and "'système'" in doc.text
    assert doc.id == sha256(doc.text)
    assert doc.fetched_at and doc.fetched_at.endswith("+00:00")
    assert doc.mimetype == "text/plain" and doc.source == src


@pytest.mark.parametrize(("line", "date"), [
    ("Published 4 November 2011", "2011-11-04"),
    ("Published on November 4, 2011", "2011-11-04"),
    ("Posted: 2013-06-18 by staff", "2013-06-18"),
    ("Mis à jour le 18 juin 2013 à 10h", "2013-06-18"),
])
def test_datelines(tmp_path: Path, line: str, date: str) -> None:
    src = write(tmp_path, "d.txt", f"Title\n\n{line}\n\nThe company sold the system to the ministry in 2009.\n")
    assert read_source(src).published == date


def test_no_date_is_none(tmp_path: Path) -> None:
    src = write(tmp_path, "n.txt", "The company sold the system to the ministry, officials said.\n")
    assert read_source(src).published is None


def test_markdown_front_matter_and_heading_attributes(tmp_path: Path) -> None:
    src = write(tmp_path, "m.md", "---\ntitle: Front title\nurl: https://www.example.org/x\npublished: 2020-05-06\n"
                                  "keywords: [a, b]\nlanguage: en\n---\n\n# Heading {#top .big}\n\nBody text here.\n")
    doc = read_source(src)
    assert doc.title == "Front title"
    assert doc.published == "2020-05-06"
    assert doc.keywords == ["a", "b"]
    assert doc.url == "https://www.example.org/x" and doc.outlet == "example.org"
    assert doc.text == "# Heading\n\nBody text here."
    assert "title:" not in doc.text and doc.language == "en"


def test_broken_yaml_front_matter_is_read_line_by_line(tmp_path: Path) -> None:
    src = write(tmp_path, "s.txt", '---\ntitle: "INFO "X". Un titre"\nurl: http://www.site.fr/a\n'
                                   "keywords: a,b\n---\nLe corps du texte, en français, assez long pour la langue.\n")
    doc = read_source(src)
    assert doc.title == 'INFO "X". Un titre'
    assert doc.keywords == ["a", "b"] and doc.outlet == "site.fr"
    assert doc.text.startswith("Le corps")


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    html = ("<html><head><title>Page title</title><meta name='date' content='2019-03-04'>"
            "<script>var secret = 'SCRIPT-TEXT';</script><style>p {color: red} STYLE-TEXT</style></head>"
            "<body><nav>Menu Home About</nav><article><h1>Page title</h1>"
            + "".join(f"<p>Paragraph {i}: the vendor delivered the interception system to the agency.</p>" for i in range(6))
            + "<script>document.write('INLINE-SCRIPT')</script></article><footer>Copyright</footer></body></html>")
    doc = read_source(write(tmp_path, "p.html", html))
    assert "Paragraph 5" in doc.text
    for junk in ("SCRIPT-TEXT", "STYLE-TEXT", "INLINE-SCRIPT", "var secret", "color: red"):
        assert junk not in doc.text
    assert doc.title == "Page title" and doc.published == "2019-03-04" and doc.mimetype == "text/html"


def make_pdf(path: Path, pages: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))


def test_pdf_pages_are_offsets(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    make_pdf(path, ["Published 2 May 2013\nFirst page: the company sold probes.", "Second page: the regime used them."])
    doc = read_source(str(path))
    assert len(doc.pages) == 2
    assert doc.text[doc.pages[0][0]:doc.pages[0][1]].endswith("sold probes.")
    assert doc.text[doc.pages[1][0]:doc.pages[1][1]] == "Second page: the regime used them."
    assert doc.published == "2013-05-02" and doc.mimetype == "application/pdf"


def test_other_language_and_front_matter_locale(tmp_path: Path) -> None:
    de = write(tmp_path, "de.txt", "Die Firma hat das Überwachungssystem an das Ministerium verkauft, "
                                   "wie interne Dokumente zeigen, die unserer Redaktion vorliegen.")
    assert read_source(de).language == "other"
    fr = write(tmp_path, "fr.md", "---\nlanguage: fr-FR\n---\nShort text in any words.")
    assert read_source(fr).language == "fr"


def test_symlinked_folder_is_followed_once(tmp_path: Path) -> None:
    import os

    from enquete.ingest import iter_sources

    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("text")
    (tmp_path / "top").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "top" / "link")
    assert [Path(p).name for p in iter_sources([str(tmp_path / "top")])] == ["a.txt"]
