"""Check that every link of a rendered docs site to one of its own pages lands: the file exists and so does the anchor.

Run by `make docs` on the local preview (`_proc/_docs/`). Every `href` and `src` of every HTML page is read; a link
to another site (`https:`, `mailto:` …) is not followed, except one to the published site itself (`--site-url`), which
would leave a preview and is reported. A link to a missing file (or to the published site) is broken: one line each
(page: link: why) and exit status 1. A link to an existing page whose anchor is missing lands at the top of the right
page (nbdev links every `name` of the library, and a private helper or a method without its own `show_doc` block has
no anchor, on the published site too): counted in the last line, listed one per line with `--anchors`, which also
makes them fail the check.

    .venv/bin/python tools/check_doc_links.py _proc/_docs --site-url https://ml100k-recs.github.io/ml100k-recs
"""
import argparse
import posixpath
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    "The ids (anchors) a page defines, and the links it makes (href and src)."
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ('id', 'name' if tag == 'a' else None):
            if k and a.get(k): self.ids.add(a[k])
        for k in ('href', 'src'):
            if a.get(k) is not None: self.links.append(a[k])


def read_page(path: Path) -> _Page:
    "Parse one HTML page."
    p = _Page()
    p.feed(path.read_text(encoding='utf-8', errors='replace'))
    return p


def broken_links(site: Path | str, site_url: str = '') -> tuple[int, list[str], list[str]]:
    "How many local links the site's pages make; one line for each to a missing file, and for each to a missing anchor."
    site = Path(site)
    pages = {p.relative_to(site).as_posix(): read_page(p) for p in sorted(site.rglob('*.html')) if 'site_libs' not in p.parts}
    checked, problems, anchors = 0, [], []
    for name, page in pages.items():
        for link in page.links:
            if site_url and link.startswith(site_url.rstrip('/') + '/'):
                problems.append(f'{name}: {link}: points at the published site, not at the page beside it'); continue
            parts = urlsplit(link)
            if parts.scheme or parts.netloc: continue  # another site, mailto:, data:, javascript:
            if not parts.path:  # an anchor on the same page
                target, anchor = name, unquote(parts.fragment)
            else:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path)))
                if target.endswith('/') or (site / target).is_dir(): target = posixpath.join(target, 'index.html')
                anchor = unquote(parts.fragment)
            checked += 1
            if target.startswith('../') or not (site / target).is_file():
                problems.append(f'{name}: {link}: no file {target}'); continue
            if anchor and target in pages and anchor not in pages[target].ids:
                anchors.append(f'{name}: {link}: {target} has no anchor #{anchor}')
    return checked, problems, anchors


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('site', help='the rendered site, such as _proc/_docs')
    ap.add_argument('--site-url', default='', help='the published site: links to it should have been made local')
    ap.add_argument('--anchors', action='store_true', help='list the links to a missing anchor, and fail on them')
    args = ap.parse_args()
    n, problems, anchors = broken_links(args.site, args.site_url)
    for p in problems + (anchors if args.anchors else []): print(p)
    missing = f'{len(anchors)} to a missing anchor ({"listed above" if args.anchors else "--anchors lists them"})' if anchors else 'every anchor found'
    print(f'{args.site}: {n} local links, {len(problems)} to a missing file, {missing}')
    sys.exit(1 if problems or (args.anchors and anchors) else 0)
