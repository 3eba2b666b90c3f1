#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print the number of figures per sector and basis of a built ReportDash
dataset.

    python3 data/count-figures.py reportdash.sqlite
    REPORTDASH_DATASET=reportdash.sqlite python3 data/count-figures.py

Standard library only.
"""

import os
import sqlite3
import sys


def main(argv):
    path = argv[1] if len(argv) > 1 else os.environ.get("REPORTDASH_DATASET")
    if not path or argv[1:2] in (["-h"], ["--help"]):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if not os.path.exists(path):
        print("count-figures.py: %s: no such file" % path, file=sys.stderr)
        return 1
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != 1:
        print("count-figures.py: %s has schema version %d, this script reads version 1"
              % (path, version), file=sys.stderr)
        return 1
    rows = db.execute("""
        SELECT s.id, s.name_zh, s.name_en,
               SUM(i.basis = 'actual'), SUM(i.basis = 'target'), COUNT(i.id)
        FROM sector s LEFT JOIN indicator i ON i.sector = s.id
        GROUP BY s.id ORDER BY s.position""").fetchall()
    print("%-16s %-16s %-46s %6s %6s %6s" % ("sector", "名称", "name", "actual", "target", "total"))
    ta = tt = tn = 0
    for sid, zh, en, a, t, n in rows:
        a, t = a or 0, t or 0
        ta, tt, tn = ta + a, tt + t, tn + n
        # pad the Chinese name by display width (2 columns a character)
        pad = " " * max(0, 18 - 2 * len(zh))
        print("%-16s %s%s %-46s %6d %6d %6d" % (sid, zh, pad, en, a, t, n))
    print("%-16s %-18s %-46s %6d %6d %6d" % ("total", "", "", ta, tt, tn))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
