"""Tests of tools/preview_docs.py and tools/check_doc_links.py on a small processed project in a temporary folder.

`make docs` runs them before it uses the tools; silent when they pass.

    .venv/bin/python tools/test_preview_docs.py
"""
import json
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_doc_links import broken_links  # noqa: E402
from preview_docs import adapt_config, local_href, page_names, prepare  # noqa: E402

SITE = 'https://example.github.io/proj'


def notebook(out: str | None, *markdown: str, output: str | None = None) -> dict:
    "A processed notebook as nbdev writes it: front matter (with `output-file`) in a raw cell, then markdown cells."
    front = ['---\n', "title: 'A page'\n"] + ([f'output-file: {out}\n'] if out else []) + ['\n', '---\n', '\n']
    cells = [{'cell_type': 'raw', 'id': 'f', 'metadata': {}, 'source': front}]
    cells += [{'cell_type': 'markdown', 'id': f'm{i}', 'metadata': {}, 'source': [m]} for i, m in enumerate(markdown)]
    if output:
        cells.append({'cell_type': 'code', 'id': 'c', 'metadata': {}, 'source': ['show_doc(f)'], 'execution_count': 1,
                      'outputs': [{'output_type': 'display_data', 'metadata': {}, 'data': {'text/markdown': [output]}}]})
    return {'cells': cells, 'metadata': {}, 'nbformat': 4, 'nbformat_minor': 5}


def write_project(root: Path) -> None:
    "nbdev's `_proc/`: two chapters, the index, the sidebar, the config, a stylesheet and a stale `_docs/`."
    (root / '_docs').mkdir(parents=True)
    (root / '_docs' / 'old.html').write_text('stale')
    pages = {'01_core.ipynb': notebook('core.html', f'A [`Model`]({SITE}/core.html#model) and [`load`]({SITE}/data.html#load).',
                                       output=f'[`Model`]({SITE}/core.html#model)'),
             '00_data.ipynb': notebook('data.html', 'See [the core](01_core.ipynb#fitting) and [a page](https://other.org/x.html).'),
             'index.ipynb': notebook('index.html', f'[`Model`]({SITE}/core.html#model), [home]({SITE}/missing.html).')}
    for name, nb in pages.items(): (root / name).write_text(json.dumps(nb))
    (root / 'sidebar.yml').write_text(yaml.safe_dump({'website': {'sidebar': {'contents': ['index.ipynb', '00_data.ipynb', '01_core.ipynb']}}}))
    (root / 'nbdev.yml').write_text(yaml.safe_dump({'project': {'output-dir': '_docs'}, 'website': {'site-url': SITE}}))
    (root / '_quarto.yml').write_text(yaml.safe_dump({'project': {'type': 'website'}, 'metadata-files': ['nbdev.yml', 'sidebar.yml'],
        'format': {'html': {'theme': 'cosmo', 'grid': {'body-width': '900px'}, 'keep-md': True}, 'commonmark': 'default'}}))
    (root / 'styles.css').write_text('body {}')


def test_local_href():
    names = {'01_core.ipynb': 'core.ipynb', '00_data.ipynb': 'data.ipynb', 'index.ipynb': 'index.ipynb'}
    assert local_href(f'{SITE}/core.html#model', 'data.ipynb', names, SITE) == 'core.html#model'  # the published site's page, here
    assert local_href(f'{SITE}/core.html', 'index.ipynb', names, SITE) == 'core.html'
    assert local_href(f'{SITE}/missing.html#x', 'data.ipynb', names, SITE) == f'{SITE}/missing.html#x'  # not a page of ours: kept
    assert local_href('01_core.ipynb#fitting', 'data.ipynb', names, SITE) == 'core.ipynb#fitting'  # a renamed notebook
    for kept in ('index.ipynb', '#fitting', 'https://other.org/x.html', 'mailto:a@b.c', 'styles.css'):
        assert local_href(kept, 'data.ipynb', names, SITE) == kept, kept
    nested = {'01_core.ipynb': 'core.ipynb', 'guide/02_use.ipynb': 'guide/use.ipynb'}
    assert local_href(f'{SITE}/core.html#m', 'guide/use.ipynb', nested, SITE) == '../core.html#m'  # relative to the page's folder


def test_adapt_config():
    cfg = adapt_config({'format': {'html': {'theme': 'cosmo', 'grid': {'body-width': '900px'}, 'keep-md': True}, 'commonmark': 'default'}})
    assert cfg['format'] == {'html': {'theme': 'cosmo', 'max-width': '900px'}}  # the same width; HTML only
    assert cfg['project']['output-dir'] == '../_docs'  # the site is written where nbdev's preview always was
    assert adapt_config({})['format'] == {'html': {}}


def test_prepare_and_check():
    with tempfile.TemporaryDirectory() as tmp:
        proc = Path(tmp) / '_proc'
        write_project(proc)
        assert page_names(proc) == {'00_data.ipynb': 'data.ipynb', '01_core.ipynb': 'core.ipynb', 'index.ipynb': 'index.ipynb'}
        dest = prepare(proc)
        assert sorted(p.name for p in dest.iterdir()) == ['_quarto.yml', 'core.ipynb', 'data.ipynb', 'index.ipynb', 'nbdev.yml', 'sidebar.yml', 'styles.css']
        core = json.loads((dest / 'core.ipynb').read_text())
        assert 'output-file' not in ''.join(core['cells'][0]['source'])  # applied: it is the file's name now
        assert core['cells'][1]['source'] == ['A [`Model`](core.html#model) and [`load`](data.html#load).']
        assert core['cells'][2]['outputs'][0]['data']['text/markdown'] == ['[`Model`](core.html#model)']  # show_doc output too
        data = json.loads((dest / 'data.ipynb').read_text())
        assert data['cells'][1]['source'] == ['See [the core](core.ipynb#fitting) and [a page](https://other.org/x.html).']
        assert yaml.safe_load((dest / 'sidebar.yml').read_text())['website']['sidebar']['contents'] == ['index.ipynb', 'data.ipynb', 'core.ipynb']
        assert yaml.safe_load((dest / '_quarto.yml').read_text())['format'] == {'html': {'theme': 'cosmo', 'max-width': '900px'}}
        assert json.loads((proc / '01_core.ipynb').read_text())['cells'][1]['source'][0].startswith(f'A [`Model`]({SITE}')  # nbdev's cache untouched
        (proc / '05_core.ipynb').write_text(json.dumps(notebook('core.html')))
        try: page_names(proc); raise AssertionError('two notebooks for one page were accepted')
        except ValueError as e: assert str(e) == '01_core.ipynb and 05_core.ipynb would both be the page core.ipynb: rename one of them', e

        site = Path(tmp) / 'site'
        site.mkdir()
        (site / 'core.html').write_text('<h3 id="model">Model</h3><a href="#model">here</a><a href="data.html#load">load</a>')
        (site / 'data.html').write_text('<section id="load"></section><a href="core.html#fit">fit</a><a href="gone.html">x</a>'
                                        f'<a href="{SITE}/core.html#model">out</a><a href="https://other.org/">o</a><img src="img.png">')
        n, problems, anchors = broken_links(site, SITE)
        assert n == 5, n  # #model, data.html#load, core.html#fit, gone.html, img.png: the other site is not followed
        assert problems == ['data.html: gone.html: no file gone.html', f'data.html: {SITE}/core.html#model: points at the published site, not at the page beside it',
                            'data.html: img.png: no file img.png'], problems
        assert anchors == ['data.html: core.html#fit: core.html has no anchor #fit'], anchors


if __name__ == '__main__':
    for name, f in list(globals().items()):
        if name.startswith('test_'): f()
