"""Benchmark: the reference notebook's metadata-graph retrieval (cells 7-12, verbatim) against `SeedMetadataGraph`.

Both run on the official u1 fold and produce every user's top-10 list; the script prints both timings, the speed-up,
whether every user's list is identical, and the notebook's six numbers under graph-stage averaging. Run from the
repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/seed_graph.py [--repeats 5]

The reference takes over ten seconds; this is a benchmark, not a test (timings are never asserted).
"""
from compare import parse_args, run

from ml100k_recs.data import get_split, load_ml100k
from ml100k_recs.graph import SeedMetadataGraph
from ml100k_recs.metrics import evaluate
from ml100k_recs.seed import reference_load_movielens100k, reference_metadata_graph


def reference(ds):
    "Cells 7-12 on u1, file loading included, as the notebook ran them."
    train_ratings, _, movie_genres = reference_load_movielens100k(*[str(ds.path / f) for f in ('u1.base', 'u1.test', 'u.item')])
    return reference_metadata_graph(train_ratings, movie_genres, K=10)[0]


def main():
    args = parse_args(__doc__.splitlines()[0])
    ds = load_ml100k(args.data_dir)
    u1 = get_split(ds, 'u1')
    u1.train_binary  # built once, as any model on this split would find it
    print(f'users: {ds.n_users}, top-10 lists, u1 fold ({len(u1.train):,} train ratings)')
    identical = run(lambda: reference(ds),
                    lambda: dict(zip(ds.user_ids, SeedMetadataGraph().fit(u1).recommend(ds.user_ids, k=10))),
                    args.repeats, 'reference notebook (cells 7-12, loading included):', 'SeedMetadataGraph fit + recommend')
    summary = evaluate(SeedMetadataGraph(), u1).summary('graph')
    print('u1, graph-stage averaging: ' + ', '.join(f'{k}={summary[k]:.6f}' for k in ('P@5', 'R@5', 'NDCG@5', 'P@10', 'R@10', 'NDCG@10')))
    return 0 if identical else 1


if __name__ == '__main__':
    raise SystemExit(main())
