#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of a built ReportDash dataset (python3 unittest, stdlib only).

    REPORTDASH_DATASET=build/data/reportdash.sqlite python3 tests/dataset/test_dataset.py
    python3 tests/dataset/test_dataset.py build/data/reportdash.sqlite

Without a path the dataset is built from data/ (next to this file's
tests/ folder, or REPORTDASH_DATA_DIR) into a temporary directory.
Works from any current directory.
"""

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.environ.get("REPORTDASH_DATA_DIR") or os.path.join(HERE, "..", "..", "data")
# sha256 of the seed report (shared/seed/000_92ef22e2732be81f.txt)
SEED_SHA256 = "96ef348808967fdb54ff3ade9883898b4455ae7aaa1bf7bf1ccd806122ed9c42"
INSERTED_TITLE = "侯卫东官场笔记"
SENTENCE_END = "。！？；;!?"
CHINESE_FIGURES = {"第一": 1, "前三": 3, "前三甲": 3, "百强": 100, "一个档次": 1, "两位数": 10}
REQUIRED_SECTORS = ("overview industry services agriculture projects land innovation talent debt "
                    "environment poverty reform trade investment urban rural transport employment "
                    "social-security education health culture governance").split()
CONTRACT = {
    "report": "id title title_en region region_en year body original",
    "errata": "position find replace count reason",
    "sector": "id position name_zh name_en",
    "unit": "unit name_en kind",
    "measure": "id description",
    "indicator": ("id key report_id sector name_zh name_en value unit measure year basis qualifier "
                  "src_start src_end excerpt_start excerpt_end section_id"),
    "indicator_pair": "actual_id target_id note note_en",
    "section": "id report_id level title start end",
    "exclusion": "id report_id start end printed reason",
    "chart": "id sector position type title_zh title_en",
    "chart_figure": "chart_id position indicator_id label_zh label_en",
}
CHART_TYPES = {"bar", "column", "hbar", "kpi", "grouped", "bullet", "donut", "waffle", "fact"}

DB_PATH = None
_TMP = None


def dataset_path():
    global DB_PATH, _TMP
    if DB_PATH:
        return DB_PATH
    path = os.environ.get("REPORTDASH_DATASET")
    if not path:
        _TMP = tempfile.TemporaryDirectory()
        path = os.path.join(_TMP.name, "reportdash.sqlite")
        subprocess.run([sys.executable, os.path.join(DATA_DIR, "build-dataset.py"),
                        "--data-dir", DATA_DIR, "--output", path],
                       check=True, stdout=subprocess.DEVNULL)
    DB_PATH = path
    return path


class DatasetTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        path = dataset_path()
        if not os.path.exists(path):
            raise unittest.SkipTest("no dataset at %s" % path)
        cls.db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        cls.db.row_factory = sqlite3.Row
        cls.body, cls.original = cls.db.execute("SELECT body, original FROM report WHERE id=1").fetchone()
        cls.ind = cls.db.execute("SELECT * FROM indicator ORDER BY id").fetchall()

    @classmethod
    def tearDownClass(cls):
        cls.db.close()

    def q(self, sql, *args):
        return self.db.execute(sql, args).fetchall()

    # (f) version, contract, counts, names --------------------------------------------
    def test_user_version(self):
        self.assertEqual(self.q("PRAGMA user_version")[0][0], 1)

    def test_not_wal(self):
        self.assertNotEqual(self.q("PRAGMA journal_mode")[0][0].lower(), "wal")

    def test_schema_contract(self):
        for table, cols in CONTRACT.items():
            have = {r[1] for r in self.q("PRAGMA table_info(%s)" % table)}
            for c in cols.split():
                self.assertIn(c, have, "%s.%s missing" % (table, c))

    def test_report_row(self):
        r = self.q("SELECT * FROM report")
        self.assertEqual(len(r), 1)
        r = r[0]
        self.assertEqual(r["id"], 1)
        self.assertEqual(r["year"], 2019)
        self.assertIn("天元区", r["title"])
        self.assertIn("Tianyuan", r["title_en"])
        for col in ("region", "region_en"):
            self.assertTrue(r[col].strip())

    def test_row_count(self):
        self.assertGreaterEqual(len(self.ind), 130)
        self.assertEqual([r["id"] for r in self.ind], list(range(1, len(self.ind) + 1)))

    def test_both_bases(self):
        bases = {r["basis"] for r in self.ind}
        self.assertEqual(bases, {"actual", "target"})
        for r in self.ind:
            if r["basis"] == "actual":
                self.assertEqual(r["year"], 2018, r["key"])
            else:
                self.assertIn(r["year"], (2019, 2020), r["key"])

    def test_sector_names(self):
        sectors = {r["id"]: r for r in self.q("SELECT * FROM sector")}
        for s in REQUIRED_SECTORS:
            self.assertIn(s, sectors)
        for r in sectors.values():
            self.assertTrue(r["name_zh"].strip(), r["id"])
            self.assertTrue(r["name_en"].strip(), r["id"])
            self.assertFalse(re.search(r"[\u3400-\u9fff]", r["name_en"]), r["id"])
        for r in self.ind:
            self.assertIn(r["sector"], sectors)

    def test_closed_lists(self):
        units = {r["unit"]: r["kind"] for r in self.q("SELECT unit, kind FROM unit")}
        measures = {r[0] for r in self.q("SELECT id FROM measure")}
        quals = {r[0] for r in self.q("SELECT qualifier FROM qualifier")}
        for r in self.ind:
            self.assertIn(r["unit"], units, r["key"])
            self.assertIn(r["measure"], measures, r["key"])
            self.assertIn(r["basis"], ("actual", "target"), r["key"])
            if r["qualifier"] is not None:
                self.assertTrue(r["qualifier"].strip(), r["key"])
                for q in r["qualifier"].split(" "):
                    self.assertIn(q, quals, r["key"])
        for m in ("level", "growth", "share", "rate", "change", "count", "rank", "duration"):
            self.assertIn(m, measures)

    def test_no_duplicates(self):
        keys = [r["key"] for r in self.ind]
        self.assertEqual(len(keys), len(set(keys)))
        ident = [(r["sector"], r["name_zh"], r["year"], r["basis"], r["measure"]) for r in self.ind]
        self.assertEqual(len(ident), len(set(ident)))
        span_name = [(r["src_start"], r["src_end"], r["name_zh"]) for r in self.ind]
        self.assertEqual(len(span_name), len(set(span_name)))

    # (a) spans and excerpts --------------------------------------------------------------
    def test_span_holds_value_as_printed(self):
        units = {r["unit"]: r["aliases"] for r in self.q("SELECT unit, aliases FROM unit")}
        body = self.body
        for r in self.ind:
            with self.subTest(key=r["key"]):
                s, e = r["src_start"], r["src_end"]
                self.assertTrue(0 <= s < e <= len(body))
                text = body[s:e]
                # the same as the SQL substr(body, src_start + 1, src_end - src_start)
                sql = self.q("SELECT substr(body, ?+1, ?-?) FROM report WHERE id=1", s, e, s)[0][0]
                self.assertEqual(sql, text)
                self.assertEqual(text, r["printed"])
                if re.search(r"[0-9]", text):
                    numbers = re.findall(r"[0-9]+(?:\.[0-9]+)?", text)
                    self.assertEqual(len(numbers), 1, text)
                    self.assertEqual(float(numbers[0]), r["value"])
                    unit_forms = [r["unit"]] + [a for a in units[r["unit"]].split(",") if a]
                    # value and unit as printed: 前/第 may precede a rank, 多/余 may sit
                    # between number and unit (1万多平方米); the unit may be implied (2400多)
                    plain = re.sub(r"^[前第]", "", text).replace("多", "").replace("余", "")
                    self.assertIn(plain, [numbers[0]] + [numbers[0] + u for u in unit_forms])
                    # the number is whole: no digit just before or after the span
                    self.assertFalse(s > 0 and body[s - 1].isdigit() and text[0].isdigit())
                    self.assertFalse(e < len(body) and body[e].isdigit())
                else:
                    self.assertIn(text, CHINESE_FIGURES)
                    self.assertEqual(CHINESE_FIGURES[text], r["value"])

    def test_span_inside_excerpt_inside_body(self):
        body = self.body
        for r in self.ind:
            with self.subTest(key=r["key"]):
                xs, xe = r["excerpt_start"], r["excerpt_end"]
                self.assertTrue(0 <= xs <= r["src_start"] < r["src_end"] <= xe <= len(body))
                # sentence or clause: starts after a sentence end or at a line start
                self.assertTrue(xs == 0 or body[xs - 1] in SENTENCE_END + "\n", body[xs - 1:xs + 10])
                self.assertTrue(xe == len(body) or body[xe - 1] in SENTENCE_END or body[xe] == "\n")
                excerpt = body[xs:xe]
                self.assertNotIn("\n", excerpt)
                for bad in ("*", "?", INSERTED_TITLE):
                    self.assertNotIn(bad, excerpt)

    def test_qualifiers_printed(self):
        for r in self.ind:
            if r["qualifier"]:
                excerpt = self.body[r["excerpt_start"]:r["excerpt_end"]]
                for q in r["qualifier"].split(" "):
                    self.assertIn(q, excerpt, r["key"])

    def test_shared_spans_state_different_things(self):
        spans = {}
        for r in self.ind:
            spans.setdefault((r["src_start"], r["src_end"]), []).append(r)
        shared = [v for v in spans.values() if len(v) > 1]
        self.assertTrue(shared, "the 双双突破2200亿元 rows share a span")
        for rows in shared:
            self.assertEqual(len({r["name_zh"] for r in rows}), len(rows))
            self.assertEqual(len({r["name_en"] for r in rows}), len(rows))
            self.assertEqual(len({r["value"] for r in rows}), 1)
        two = [r for r in self.ind if r["printed"] == "2200亿元"]
        self.assertEqual(len(two), 2)
        self.assertEqual((two[0]["src_start"], two[0]["src_end"]), (two[1]["src_start"], two[1]["src_end"]))

    def test_spans_do_not_overlap(self):
        spans = sorted({(r["src_start"], r["src_end"]) for r in self.ind})
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            self.assertLessEqual(e1, s2, self.body[s1:e2])

    def test_sections(self):
        rows = self.q("SELECT * FROM section ORDER BY id")
        titles = [r["title"] for r in rows]
        for t in ("2018年工作回顾", "产业实力不断壮大", "2019年目标和任务", "2019年重点工作",
                  "聚焦转型升级,推动高质量发展", "聚焦改革开放,激发发展活力", "重在落实"):
            self.assertIn(t, titles)
        for r in rows:
            self.assertEqual(self.body[r["start"]:r["end"]], r["title"])
            self.assertIn(r["level"], (0, 1, 2))
        level1 = [r["title"] for r in rows if r["level"] == 1]
        self.assertEqual(level1[:3], ["2018年工作回顾", "2019年目标和任务", "2019年重点工作"])
        starts = [r["start"] for r in rows]
        self.assertEqual(starts, sorted(starts))
        for r in self.ind:
            self.assertIsNotNone(r["section_id"], r["key"])
            sec = rows[r["section_id"] - 1]
            self.assertLessEqual(sec["start"], r["src_start"])

    # (b) coverage ----------------------------------------------------------------------------
    def test_every_digit_run_is_covered_or_excluded(self):
        spans = [(r["src_start"], r["src_end"]) for r in self.ind]
        excl = self.q("SELECT * FROM exclusion")
        covered = spans + [(x["start"], x["end"]) for x in excl]
        runs = list(re.finditer(r"[0-9]+", self.body))
        self.assertGreater(len(runs), 150)
        for m in runs:
            with self.subTest(run=m.group(), at=m.start()):
                self.assertTrue(any(s <= m.start() and m.end() <= e for s, e in covered),
                                "uncovered digit run %r in %r" % (
                                    m.group(), self.body[max(0, m.start() - 10):m.end() + 10]))

    def test_exclusions_have_reasons_and_match(self):
        excl = self.q("SELECT * FROM exclusion")
        self.assertTrue(excl)
        spans = [(r["src_start"], r["src_end"]) for r in self.ind]
        for x in excl:
            with self.subTest(printed=x["printed"], at=x["start"]):
                self.assertEqual(self.body[x["start"]:x["end"]], x["printed"])
                self.assertTrue(re.search(r"[0-9]", x["printed"]))
                self.assertTrue(x["reason"].strip())
                for s, e in spans:
                    self.assertFalse(s < x["end"] and x["start"] < e, "exclusion overlaps a figure")
        printed = {x["printed"] for x in excl}
        for p in ("2018", "2019", "5个100", "1+7+4", "3+5+2", "135工程", "70周年", "500强"):
            self.assertIn(p, printed)

    # (c) clean text and faithful original -----------------------------------------------------
    def test_clean_body(self):
        self.assertNotIn("*", self.body)
        self.assertNotIn("?", self.body)
        self.assertNotIn(INSERTED_TITLE, self.body)
        for s in ("深入推进", "生产性服务业", "激发发展活力", "扑下身子抓落实",
                  "党建领航·三社联动", "株洲·中国动力谷", "三产业完成增加值"):
            self.assertIn(s, self.body)
        self.assertIn("表示衷心的感谢并致以崇高的敬意!\n", self.body)
        for label in self.q("SELECT label_zh, label_en FROM chart_figure"):
            self.assertNotIn(INSERTED_TITLE, label[0])

    def test_original_is_the_seed(self):
        self.assertEqual(hashlib.sha256(self.original.encode("utf-8")).hexdigest(), SEED_SHA256)
        path = os.path.join(DATA_DIR, "report-original.txt")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                self.assertEqual(fh.read(), self.original.encode("utf-8"))
        self.assertIn(INSERTED_TITLE, self.original)

    def test_errata_reproduce_body(self):
        text = self.original
        rows = self.q("SELECT * FROM errata ORDER BY position")
        self.assertTrue(rows)
        for r in rows:
            self.assertEqual(text.count(r["find"]), r["count"], r["find"])
            text = text.replace(r["find"], r["replace"] or "")
        self.assertEqual(text, self.body)

    # (d) pairs ------------------------------------------------------------------------------------
    def test_pairs_comparable(self):
        ind = {r["id"]: r for r in self.ind}
        pairs = self.q("SELECT * FROM indicator_pair")
        self.assertGreaterEqual(len(pairs), 10)
        for p in pairs:
            a, t = ind[p["actual_id"]], ind[p["target_id"]]
            with self.subTest(actual=a["key"], target=t["key"]):
                self.assertEqual(a["unit"], t["unit"])
                self.assertEqual(a["measure"], t["measure"])
                self.assertEqual(a["sector"], t["sector"])
                self.assertEqual((a["basis"], a["year"]), ("actual", 2018))
                self.assertEqual(t["basis"], "target")
                self.assertIn(t["year"], (2019, 2020))
        keys = {(ind[p["actual_id"]]["key"], ind[p["target_id"]]["key"]) for p in pairs}
        self.assertIn(("gdp-growth-2018", "gdp-growth-2019"), keys)
        self.assertIn(("good-air-rate-2018", "good-air-rate-2019"), keys)

    # (e) charts -----------------------------------------------------------------------------------
    def test_every_indicator_in_a_chart_of_its_sector(self):
        rows = self.q("""SELECT DISTINCT cf.indicator_id FROM chart_figure cf
                         JOIN chart c ON c.id = cf.chart_id
                         JOIN indicator i ON i.id = cf.indicator_id AND i.sector = c.sector""")
        shown = {r[0] for r in rows}
        for r in self.ind:
            self.assertIn(r["id"], shown, "%s is in no chart of sector %s" % (r["key"], r["sector"]))

    def test_no_chart_mixes_units(self):
        rows = self.q("""SELECT cf.chart_id, COUNT(DISTINCT i.unit), COUNT(DISTINCT u.kind)
                         FROM chart_figure cf JOIN indicator i ON i.id = cf.indicator_id
                         JOIN unit u ON u.unit = i.unit GROUP BY cf.chart_id""")
        self.assertTrue(rows)
        # The one exception: a KPI tile with the growth of its figure as its change.
        kpi_changes = {r[0] for r in self.q("""
            SELECT c.id FROM chart c
            JOIN chart_figure f1 ON f1.chart_id = c.id AND f1.position = (SELECT MIN(position) FROM chart_figure WHERE chart_id = c.id)
            JOIN chart_figure f2 ON f2.chart_id = c.id AND f2.position > f1.position
            JOIN indicator a ON a.id = f1.indicator_id JOIN indicator g ON g.id = f2.indicator_id
            WHERE c.type = 'kpi' AND g.measure = 'growth' AND g.unit = '%' AND a.measure != 'growth'
              AND a.sector = g.sector AND a.year = g.year AND a.basis = g.basis
              AND (SELECT COUNT(*) FROM chart_figure WHERE chart_id = c.id) = 2""")}
        for chart_id, n_units, n_kinds in rows:
            if chart_id in kpi_changes:
                continue
            self.assertEqual((n_units, n_kinds), (1, 1), chart_id)

    def test_charts_well_formed(self):
        charts = self.q("SELECT * FROM chart")
        sectors = {r[0] for r in self.q("SELECT id FROM sector")}
        counts = {r[0]: r[1] for r in self.q("SELECT chart_id, COUNT(*) FROM chart_figure GROUP BY chart_id")}
        for c in charts:
            self.assertIn(c["type"], CHART_TYPES, c["id"])
            self.assertIn(c["sector"], sectors)
            self.assertTrue(c["title_zh"].strip() and c["title_en"].strip(), c["id"])
            self.assertGreaterEqual(counts.get(c["id"], 0), 1, c["id"])
        for r in self.q("SELECT * FROM chart_figure"):
            self.assertTrue(r["label_zh"].strip() and r["label_en"].strip())
        bar_sectors = {c["sector"] for c in charts if c["type"] == "bar" and counts[c["id"]] >= 2}
        self.assertGreaterEqual(len(bar_sectors), 3)
        for s in ("overview", "industry", "environment"):
            first = self.q("SELECT type FROM chart WHERE sector=? ORDER BY position LIMIT 1", s)
            self.assertEqual(first[0][0], "bar", s)

    # documentation ----------------------------------------------------------------------------------
    def test_schema_md_documents_closed_lists(self):
        path = os.path.join(DATA_DIR, "SCHEMA.md")
        if not os.path.exists(path):
            self.skipTest("no data/SCHEMA.md next to the tests")
        with open(path, encoding="utf-8") as fh:
            doc = fh.read()
        for table in CONTRACT:
            self.assertIn("`%s`" % table, doc)
        for sql, fmt in (("SELECT id FROM sector", "`%s`"), ("SELECT id FROM measure", "`%s`"),
                         ("SELECT DISTINCT kind FROM unit", "`%s`"),
                         ("SELECT unit FROM unit", "| %s |"),
                         ("SELECT qualifier FROM qualifier", "| %s |")):
            for (v,) in self.q(sql):
                self.assertIn(fmt % v, doc, "%s not documented in SCHEMA.md" % v)
        self.assertIn("user_version", doc)
        self.assertIn("substr(r.body, i.src_start+1, i.src_end-i.src_start)", doc)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        os.environ["REPORTDASH_DATASET"] = sys.argv.pop(1)
    unittest.main()
