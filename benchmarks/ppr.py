"""Benchmark: personalised PageRank, the previous implementation against `PersonalisedPageRank` (issue 14, item 5).

The previous implementation iterated a (users + items) × users visit matrix over the whole bipartite graph, all users
at once, 20 full steps (a dense float64 matrix per step). The current one iterates only the users block, two walk steps
at a time, in float32: on small data the users block of every start user is one polynomial in the two-step
transition, computed once by repeated squaring; on large data two sparse products per pair of steps, users in batches.

1. MovieLens 100K, seed split (80,367 train ratings): both fit and score every user (median of --repeats runs,
   interleaved); the script prints both timings, the speed-up, the largest score difference and whether every top-10
   list is identical.
2. Larger graphs, `--scales` disjoint copies of the seed split's train graph (16 copies: 15,088 users, about 26,500
   movies, 1.3M edges: the size at which the previous implementation ran out of memory for all users at once): both
   score the same --sample users once, under tracemalloc; the script prints time and peak memory.

Run from the repository root (timings are printed, never asserted):

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/ppr.py [--repeats 5] [--scales 4 16] [--sample 1000]
"""
import argparse
import os
import statistics
import time
import tracemalloc

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ml100k_recs.arrays import top_k_positions
from ml100k_recs.data import load_ml100k
from ml100k_recs.splits import seed_split
from ml100k_recs.graph import PersonalisedPageRank


def row_normalise(matrix):
    "Rows scaled to sum to 1 (as the graph chapter's helper)."
    sums = np.asarray(matrix.sum(1)).ravel()
    return sp.csr_matrix(sp.diags(1 / np.where(sums == 0, 1, sums)) @ matrix)


class PreviousPPR:
    "The previous implementation (graph chapter before issue 14), verbatim but for the base class: fit, then scores."

    def __init__(self, restart=0.7, beta=0.5, iterations=20):
        self.params = {'restart': restart, 'beta': beta, 'iterations': iterations}

    def fit(self, X):
        adjacency = sp.bmat([[None, X], [X.T, None]]).tocsr()  # users first, then items
        self.transitions_T_ = row_normalise(adjacency).T.astype(np.float32).tocsr()
        self.popularity_ = np.maximum(np.asarray(X.sum(0)).ravel(), 1).astype(np.float32)
        self.n_users = X.shape[0]
        return self

    def _scores(self, user_rows):
        restart, n_users = self.params['restart'], self.n_users
        start = sp.csr_matrix((np.ones(len(user_rows), np.float32), (user_rows, np.arange(len(user_rows)))),
                              shape=(self.transitions_T_.shape[0], len(user_rows)))
        visits = start.toarray()
        for _ in range(self.params['iterations']):
            visits = restart * start + (1 - restart) * (self.transitions_T_ @ visits)
        return np.asarray(visits[n_users:].T) / self.popularity_[None, :] ** self.params['beta']


def top10(scores, X, rows):
    "Top-10 item positions with the users' train items excluded."
    scores = np.array(scores, dtype=np.float64)
    scores[X[rows].toarray() > 0] = -np.inf
    return top_k_positions(scores, 10)


def tiled(frame: pd.DataFrame, copies: int) -> pd.DataFrame:
    "`copies` disjoint copies of an interactions frame (new user and item ids per copy)."
    n_users, n_items = frame.user_id.max(), frame.item_id.max()
    return pd.concat([frame.assign(user_id=frame.user_id + c * n_users, item_id=frame.item_id + c * n_items)
                      for c in range(copies)], ignore_index=True)


def measured(f):
    "Run f() once under tracemalloc: (result, seconds, peak MiB)."
    tracemalloc.start()
    started = time.perf_counter()
    out = f()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
    tracemalloc.stop()
    return out, seconds, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--data-dir', default=None)
    parser.add_argument('--repeats', type=int, default=5, help='timed runs of each side at 100K (median reported)')
    parser.add_argument('--scales', type=int, nargs='*', default=[4, 16], help='copies of the train graph for the scaling runs')
    parser.add_argument('--sample', type=int, default=1000, help='users scored by both sides in the scaling runs')
    args = parser.parse_args()
    print(f'threads: OMP_NUM_THREADS={os.environ.get("OMP_NUM_THREADS", "unset")}')

    ds = load_ml100k(args.data_dir)
    split = seed_split(ds)
    X = split.train_binary  # built once: the same input matrix for both sides
    rows = np.arange(ds.n_users)
    print(f'MovieLens 100K seed split: {ds.n_users} users × {ds.n_items} movies, {X.nnz:,} train edges; '
          f'fit + scores for every user, restart 0.7, beta 0.5, 20 steps')
    before, after, before_cpu, after_cpu = [], [], [], []
    for _ in range(args.repeats):  # interleaved, so that a busy machine slows both sides alike
        started, cpu = time.perf_counter(), time.process_time()
        old = PreviousPPR().fit(X)._scores(rows)
        before.append(time.perf_counter() - started); before_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        new = PersonalisedPageRank().fit(split).scores(ds.user_ids)
        after.append(time.perf_counter() - started); after_cpu.append(time.process_time() - cpu)
    b, a = statistics.median(before), statistics.median(after)
    print(f'{"previous (visit matrix over users + items)":<52}{b:8.3f} s  (median of {args.repeats}; min {min(before):.3f}; '
          f'CPU median {statistics.median(before_cpu):.3f})')
    print(f'{"PersonalisedPageRank (users block, two steps)":<52}{a:8.3f} s  (median of {args.repeats}; min {min(after):.3f}; '
          f'CPU median {statistics.median(after_cpu):.3f})')
    print(f'speed-up (median / median): {b / a:.1f}x wall, {statistics.median(before_cpu) / statistics.median(after_cpu):.1f}x CPU')
    print(f'largest score difference: {np.abs(old - new).max():.2e} (largest score {old.max():.2e})')
    print(f'identical top-10 lists for all users: {bool((top10(old, X, rows) == top10(new, X, rows)).all())}')
    started = time.perf_counter()
    PersonalisedPageRank().fit(split).recommend(ds.user_ids, k=10)
    print(f'PersonalisedPageRank fit + recommend (top 10, all users): {time.perf_counter() - started:.3f} s')

    train = split.train[['user_id', 'item_id', 'rating']]
    for copies in args.scales:
        frame = tiled(train, copies)
        model = PersonalisedPageRank().fit(frame)
        Xs = model.interactions_
        users = model.user_ids_[:args.sample]
        print(f'\n{copies} copies: {Xs.shape[0]:,} users × {Xs.shape[1]:,} movies, {Xs.nnz:,} edges; '
              f'scores for {len(users):,} users, one run each, under tracemalloc '
              f'(users block {"dense" if model.user_visits_ is not None else "sparse"})')
        new, seconds, peak = measured(lambda: model.scores(users))
        print(f'{"PersonalisedPageRank":<52}{seconds:8.2f} s  peak {peak:8.0f} MiB')
        old, seconds, peak = measured(lambda: PreviousPPR().fit(Xs)._scores(np.arange(len(users))))
        print(f'{"previous":<52}{seconds:8.2f} s  peak {peak:8.0f} MiB')
        print(f'largest score difference: {np.abs(old - new).max():.2e}')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
