"""Adapt nbdev's processed notebooks (`_proc/`) to the local preview that `smalldocs` renders, as Quarto would see them.

`make docs` runs nbdev's processing (which writes `_proc/`) and then renders it without Quarto. Two things that Quarto
does for the published site, smalldocs does not:

- **page names**: nbdev gives each page the name it has on the site in its front matter (`output-file: core.html` for
  `01_core.ipynb`); Quarto honours it, smalldocs names a page after its file (`01_core.html`);
- **API links**: nbdev links every `symbol` in the prose to the published site
  (`https://<doc_host><doc_baseurl>/core.html#symbol`, from `_modidx.py`), which is right there and leaves a preview.

So this copies `_proc/` into `_proc/_preview/` with each notebook under its `output-file` name, the published site's
links made relative, links to a notebook (`06b_folds.ipynb`, in prose and in `sidebar.yml`) renamed with it, and the
`_quarto.yml` options that only Quarto builds translated: `format.html.grid.body-width` becomes `max-width` (the same
text width), the `commonmark` copy and `keep-md` are not made (the preview is HTML only). smalldocs then renders
`_proc/_preview/` into `_proc/_docs/`. nbdev's cache (`_proc/`) is left as it is, so the next build stays incremental.

    .venv/bin/python tools/preview_docs.py _proc
"""
import json
import posixpath
import re
import shutil
import sys
from pathlib import Path

import yaml

PREVIEW = '_preview'  # the adapted project, inside nbdev's _proc/
SKIP = ('_docs', PREVIEW)  # the rendered site and the adapted copy are not sources
HREF = re.compile(r'''(\]\(|href=["'])([^)"'\s]+)''')  # a markdown link's target, or an HTML href


def output_file(nb: dict) -> str | None:
    "The `output-file` nbdev wrote into a processed notebook's front matter (its raw first cell), if any."
    raw = next((c for c in nb['cells'] if c['cell_type'] == 'raw'), None)
    src = ''.join(raw['source']) if raw else ''
    m = re.match(r'\s*---\n(.*?)\n---', src, re.S)
    return (yaml.safe_load(m.group(1)) or {}).get('output-file') if m else None


def drop_output_file(nb: dict) -> None:
    "Remove the `output-file` line from the front matter: the page's file now has that name."
    for c in nb['cells']:
        if c['cell_type'] == 'raw':
            c['source'] = [l for l in c['source'] if not l.startswith('output-file:')]
            return


def page_names(proc: Path) -> dict[str, str]:
    "Each processed notebook's path (relative to `proc`) → the notebook path that renders to its `output-file`."
    names = {}
    for p in sorted(proc.rglob('*.ipynb')):
        rel = p.relative_to(proc)
        if rel.parts[0] in SKIP: continue
        out = output_file(json.loads(p.read_text(encoding='utf-8')))
        names[rel.as_posix()] = posixpath.join(posixpath.dirname(rel.as_posix()), out).removesuffix('.html') + '.ipynb' if out else rel.as_posix()
    taken = {}
    for src, dst in names.items():
        if dst in taken: raise ValueError(f'{taken[dst]} and {src} would both be the page {dst}: rename one of them')
        taken[dst] = src
    return names


def local_href(href: str, page: str, names: dict[str, str], site_url: str) -> str:
    "Rewrite one link on `page` (a renamed notebook path): the published site's pages and renamed notebooks, relatively."
    if site_url and href.startswith(site_url.rstrip('/') + '/'):
        path, sep, anchor = href[len(site_url.rstrip('/')) + 1:].partition('#')
        if path.removesuffix('.html') + '.ipynb' not in names.values(): return href  # not one of this site's pages
        target = path
    elif not re.match(r'^[a-z][a-z0-9+.-]*:|^/|^#', href):  # a relative link: to a notebook that was renamed?
        path, sep, anchor = href.partition('#')
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))  # renaming keeps the folder
        if names.get(joined, joined) == joined: return href
        target = names[joined]
    else: return href
    return posixpath.relpath(target, posixpath.dirname(page) or '.') + sep + anchor


def relink(text: str, page: str, names: dict[str, str], site_url: str) -> str:
    "Every link target in a markdown or HTML text, rewritten by `local_href`."
    return HREF.sub(lambda m: m.group(1) + local_href(m.group(2), page, names, site_url), text)


def adapt_notebook(nb: dict, page: str, names: dict[str, str], site_url: str) -> dict:
    "A processed notebook for the preview: links rewritten in its prose and rich outputs, no `output-file`."
    drop_output_file(nb)
    fix = lambda s: relink(s, page, names, site_url)
    for c in nb['cells']:
        if c['cell_type'] == 'markdown': c['source'] = [fix(l) for l in c['source']]
        for o in c.get('outputs', []):
            for kind in ('text/markdown', 'text/html'):
                if kind in o.get('data', {}):
                    v = o['data'][kind]
                    o['data'][kind] = [fix(l) for l in v] if isinstance(v, list) else fix(v)
    return nb


def adapt_config(cfg: dict) -> dict:
    "`_quarto.yml` for smalldocs: grid width as `max-width`, HTML only, the site written beside the adapted copy."
    fmt = cfg.get('format') or {}
    html = fmt.get('html') if isinstance(fmt.get('html'), dict) else {}
    width = (html.pop('grid', None) or {}).get('body-width')
    if width: html['max-width'] = width
    html.pop('keep-md', None)
    cfg['format'] = {'html': html}
    cfg.setdefault('project', {})['output-dir'] = '../_docs'
    return cfg


def relink_sidebar(node, names: dict[str, str]):
    "The sidebar (or navbar) entries with each notebook under its page name."
    if isinstance(node, dict): return {k: relink_sidebar(v, names) for k, v in node.items()}
    if isinstance(node, list): return [relink_sidebar(v, names) for v in node]
    return names.get(node, node) if isinstance(node, str) else node


def prepare(proc: Path | str) -> Path:
    "Write the adapted copy of `proc` (nbdev's `_proc/`) into `proc/_preview/`, and return it."
    proc = Path(proc)
    names = page_names(proc)
    site_url = ''  # the published site, as nbdev wrote it from settings.ini's doc_host and doc_baseurl
    if (proc / 'nbdev.yml').exists(): site_url = str(((yaml.safe_load((proc / 'nbdev.yml').read_text()) or {}).get('website') or {}).get('site-url') or '')
    dest = proc / PREVIEW
    if dest.exists(): shutil.rmtree(dest)
    for p in sorted(proc.rglob('*')):
        rel = p.relative_to(proc)
        if rel.parts[0] in SKIP or not p.is_file(): continue
        key = rel.as_posix()
        out = dest / names.get(key, key)
        out.parent.mkdir(parents=True, exist_ok=True)
        if p.suffix == '.ipynb':
            nb = adapt_notebook(json.loads(p.read_text(encoding='utf-8')), names[key], names, site_url)
            out.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding='utf-8')
        elif key == '_quarto.yml':
            out.write_text(yaml.safe_dump(relink_sidebar(adapt_config(yaml.safe_load(p.read_text())), names), sort_keys=False))
        elif p.suffix in ('.yml', '.yaml'):
            out.write_text(yaml.safe_dump(relink_sidebar(yaml.safe_load(p.read_text()), names), sort_keys=False))
        else: shutil.copy2(p, out)
    return dest


if __name__ == '__main__':
    if len(sys.argv) != 2: sys.exit('usage: preview_docs.py _proc')
    prepare(sys.argv[1])
