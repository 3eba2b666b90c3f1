#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the ReportDash indicator dataset (SQLite) from the reviewable text
files in data/.

    python3 data/build-dataset.py --data-dir data --output reportdash.sqlite

Everything is validated first; on any error the messages are printed as
`file:line: message` on stderr, nothing is written and the exit status is 1.
The database is written to OUTPUT.tmp and renamed over OUTPUT at the end.
See data/SCHEMA.md for the contract.  Standard library only.
"""

import argparse
import os
import re
import sqlite3
import sys

SCHEMA_VERSION = 1

SCHEMA_SQL = """
CREATE TABLE report(id INTEGER PRIMARY KEY, title TEXT NOT NULL, title_en TEXT NOT NULL, region TEXT NOT NULL, region_en TEXT NOT NULL, year INTEGER NOT NULL, body TEXT NOT NULL, original TEXT NOT NULL);
CREATE TABLE errata(position INTEGER PRIMARY KEY, find TEXT, replace TEXT, count INTEGER, reason TEXT);
CREATE TABLE sector(id TEXT PRIMARY KEY, position INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL);
CREATE TABLE unit(unit TEXT PRIMARY KEY, name_en TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '');
CREATE TABLE measure(id TEXT PRIMARY KEY, description TEXT NOT NULL);
CREATE TABLE qualifier(qualifier TEXT PRIMARY KEY, name_en TEXT NOT NULL, meaning TEXT NOT NULL);
CREATE TABLE section(id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES report(id), level INTEGER NOT NULL, title TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE TABLE indicator(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, report_id INTEGER NOT NULL REFERENCES report(id), sector TEXT NOT NULL REFERENCES sector(id), name_zh TEXT NOT NULL, name_en TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL REFERENCES unit(unit), measure TEXT NOT NULL REFERENCES measure(id), year INTEGER NOT NULL, basis TEXT NOT NULL CHECK (basis IN ('actual','target')), qualifier TEXT, src_start INTEGER NOT NULL, src_end INTEGER NOT NULL, excerpt_start INTEGER NOT NULL, excerpt_end INTEGER NOT NULL, section_id INTEGER REFERENCES section(id), printed TEXT NOT NULL);
CREATE TABLE indicator_pair(actual_id INTEGER NOT NULL REFERENCES indicator(id), target_id INTEGER NOT NULL REFERENCES indicator(id), note TEXT, note_en TEXT, PRIMARY KEY (actual_id, target_id));
CREATE TABLE exclusion(id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES report(id), start INTEGER NOT NULL, end INTEGER NOT NULL, printed TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE chart(id TEXT PRIMARY KEY, sector TEXT NOT NULL REFERENCES sector(id), position INTEGER NOT NULL, type TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL);
CREATE TABLE chart_figure(chart_id TEXT NOT NULL REFERENCES chart(id), position INTEGER NOT NULL, indicator_id INTEGER NOT NULL REFERENCES indicator(id), label_zh TEXT NOT NULL, label_en TEXT NOT NULL, PRIMARY KEY (chart_id, position));
CREATE INDEX indicator_sector ON indicator(sector, src_start);
CREATE INDEX chart_sector ON chart(sector, position);
"""

# Full-text index of the figures (SQLite FTS5, trigram tokenizer: any
# substring of three or more characters, Chinese included, case-insensitive).
# Contentless: the app reads the text from the tables above and only asks the
# index which rowids (= indicator.id) match.  See SCHEMA.md, indicator_fts.
FTS_SQL = """
CREATE VIRTUAL TABLE indicator_fts USING fts5(key, name_zh, name_en, unit, unit_en, sector_zh, sector_en, excerpt, content='', tokenize='trigram');
"""

KINDS = ("money-cny", "money-usd", "percent", "days", "years", "area",
         "length", "count", "rank", "grade")
BASES = ("actual", "target")
CHART_TYPES = ("bar", "column", "hbar", "kpi", "grouped", "bullet", "donut",
               "waffle", "fact")
# Sentence and clause ends used for excerpts (full-width and ASCII forms).
SENTENCE_END = "。！？；;!?"
# Clause ends used to scope 力争/确保 and heading detection.
CLAUSE_END = SENTENCE_END + "，,：:"
HEADING_MAX = 25
HEADING_PUNCT = "。！？；;!?：:"
# Printed forms of figures written in Chinese numerals, and their value.
CHINESE_FIGURES = {
    "第一": 1, "前三": 3, "前三甲": 3, "百强": 100, "一个档次": 1,
    "两位数": 10,
}
# Affixes allowed around "value+unit" in a printed figure: 前/第 before a
# rank, 多/余 between the number and the unit (2600多亩, 1万多平方米).
PREFIXES = ("前", "第")
INFIXES = ("多", "余")
# Qualifiers printed before the figure; they apply up to the end of the
# clause.  (全力争取 "spare no effort to obtain" is not 力争.)
LEADING_QUALIFIERS = {"力争": r"力争(?!取)", "确保": r"确保"}
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VALUE_RE = re.compile(r"^[0-9]+(?:\.[0-9]+)?$")
DIGITS_RE = re.compile(r"[0-9]+")


class Errors:
    def __init__(self):
        self.items = []

    def add(self, path, line, msg):
        self.items.append("%s:%s: %s" % (path, line, msg))

    def __bool__(self):
        return bool(self.items)


class Row:
    """One data line of a TSV file: fields by column name plus its line."""

    def __init__(self, path, line, fields):
        self.path = path
        self.line = line
        self.f = fields

    def __getitem__(self, k):
        return self.f[k]

    def where(self):
        return self.path, self.line


def read_tsv(path, columns, errors, optional=()):
    """Read a TSV file with a header line.  `#` lines and blank lines are
    skipped.  Returns a list of Row, or None if the file is unusable."""
    shown = os.path.join(os.path.basename(os.path.dirname(os.path.abspath(path))),
                         os.path.basename(path))
    if not os.path.exists(path):
        errors.add(shown, 0, "file is missing")
        return None
    rows = []
    header = None
    with open(path, encoding="utf-8", newline="") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                want = list(columns)
                if header[:len(want)] != want or \
                        any(h not in optional for h in header[len(want):]):
                    errors.add(shown, lineno, "header must be %r (optional: %r), found %r"
                               % ("\t".join(want), list(optional), "\t".join(header)))
                    return None
                continue
            if len(cells) > len(header):
                errors.add(shown, lineno, "%d fields, expected %d (stray tab?)"
                           % (len(cells), len(header)))
                continue
            if len(cells) < len(columns):
                errors.add(shown, lineno, "%d fields, expected %d"
                           % (len(cells), len(columns)))
                continue
            cells = cells + [""] * (len(header) - len(cells))
            fields = {h: c for h, c in zip(header, cells)}
            for h in optional:
                fields.setdefault(h, "")
            rows.append(Row(shown, lineno, fields))
    if header is None:
        errors.add(shown, 0, "no header line")
        return None
    return rows


def locate(body, context, printed):
    """Return (start, end, problem) of `printed` inside the unique
    occurrence of `context` in body.  If printed occurs several times in
    context, the first occurrence is used (documented rule)."""
    if not context:
        return None, None, "empty context"
    n = body.count(context)
    if n == 0:
        return None, None, "context %r not found in the clean body" % context
    if n > 1:
        return None, None, "context %r is not unique in the clean body (%d occurrences)" % (context, n)
    if not printed:
        return None, None, "empty printed text"
    i = context.find(printed)
    if i < 0:
        return None, None, "printed %r is not in context %r" % (printed, context)
    start = body.index(context) + i
    return start, start + len(printed), None


def sentence_bounds(body, start, end):
    """Excerpt: from just after the previous sentence end (。！？；;!?) or
    line start, to and including the next sentence end, or the line end."""
    s = start
    while s > 0 and body[s - 1] not in SENTENCE_END and body[s - 1] != "\n":
        s -= 1
    e = end
    while e < len(body) and body[e] != "\n":
        if body[e] in SENTENCE_END:
            e += 1
            break
        e += 1
    return s, e


def clause_bounds(body, start, end):
    s = start
    while s > 0 and body[s - 1] not in CLAUSE_END and body[s - 1] != "\n":
        s -= 1
    e = end
    while e < len(body) and body[e] not in CLAUSE_END and body[e] != "\n":
        e += 1
    return s, e


def line_of(body, offset):
    return body.count("\n", 0, offset) + 1


def cuts_number(body, start, end):
    """True if the span [start, end) starts or ends inside a number."""
    def numch(c):
        return c.isdigit() and c.isascii()
    if start > 0 and numch(body[start]) and (numch(body[start - 1]) or body[start - 1] == "."):
        return True
    if end < len(body) and numch(body[end - 1]) and (numch(body[end]) or (
            body[end] == "." and end + 1 < len(body) and numch(body[end + 1]))):
        return True
    return False


def check_value(value_text, unit, printed, unit_aliases):
    """Check that the printed figure states value_text (+ unit).
    Returns None if fine, else a message."""
    if not DIGITS_RE.search(printed):
        if printed not in CHINESE_FIGURES:
            return ("printed %r has no digits and is not a known Chinese-numeral figure (%s)"
                    % (printed, ", ".join(sorted(CHINESE_FIGURES))))
        if float(value_text) != CHINESE_FIGURES[printed]:
            return "printed %r means %s, not value %s" % (
                printed, CHINESE_FIGURES[printed], value_text)
        return None
    norm = printed
    for p in PREFIXES:
        if norm.startswith(p):
            norm = norm[len(p):]
            break
    for x in INFIXES:
        norm = norm.replace(x, "")
    spellings = [unit] + unit_aliases
    if norm == value_text or any(norm == value_text + u for u in spellings):
        return None
    return ("value %s %s does not match printed %r (expected the printed text to be "
            "the value and unit, optionally with 前/第 before and 多/余 inside)"
            % (value_text, unit, printed))


def build(data_dir, output):
    errors = Errors()
    P = lambda name: os.path.join(data_dir, name)  # noqa: E731
    shown = lambda name: os.path.join(os.path.basename(os.path.abspath(data_dir)), name)  # noqa: E731

    # ---- report text and errata -------------------------------------
    orig_path = P("report-original.txt")
    if not os.path.exists(orig_path):
        errors.add(shown("report-original.txt"), 0, "file is missing")
        return errors
    with open(orig_path, encoding="utf-8", newline="") as fh:
        original = fh.read()

    meta_rows = read_tsv(P("report.tsv"), ["key", "value"], errors)
    meta = {}
    for r in meta_rows or []:
        if r["key"] in meta:
            errors.add(*r.where(), "duplicate key %r" % r["key"])
        meta[r["key"]] = r
    for k in ("title", "title_en", "region", "region_en", "year"):
        if k not in meta:
            errors.add(shown("report.tsv"), 0, "missing key %r" % k)
    report_year = None
    if "year" in meta:
        try:
            report_year = int(meta["year"]["value"])
        except ValueError:
            errors.add(*meta["year"].where(), "year must be an integer")

    errata = read_tsv(P("errata.tsv"), ["find", "replace", "count", "reason"], errors)
    body = original
    for pos, r in enumerate(errata or [], 1):
        find, repl = r["find"], r["replace"]
        try:
            want = int(r["count"])
        except ValueError:
            errors.add(*r.where(), "count %r is not an integer" % r["count"])
            continue
        if not find:
            errors.add(*r.where(), "empty find")
            continue
        if not r["reason"].strip():
            errors.add(*r.where(), "empty reason")
        got = body.count(find)
        if got != want:
            errors.add(*r.where(), "errata %r -> %r: expected %d occurrence(s), found %d"
                       % (find, repl, want, got))
        body = body.replace(find, repl)
        r.position = pos
    for bad in ("*", "?", "侯卫东官场笔记"):
        if bad in body:
            errors.add(shown("errata.tsv"), 0, "clean body still contains %r at body line %d"
                       % (bad, line_of(body, body.index(bad))))
    if errata is None:
        return errors

    # ---- closed lists --------------------------------------------------
    sectors = read_tsv(P("sectors.tsv"), ["id", "position", "name_zh", "name_en"], errors) or []
    sector_ids = {}
    for r in sectors:
        if not KEY_RE.match(r["id"]):
            errors.add(*r.where(), "sector id %r is not a lower-case ASCII id" % r["id"])
        if r["id"] in sector_ids:
            errors.add(*r.where(), "duplicate sector %r" % r["id"])
        if not r["name_zh"].strip() or not r["name_en"].strip():
            errors.add(*r.where(), "sector %r needs name_zh and name_en" % r["id"])
        try:
            int(r["position"])
        except ValueError:
            errors.add(*r.where(), "position must be an integer")
        sector_ids[r["id"]] = r

    units = read_tsv(P("units.tsv"), ["unit", "name_en", "kind"], errors, optional=("aliases",)) or []
    unit_map = {}
    for r in units:
        if r["unit"] in unit_map:
            errors.add(*r.where(), "duplicate unit %r" % r["unit"])
        if r["kind"] not in KINDS:
            errors.add(*r.where(), "kind %r not in %s" % (r["kind"], ", ".join(KINDS)))
        r.aliases = [a.strip() for a in r["aliases"].split(",") if a.strip()]
        unit_map[r["unit"]] = r

    measures = read_tsv(P("measures.tsv"), ["id", "description"], errors) or []
    measure_ids = {}
    for r in measures:
        if r["id"] in measure_ids:
            errors.add(*r.where(), "duplicate measure %r" % r["id"])
        if not r["description"].strip():
            errors.add(*r.where(), "measure %r needs a description" % r["id"])
        measure_ids[r["id"]] = r

    quals = read_tsv(P("qualifiers.tsv"), ["qualifier", "name_en", "meaning"], errors) or []
    qual_ids = {}
    for r in quals:
        if r["qualifier"] in qual_ids:
            errors.add(*r.where(), "duplicate qualifier %r" % r["qualifier"])
        qual_ids[r["qualifier"]] = r

    # ---- sections --------------------------------------------------------
    section_rows = read_tsv(P("sections.tsv"), ["title", "level"], errors) or []
    detected = []
    off = 0
    for line in body.split("\n"):
        t = line.strip()
        if t and len(t) <= HEADING_MAX and not any(c in HEADING_PUNCT for c in t) \
                and not t.startswith("——"):
            s = off + line.index(t)
            detected.append((t, s, s + len(t)))
        off += len(line) + 1
    sections = []
    for i in range(max(len(detected), len(section_rows))):
        d = detected[i] if i < len(detected) else None
        r = section_rows[i] if i < len(section_rows) else None
        if r is None:
            errors.add(shown("sections.tsv"), 0, "heading %r detected at body line %d is not listed"
                       % (d[0], line_of(body, d[1])))
            continue
        if d is None:
            errors.add(*r.where(), "listed heading %r not detected in the body" % r["title"])
            continue
        if d[0] != r["title"]:
            errors.add(*r.where(), "listed heading %r, but detected %r at body line %d"
                       % (r["title"], d[0], line_of(body, d[1])))
            continue
        try:
            level = int(r["level"])
        except ValueError:
            errors.add(*r.where(), "level must be an integer")
            continue
        sections.append((level, d[0], d[1], d[2]))

    # ---- figures -----------------------------------------------------------
    fig_cols = ["key", "sector", "name_zh", "name_en", "value", "unit", "measure",
                "year", "basis", "qualifier", "context", "printed"]
    figures = read_tsv(P("figures.tsv"), fig_cols, errors) or []
    by_key = {}
    by_ident = {}
    by_span = {}
    good = []
    for r in figures:
        ok = True
        k = r["key"]
        if not KEY_RE.match(k):
            errors.add(*r.where(), "key %r is not a lower-case ASCII id (a-z, 0-9, -)" % k)
            ok = False
        if k in by_key:
            errors.add(*r.where(), "duplicate key %r (first at line %d)" % (k, by_key[k].line))
            ok = False
        else:
            by_key[k] = r
        if r["sector"] not in sector_ids:
            errors.add(*r.where(), "unknown sector %r (closed list in sectors.tsv)" % r["sector"])
            ok = False
        if r["unit"] not in unit_map:
            errors.add(*r.where(), "unknown unit %r (closed list in units.tsv)" % r["unit"])
            ok = False
        if r["measure"] not in measure_ids:
            errors.add(*r.where(), "unknown measure %r (closed list in measures.tsv)" % r["measure"])
            ok = False
        if r["basis"] not in BASES:
            errors.add(*r.where(), "basis %r must be actual or target" % r["basis"])
            ok = False
        for col in ("name_zh", "name_en"):
            if not r[col].strip():
                errors.add(*r.where(), "empty %s" % col)
                ok = False
        if re.search(r"[\u3400-\u9fff]", r["name_en"]):
            errors.add(*r.where(), "name_en %r contains Chinese characters" % r["name_en"])
            ok = False
        if not VALUE_RE.match(r["value"]):
            errors.add(*r.where(), "value %r is not a plain decimal number" % r["value"])
            ok = False
        try:
            year = int(r["year"])
            r.year = year
            if report_year is not None:
                if r["basis"] == "actual" and year != report_year - 1:
                    errors.add(*r.where(), "an actual figure describes %d, not %d"
                               % (report_year - 1, year))
                    ok = False
                if r["basis"] == "target" and year < report_year:
                    errors.add(*r.where(), "a target describes %d or later, not %d"
                               % (report_year, year))
                    ok = False
        except ValueError:
            errors.add(*r.where(), "year %r is not an integer" % r["year"])
            ok = False
        r.quals = r["qualifier"].split() if r["qualifier"].strip() else []
        for q in r.quals:
            if q not in qual_ids:
                errors.add(*r.where(), "unknown qualifier %r (closed list in qualifiers.tsv)" % q)
                ok = False
        start, end, problem = locate(body, r["context"], r["printed"])
        if problem:
            errors.add(*r.where(), problem)
            ok = False
        if not ok:
            continue
        if cuts_number(body, start, end):
            errors.add(*r.where(), "printed %r cuts a number of the body (%r)"
                       % (r["printed"], body[max(0, start - 3):end + 3]))
            continue
        problem = check_value(r["value"], r["unit"], r["printed"], unit_map[r["unit"]].aliases)
        if problem:
            errors.add(*r.where(), problem)
            continue
        r.start, r.end = start, end
        r.ex_start, r.ex_end = sentence_bounds(body, start, end)
        excerpt = body[r.ex_start:r.ex_end]
        cl_s, cl_e = clause_bounds(body, start, end)
        clause = body[cl_s:cl_e]
        before = body[cl_s:start]
        for q in r.quals:
            if q in ("力争", "确保"):
                # printed before the figure, in the same clause
                if not re.search(LEADING_QUALIFIERS[q], before):
                    errors.add(*r.where(), "qualifier %r is not printed before the figure in its clause %r"
                               % (q, clause))
                    ok = False
            elif q not in excerpt:
                errors.add(*r.where(), "qualifier %r is not printed in the excerpt %r" % (q, excerpt))
                ok = False
        for q, pattern in LEADING_QUALIFIERS.items():
            if re.search(pattern, before) and q not in r.quals:
                errors.add(*r.where(), "clause %r starts with %r: add it to the qualifier"
                           % (clause, q))
                ok = False
        ident = (r["sector"], r["name_zh"], r.year, r["basis"], r["measure"])
        if ident in by_ident:
            errors.add(*r.where(), "duplicates line %d (same sector, name_zh, year, basis and measure)"
                       % by_ident[ident].line)
            ok = False
        else:
            by_ident[ident] = r
        for other in by_span.get((start, end), []):
            if other["name_zh"] == r["name_zh"] or other["name_en"] == r["name_en"]:
                errors.add(*r.where(), "duplicates line %d (same span and same name)" % other.line)
                ok = False
        if ok:
            by_span.setdefault((start, end), []).append(r)
            good.append(r)
    # overlapping but different spans
    spans = sorted(by_span)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            r = by_span[(s2, e2)][0]
            errors.add(*r.where(), "span %r overlaps the span %r of line %d"
                       % (body[s2:e2], body[s1:e1], by_span[(s1, e1)][0].line))

    # ---- exclusions and digit coverage ----------------------------------------
    excl_rows = read_tsv(P("exclusions.tsv"), ["context", "printed", "reason"], errors)
    exclusions = []
    for r in excl_rows or []:
        start, end, problem = locate(body, r["context"], r["printed"])
        if problem:
            errors.add(*r.where(), problem)
            continue
        if not r["reason"].strip():
            errors.add(*r.where(), "empty reason")
            continue
        if not DIGITS_RE.search(r["printed"]):
            errors.add(*r.where(), "exclusion %r contains no digit run" % r["printed"])
            continue
        if cuts_number(body, start, end):
            errors.add(*r.where(), "exclusion %r cuts a number of the body" % r["printed"])
            continue
        hit = [f for (s, e), fs in by_span.items() for f in fs if s < end and start < e]
        if hit:
            errors.add(*r.where(), "exclusion %r overlaps the figure of figures.tsv line %d"
                       % (r["printed"], hit[0].line))
            continue
        dup = [x for x in exclusions if x[0] < end and start < x[1]]
        if dup:
            errors.add(*r.where(), "exclusion %r overlaps the exclusion of line %d"
                       % (r["printed"], dup[0][3].line))
            continue
        exclusions.append((start, end, r["printed"], r))
    if excl_rows is not None and not errors:
        covered = [(s, e) for (s, e) in by_span] + [(x[0], x[1]) for x in exclusions]
        for m in DIGITS_RE.finditer(body):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                ln = line_of(body, m.start())
                ls = body.rfind("\n", 0, m.start()) + 1
                errors.add(shown("report-original.txt"), ln,
                           "digit run %r (column %d, %r) is neither inside a figure span "
                           "(figures.tsv) nor excluded (exclusions.tsv)"
                           % (m.group(), m.start() - ls + 1,
                              body[max(ls, m.start() - 8):m.end() + 6]))

    # ---- pairs --------------------------------------------------------------------
    pair_rows = read_tsv(P("pairs.tsv"), ["actual_key", "target_key", "note", "note_en"], errors)
    pairs = []
    seen_pairs = {}
    good_keys = {r["key"]: r for r in good}
    for r in pair_rows or []:
        a, t = r["actual_key"], r["target_key"]
        bad = False
        for k in (a, t):
            if k not in by_key:
                errors.add(*r.where(), "unknown figure key %r" % k)
                bad = True
        if bad or a not in good_keys or t not in good_keys:
            continue
        fa, ft = good_keys[a], good_keys[t]
        why = []
        if fa["basis"] != "actual":
            why.append("%s is not an actual figure" % a)
        if ft["basis"] != "target":
            why.append("%s is not a target" % t)
        if ft.year <= fa.year:
            why.append("target year %d is not after actual year %d" % (ft.year, fa.year))
        for col in ("sector", "unit", "measure"):
            if fa[col] != ft[col]:
                why.append("%s differs (%s vs %s)" % (col, fa[col], ft[col]))
        if why:
            errors.add(*r.where(), "pair %s -> %s is not comparable: %s" % (a, t, "; ".join(why)))
            continue
        if (a, t) in seen_pairs:
            errors.add(*r.where(), "duplicate pair (line %d)" % seen_pairs[(a, t)].line)
            continue
        seen_pairs[(a, t)] = r
        if bool(r["note"]) != bool(r["note_en"]):
            errors.add(*r.where(), "a note needs both its Chinese and its English text")
            continue
        pairs.append((fa, ft, r["note"], r["note_en"]))

    # ---- charts -------------------------------------------------------------------
    chart_rows = read_tsv(P("charts.tsv"), ["chart_id", "sector", "position", "type",
                                            "title_zh", "title_en", "figures"], errors)
    charts = []
    chart_ids = {}
    positions = {}
    shown_in_sector = set()
    for r in chart_rows or []:
        cid = r["chart_id"]
        bad = False
        if not KEY_RE.match(cid):
            errors.add(*r.where(), "chart id %r is not a lower-case ASCII id" % cid)
            bad = True
        if cid in chart_ids:
            errors.add(*r.where(), "duplicate chart id %r (line %d)" % (cid, chart_ids[cid].line))
            bad = True
        chart_ids[cid] = r
        if r["sector"] not in sector_ids:
            errors.add(*r.where(), "unknown sector %r" % r["sector"])
            bad = True
        if r["type"] not in CHART_TYPES:
            errors.add(*r.where(), "chart type %r not in %s" % (r["type"], ", ".join(CHART_TYPES)))
            bad = True
        try:
            pos = int(r["position"])
            if (r["sector"], pos) in positions:
                errors.add(*r.where(), "sector %s already has a chart at position %d (line %d)"
                           % (r["sector"], pos, positions[(r["sector"], pos)].line))
                bad = True
            positions[(r["sector"], pos)] = r
        except ValueError:
            errors.add(*r.where(), "position must be an integer")
            bad = True
        if not r["title_zh"].strip() or not r["title_en"].strip():
            errors.add(*r.where(), "chart needs title_zh and title_en")
            bad = True
        items = []
        for item in [x.strip() for x in r["figures"].split(",")]:
            if not item:
                errors.add(*r.where(), "empty figure entry in %r" % r["figures"])
                bad = True
                continue
            key, _, label = item.partition("=")
            key = key.strip()
            lzh = len_ = None
            if label:
                lzh, sep, len_ = label.partition("|")
                if not sep or not lzh.strip() or not len_.strip():
                    errors.add(*r.where(), "label of %s must be 短标签|Short label" % key)
                    bad = True
                    continue
                lzh, len_ = lzh.strip(), len_.strip()
            if key not in by_key:
                errors.add(*r.where(), "unknown figure key %r" % key)
                bad = True
                continue
            if key not in good_keys:
                bad = True
                continue
            if any(key == x[0]["key"] for x in items):
                errors.add(*r.where(), "figure %s listed twice" % key)
                bad = True
            items.append((good_keys[key], lzh, len_))
        if not items and not bad:
            errors.add(*r.where(), "chart has no figures")
            bad = True
        units_here = sorted({f["unit"] for f, _, _ in items})
        # A KPI tile may carry the growth of its figure as its change:
        # 136亿元 with 增长7.9%, same sector, year and basis. That is not two
        # quantities on one axis, so it is the one mix allowed.
        kpi_change = (r["type"] == "kpi" and len(items) == 2 and
                      items[1][0]["measure"] == "growth" and items[1][0]["unit"] == "%" and
                      items[0][0]["measure"] != "growth" and
                      all(items[0][0][c] == items[1][0][c] for c in ("sector", "year", "basis")))
        if len(units_here) > 1 and not kpi_change:
            desc = ", ".join("%s=%s(%s)" % (f["key"], f["unit"], unit_map[f["unit"]]["kind"])
                             for f, _, _ in items)
            errors.add(*r.where(), "chart %s mixes units: %s" % (cid, desc))
            bad = True
        if bad:
            continue
        for f, _, _ in items:
            if f["sector"] == r["sector"]:
                shown_in_sector.add(f["key"])
        charts.append((r, pos, items))
    if chart_rows is not None:
        for f in good:
            if f["key"] not in shown_in_sector:
                errors.add(*f.where(), "orphan figure %s: no chart of sector %s (charts.tsv) shows it"
                           % (f["key"], f["sector"]))

    if errors:
        return errors

    # ---- write ----------------------------------------------------------------------------
    tmp = output + ".tmp"
    for p in (tmp, tmp + "-journal"):
        if os.path.exists(p):
            os.remove(p)
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(SCHEMA_SQL)
        db.executescript(FTS_SQL)
        db.execute("PRAGMA user_version=%d" % SCHEMA_VERSION)
        with db:
            db.execute("INSERT INTO report VALUES (1,?,?,?,?,?,?,?)",
                       (meta["title"]["value"], meta["title_en"]["value"], meta["region"]["value"],
                        meta["region_en"]["value"], report_year, body, original))
            for r in errata:
                db.execute("INSERT INTO errata VALUES (?,?,?,?,?)",
                           (r.position, r["find"], r["replace"], int(r["count"]), r["reason"]))
            for r in sectors:
                db.execute("INSERT INTO sector VALUES (?,?,?,?)",
                           (r["id"], int(r["position"]), r["name_zh"], r["name_en"]))
            for r in units:
                db.execute("INSERT INTO unit VALUES (?,?,?,?)",
                           (r["unit"], r["name_en"], r["kind"], ",".join(r.aliases)))
            for r in measures:
                db.execute("INSERT INTO measure VALUES (?,?)", (r["id"], r["description"]))
            for r in quals:
                db.execute("INSERT INTO qualifier VALUES (?,?,?)",
                           (r["qualifier"], r["name_en"], r["meaning"]))
            for i, (level, title, s, e) in enumerate(sections, 1):
                db.execute("INSERT INTO section VALUES (?,1,?,?,?,?)", (i, level, title, s, e))
            ids = {}
            for i, r in enumerate(good, 1):
                sid = None
                for j, (_, _, s, _) in enumerate(sections, 1):
                    if s <= r.start:
                        sid = j
                ids[r["key"]] = i
                db.execute("INSERT INTO indicator VALUES (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           (i, r["key"], r["sector"], r["name_zh"], r["name_en"],
                            float(r["value"]), r["unit"], r["measure"], r.year, r["basis"],
                            " ".join(r.quals) or None, r.start, r.end, r.ex_start, r.ex_end,
                            sid, r["printed"]))
                db.execute("INSERT INTO indicator_fts(rowid, key, name_zh, name_en, unit, unit_en, "
                           "sector_zh, sector_en, excerpt) VALUES (?,?,?,?,?,?,?,?,?)",
                           (i, r["key"].replace("-", " "), r["name_zh"], r["name_en"], r["unit"],
                            unit_map[r["unit"]]["name_en"], sector_ids[r["sector"]]["name_zh"],
                            sector_ids[r["sector"]]["name_en"], body[r.ex_start:r.ex_end]))
            for fa, ft, note, note_en in pairs:
                db.execute("INSERT INTO indicator_pair VALUES (?,?,?,?)",
                           (ids[fa["key"]], ids[ft["key"]], note or None, note_en or None))
            for i, (s, e, printed, r) in enumerate(sorted(exclusions, key=lambda x: x[0]), 1):
                db.execute("INSERT INTO exclusion VALUES (?,1,?,?,?,?)", (i, s, e, printed, r["reason"]))
            for r, pos, items in charts:
                db.execute("INSERT INTO chart VALUES (?,?,?,?,?,?)",
                           (r["chart_id"], r["sector"], pos, r["type"], r["title_zh"], r["title_en"]))
                for n, (f, lzh, len_) in enumerate(items, 1):
                    db.execute("INSERT INTO chart_figure VALUES (?,?,?,?,?)",
                               (r["chart_id"], n, ids[f["key"]], lzh or f["name_zh"],
                                len_ or f["name_en"]))
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError("foreign key check failed: %r" % problems[:5])
        db.commit()
    finally:
        db.close()
    os.replace(tmp, output)
    print("%s: %d figures, %d exclusions, %d pairs, %d charts, %d sections"
          % (output, len(good), len(exclusions), len(pairs), len(charts), len(sections)))
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", default=os.path.dirname(os.path.abspath(__file__)),
                    help="directory holding report-original.txt, errata.tsv, figures.tsv, ...")
    ap.add_argument("--output", required=True, help="SQLite file to write")
    args = ap.parse_args(argv)
    errors = build(args.data_dir, args.output)
    if errors:
        for e in errors.items:
            print(e, file=sys.stderr)
        print("build-dataset.py: %d error(s); %s not written" % (len(errors.items), args.output),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
