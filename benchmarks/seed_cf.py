"""Benchmark: the reference notebook's user-based CF (cell 3, verbatim) against `SeedUserCF`.

Both fit on the seed split's train set and produce every user's top-10 list; the script prints both timings, the
speed-up, and whether every user's list is identical. Run from the repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/seed_cf.py [--repeats 5]

The reference takes tens of seconds; this is a benchmark, not a test (timings are never asserted).
"""
from compare import parse_args, run

from ml100k_recs.cf import SeedUserCF
from ml100k_recs.data import load_ml100k, seed_split
from ml100k_recs.seed import reference_user_cf


def main():
    args = parse_args(__doc__.splitlines()[0])
    ds = load_ml100k(args.data_dir)
    split = seed_split(ds)
    split.train_binary  # built once for both, as any model on this split would find it
    print(f'users: {ds.n_users}, top-10 lists, seed split train ({len(split.train):,} ratings)')
    identical = run(lambda: reference_user_cf(split.train, ds.user_ids, K=10),
                    lambda: dict(zip(ds.user_ids, SeedUserCF(n_neighbours=20).fit(split).recommend(ds.user_ids, k=10))),
                    args.repeats, 'reference notebook (cell 3 + recommend_cf for every user):', 'SeedUserCF fit + recommend')
    return 0 if identical else 1


if __name__ == '__main__':
    raise SystemExit(main())
