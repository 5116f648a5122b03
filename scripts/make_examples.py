"""Build the HTML and PDF files of examples/corpus from the texts in examples/sources.

Each source is a small header (``key: value`` lines: title, date, outlet, lang) ended by a line ``---``,
then the article: paragraphs separated by blank lines. FORMATS says which source becomes HTML and which PDF.

The output is deterministic: fixed PDF creation date, no random ids, so running the script twice gives
the same bytes (on a machine with the same font). Usage::

    python scripts/make_examples.py [--out examples/corpus]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "examples" / "sources"
CORPUS = ROOT / "examples" / "corpus"
#: Which reader each source is rendered for.
FORMATS: dict[str, str] = {
    "en_amesys_eagle_libya": "html",
    "fr_alsetex_bahrein": "html",
    "fr_amesys_nexa_mises_en_examen": "pdf",
    "en_intellexa_predator_entity_list": "pdf",
}
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def parse_source(path: Path) -> tuple[dict[str, str], list[str]]:
    """Split a source file into its header fields and its paragraphs."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return meta, paragraphs


def render_html(meta: dict[str, str], paragraphs: list[str]) -> str:
    """A realistic news page: head metadata, navigation, article, footer and a tracking script."""
    esc = html.escape
    lang = meta.get("lang", "en")
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in paragraphs)
    if lang == "fr":
        nav, foot = "Accueil · International · Économie · Contact", "© Veille Export — Mentions légales — Abonnez-vous"
    else:
        nav, foot = "Home · World · Business · Contact", "© The Surveillance Ledger — Privacy policy — Subscribe"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(meta['title'])} | {esc(meta.get('outlet', ''))}</title>
  <meta name="date" content="{meta['date']}">
  <meta property="article:published_time" content="{meta['date']}T08:00:00+00:00">
  <meta property="og:site_name" content="{esc(meta.get('outlet', ''))}">
  <meta property="og:title" content="{esc(meta['title'])}">
  <style>body {{ font-family: serif; }} nav {{ display: flex; }}</style>
  <script>
    window.dataLayer = window.dataLayer || [];
    function trackReader() {{ dataLayer.push({{event: "pageview", secret: "TRACKING-SCRIPT-TEXT"}}); }}
    trackReader();
  </script>
</head>
<body>
  <header><nav><a href="/">{esc(nav)}</a></nav></header>
  <main>
    <article>
      <h1>{esc(meta['title'])}</h1>
      <time datetime="{meta['date']}">{esc(paragraphs[0])}</time>
{body}
    </article>
  </main>
  <footer><p>{esc(foot)}</p></footer>
</body>
</html>
"""


def find_font() -> str | None:
    """Path of DejaVu Sans from fontconfig, or None (then the PDF uses a latin-1 core font)."""
    if shutil.which("fc-list") is None:
        return None
    query = ["fc-list", ":family=DejaVu Sans:style=Book", "file"]
    out = subprocess.run(query, capture_output=True, text=True, check=False)
    paths = sorted(line.split(":")[0] for line in out.stdout.splitlines() if line.strip())
    return paths[0] if paths else None


def render_pdf(meta: dict[str, str], paragraphs: list[str], out: Path) -> None:
    """A two-page report: title, dateline, paragraphs; page break before the second half."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(meta["title"])
    pdf.set_author(meta.get("outlet", ""))
    font = find_font()
    if font:
        pdf.add_font("DejaVu", "", font)
        family = "DejaVu"
    else:
        family = "Helvetica"
        meta = {k: v.encode("latin-1", "replace").decode("latin-1") for k, v in meta.items()}
        paragraphs = [p.encode("latin-1", "replace").decode("latin-1") for p in paragraphs]
    half = (len(paragraphs) + 1) // 2
    for page, chunk in enumerate((paragraphs[:half], paragraphs[half:])):
        pdf.add_page()
        if page == 0:
            pdf.set_font(family, size=16)
            pdf.multi_cell(0, 8, meta["title"])
            pdf.ln(4)
        pdf.set_font(family, size=11)
        for para in chunk:
            pdf.multi_cell(0, 6, para)
            pdf.ln(3)
    pdf.output(str(out))


def build(out_dir: Path = CORPUS) -> list[Path]:
    """Render every source in FORMATS into out_dir; returns the written paths."""
    written = []
    for stem, fmt in sorted(FORMATS.items()):
        meta, paragraphs = parse_source(SOURCES / f"{stem}.txt")
        target = out_dir / f"{stem}.{fmt}"
        if fmt == "html":
            target.write_text(render_html(meta, paragraphs), encoding="utf-8")
        else:
            render_pdf(meta, paragraphs, target)
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in build(args.out):
        print(path)


if __name__ == "__main__":
    main()
