"""What the start-up benchmarks share: compiling the package's bytecode first, and timing a command in a new process."""
import os
import resource
import subprocess
import time
from pathlib import Path


def compile_bytecode() -> str:
    "Write the package's bytecode, as `pip install` of a wheel does; returns a line saying so for the output."
    import compileall
    import ml100k_recs
    compileall.compile_dir(str(Path(ml100k_recs.__file__).parent), quiet=1)
    note = ' (PYTHONDONTWRITEBYTECODE is set here, so an editable install would otherwise compile every module on every start)'
    return 'bytecode of ml100k_recs compiled first, as pip install does' + (note if os.environ.get('PYTHONDONTWRITEBYTECODE') else '')


def _child_cpu() -> float:
    "User + system CPU seconds of this process's finished children so far."
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_timed(argv: list, env: dict | None = None) -> tuple[float, float, str]:
    "Wall seconds, CPU seconds and stdout of `argv` run in a new process (a failure stops the benchmark, with its stderr)."
    started, cpu = time.perf_counter(), _child_cpu()
    done = subprocess.run([str(a) for a in argv], env=env, capture_output=True, text=True)
    if done.returncode: raise SystemExit(f'{" ".join(map(str, argv[:3]))} failed ({done.returncode}):\n{done.stderr[-2000:]}')
    return time.perf_counter() - started, _child_cpu() - cpu, done.stdout
