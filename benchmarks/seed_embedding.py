"""Benchmark: the reference notebook's embedding retrieval (cells 16–17, verbatim) against `SeedEmbedding`.

Both start from the same movie vectors (all-MiniLM-L6-v2 through the on-disk embedding cache, encoded once before
timing) and the seed split's train set, and produce every user's 50 candidates (FAISS top 50, own movies dropped;
the most-rated unseen movies for a user who liked nothing). The script prints both timings, the speed-up, and
whether every user's list is identical, order included. Run from the repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/seed_embedding.py [--repeats 5]

This is a benchmark, not a test (timings are never asserted).
"""
from compare import parse_args, run

from ml100k_recs.data import load_ml100k
from ml100k_recs.splits import seed_split
from ml100k_recs.rerank import SeedEmbedding
from ml100k_recs.seed import reference_embedding_retrieval


def main():
    args = parse_args(__doc__.splitlines()[0])
    ds = load_ml100k(args.data_dir)
    split = seed_split(ds)
    vectors = SeedEmbedding().fit(split).item_vectors_  # encodes the catalogue once (or reads the cache)
    print(f'users: {ds.n_users}, 50 candidates each, seed split train ({len(split.train):,} ratings)')
    identical = run(lambda: reference_embedding_retrieval(split.train, vectors, list(ds.item_ids), ds.user_ids, N=50),
                    lambda: dict(zip(ds.user_ids, SeedEmbedding().fit(split).recommend(ds.user_ids, k=50).ids)),
                    args.repeats, 'reference notebook (cells 16-17 for every user):', 'SeedEmbedding fit + recommend')
    return 0 if identical else 1


if __name__ == '__main__':
    raise SystemExit(main())
