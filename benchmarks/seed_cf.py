"""Benchmark: the reference notebook's user-based CF (cell 3, verbatim) against `SeedUserCF`.

Both fit on the seed split's train set and produce every user's top-10 list; the script prints both timings, the
speed-up, and whether every user's list is identical. Run from the repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/seed_cf.py [--repeats 5]

The reference takes tens of seconds; this is a benchmark, not a test (timings are never asserted).
"""
import argparse
import time

import numpy as np

from ml100k_recs.cf import SeedUserCF
from ml100k_recs.data import load_ml100k, seed_split
from ml100k_recs.seed import reference_user_cf


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--data-dir', default=None)
    parser.add_argument('--repeats', type=int, default=5, help='timed runs of the vectorised version (best is kept)')
    args = parser.parse_args()
    ds = load_ml100k(args.data_dir)
    split = seed_split(ds)
    split.train_binary  # built once for both, as any model on this split would find it

    started = time.perf_counter()
    theirs = reference_user_cf(split.train, ds.user_ids, K=10)
    reference_s = time.perf_counter() - started

    ours_s = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        ours = SeedUserCF(n_neighbours=20).fit(split).recommend(ds.user_ids, k=10)
        ours_s.append(time.perf_counter() - started)
    identical = all(row[row >= 0].tolist() == theirs[user] for row, user in zip(ours, ds.user_ids))

    print(f'users: {ds.n_users}, top-10 lists, seed split train ({len(split.train):,} ratings)')
    print(f'reference notebook (cell 3 + recommend_cf for every user): {reference_s:8.2f} s')
    print(f'SeedUserCF fit + recommend (best of {args.repeats}):               {min(ours_s):8.3f} s')
    print(f'speed-up: {reference_s / min(ours_s):.0f}x')
    print(f'identical lists for all users: {identical}')
    return 0 if identical else 1


if __name__ == '__main__':
    raise SystemExit(main())
