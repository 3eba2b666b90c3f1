#!/usr/bin/env python3
"""Make damaged and hostile dataset files (issue 19, acceptance 1).

    make-hostile-files.py SEED.sqlite OUTDIR [--library LIB.sqlite]

Each case is a folder OUTDIR/NNN-kind holding one file, dataset.sqlite
(or library.sqlite), and whatever lies beside it (-journal, -wal). SEED is
the built dataset (version 1); LIB, if given, a library (version 2) made
from it. Deterministic: the same SEED gives the same files (fixed seed for
every random choice). Standard library only.
"""

import argparse
import os
import random
import shutil
import sqlite3
import struct
import sys
import tempfile

TABLES = {
    'report': ['id', 'title', 'title_en', 'region', 'region_en', 'year', 'body'],
    'section': ['id', 'report_id', 'level', 'title', 'start', 'end'],
    'sector': ['id', 'position', 'name_zh', 'name_en'],
    'unit': ['unit', 'name_en', 'kind'],
    'indicator': ['id', 'key', 'sector', 'name_zh', 'name_en', 'value', 'unit', 'measure',
                  'year', 'basis', 'qualifier', 'src_start', 'src_end', 'excerpt_start',
                  'excerpt_end', 'section_id', 'report_id'],
    'chart': ['id', 'sector', 'position', 'type', 'title_zh', 'title_en'],
    'chart_figure': ['chart_id', 'indicator_id', 'position', 'label_zh', 'label_en'],
    'indicator_pair': ['actual_id', 'target_id', 'note', 'note_en'],
}

# Text columns drawn or printed, per table (for NULLs, long and bad text).
TEXT = {
    'sector': ['id', 'name_zh', 'name_en'],
    'indicator': ['key', 'sector', 'name_zh', 'name_en', 'unit', 'measure', 'basis', 'qualifier'],
    'chart': ['id', 'sector', 'type', 'title_zh', 'title_en'],
    'chart_figure': ['chart_id', 'label_zh', 'label_en'],
    'report': ['title', 'title_en', 'region', 'region_en', 'body'],
    'section': ['title'],
    'unit': ['unit', 'name_en', 'kind'],
    'indicator_pair': ['note', 'note_en'],
}

NUMBERS = {
    'indicator': ['value', 'year', 'src_start', 'src_end', 'excerpt_start', 'excerpt_end',
                  'section_id', 'report_id', 'id'],
    'sector': ['position'],
    'chart': ['position'],
    'chart_figure': ['indicator_id', 'position'],
    'section': ['start', 'end', 'level', 'report_id'],
    'report': ['year', 'id'],
    'indicator_pair': ['actual_id', 'target_id'],
}


class Maker:
    def __init__(self, seed, outdir):
        self.seed = seed
        self.outdir = outdir
        self.n = 0

    def folder(self, kind):
        self.n += 1
        path = os.path.join(self.outdir, '%03d-%s' % (self.n, kind))
        os.makedirs(path)
        return path

    def copy(self, kind, name='dataset.sqlite', source=None):
        folder = self.folder(kind)
        path = os.path.join(folder, name)
        shutil.copyfile(source or self.seed, path)
        return path

    def sql(self, kind, script, source=None, name='dataset.sqlite'):
        path = self.copy(kind, name, source)
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.executescript('PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;' + script)
        except sqlite3.Error as e:
            # Not every change fits every table (fts5 refuses some names):
            # the case is left out, the same way on every run.
            db.close()
            shutil.rmtree(os.path.dirname(path))
            self.n -= 1
            print('left out %s: %s' % (kind, e), file=sys.stderr)
            return None
        db.close()
        return path

    def raw(self, kind, data, name='dataset.sqlite'):
        path = os.path.join(self.folder(kind), name)
        with open(path, 'wb') as f:
            f.write(data)
        return path


def unconstrained(table):
    """Rebuilds @table without constraints, so that NULLs and any type fit."""
    return ('CREATE TABLE hostile_tmp AS SELECT * FROM "%s"; DROP TABLE "%s"; '
            'ALTER TABLE hostile_tmp RENAME TO "%s";' % (table, table, table))


def make_all(seed, outdir, library):
    m = Maker(seed, outdir)
    rng = random.Random(19)
    data = open(seed, 'rb').read()
    page_size = struct.unpack('>H', data[16:18])[0] or 65536
    n_pages = len(data) // page_size

    # Views and virtual tables in place of every table, and missing columns.
    for table, columns in TABLES.items():
        cols = ', '.join("x %s" % c if i == 0 else "'t' %s" % c for i, c in enumerate(columns))
        m.sql('view-recursive-' + table,
              'ALTER TABLE "%s" RENAME TO hostile_old; CREATE VIEW "%s" AS WITH RECURSIVE '
              'c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT %s FROM c;'
              % (table, table, cols))
        m.sql('view-plain-' + table,
              'ALTER TABLE "%s" RENAME TO hostile_old; CREATE VIEW "%s" AS SELECT * FROM hostile_old;'
              % (table, table))
        m.sql('virtual-' + table,
              'DROP TABLE "%s"; CREATE VIRTUAL TABLE "%s" USING fts5(%s);'
              % (table, table, ', '.join('"%s"' % c for c in columns)))
        m.sql('missing-table-' + table, 'DROP TABLE "%s";' % table)
        for column in columns[1::3]:
            m.sql('missing-column-%s-%s' % (table, column),
                  unconstrained(table) + 'ALTER TABLE "%s" DROP COLUMN "%s";' % (table, column))
    m.sql('view-10m-chart-figure',
          "ALTER TABLE chart_figure RENAME TO cf0; CREATE VIEW chart_figure AS WITH RECURSIVE "
          "c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 10000000) SELECT "
          "(SELECT id FROM chart LIMIT 1) chart_id, 1 indicator_id, x position, 'l' label_zh, "
          "'l' label_en FROM c;")
    m.sql('fts-recursive-view',
          "DROP TABLE indicator_fts; CREATE VIEW indicator_fts AS WITH RECURSIVE c(x) AS "
          "(SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x rowid, 'a' excerpt FROM c;")

    # NULLs in every column read.
    for table, columns in TABLES.items():
        for column in columns:
            m.sql('null-%s-%s' % (table, column),
                  unconstrained(table) + 'UPDATE "%s" SET "%s" = NULL WHERE rowid IN '
                  '(SELECT rowid FROM "%s" LIMIT 1);' % (table, column, table))

    # Numbers: huge, non-finite, extreme integers, wrong types.
    for value in ['1e40', '-1e40', '9e999', '-9e999', '1.7976931348623157e308', '5e-324',
                  "'abc'", "x'00ff'", '9223372036854775807', '-9223372036854775808']:
        m.sql('value-' + value.strip("'x"),
              'PRAGMA ignore_check_constraints = ON;' + unconstrained('indicator') +
              'UPDATE indicator SET value = %s WHERE id IN (SELECT id FROM indicator LIMIT 3);' % value)
    for table, columns in NUMBERS.items():
        for column in columns:
            for value in ['-2147483648', '9223372036854775807']:
                m.sql('int-%s-%s-%s' % (table, column, value.strip("'")),
                      unconstrained(table) + 'UPDATE "%s" SET "%s" = %s WHERE rowid IN '
                      '(SELECT rowid FROM "%s" ORDER BY rowid DESC LIMIT 1);'
                      % (table, column, value, table))

    # Text: long, invalid UTF-8, control characters, bidi overrides, escapes.
    bad_texts = {
        'long': "printf('%.*c', 100000, 'x')",
        'utf8': "CAST(x'c328a0e282a1f0288cbc' AS TEXT)",
        # A terminal escape (sets the title, clears the screen), line breaks,
        # a right-to-left override and a path.
        'control': "char(27) || ']0;pwned' || char(7) || char(27) || '[2J' || 'one' || char(10) || "
                   "'two' || char(13) || char(8238) || 'gnp.exe/../x'",
    }
    for table, columns in TEXT.items():
        for column in columns:
            for name, expr in bad_texts.items():
                m.sql('text-%s-%s-%s' % (table, column, name),
                      unconstrained(table) + 'UPDATE "%s" SET "%s" = %s WHERE rowid IN '
                      '(SELECT rowid FROM "%s" LIMIT 2);' % (table, column, expr, table))
    m.sql('text-nul', unconstrained('chart') + "UPDATE chart SET title_en = 'a' || char(0) || 'b';")
    m.sql('text-empty', unconstrained('chart') + "UPDATE chart SET title_en = '', title_zh = '';")

    # Duplicates and dangling references.
    m.sql('duplicate-indicator-id', unconstrained('indicator') +
          'INSERT INTO indicator SELECT * FROM indicator WHERE id = 5;')
    m.sql('duplicate-indicator-key', unconstrained('indicator') +
          "UPDATE indicator SET key = (SELECT key FROM indicator WHERE id = 1) WHERE id = 2;")
    m.sql('dangling-chart-figure', 'UPDATE chart_figure SET indicator_id = 999999 WHERE rowid = 1;')
    m.sql('dangling-pair', 'UPDATE indicator_pair SET target_id = 999999 WHERE rowid = 1;')
    m.sql('dangling-chart-sector', "UPDATE chart SET sector = 'nowhere' WHERE rowid = 1;")
    m.sql('no-report', 'DELETE FROM report;')
    m.sql('no-figures', 'DELETE FROM indicator; DELETE FROM chart_figure; DELETE FROM indicator_pair;')
    m.sql('many-chart-figures', unconstrained('chart_figure') +
          'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 20000) '
          'INSERT INTO chart_figure SELECT chart_id, position + x, indicator_id, label_zh, label_en '
          'FROM chart_figure, c WHERE chart_figure.rowid = 1;')

    # Versions.
    for version in [0, 3, 99, -1, 2147483647]:
        m.sql('user-version-%d' % version, 'PRAGMA user_version = %d;' % version)
    m.sql('foreign-sqlite', 'PRAGMA user_version = 0;' +
          ''.join('DROP TABLE "%s";' % t for t in TABLES) + 'CREATE TABLE contacts(name);')

    # Not SQLite, empty, almost nothing.
    m.raw('zero-length', b'')
    m.raw('text-file', b'This is not a database.\n' * 400)
    m.raw('random-bytes', bytes(rng.getrandbits(8) for _ in range(8192)))
    m.raw('png-file', b'\x89PNG\r\n\x1a\n' + bytes(4088))
    m.raw('header-only', data[:100])
    m.raw('first-page-only', data[:page_size])
    m.raw('header-huge-page-count', data[:28] + struct.pack('>I', 0x7fffffff) + data[32:])
    m.raw('header-page-size-1', data[:16] + struct.pack('>H', 1) + data[18:])
    m.raw('header-reserved-255', data[:20] + bytes([255]) + data[21:])
    m.raw('header-schema-format-9', data[:44] + struct.pack('>I', 9) + data[48:])

    # Truncation.
    for i in range(20):
        cut = rng.randrange(1, len(data))
        m.raw('truncated-%d' % cut, data[:cut])
    for pages in (1, 2, n_pages // 2, n_pages - 1):
        m.raw('truncated-pages-%d' % pages, data[:pages * page_size])

    # Bit flips (fixed seed) and whole pages damaged.
    for i in range(64):
        damaged = bytearray(data)
        for _ in range(rng.choice([1, 1, 2, 4, 8, 32])):
            at = rng.randrange(len(damaged))
            damaged[at] ^= 1 << rng.randrange(8)
        m.raw('bitflip-%03d' % i, bytes(damaged))
    for i in range(24):
        damaged = bytearray(data)
        page = rng.randrange(1, n_pages)
        how = rng.choice(['zero', 'random', 'copy'])
        start = page * page_size
        if how == 'zero':
            damaged[start:start + page_size] = bytes(page_size)
        elif how == 'random':
            damaged[start:start + page_size] = bytes(rng.getrandbits(8) for _ in range(page_size))
        else:
            other = rng.randrange(1, n_pages) * page_size
            damaged[start:start + page_size] = data[other:other + page_size]
        m.raw('page-%s-%03d' % (how, page), bytes(damaged))

    # Schema damage.
    m.sql('schema-swap-roots', "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET rootpage = "
          "(SELECT rootpage FROM sqlite_schema WHERE name = 'chart') WHERE name = 'sector';")
    m.sql('schema-bad-sql', "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
          "'CREATE TABLE sector(' WHERE name = 'sector';")
    m.sql('schema-root-zero', "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET rootpage = 0 "
          "WHERE name = 'indicator';")
    m.sql('schema-generated-column', unconstrained('chart') +
          "ALTER TABLE chart RENAME TO c0; CREATE TABLE chart(id, sector, position, type, "
          "title_zh, title_en AS (printf('%.*c', 50000000, 'x'))); INSERT INTO chart "
          "SELECT id, sector, position, type, title_zh FROM c0;")
    m.sql('schema-stat1-lies', "ANALYZE; UPDATE sqlite_stat1 SET stat = '1 1 1';")

    # Journals and WAL beside the file.
    journal_cases(m, seed)
    # Libraries (schema version 2).
    if library:
        library_cases(m, library, rng)
    return m.n


def mid_change(m, kind, seed, script, suffix, wal=False):
    """The folder a crash leaves: the file and its -journal or -wal as they
    were in the middle of @script."""
    work = tempfile.mkdtemp(prefix='hostile-work-')
    live = os.path.join(work, 'live.sqlite')
    shutil.copyfile(seed, live)
    db = sqlite3.connect(live, isolation_level=None)
    if wal:
        db.execute('PRAGMA journal_mode = WAL')
        db.execute('PRAGMA wal_autocheckpoint = 0')
    db.execute('PRAGMA cache_size = 1')
    db.executescript(script)
    folder = m.folder(kind)
    for name in ('', suffix):
        if os.path.exists(live + name):
            shutil.copyfile(live + name, os.path.join(folder, 'dataset.sqlite' + name))
    db.close()
    shutil.rmtree(work)


def journal_cases(m, seed):
    change = "BEGIN; UPDATE indicator SET name_en = 'half ' || name_en;"
    mid_change(m, 'hot-journal', seed, change, '-journal')
    mid_change(m, 'wal-uncheckpointed', seed,
               "UPDATE indicator SET name_en = 'committed ' || name_en;", '-wal', wal=True)
    path = m.sql('wal-mode-no-wal-file', 'PRAGMA journal_mode = WAL;')
    # A journal of zeros (not hot) and a journal of garbage.
    path = m.copy('journal-zeroed')
    open(path + '-journal', 'wb').write(bytes(4096))
    path = m.copy('journal-garbage')
    open(path + '-journal', 'wb').write(bytes(random.Random(5).getrandbits(8) for _ in range(4096)))
    path = m.copy('wal-garbage')
    open(path + '-wal', 'wb').write(bytes(random.Random(6).getrandbits(8) for _ in range(8192)))
    path = m.copy('shm-garbage')
    open(path + '-shm', 'wb').write(bytes(random.Random(7).getrandbits(8) for _ in range(32768)))


def library_cases(m, library, rng):
    name = 'library.sqlite'
    m.copy('library-sound', name, library)
    for table in ('report', 'indicator', 'chart_figure'):
        m.sql('library-view-' + table,
              'ALTER TABLE "%s" RENAME TO hostile_old; CREATE VIEW "%s" AS SELECT * FROM hostile_old;'
              % (table, table), library, name)
    m.sql('library-recursive-report',
          "ALTER TABLE report RENAME TO r0; CREATE VIEW report AS WITH RECURSIVE c(x) AS "
          "(SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x id, 't' title, 't' title_en, 'r' region, "
          "'r' region_en, 2019 year, 'b' body, 'o' original, NULL level, 's' source_name, 'txt' format, "
          "hex(x) checksum, '' imported_at FROM c;", library, name)
    m.sql('library-missing-column', unconstrained('chart') +
          'ALTER TABLE chart DROP COLUMN title_en;', library, name)
    m.sql('library-null-title', unconstrained('report') + 'UPDATE report SET title = NULL;', library, name)
    m.sql('library-escape-title', "UPDATE report SET title = char(27) || '[2J' || title;", library, name)
    m.sql('library-version-3', 'PRAGMA user_version = 3;', library, name)
    data = open(library, 'rb').read()
    for i in range(12):
        damaged = bytearray(data)
        for _ in range(rng.choice([1, 4, 16])):
            at = rng.randrange(len(damaged))
            damaged[at] ^= 1 << rng.randrange(8)
        m.raw('library-bitflip-%02d' % i, bytes(damaged), name)
    m.raw('library-truncated', data[:len(data) // 3], name)
    m.raw('library-not-sqlite', b'not a library\n' * 100, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('seed')
    parser.add_argument('outdir')
    parser.add_argument('--library')
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    n = make_all(args.seed, args.outdir, args.library)
    print('%d hostile files in %s' % (n, args.outdir))


if __name__ == '__main__':
    sys.exit(main())
