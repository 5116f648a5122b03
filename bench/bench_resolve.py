"""Resolution cost from 1k to 100k synthetic mentions: time and peak memory (tracemalloc).

    python bench/bench_resolve.py [--sizes 1000,10000,100000] [--store]

Synthetic names are drawn from realistic pieces (first names, surnames, company stems and legal forms,
ministries qualified by states, products) with the variants real text has (titles, accents, legal
forms, transliterations, surnames alone in a document's cluster). Scale only, never quality. The pure
core (`link`) is timed for every size; with --store, `resolve()` on a fresh SQLite file too (slower).
Growth close to linear shows as a steady µs/mention column.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from enquete.resolve.core import MentionRow  # noqa: E402
from enquete.resolve.link import link  # noqa: E402

FIRST = ["Jean", "Marie", "Élisabeth", "Thibaut", "Claude", "Stéphane", "Erik", "James", "Julie", "Michael",
         "Alice", "Matthieu", "Benoît", "Manuel", "Rachid", "Hamed", "Vernon", "Ben", "Nadia", "Karim"]
LAST = ["Martin", "Dupont", "Fleury", "Bechetoille", "Katz", "Larsson", "Dunne", "Mercier", "Crowley",
        "Edwards", "Rigouste", "Chabert", "Valls", "Khalifa", "Silver", "Elgin", "Haddad", "Moreau",
        "Lefèvre"]
STEMS = ["Amesys", "Qosmos", "Utimaco", "Gamma", "Alsetex", "BriefCam", "Videtics", "Nexa", "Hacking",
         "Trovicor", "Ercom", "Thales", "Cellebrite", "Verint", "Area", "Septier", "Palantir", "Intellexa"]
TAILS = ["", " Group", " Technologies", " Systems", " Solutions", " Security", " Labs", " Defence"]
FORMS = ["", " SA", " SAS", " Ltd", " GmbH", " S.p.A.", " Inc"]
STATES = [("France", "fr"), ("Maroc", "ma"), ("Bahreïn", "bh"), ("Libye", "ly"), ("Syrie", "sy"),
          ("Égypte", "eg"), ("Émirats arabes unis", "ae"), ("Royaume-Uni", "gb"), ("Allemagne", "de")]
BODIES = ["ministère de l'Intérieur", "ministère de la Défense", "direction générale de la police"]
PRODUCTS = ["Eagle", "FinFisher", "Pegasus", "Predator", "Evident", "Asfador", "Cerebro", "Galileo"]


def population(n_actors: int, rng: random.Random) -> list[tuple[str, list[str], str | None]]:
    """(type, name variants, country) per actor."""
    out = []
    for i in range(n_actors):
        kind = rng.random()
        suffix = f" {i // 400}" if i >= 400 else ""
        if kind < 0.45:
            f, l = rng.choice(FIRST), rng.choice(LAST) + (f"-{rng.choice(LAST)}" if i >= 300 else "")
            out.append(("Person", [f"{f} {l}", f"M. {f} {l}", l], None))
        elif kind < 0.8:
            stem = rng.choice(STEMS) + rng.choice(TAILS) + suffix
            out.append(("Company", [stem, stem + rng.choice(FORMS)], None))
        elif kind < 0.9:
            state, code = rng.choice(STATES)
            out.append(("PublicBody", [rng.choice(BODIES)], code))
        else:
            out.append(("Product", [rng.choice(PRODUCTS) + suffix], None))
    return out


def synthetic(n: int, seed: int = 7) -> list[MentionRow]:
    """About `n` mention rows in documents of ~20 mentions."""
    rng = random.Random(seed)
    actors = population(max(50, n // 8), rng)
    rows: list[MentionRow] = []
    doc = 0
    while len(rows) < n:
        doc += 1
        d = f"doc{doc:07d}"
        state, code = rng.choice(STATES)
        rows.append(MentionRow(f"{d}:0", d, state, "Country"))
        for k in range(1, 8):
            type_, names, country = rng.choice(actors)
            cluster = f"{d}:c{k}"
            for j, name in enumerate(names[: rng.randint(1, len(names))]):
                rows.append(MentionRow(f"{d}:{k}:{j}", d, name, type_, cluster, country if j == 0 else None))
    return rows[:n]


def measure(fn, *args) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    t0 = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 2**20, result


def store_run(rows: list[MentionRow]) -> dict[str, int]:
    from sqlalchemy import insert

    from enquete.resolve import resolve
    from enquete.store import open_store
    from enquete.store.schema import document, mention

    tmp = tempfile.mkdtemp()
    store = open_store(f"sqlite:///{tmp}/bench.db")
    with store.begin() as conn:
        docs = sorted({r.doc_id for r in rows})
        conn.execute(insert(document), [{"id": d, "source": d, "text": "x", "language": "fr"} for d in docs])
        conn.execute(insert(mention), [{"id": r.id, "doc_id": r.doc_id, "start": 0, "end": 1, "text": r.text,
                                        "type": r.type, "cluster": r.cluster, "country": r.country}
                                       for r in rows])
    return resolve(store)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--store", action="store_true", help="also time resolve() on SQLite")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'mentions':>9} {'groups':>7} {'core s':>8} {'µs/mention':>11} {'peak MiB':>9}"
          + (f" {'store s':>8} {'µs/mention':>11} {'peak MiB':>9}" if args.store else ""))
    base = None
    link(synthetic(200))  # warm the caches (gazetteer, territories) outside the measures
    for n in sizes:
        rows = synthetic(n)
        t, mem, (groups, _) = measure(link, rows)
        per = t / n * 1e6
        base = base or per
        line = f"{n:>9} {len(groups):>7} {t:>8.2f} {per:>11.1f} {mem:>9.1f}"
        if args.store:
            ts, ms, _ = measure(store_run, rows)
            line += f" {ts:>8.2f} {ts / n * 1e6:>11.1f} {ms:>9.1f}"
        print(line + f"   growth per mention vs smallest: x{per / base:.2f}")


if __name__ == "__main__":
    main()
