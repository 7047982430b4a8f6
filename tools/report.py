"""The full comparison as a script (until the command line has `ml100k-recs report`): every registered model tuned per
fold on that fold's own validation carve-out, the reference notebook's table reproduced, a self-contained HTML report
and a JSON with every number; prints the leaderboard, the report's path and the wall and CPU time it took."""
import argparse
import os
import resource
import sys
import time
from pathlib import Path


def cpu_seconds() -> float:
    "CPU seconds of this process and its finished children (the worker processes)."
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--folds', default='u1,u2,u3,u4,u5', help='comma-separated splits (default: u1,u2,u3,u4,u5)')
    parser.add_argument('--models', default='all', help="comma-separated registered names, or 'all' (default)")
    parser.add_argument('--out', default='report', help='folder for index.html and report.json (default: report)')
    parser.add_argument('--search', default='coordinate', choices=('coordinate', 'grid'), help='validation search strategy')
    parser.add_argument('--defaults', action='store_true', help="the registered hyper-parameters, not tuned per fold (the report says so)")
    parser.add_argument('--jobs', type=int, default=None, help='worker processes (default: one per core)')
    parser.add_argument('--no-reproduce', action='store_true', help="skip reproducing the notebook's table")
    parser.add_argument('--data-dir', default=None, help='MovieLens 100K folder (default: ML100K_DIR, the cache, a download)')
    args = parser.parse_args()
    started, cpu = time.perf_counter(), cpu_seconds()
    from ml100k_recs.core import ParameterError, UnknownModelError
    from ml100k_recs.data import DataError, load_ml100k
    from ml100k_recs.evaluation import leaderboard_text, run_report
    models = args.models if args.models == 'all' else [m.strip() for m in args.models.split(',') if m.strip()]
    folds = [f.strip() for f in args.folds.split(',') if f.strip()]
    try:
        dataset = load_ml100k(args.data_dir)
        page = run_report(models, folds, args.out, tuned=not args.defaults, dataset=dataset, n_jobs=args.jobs,
                          reproduce=not args.no_reproduce, search=args.search)
    except (UnknownModelError, ParameterError, DataError, ValueError, OSError) as e:  # bad input: one clear line, no traceback
        sys.exit(f'report: error: {e}')
    print()
    print(leaderboard_text(page))
    shown = os.path.relpath(page) if not os.path.relpath(page).startswith('..') else page
    print(f'\nreport: {shown} (numbers: {Path(shown).with_name("report.json")})')
    print(f'time: {time.perf_counter() - started:.0f} s wall, {cpu_seconds() - cpu:.0f} s CPU')


if __name__ == '__main__':
    main()
