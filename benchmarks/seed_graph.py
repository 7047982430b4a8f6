"""Benchmark: the reference notebook's metadata-graph retrieval (cells 7-12, verbatim) against `SeedMetadataGraph`.

Both run on the official u1 fold and produce every user's top-10 list; the script prints both timings, the speed-up,
whether every user's list is identical, and the notebook's six numbers under graph-stage averaging. Run from the
repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/seed_graph.py [--repeats 5]

The reference takes over ten seconds; this is a benchmark, not a test (timings are never asserted).
"""
import argparse
import time

from ml100k_recs.data import get_split, load_ml100k
from ml100k_recs.graph import SeedMetadataGraph
from ml100k_recs.metrics import evaluate
from ml100k_recs.seed import reference_load_movielens100k, reference_metadata_graph


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--data-dir', default=None)
    parser.add_argument('--repeats', type=int, default=5, help='timed runs of the vectorised version (best is kept)')
    args = parser.parse_args()
    ds = load_ml100k(args.data_dir)
    u1 = get_split(ds, 'u1')
    u1.train_binary  # built once, as any model on this split would find it

    started = time.perf_counter()
    files = [str(ds.path / name) for name in ('u1.base', 'u1.test', 'u.item')]
    train_ratings, _, movie_genres = reference_load_movielens100k(*files)
    theirs, _ = reference_metadata_graph(train_ratings, movie_genres, K=10)
    reference_s = time.perf_counter() - started

    ours_s = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        model = SeedMetadataGraph().fit(u1)
        ours = model.recommend(list(theirs), k=10)
        ours_s.append(time.perf_counter() - started)
    identical = all(row[row >= 0].tolist() == theirs[user] for row, user in zip(ours, theirs))
    summary = evaluate(SeedMetadataGraph(), u1).summary('graph')

    print(f'users: {len(theirs)}, top-10 lists, u1 fold ({len(u1.train):,} train ratings)')
    print(f'reference notebook (cells 7-12, loading included):      {reference_s:8.2f} s')
    print(f'SeedMetadataGraph fit + recommend (best of {args.repeats}):         {min(ours_s):8.3f} s')
    print(f'speed-up: {reference_s / min(ours_s):.0f}x')
    print(f'identical lists for all users: {identical}')
    print('u1, graph-stage averaging: ' + ', '.join(f'{k}={summary[k]:.6f}' for k in ('P@5', 'R@5', 'NDCG@5', 'P@10', 'R@10', 'NDCG@10')))
    return 0 if identical else 1


if __name__ == '__main__':
    raise SystemExit(main())
