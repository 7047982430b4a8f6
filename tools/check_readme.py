"""Run every ```python block of README.md as pasted: in order, in one fresh interpreter, from a temporary folder.

A reader copies the README's library snippets into a new Python session one after the other; this does exactly that
(each block is sent as typed, so a block that needs an import an earlier block did not make fails here as it would
there). The data comes from ML100K_DIR (or the user cache), as for the reader. Exit status 0 when every block runs;
otherwise the failing block's number, its code and the error.

    ML100K_DIR=../shared/ml-100k .venv/bin/python tools/check_readme.py
"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNER = r'''
import sys, traceback
blocks = {blocks!r}
namespace = {{'__name__': '__main__'}}
for number, code in enumerate(blocks, 1):
    try: exec(compile(code, f'<README block {{number}}>', 'exec'), namespace)
    except BaseException:
        print(f'README block {{number}} fails when pasted after the blocks before it:\n{{code}}\n', file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
print(f'{{len(blocks)}} README blocks ran as pasted.')
'''


def python_blocks(text: str) -> list[str]:
    "The ```python blocks of a markdown text, in order."
    return [m.group(1) for m in re.finditer(r'^```python\n(.*?)^```', text, re.M | re.S)]


def main() -> int:
    blocks = python_blocks((ROOT / 'README.md').read_text(encoding='utf-8'))
    if not blocks: sys.exit('README.md has no ```python block to check.')
    with tempfile.TemporaryDirectory() as folder:  # a fresh session elsewhere: nothing of the checkout's folder leaks in
        env = {**os.environ, 'MPLBACKEND': 'Agg'}
        done = subprocess.run([sys.executable, '-c', RUNNER.format(blocks=blocks)], cwd=folder, env=env)
    return done.returncode


if __name__ == '__main__':
    sys.exit(main())
