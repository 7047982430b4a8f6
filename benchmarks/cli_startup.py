"""Benchmark: how long `ml100k-recs` commands take from a cold process (a new Python process each run).

Each command runs --repeats times as a fresh subprocess (the installed console script when there is one); the table
shows the median, the fastest and the slowest wall-clock time, the median CPU time (user + system of the child: on a
machine busy with other work it is the better estimate of the wall time a quiet machine would show), the target of
issue 14 where there is one, and the start-up floor (`python -c pass`, and importing numpy alone) for context. The model file for `recommend --model-file`
is fitted once beforehand (untimed) in a temporary folder. Run from the repository root:

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/cli_startup.py [--repeats 7] [--model ease]

Timings are measured here, never asserted in tests.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import compile_bytecode, run_timed  # benchmarks/_common.py (this script's folder is on sys.path)


def command_line() -> list[str]:
    "How to start the command: the console script next to this Python, else `python -c` calling main."
    script = Path(sys.executable).parent / 'ml100k-recs'
    if script.exists(): return [str(script)]
    return [sys.executable, '-c', 'import sys; from ml100k_recs.cli import main; sys.exit(main())']


def timed(argv: list[str], repeats: int) -> tuple[list[float], list[float]]:
    "Wall-clock and CPU seconds of `repeats` fresh runs of `argv` (each must succeed)."
    runs = [run_timed(argv) for _ in range(repeats)]
    return [wall for wall, _, _ in runs], [cpu for _, cpu, _ in runs]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--data-dir', default=None, help='MovieLens 100K folder (default: ML100K_DIR, cache, download)')
    parser.add_argument('--repeats', type=int, default=7, help='fresh runs per command (the median is reported)')
    parser.add_argument('--model', default='ease', help='the model fitted, saved and served (default: ease)')
    parser.add_argument('--skip-seed', action='store_true', help='leave out reproduce-seed (the slowest command)')
    args = parser.parse_args()
    cli = command_line()
    data = ['--data-dir', args.data_dir] if args.data_dir else []
    folder = Path(tempfile.mkdtemp(prefix='cli-startup-'))
    try:
        model_file = folder / f'{args.model}.npz'
        subprocess.run(cli + ['fit', '--model', args.model, '--out', str(model_file)] + data, check=True, capture_output=True)
        cases = [
            ('python -c pass (interpreter start-up)', [sys.executable, '-c', 'pass'], None),
            ('python -c "import numpy"', [sys.executable, '-c', 'import numpy'], None),
            ('python -c "import ml100k_recs.cli"', [sys.executable, '-c', 'import ml100k_recs.cli'], None),
            ('ml100k-recs --help', cli + ['--help'], 0.3),
            ('ml100k-recs models', cli + ['models'], 0.3),
            (f'recommend --model-file {args.model}.npz --user 1', cli + ['recommend', '--model-file', str(model_file), '--user', '1'], 0.5),
            (f'recommend --model-file {args.model}.npz --user 1 --titles',
             cli + ['recommend', '--model-file', str(model_file), '--user', '1', '--titles'] + data, None),
            (f'recommend --model {args.model} --user 1 (load + fit)', cli + ['recommend', '--model', args.model, '--user', '1'] + data, None),
        ]
        if not args.skip_seed: cases.append(('reproduce-seed', cli + ['reproduce-seed'] + data, None))
        print(f'{args.repeats} fresh processes per command; {os.cpu_count()} CPUs; model file {model_file.stat().st_size / 1e6:.1f} MB')
        print(compile_bytecode())
        print(f'load average before: {" ".join(f"{x:.2f}" for x in os.getloadavg())}')
        print(f'{"command (seconds)":<58}{"median":>8}{"min":>8}{"max":>8}{"cpu":>8}{"target":>9}')
        for label, argv, target in cases:
            wall, cpu = timed(argv, args.repeats)
            verdict = '' if target is None else f'{"≤" if statistics.median(wall) <= target else ">"} {target:.1f}'
            print(f'{label:<58}{statistics.median(wall):8.3f}{min(wall):8.3f}{max(wall):8.3f}{statistics.median(cpu):8.3f}{verdict:>9}')
        print(f'load average after: {" ".join(f"{x:.2f}" for x in os.getloadavg())}')
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
