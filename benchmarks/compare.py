"""Shared harness of the benchmark scripts: time the reference notebook's code once and a vectorised model
(best of several runs), check that both give every user the same list, and print timings and the speed-up."""
import argparse
import time


def parse_args(description: str) -> argparse.Namespace:
    "The options every benchmark takes: --data-dir and --repeats."
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('--data-dir', default=None)
    parser.add_argument('--repeats', type=int, default=5, help='timed runs of the vectorised version (best is kept)')
    return parser.parse_args()


def run(reference, ours, repeats: int, reference_label: str, ours_label: str) -> bool:
    "Time `reference()` (user → list) once and `ours()` (user → id row) `repeats` times; print; return identity."
    started = time.perf_counter()
    theirs = reference()
    reference_s = time.perf_counter() - started
    ours_s = []
    for _ in range(repeats):
        started = time.perf_counter()
        mine = ours()
        ours_s.append(time.perf_counter() - started)
    identical = set(mine) == set(theirs) and all(mine[u][mine[u] >= 0].tolist() == theirs[u] for u in theirs)
    print(f'{reference_label:<58}{reference_s:8.2f} s')
    print(f'{f"{ours_label} (best of {repeats})":<58}{min(ours_s):8.3f} s')
    print(f'speed-up: {reference_s / min(ours_s):.0f}x')
    print(f'identical lists for all users: {identical}')
    return identical
