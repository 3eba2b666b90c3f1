#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a large ReportDash dataset for the benchmarks.

    python3 benchmarks/generate-dataset.py --seed _build/data/reportdash.sqlite \\
        --reports 1000 --figures 200 --output /tmp/large.sqlite

Every report is made from the built-in one (the --seed dataset): its
figures are drawn from the seed's figures in turn, with new values, and each
is stated in the seed's own sentence with the new number put in.  So the
names, units, sectors and sentences have the real vocabulary and lengths, and
search has the same kind of work to do as on a real collection of reports.
The schema (and the full-text index) come from data/build-dataset.py, so the
file is a valid schema version 1 dataset.  Deterministic for a given --random-seed.
"""

import argparse
import importlib.util
import os
import random
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def load_builder():
    path = os.path.join(HERE, "..", "data", "build-dataset.py")
    spec = importlib.util.spec_from_file_location("build_dataset", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fmt_value(v):
    return ("%.1f" % v).rstrip("0").rstrip(".")


def generate(seed_path, output, n_reports, per_report, rng):
    builder = load_builder()
    seed = sqlite3.connect(seed_path)
    seed.row_factory = sqlite3.Row
    body = seed.execute("SELECT body FROM report WHERE id = 1").fetchone()[0]
    figures = seed.execute(
        "SELECT i.*, u.name_en AS unit_en, s.name_zh AS sector_zh, s.name_en AS sector_en "
        "FROM indicator i JOIN unit u ON u.unit = i.unit JOIN sector s ON s.id = i.sector "
        "ORDER BY i.id").fetchall()
    # Only figures whose printed text is digits and unit can take a new value.
    usable = [f for f in figures
              if f["printed"] in (fmt_value(f["value"]) + f["unit"], fmt_value(f["value"]))]
    sections = [r["title"] for r in seed.execute("SELECT title FROM section WHERE level = 2")]
    pairs = seed.execute("SELECT actual_id, target_id, note, note_en FROM indicator_pair").fetchall()

    tmp = output + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.executescript(builder.SCHEMA_SQL)
    db.executescript(builder.FTS_SQL)
    db.execute("PRAGMA user_version=%d" % builder.SCHEMA_VERSION)
    for table in ("sector", "unit", "measure", "qualifier"):
        rows = seed.execute("SELECT * FROM %s" % table).fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0].keys()))
            db.executemany("INSERT INTO %s VALUES (%s)" % (table, marks), [tuple(r) for r in rows])

    next_id = 1
    section_id = 1
    for r in range(1, n_reports + 1):
        region = "示例%d区" % r
        lines = ["%s政府工作报告" % region, ""]
        offset = sum(len(x) + 1 for x in lines)
        report_sections = [(0, lines[0], 0, len(lines[0]))]
        rows = []
        used = {}
        # Every seed figure once, then random ones, in a shuffled order.
        chosen = list(usable) + [rng.choice(usable) for _ in range(max(0, per_report - len(usable)))]
        chosen = chosen[:per_report]
        rng.shuffle(chosen)
        paragraph = []
        for n, f in enumerate(chosen):
            if n % 20 == 0:
                if paragraph:
                    lines.append("".join(paragraph))
                    offset += len(lines[-1]) + 1
                    paragraph = []
                title = rng.choice(sections)
                lines.append(title)
                report_sections.append((2, title, offset, offset + len(title)))
                offset += len(title) + 1
            excerpt = body[f["excerpt_start"]:f["excerpt_end"]]
            hs, he = f["src_start"] - f["excerpt_start"], f["src_end"] - f["excerpt_start"]
            value = round(f["value"] * rng.uniform(0.5, 1.5), 1) or 1.0
            printed = fmt_value(value) + (f["unit"] if f["printed"].endswith(f["unit"]) else "")
            sentence = excerpt[:hs] + printed + excerpt[he:]
            if sentence[-1] not in "。！？；;!?":
                sentence += "。"
            start = offset + sum(len(p) for p in paragraph)
            key = "%s-r%d-%d" % (f["key"], r, n)
            rows.append((f, key, value, printed, start + hs, start + hs + len(printed),
                         start, start + len(sentence)))
            used.setdefault(f["id"], key)
            paragraph.append(sentence)
        lines.append("".join(paragraph))
        text = "\n".join(lines) + "\n"

        db.execute("INSERT INTO report VALUES (?,?,?,?,?,?,?,?)",
                   (r, "2019年%s政府工作报告" % region,
                    "Government Work Report of Sample District %d, 2019" % r,
                    region, "Sample District %d" % r, 2019, text, text))
        first_section = section_id
        for level, title, s, e in report_sections:
            db.execute("INSERT INTO section VALUES (?,?,?,?,?,?)", (section_id, r, level, title, s, e))
            section_id += 1
        ids = {}
        for f, key, value, printed, s, e, xs, xe in rows:
            sid = first_section + max(i for i, sec in enumerate(report_sections) if sec[2] <= s)
            assert text[s:e] == printed, (text[s:e], printed)
            db.execute("INSERT INTO indicator VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (next_id, key, r, f["sector"], f["name_zh"], f["name_en"], value, f["unit"],
                        f["measure"], f["year"], f["basis"], f["qualifier"], s, e, xs, xe, sid,
                        printed))
            db.execute("INSERT INTO indicator_fts(rowid, key, name_zh, name_en, unit, unit_en, "
                       "sector_zh, sector_en, excerpt) VALUES (?,?,?,?,?,?,?,?,?)",
                       (next_id, key.replace("-", " "), f["name_zh"], f["name_en"], f["unit"],
                        f["unit_en"], f["sector_zh"], f["sector_en"], text[xs:xe]))
            ids.setdefault(key, next_id)
            next_id += 1
        by_seed = {f["id"]: ids[used[f["id"]]] for f in usable if f["id"] in used}
        for p in pairs:
            if p["actual_id"] in by_seed and p["target_id"] in by_seed:
                db.execute("INSERT INTO indicator_pair(actual_id, target_id, note, note_en) VALUES (?,?,?,?)",
                           (by_seed[p["actual_id"]], by_seed[p["target_id"]], p["note"], p["note_en"]))
        if r == 1:
            # A dashboard for the first report: per sector, its figures of
            # the most common unit.
            by_sector = {}
            for f, key, *_ in rows:
                by_sector.setdefault(f["sector"], {}).setdefault(f["unit"], []).append(ids[key])
            for position, (sector, units) in enumerate(sorted(by_sector.items()), 1):
                members = max(units.values(), key=len)[:8]
                cid = "%s-chart" % sector
                db.execute("INSERT INTO chart VALUES (?,?,1,'bar',?,?)",
                           (cid, sector, "%s图表" % sector, "%s chart" % sector))
                for k, iid in enumerate(members, 1):
                    name = db.execute("SELECT name_zh, name_en FROM indicator WHERE id=?",
                                      (iid,)).fetchone()
                    db.execute("INSERT INTO chart_figure VALUES (?,?,?,?,?)", (cid, k, iid) + name)
    db.commit()
    db.close()
    os.replace(tmp, output)
    return next_id - 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", required=True, help="the built-in dataset (reportdash.sqlite)")
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--figures", type=int, default=200, help="figures per report")
    ap.add_argument("--random-seed", type=int, default=2019)
    ap.add_argument("--output", required=True)
    args = ap.parse_args(argv)
    t0 = time.time()
    n = generate(args.seed, args.output, args.reports, args.figures, random.Random(args.random_seed))
    print("%s: %d figures in %d reports (%.1f s)" % (args.output, n, args.reports, time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
