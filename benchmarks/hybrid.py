"""Benchmark: one fold of the hybrid, tuned and fitted from a cold cache and from a warm one (issue 22, item 1).

A cold run starts from an empty cache folder (ML100K_CACHE points at a fresh temporary folder: no tuning winners, no
design, no text vectors) and does everything the hybrid chooses: it tunes each retriever of its pool on the fold's
validation carve-out, builds the two carve-outs' candidates and features, chooses its labels, tree size, depth and
features with cross-fitted LightGBM rankers, refits the retrievers that stay on the whole train set, then recommends
10 films to every user. A warm run repeats it with the cache the cold run filled (the design is read back; only the
final retrievers are refitted). The baseline is the project's best single model done the same way: EASE tuned on the
same validation carve-out (cold) and refitted, then recommending.

For each of --repeats runs the script prints wall-clock and CPU seconds (user + system of this process) of the cold
hybrid, the warm hybrid and the cold EASE, each stage of the cold design, the saved model's size and its test NDCG@10;
then the medians and the ratios hybrid / EASE. The issue's target is a cold fold in 45 s wall on two idle cores. CPU
seconds are what a busy machine disturbs least: with one BLAS thread, wall ≈ CPU on an idle machine.

Run from the repository root (timings are printed, never asserted):

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/hybrid.py [--fold u1] [--repeats 3] [--threads 1]
"""
import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def clock():
    "Wall-clock and CPU seconds now."
    return time.perf_counter(), time.process_time()


def since(start) -> tuple:
    "Wall-clock and CPU seconds since `start`."
    wall, cpu = clock()
    return wall - start[0], cpu - start[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--fold', default='u1', help='a split: an official fold (u1–u5, ua, ub), seed, stratified or temporal')
    parser.add_argument('--repeats', type=int, default=3)
    parser.add_argument('--threads', type=int, default=1, help='BLAS/OpenMP threads (1: what the folds runner gives each worker)')
    args = parser.parse_args()
    for var in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'): os.environ[var] = str(args.threads)
    os.environ.setdefault('HF_HUB_OFFLINE', '1')

    from threadpoolctl import threadpool_limits
    import ml100k_recs.hybrid as hybrid
    from ml100k_recs.blend import ndcg_at
    from ml100k_recs.core import get_model
    from ml100k_recs.data import load_ml100k
    from ml100k_recs.files import format_bytes
    from ml100k_recs.splits import get_split
    from ml100k_recs.tuning import tune

    split = get_split(load_ml100k(), args.fold)
    print(f'hybrid on {args.fold}: {len(split.train):,} train ratings, {split.dataset.n_users} users; {os.cpu_count()} cores here, '
          f'{args.threads} BLAS thread(s); load average {os.getloadavg()[0]:.1f}', flush=True)
    stages = {}
    def timed(name, f):  # a stage of the design, timed each time it runs
        def wrapper(*a, **kw):
            start = clock()
            out = f(*a, **kw)
            stages[name] = since(start)
            return out
        return wrapper
    for name in ('tuned_retrievers', 'ranking_examples', 'choose_ranker', 'choose_depth', 'choose_features', 'final_features'):
        setattr(hybrid, name, timed(name, getattr(hybrid, name)))

    runs = []
    with threadpool_limits(args.threads):
        for repeat in range(args.repeats):
            with tempfile.TemporaryDirectory(prefix='hybrid-bench-') as cache:
                os.environ['ML100K_CACHE'] = cache
                stages.clear()
                start = clock()
                cold = hybrid.Hybrid().fit(split)
                recs = cold.recommend(split.dataset.user_ids, k=10)
                cold_t = since(start)
                design = dict(stages)
                start = clock()
                warm = hybrid.Hybrid().fit(split)
                warm.recommend(split.dataset.user_ids, k=10)
                warm_t = since(start)
                assert warm.design_['cached'] and not cold.design_['cached']
                start = clock()
                ease = tune('ease', split).build().fit(split)
                ease.recommend(split.dataset.user_ids, k=10)
                ease_t = since(start)
                size = cold.save(Path(cache) / 'hybrid.npz').stat().st_size
                ease_size = ease.save(Path(cache) / 'ease.npz').stat().st_size
            runs.append({'hybrid cold': cold_t, 'hybrid warm': warm_t, 'EASE cold': ease_t})
            print(f'  run {repeat + 1}: ' + '; '.join(f'{k} {w:5.1f} s wall / {c:5.1f} s CPU' for k, (w, c) in runs[-1].items()), flush=True)
    print('medians (wall / CPU s): ' + '; '.join(f'{k} {statistics.median(r[k][0] for r in runs):.1f} / {statistics.median(r[k][1] for r in runs):.1f}'
                                                 for k in runs[0]))
    for which in ('hybrid cold', 'hybrid warm'):
        ratio = statistics.median(r[which][1] for r in runs) / statistics.median(r['EASE cold'][1] for r in runs)
        print(f'  {which} / EASE cold (CPU): {ratio:.1f}×')
    print('stages of the last cold design (wall / CPU s): ' + '; '.join(f'{k} {w:.1f} / {c:.1f}' for k, (w, c) in design.items()))
    print(f'design chosen: {cold.design_["loss"]} loss, labels {cold.design_["target"]}, {cold.design_["leaves"]} leaves, depth {cold.design_["candidates"]}, '
          f'{len(cold.design_["retrievers"])} retrievers, {len(cold.design_["features"])} of {len(cold.feature_names_)} features, trees {cold.rounds_}')
    print(f'saved model: {format_bytes(size)} (tuned EASE alone: {format_bytes(ease_size)}); recommended {len(recs.ids)} users')
    print(f'test NDCG@10 on {args.fold} (standard averaging): hybrid {ndcg_at(split, cold.scores(split.dataset.user_ids)):.4f}, '
          f'tuned EASE {ndcg_at(split, ease.scores(split.dataset.user_ids)):.4f}')


if __name__ == '__main__':
    main()
