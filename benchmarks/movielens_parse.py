"""Parse time and peak memory of the MovieLens loaders on synthetic releases of a few sizes (a benchmark, not a test).

For each size and format it writes a synthetic release into a temporary folder (`make_synthetic_movielens`), then,
each in a fresh process so that its peak memory belongs to that step alone (wall and CPU seconds are both printed:
on a shared machine the CPU time is the steadier number):
  read       `read_movielens`: parse ratings and movies, build the Dataset;
  make_ds    `make_dataset` on the same parsed tables (the general constructor, for comparison);
  splits     `holdout_split` and `temporal_split`, and how much of each is the project's `check_split`.

    python benchmarks/movielens_parse.py                      # 1M and 10M ratings, `::` (ml-10m) and CSV (ml-25m)
    python benchmarks/movielens_parse.py --sizes 3.2e7 --releases ml-32m
"""
import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB: VmHWM where Linux has it (ru_maxrss would include the
    parent's peak from before the exec), else ru_maxrss."""
    try:
        for line in Path('/proc/self/status').read_text().splitlines():
            if line.startswith('VmHWM:'): return int(line.split()[1]) / 1024
    except OSError: pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != 'darwin' else 2**20)


def child(step: str, folder: str, name: str) -> dict:
    "Run one measured step in this (fresh) process."
    from ml100k_recs import data, movielens as ml, splits
    release = ml.get_release(name)
    out = {}
    if step == 'read':
        started, cpu = time.perf_counter(), time.process_time()
        ds = ml.read_movielens(folder, release)
        out.update(read_s=time.perf_counter() - started, read_cpu_s=time.process_time() - cpu, users=ds.n_users,
                   movies=ds.n_items, ratings=len(ds.ratings))
    elif step == 'make_ds':
        ratings = ml.read_ratings(Path(folder) / release.ratings, release)
        movies = ml.read_movies(Path(folder) / release.movies, release)
        started, cpu = time.perf_counter(), time.process_time()
        data.make_dataset(ratings, movies)
        out.update(make_dataset_s=time.perf_counter() - started, make_dataset_cpu_s=time.process_time() - cpu)
    elif step == 'splits':
        ds = ml.read_movielens(folder, release)
        for label, make in (('holdout', ml.holdout_split), ('temporal', ml.temporal_split)):
            started, cpu = time.perf_counter(), time.process_time()
            split = make(ds)
            out[f'{label}_s'], out[f'{label}_cpu_s'] = time.perf_counter() - started, time.process_time() - cpu
            cpu = time.process_time()
            splits.check_split(ds, split.train, split.test, split.name)  # what Split() spent checking
            out[f'{label}_check_cpu_s'] = time.process_time() - cpu
    out[f'{step}_peak_mb'] = peak_mb()
    return out


def measure(step: str, folder: Path, name: str) -> dict:
    "Run `child` in a fresh interpreter and return what it measured."
    done = subprocess.run([sys.executable, __file__, '--child', step, str(folder), name], capture_output=True, text=True)
    if done.returncode: raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--sizes', type=float, nargs='+', default=[1e6, 1e7], help='target numbers of ratings')
    parser.add_argument('--releases', nargs='+', default=['ml-10m', 'ml-25m'], help='formats to write (:: and CSV)')
    parser.add_argument('--no-splits', action='store_true', help='skip the split timings')
    parser.add_argument('--child', nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    from ml100k_recs.movielens import make_synthetic_movielens
    rows = []
    for size in args.sizes:
        for name in args.releases:
            with tempfile.TemporaryDirectory() as tmp:
                n_users = max(50, round(size / 150))  # ~150 ratings per user and ~0.4 movies per user, as in ML-20M..32M
                started = time.perf_counter()
                folder = make_synthetic_movielens(name, Path(tmp) / name, n_users=n_users, n_items=max(100, round(0.4 * n_users)),
                                                  ratings_per_user=(20, 280), seed=0)
                row = {'format': name, 'write_s': time.perf_counter() - started,
                       'file_mb': sum(p.stat().st_size for p in folder.iterdir()) / 2**20}
                for step in ['read', 'make_ds'] + ([] if args.no_splits else ['splits']):
                    row.update(measure(step, folder, name))
                rows.append(row)
                print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()}), flush=True)
    header = ['format', 'ratings', 'users', 'movies', 'file_mb', 'write_s', 'read_s', 'read_cpu_s', 'read_peak_mb',
              'make_dataset_s', 'make_dataset_cpu_s', 'make_ds_peak_mb', 'holdout_s', 'holdout_cpu_s', 'holdout_check_cpu_s',
              'temporal_s', 'temporal_cpu_s', 'temporal_check_cpu_s', 'splits_peak_mb']
    header = [h for h in header if any(h in r for r in rows)]
    print('\n| ' + ' | '.join(header) + ' |\n|' + '---|' * len(header))
    for r in rows:
        cells = [f'{r[h]:,}' if isinstance(r.get(h), int) else f'{r[h]:,.1f}' if isinstance(r.get(h), float) else str(r.get(h, ''))
                 for h in header]
        print('| ' + ' | '.join(cells) + ' |')


if __name__ == '__main__':
    main()
