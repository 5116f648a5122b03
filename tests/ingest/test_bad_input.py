"""Each kind of bad input gets its own clear IngestError (source, stage, one-line reason)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from enquete.exc import IngestError
from enquete.ingest import iter_sources, read_source


def fails(source: str, **kw: object) -> IngestError:
    with pytest.raises(IngestError) as info:
        read_source(source, **kw)
    err = info.value
    assert err.source == source and "\n" not in err.reason and err.reason
    return err


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    assert fails(str(tmp_path / "e.txt")).reason == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(b" \n\t\n\xef\xbb\xbf ")
    assert "empty" in fails(str(tmp_path / "w.txt")).reason


def test_binary_named_txt(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 8)
    err = fails(str(tmp_path / "b.txt"))
    assert err.stage == "read" and err.reason.startswith("not text")


def test_random_high_bytes_are_not_text(tmp_path: Path) -> None:
    (tmp_path / "h.txt").write_bytes(bytes([0xC3, 0x28, 0xA0, 0xE2, 0x82, 0xFE, 0xFF, 0x9C]) * 200)
    assert fails(str(tmp_path / "h.txt")).reason.startswith("not text")


def test_invalid_utf8_latin_text_falls_back_to_cp1252(tmp_path: Path) -> None:
    text = "Le ministère a reçu l’équipement en décembre, selon un rapport publié à Paris."
    (tmp_path / "l.txt").write_bytes(text.encode("cp1252"))
    assert read_source(str(tmp_path / "l.txt")).text == text


def test_file_over_max_bytes_checked_before_reading(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000)
    err = fails(str(tmp_path / "big.txt"), max_bytes=100)
    assert "too large" in err.reason and "100" in err.reason


def test_missing_file_and_unsupported_extension(tmp_path: Path) -> None:
    assert fails(str(tmp_path / "nope.txt")).reason == "no such file"
    (tmp_path / "x.docx").write_bytes(b"PK")
    assert "unsupported file type '.docx'" in fails(str(tmp_path / "x.docx")).reason


def test_corrupt_pdf(tmp_path: Path) -> None:
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage \x00\x01")
    assert "corrupt PDF" in fails(str(tmp_path / "c.pdf")).reason
    (tmp_path / "n.pdf").write_bytes(b"this is not a pdf at all")
    assert "corrupt PDF" in fails(str(tmp_path / "n.pdf")).reason


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.add_page()
    pdf.line(10, 10, 150, 150)
    pdf.output(str(tmp_path / "scan.pdf"))
    assert fails(str(tmp_path / "scan.pdf")).reason == "no text layer (scanned PDF?)"


def test_html_made_of_scripts(tmp_path: Path) -> None:
    body = "".join(f"<script>var a{i} = 'SCRIPTTEXT {i}';</script>" for i in range(50))
    (tmp_path / "s.html").write_text(f"<html><head><script>x()</script></head><body>{body}</body></html>")
    try:
        doc = read_source(str(tmp_path / "s.html"))
    except IngestError as err:
        assert err.stage == "read"
    else:
        assert "SCRIPTTEXT" not in doc.text


def test_symlink_loop_in_folder_terminates(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("text")
    (root / "b.md").write_text("text")
    (root / "skip.docx").write_text("x")
    (root / ".hidden.txt").write_text("x")
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "self", root / "self")
    out = list(iter_sources([str(root)]))
    errors = [o for o in out if isinstance(o, IngestError)]
    files = [o for o in out if isinstance(o, str)]
    assert sorted(Path(f).name for f in files) == ["a.txt", "b.md"]
    assert len(errors) == 2
    assert any("symlink loop" in e.reason and e.source.endswith("loop") for e in errors)
    assert any(e.source.endswith("self") for e in errors)


def test_iter_sources_passes_files_and_urls_through(tmp_path: Path) -> None:
    named = str(tmp_path / "x.docx")
    assert list(iter_sources(["https://example.org/a", named])) == ["https://example.org/a", named]
