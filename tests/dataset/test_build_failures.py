#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-dataset.py must refuse broken sources, naming the file and line.

    python3 tests/dataset/test_build_failures.py

Copies data/ (found next to this file's tests/ folder, or REPORTDASH_DATA_DIR)
into a temporary directory, breaks one thing at a time and checks that the
build exits non-zero, names the file and line, and writes no database.
Works from any current directory.  Stdlib only.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.abspath(os.environ.get("REPORTDASH_DATA_DIR")
                           or os.path.join(HERE, "..", "..", "data"))
SOURCES = ("report-original.txt", "report.tsv", "errata.tsv", "sectors.tsv", "units.tsv",
           "measures.tsv", "qualifiers.tsv", "sections.tsv", "figures.tsv", "exclusions.tsv",
           "pairs.tsv", "charts.tsv", "build-dataset.py")


class BuildFailureTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data)
        for name in SOURCES:
            shutil.copy(os.path.join(DATA_DIR, name), self.data)
        self.out = os.path.join(self.tmp.name, "out.sqlite")

    def tearDown(self):
        self.tmp.cleanup()

    # helpers ---------------------------------------------------------------------------
    def path(self, name):
        return os.path.join(self.data, name)

    def lines(self, name):
        with open(self.path(name), encoding="utf-8", newline="") as fh:
            return fh.read().split("\n")

    def write(self, name, lines):
        with open(self.path(name), "w", encoding="utf-8", newline="") as fh:
            fh.write("\n".join(lines))

    def find(self, name, prefix):
        """1-based line number of the line starting with prefix + TAB."""
        for i, line in enumerate(self.lines(name), 1):
            if line.startswith(prefix + "\t"):
                return i
        self.fail("no line %r in %s" % (prefix, name))

    def edit(self, name, prefix, column, value):
        """Set column (0-based) of the line starting with prefix; return its line number."""
        lines = self.lines(name)
        n = self.find(name, prefix)
        cells = lines[n - 1].split("\t")
        cells[column] = value
        lines[n - 1] = "\t".join(cells)
        self.write(name, lines)
        return n

    def build(self):
        return subprocess.run([sys.executable, self.path("build-dataset.py"),
                               "--data-dir", self.data, "--output", self.out],
                              cwd=self.tmp.name, capture_output=True, text=True)

    def assertFails(self, name, line, *words):
        p = self.build()
        self.assertNotEqual(p.returncode, 0, "build succeeded:\n" + p.stdout)
        self.assertFalse(os.path.exists(self.out), "a database was written")
        self.assertFalse(os.path.exists(self.out + ".tmp"), "a temporary database was left")
        where = "%s:%d:" % (name, line)
        hits = [l for l in p.stderr.splitlines() if where in l]
        self.assertTrue(hits, "no message naming %s in:\n%s" % (where, p.stderr))
        for w in words:
            self.assertTrue(any(w in h for h in hits), "%r not in %r" % (w, hits))
        return p.stderr

    # the untouched copy builds -------------------------------------------------------------
    def test_copy_builds(self):
        p = self.build()
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.path.exists(self.out))
        self.assertFalse(os.path.exists(self.out + ".tmp"))

    # figures.tsv ---------------------------------------------------------------------------------
    def test_bad_printed_value(self):
        n = self.edit("figures.tsv", "gdp-growth-2018", 4, "9.5")
        self.assertFails("figures.tsv", n, "does not match printed")

    def test_printed_not_in_context(self):
        n = self.edit("figures.tsv", "tax-revenue-2018", 11, "71亿元")
        self.assertFails("figures.tsv", n, "not in context")

    def test_context_not_found(self):
        n = self.edit("figures.tsv", "tax-revenue-2018", 10, "税收收入突破71亿元")
        self.assertFails("figures.tsv", n, "not found")

    def test_context_not_unique(self):
        n = self.edit("figures.tsv", "industrial-value-added-growth-2018", 10, "增长8%")
        self.assertFails("figures.tsv", n, "not unique")

    def test_chinese_numeral_value(self):
        n = self.edit("figures.tsv", "hitech-zone-provincial-rank-2018", 4, "2")
        self.assertFails("figures.tsv", n, "前三")

    def test_duplicate_row(self):
        lines = self.lines("figures.tsv")
        n = self.find("figures.tsv", "gdp-growth-2018")
        cells = lines[n - 1].split("\t")
        cells[0] = "gdp-growth-2018-again"
        lines.append("\t".join(cells))
        self.write("figures.tsv", lines)
        self.assertFails("figures.tsv", len(lines), "duplicates line %d" % n)

    def test_duplicate_key(self):
        n = self.find("figures.tsv", "gdp-growth-2018")
        m = self.edit("figures.tsv", "fixed-asset-investment-growth-2018", 0, "gdp-growth-2018")
        self.assertFails("figures.tsv", m, "duplicate key 'gdp-growth-2018' (first at line %d)" % n)

    def test_unknown_sector(self):
        n = self.edit("figures.tsv", "good-air-days-2018", 1, "weather")
        self.assertFails("figures.tsv", n, "unknown sector")

    def test_unknown_measure(self):
        n = self.edit("figures.tsv", "good-air-days-2018", 6, "amount")
        self.assertFails("figures.tsv", n, "unknown measure")

    def test_unknown_unit(self):
        n = self.edit("figures.tsv", "good-air-days-2018", 5, "日")
        self.assertFails("figures.tsv", n, "unknown unit")

    def test_bad_basis(self):
        n = self.edit("figures.tsv", "good-air-days-2018", 8, "plan")
        self.assertFails("figures.tsv", n, "basis")

    def test_unknown_qualifier(self):
        n = self.edit("figures.tsv", "tax-revenue-2018", 9, "大约")
        self.assertFails("figures.tsv", n, "unknown qualifier")

    def test_missing_leading_qualifier(self):
        n = self.edit("figures.tsv", "new-jobs-2019", 9, "")
        self.assertFails("figures.tsv", n, "确保")

    # errata.tsv ----------------------------------------------------------------------------------
    def test_errata_mismatch(self):
        n = self.edit("errata.tsv", "*推进", 2, "8")
        self.assertFails("errata.tsv", n, "expected 8 occurrence(s), found 7")

    def test_errata_out_of_order(self):
        # a generic * -> 深入 rule before the ** rules eats half of 生产**业: that rule then
        # finds nothing (this is why the ** rules come first)
        lines = self.lines("errata.tsv")
        header = self.find("errata.tsv", "find")
        lines.insert(header, "*\t深入\t26\tgeneric rule in the wrong place")
        self.write("errata.tsv", lines)
        n = self.find("errata.tsv", "生产**业")
        self.assertFails("errata.tsv", n, "found 0")

    # coverage and exclusions ----------------------------------------------------------------------
    def test_uncovered_digit_run(self):
        lines = self.lines("exclusions.tsv")
        n = self.find("exclusions.tsv", "规划151路")
        del lines[n - 1]
        self.write("exclusions.tsv", lines)
        # 规划151路 is on line 25 of the report
        self.assertFails("report-original.txt", 25, "'151'")

    def test_exclusion_not_matching(self):
        n = self.edit("exclusions.tsv", "规划107路", 0, "规划108路")
        self.assertFails("exclusions.tsv", n, "not found")

    def test_exclusion_over_a_figure(self):
        lines = self.lines("exclusions.tsv")
        lines.append("地区生产总值增长9%\t9%\ta figure, wrongly excluded")
        self.write("exclusions.tsv", lines)
        self.assertFails("exclusions.tsv", len(lines), "overlaps the figure")

    # pairs.tsv ------------------------------------------------------------------------------------
    def test_pair_unknown_key(self):
        n = self.edit("pairs.tsv", "gdp-growth-2018", 1, "gdp-growth-2030")
        self.assertFails("pairs.tsv", n, "unknown figure key")

    def test_pair_not_comparable(self):
        n = self.edit("pairs.tsv", "gdp-growth-2018", 1, "contract-investment-2019")
        self.assertFails("pairs.tsv", n, "not comparable")

    # charts.tsv -----------------------------------------------------------------------------------
    def test_orphan_figure(self):
        lines = self.lines("charts.tsv")
        n = self.find("charts.tsv", "poverty-villages-2018")
        del lines[n - 1]
        self.write("charts.tsv", lines)
        f = self.find("figures.tsv", "poor-villages-lifted-2018")
        self.assertFails("figures.tsv", f, "orphan figure")

    def test_mixed_unit_chart(self):
        lines = self.lines("charts.tsv")
        n = self.find("charts.tsv", "fiscal-revenue-2018")
        lines[n - 1] += ",tax-share-2018"
        self.write("charts.tsv", lines)
        self.assertFails("charts.tsv", n, "mixes units")

    def test_mixed_currency_chart(self):
        lines = self.lines("charts.tsv")
        n = self.find("charts.tsv", "investment-domestic-capital-2018")
        lines[n - 1] += ",foreign-capital-2018"
        self.write("charts.tsv", lines)
        self.assertFails("charts.tsv", n, "mixes units")

    def test_chart_unknown_figure(self):
        lines = self.lines("charts.tsv")
        n = self.find("charts.tsv", "fiscal-revenue-2018")
        lines[n - 1] += ",no-such-figure"
        self.write("charts.tsv", lines)
        self.assertFails("charts.tsv", n, "unknown figure key")

    # closed lists -------------------------------------------------------------------------------------
    def test_bad_unit_kind(self):
        n = self.edit("units.tsv", "亿美元", 2, "money")
        self.assertFails("units.tsv", n, "kind")

    def test_heading_list_mismatch(self):
        n = self.edit("sections.tsv", "重在落实", 0, "重在实干")
        self.assertFails("sections.tsv", n, "重在落实")


if __name__ == "__main__":
    unittest.main()
