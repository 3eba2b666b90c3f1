#!/usr/bin/env python3
"""Run reportdash on hostile and damaged files (issue 19, acceptance 1).

    run-hostile.py REPORTDASH SEED.sqlite WORKDIR [--jobs 2] [--timeout 20]

Makes the files of make-hostile-files.py (a library first, with
`reportdash --library`), then runs `--check` on every dataset and, on those
that open, `--list-charts` and `--export all`; on every library
`--library L --list-reports` and `--check L`. Each run has a timeout. A run
fails the test when it:
  * ends by a signal or with a status other than 0 or 1 (a refusal),
  * prints a sanitizer report (AddressSanitizer, UndefinedBehaviorSanitizer,
    LeakSanitizer) or any GLib warning or critical,
  * takes longer than the timeout (a hang),
  * refuses in anything but one line on stderr that names the file,
  * prints a control character on the terminal (--list-charts),
  * changes any file of the case's folder or adds one beside it (a library
    that opens may be changed by its own write, rolled back or migrated),
  * leaves anything in its temporary folder.
Ends with one line "N passed, N failed" (runs).
"""

import argparse
import concurrent.futures
import hashlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SANITIZER = ('Sanitizer', 'runtime error:', 'LeakSanitizer', '==ERROR')
NOISE = ('CRITICAL', 'WARNING', '-WARNING', 'Gtk-', 'Pango-', 'GLib-')


def snapshot(folder):
    result = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        with open(path, 'rb') as f:
            result[name] = hashlib.sha256(f.read()).hexdigest()
    return result


class Case:
    def __init__(self, folder, work, binary, timeout):
        self.folder = folder
        self.name = os.path.basename(folder)
        self.library = os.path.exists(os.path.join(folder, 'library.sqlite'))
        self.file = os.path.join(folder, 'library.sqlite' if self.library else 'dataset.sqlite')
        self.tmp = os.path.join(work, 'tmp', self.name)
        self.out = os.path.join(work, 'out', self.name)
        self.binary = binary
        self.timeout = timeout
        self.failures = []
        self.runs = 0
        self.opened = False
        self.exported = False
        self.index = int(self.name.split('-', 1)[0])

    def fail(self, args, why):
        self.failures.append('%s: reportdash %s: %s' % (self.name, ' '.join(args[:-1] if args[-1] == self.file else args), why))

    def run(self, args, may_change=False):
        os.makedirs(self.tmp, exist_ok=True)
        env = dict(os.environ, TMPDIR=self.tmp)
        before = snapshot(self.folder)
        self.runs += 1
        try:
            proc = subprocess.run([self.binary] + args, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.fail(args, 'no answer in %d s (a hang)' % self.timeout)
            return None
        err = proc.stderr.decode('utf-8', 'replace')
        out = proc.stdout.decode('utf-8', 'replace')
        if proc.returncode < 0 or proc.returncode not in (0, 1):
            self.fail(args, 'status %d%s' % (proc.returncode, ': ' + err[:2000] if err else ''))
        elif any(s in err for s in SANITIZER):
            self.fail(args, 'sanitizer report: ' + err[:2000])
        elif any(s in err for s in NOISE):
            self.fail(args, 'warnings on stderr: ' + err[:500])
        elif proc.returncode == 1:
            lines = err.rstrip('\n').split('\n')
            base = os.path.basename(self.file)
            if len(lines) != 1 or not lines[0].startswith('reportdash: ') or base not in lines[0]:
                self.fail(args, 'the refusal is not one line naming the file: %r' % err[:500])
        if '--list-charts' in args and any(ord(c) < 32 and c not in '\t\n' or 0x7f <= ord(c) < 0xa0
                                           for c in out):
            self.fail(args, 'a control character on the terminal: %r' % out[:200])

        after = snapshot(self.folder)
        if after != before:
            allowed = may_change and proc.returncode == 0 and \
                set(after) - set(before) <= {'library.sqlite.v1-backup'} and \
                set(before) - set(after) <= {'library.sqlite-journal'}
            if not allowed:
                self.fail(args, 'the folder changed: %s -> %s' % (sorted(before), sorted(after)))
        litter = os.listdir(self.tmp)
        if litter:
            self.fail(args, 'left in its temporary folder: %s' % litter)
            shutil.rmtree(self.tmp)
        return proc.returncode

    def check_all(self):
        status = self.run(['--check', self.file])
        if self.library:
            self.run(['--library', self.file, '--list-reports'], may_change=True)
            return self
        if status == 0:
            self.opened = True
            self.run(['--list-charts', self.file])
            # Random damage that SQLite's check let through is mostly in
            # bytes nothing reads: a quarter of those is drawn, to save time
            # under the sanitizers; every other case that opens is drawn.
            if not self.random_damage() or self.index % 4 == 0:
                self.exported = True
                self.run(['--export', 'all', '--format', 'png', '--size', '320x240',
                          '--output', self.out, self.file])
                shutil.rmtree(self.out, ignore_errors=True)
        return self

    def random_damage(self):
        return self.name.split('-', 1)[1].startswith(('bitflip', 'page', 'truncated'))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('binary')
    parser.add_argument('seed')
    parser.add_argument('work')
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=int, default=20)
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    corpus = os.path.join(args.work, 'files')
    os.makedirs(corpus)
    library = os.path.join(args.work, 'seed-library', 'library.sqlite')
    os.makedirs(os.path.dirname(library))
    subprocess.run([args.binary, '--library', library, '--list-reports'], check=True,
                   stdout=subprocess.DEVNULL, timeout=300)
    subprocess.run([sys.executable, os.path.join(HERE, 'make-hostile-files.py'), args.seed,
                    corpus, '--library', library], check=True)

    cases = [Case(os.path.join(corpus, name), args.work, args.binary, args.timeout)
             for name in sorted(os.listdir(corpus))]
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        done = list(pool.map(Case.check_all, cases))

    runs = sum(c.runs for c in done)
    failures = [f for c in done for f in c.failures]
    for failure in failures:
        print(failure)
    with open(os.path.join(args.work, 'opened.txt'), 'w') as f:
        f.write(''.join(c.name + '\n' for c in done if c.opened))
    print('%d files (%d libraries): %d datasets opened (%d exported), the rest refused'
          % (len(done), sum(c.library for c in done), sum(c.opened for c in done),
             sum(c.exported for c in done)))
    print('%d passed, %d failed' % (runs - len(failures), len(failures)))
    if not failures:
        shutil.rmtree(corpus, ignore_errors=True)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
