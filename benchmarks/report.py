"""Benchmark: the full report — every model on u1–u5, tuned per fold — from a cold cache and from a warm one (issue 22, item 2).

`ml100k-recs report --exclude spark-als` runs as a new process with ML100K_CACHE pointing at a fresh temporary folder:
the cold run starts with nothing cached (no tuning winners, no hybrid design, no blend weights, no text vectors), so it
tunes every model on each fold's validation carve-out, designs the hybrid in each fold, encodes the films' texts for
the reference notebook's rows, measures everything and writes the report; the warm run repeats it with the cache the
cold run filled. The data must be present (ML100K_DIR); Spark's ALS is left out (the JVM is not part of the main job).
The baseline is the same report without the hybrid (`--exclude spark-als,hybrid`), cold: what the learned model adds.

For each of --repeats rounds the script prints wall-clock and CPU seconds (user + system of the report process and its
workers), then the medians. The issue's targets: cold ≤ 200 s and warm ≤ 60 s wall on two idle cores. CPU seconds are
what a busy machine disturbs least; on a machine with other work running, wall time says little.

Run from the repository root (timings are printed, never asserted):

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/report.py [--repeats 1] [--jobs N] [--no-baseline]
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from _common import compile_bytecode, run_timed  # benchmarks/_common.py (this script's folder is on sys.path)


def report_command(out: Path, exclude: str, jobs: int | None) -> list:
    "The report's command line: the installed console script beside this Python, or the module."
    script = Path(sys.executable).parent / 'ml100k-recs'
    head = [script] if script.exists() else [sys.executable, '-m', 'ml100k_recs.cli']
    return [*head, 'report', '--out', out, '--exclude', exclude, '--quiet', *(['--jobs', jobs] if jobs else [])]


def timed_report(cache: Path, exclude: str, jobs: int | None) -> tuple[float, float]:
    "(wall, CPU) seconds of one report with ML100K_CACHE=`cache`; its output goes to a temporary folder."
    with tempfile.TemporaryDirectory() as out:
        wall, cpu, _ = run_timed(report_command(Path(out) / 'report', exclude, jobs), env={**os.environ, 'ML100K_CACHE': str(cache)})
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--repeats', type=int, default=1, help='cold + warm rounds (each from a new empty cache; default: 1)')
    parser.add_argument('--jobs', type=int, default=None, help='worker processes (default: the report\'s, one per core)')
    parser.add_argument('--no-baseline', action='store_true', help='skip the cold report without the hybrid')
    args = parser.parse_args()
    if not os.environ.get('ML100K_DIR'): raise SystemExit('set ML100K_DIR to the MovieLens 100K folder (e.g. ../shared/ml-100k)')
    print(compile_bytecode())
    print(f'{os.cpu_count()} cores; load average before: {" ".join(f"{x:.2f}" for x in os.getloadavg())}')
    rows = {'cold': [], 'warm': [], 'cold, no hybrid': []}
    for round_ in range(1, args.repeats + 1):
        cache = Path(tempfile.mkdtemp(prefix='ml100k-report-bench-'))
        try:
            rows['cold'].append(timed_report(cache, 'spark-als', args.jobs))
            rows['warm'].append(timed_report(cache, 'spark-als', args.jobs))
        finally: shutil.rmtree(cache, ignore_errors=True)
        if not args.no_baseline:
            cache = Path(tempfile.mkdtemp(prefix='ml100k-report-bench-'))
            try: rows['cold, no hybrid'].append(timed_report(cache, 'spark-als,hybrid', args.jobs))
            finally: shutil.rmtree(cache, ignore_errors=True)
        print(f'  round {round_}: ' + '; '.join(f'{name} {v[-1][0]:6.1f} s wall / {v[-1][1]:6.1f} s CPU' for name, v in rows.items() if v))
    print('medians (wall / CPU s): ' + '; '.join(f'{name} {statistics.median(w for w, _ in v):.1f} / {statistics.median(c for _, c in v):.1f}'
                                                 for name, v in rows.items() if v))
    print('targets (issue 22): cold ≤ 200 s, warm ≤ 60 s wall on two idle cores')
    if rows['cold, no hybrid']:
        print(f"the hybrid's share of the cold report (CPU): "
              f"{1 - statistics.median(c for _, c in rows['cold, no hybrid']) / statistics.median(c for _, c in rows['cold']):.0%}")


if __name__ == '__main__':
    main()
