"""Benchmark: how each model's fit and top-10-for-every-user grow with the data, from 1× to 64× MovieLens 100K.

Synthetic data (`ml100k_recs.scale.synthetic_movielens`: users and films both multiplied by the scale, about 100,000
ratings per 1×, all of them train data) is generated once per scale. Every (model, scale) runs in a forked child
process of its own (`run_isolated`): it fits, then recommends the top 10 for every user, and reports wall-clock and CPU
seconds of each stage and the peak resident memory of each stage above the child's starting point (Linux's
`clear_refs` + VmHWM). A run that passes --time-limit is stopped; a fit whose memory estimate exceeds what is
available (capped by --memory-limit) is refused before allocating; a child that dies is reported as crashed — the
benchmark itself goes on. Above --sample-users users, recommending is timed on a seeded sample of that many users and
scaled up to all of them (column recommended_users).

The hybrid designs itself inside its fit (tuning its retrievers on a carve-out, training its rankers): its runs use a
fresh, empty cache folder, so each is the cold fit a first user would see.

Prints one line per run as it goes, then the table and each model's growth exponents (log-log slope against
interactions, over the runs that finished) and where it stopped; writes the table to --out as CSV after a comment line
that records the machine and the settings. Run from the repository root (timings are printed, never asserted):

    .venv/bin/python benchmarks/scaling.py [--scales 1 4 16 64] [--models ease als ...] [--time-limit 600]
        [--memory-limit 16G] [--sample-users 6000] [--spark] [--out benchmarks/scaling.csv]

The committed benchmarks/scaling.csv was made on a shared 2-core machine with
    --scales 1 4 16 64 --time-limit 60 --memory-limit 8G --sample-users 2000
(about 15 minutes: a one-minute limit per run, so that the slowest fits show up as "time limit" rather than holding the
machine). The defaults (10 minutes per run, no cap) let EASE and the others go further and take one to two hours.
"""
import argparse
import os
import platform
import tempfile
import time

import pandas as pd

from ml100k_recs.arrays import available_memory
from ml100k_recs.files import format_bytes
from ml100k_recs.scale import scaling_benchmark, scaling_summary

MODELS = ['most-popular', 'seed-cf', 'user-knn', 'item-knn', 'ease', 'als', 'seed-graph', 'rp3beta', 'p3alpha', 'ppr',
          'spectral', 'hybrid']


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--scales', type=float, nargs='+', default=[1, 4, 16, 64])
    parser.add_argument('--models', nargs='+', default=MODELS)
    parser.add_argument('--spark', action='store_true', help='also spark-als (needs the spark extra and Java)')
    parser.add_argument('--time-limit', type=float, default=600, help='seconds per (model, scale) run')
    parser.add_argument('--memory-limit', default=None, help='cap on the memory a fit may count on, e.g. 16G')
    parser.add_argument('--sample-users', type=int, default=6000, help='time recommend on this many users above it')
    parser.add_argument('--seed', type=int, default=0)
    parser.add_argument('--out', default='benchmarks/scaling.csv')
    args = parser.parse_args()
    models = args.models + (['spark-als'] if args.spark else [])
    scales = [int(s) if s == int(s) else s for s in args.scales]
    cap = args.memory_limit or os.environ.get('ML100K_MEMORY_LIMIT')
    if cap: os.environ['ML100K_MEMORY_LIMIT'] = cap
    cache = tempfile.TemporaryDirectory(prefix='scaling-cache-')  # the hybrid tunes its retrievers: from a cold cache at every scale
    os.environ['ML100K_CACHE'] = cache.name
    started = time.perf_counter()
    table = scaling_benchmark(models, scales, seed=args.seed, time_limit=args.time_limit, memory_limit=cap,
                              sample_users=args.sample_users, progress=lambda line: print(line, flush=True))
    took = time.perf_counter() - started
    provenance = (f'# machine: {os.cpu_count()} cores, {format_bytes(available_memory() or 0)} available '
                  f'(cap {cap or "none"}), Python {platform.python_version()}, OMP_NUM_THREADS={os.environ.get("OMP_NUM_THREADS", "unset")}; '
                  f'scales {scales}, time limit {args.time_limit:g} s per run, recommend timed on at most {args.sample_users} users; '
                  f'run {time.strftime("%Y-%m-%d")} in {took / 60:.0f} min')
    with pd.option_context('display.width', 200, 'display.max_columns', 20, 'display.max_colwidth', 60):
        print(table.drop(columns=['message']).round(2).to_string(index=False))
        print()
        print(scaling_summary(table).round(2).to_string())
        stopped = table[table.status != 'ok']
        if len(stopped):
            print('\nwhere models stopped:')
            for row in stopped.itertuples(): print(f'  {row.model} at {row.scale:g}×: {row.status} — {row.message}')
    if args.out:
        with open(args.out, 'w') as f:
            f.write(provenance + '\n')
            table.to_csv(f, index=False, float_format='%.6g')
        print(f'\nwritten to {args.out}')


if __name__ == '__main__':
    main()
