"""Benchmark: the reference notebook's user-based CF (cell 3, verbatim) against `SeedUserCF`, like for like.

Both sides start from the same objects already in memory — the loaded Dataset and the seed split — and produce the
top-10 list of every user. Loading the files and drawing the split are outside the timings on both sides. The
reference builds everything it needs from the split's train frame (`reference_user_cf(split.train, user_ids)`);
`SeedUserCF().fit(split).recommend(user_ids)` pays for everything it derives from that frame too: the split's cached
train matrices are cleared before each of its runs. Both run on one thread (BLAS limited to one). Each round times
the reference once and ours once, alternately; the script prints every round, the median of each side, the ratio of
the medians, and whether every user's list was identical in every round. Run from the repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/seed_cf.py [--rounds 5]

The reference takes seconds per round; this is a benchmark, not a test (timings are never asserted).
"""
import argparse
import statistics
import time

from threadpoolctl import threadpool_limits

from ml100k_recs.cf import SeedUserCF
from ml100k_recs.data import load_ml100k
from ml100k_recs.splits import seed_split
from ml100k_recs.seed import reference_user_cf

SPLIT_CACHES = ('train_matrix', 'train_binary', 'train_liked')


def timed(f):
    "(result, wall seconds, CPU seconds) of f()."
    wall, cpu = time.perf_counter(), time.process_time()
    out = f()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--data-dir', default=None)
    parser.add_argument('--rounds', type=int, default=5, help='rounds; each times both sides once (medians reported)')
    args = parser.parse_args()
    ds = load_ml100k(args.data_dir)
    split = seed_split(ds)
    users = ds.user_ids

    def ours():
        for cache in SPLIT_CACHES: split.__dict__.pop(cache, None)  # derived from the train frame: ours pays for it
        return SeedUserCF(n_neighbours=20).fit(split).recommend(users, k=10).ids

    def reference(): return reference_user_cf(split.train, users, K=10)

    print(f'seed split: {len(split.train):,} train ratings, {len(users)} users, top-10 lists; one thread on both sides')
    print('inputs in memory on both sides: the Dataset and the seed split (loading and splitting not timed); '
          "ours includes building the split's train matrices")
    with threadpool_limits(1):
        ours()  # warm-up (first-call costs of numpy/scipy), not timed
        rounds, identical = [], True
        print(f'{"round":>5} {"reference s":>12} {"SeedUserCF s":>13} {"ratio":>7}   (wall clock; CPU seconds in brackets)')
        for n in range(1, args.rounds + 1):
            theirs, ref_wall, ref_cpu = timed(reference)
            mine, our_wall, our_cpu = timed(ours)
            same = all(mine[i][mine[i] >= 0].tolist() == theirs[u] for i, u in enumerate(users))
            identical &= same
            rounds.append((ref_wall, our_wall, ref_cpu, our_cpu))
            print(f'{n:>5} {ref_wall:12.2f} {our_wall:13.3f} {ref_wall / our_wall:6.0f}x   '
                  f'({ref_cpu:.2f} / {our_cpu:.3f} = {ref_cpu / our_cpu:.0f}x){"" if same else "  LISTS DIFFER"}')
    med = [statistics.median(column) for column in zip(*rounds)]
    ratios = [r[0] / r[1] for r in rounds]
    print(f'median of {len(rounds)} rounds: reference {med[0]:.2f} s, SeedUserCF fit + recommend {med[1]:.3f} s')
    print(f'speed-up (ratio of the medians, wall clock): {med[0] / med[1]:.0f}x '
          f'(rounds {min(ratios):.0f}x-{max(ratios):.0f}x; CPU time: {med[2] / med[3]:.0f}x)')
    print(f'identical lists for every user in every round: {identical}')
    return 0 if identical else 1


if __name__ == '__main__':
    raise SystemExit(main())
