"""Export the executed notebooks as slides and as a static book, each page working alone from disk.

    python scripts/classroom/export.py slides [--out DIR]   default DIR: target/slides
    python scripts/classroom/export.py book [--out DIR]     default DIR: target/book

./classroom.sh calls this (after `npm ci` in scripts/classroom/, whose reveal.js and MathJax it
uses). Nothing runs a kernel: the notebooks carry their outputs, charts included, as committed.

Every HTML file written is self-contained: the notebook CSS, reveal.js and its theme are inlined,
charts are data: URIs, and the maths is drawn as SVG at build time (render-maths.mjs). A file that
would still load something from elsewhere (a <script src>, a stylesheet, an image, a CSS url() or
@import) fails the build with its name, so a CDN link cannot slip into a deck or a page.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import mistune
import nbformat
from nbconvert import HTMLExporter, SlidesExporter

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
NOTEBOOK_DIR = REPO / "notebooks"
SOLUTION_DIR = NOTEBOOK_DIR / "solutions"
TEMPLATES = HERE / "templates"
REVEAL = HERE / "node_modules" / "reveal.js"
RENDER_MATHS = HERE / "render-maths.mjs"

# A reference that the browser would fetch: <script src>, <link href>, <img src>, <iframe src>,
# <source src>, CSS url(...) and @import. Links to click (<a href>) are not fetched and may go anywhere.
FETCHED = re.compile(
    r"<(?:script|img|iframe|source|video|audio|embed)\b[^>]*?\bsrc\s*=\s*[\"']?(?!data:)([^\"'\s>]+)"
    r"|<link\b[^>]*?\bhref\s*=\s*[\"']?(?!data:)([^\"'\s>]+)"
    r"|url\(\s*[\"']?(?!data:|#)([^\"')\s]+)"
    r"|@import\s+(?:url\()?[\"']?([^\"');\s]+)",
    re.IGNORECASE,
)


@dataclass
class Notebook:
    path: Path
    stem: str  # 05-gradient-descent
    title: str  # 05 · Gradient descent: how weights learn
    summary: str  # one line, HTML


# ---------------------------------------------------------------------------------------------
# The curriculum: notebooks in reading order, with the README's one-line description


def title_of(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.match(r"\s*#\s+(.+)", cell.source)
            if match:
                return match.group(1).strip()
    return fallback


def readme_summaries() -> dict[str, str]:
    """{'05-gradient-descent': 'w ← w − α·∂E/∂w by hand ...'} from the README's notebook table."""
    readme = REPO / "README.md"
    rows = {}
    if readme.exists():
        for line in readme.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\|\s*\[([\w.-]+)\]\(notebooks/[\w.-]+\.ipynb\)\s*\|\s*(.+?)\s*\|", line)
            if match:
                rows[match.group(1)] = match.group(2)
    return rows


def first_sentence(nb) -> str:
    """The notebook's own first sentence after its title, when the README does not describe it."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for paragraph in re.split(r"\n\s*\n", cell.source):
            if paragraph.strip() and not paragraph.lstrip().startswith("#"):
                text = " ".join(paragraph.split())
                return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return ""


def inline_markdown(text: str) -> str:
    rendered = mistune.html(text).strip()
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.DOTALL)


def curriculum(folder: Path) -> list[Notebook]:
    summaries = readme_summaries()
    notebooks = []
    for path in sorted(folder.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        summary = summaries.get(path.stem) or first_sentence(nb)
        notebooks.append(Notebook(path, path.stem, title_of(nb, path.stem), inline_markdown(summary)))
    return notebooks


# ---------------------------------------------------------------------------------------------
# Self-contained HTML


def inline_assets(page: str, base: Path) -> str:
    """Replaces <link rel=stylesheet> and <script src> that point to local files by their contents."""

    def stylesheet(match):
        tag = match.group(0)
        href = re.search(r'\bhref="([^"]+)"', tag)
        if not re.search(r'\brel="stylesheet"', tag) or not href or "://" in href.group(1):
            return tag
        css = read_local(href.group(1), base)
        css = re.sub(r"@import\s+url\([^)]*\)\s*;?", "", css)  # web fonts: the theme falls back to system fonts
        return f'<style type="text/css">\n{css}\n</style>'

    def script(match):
        src = match.group(1)
        if "://" in src:
            return match.group(0)
        js = read_local(src, base).replace("</script", "<\\/script")
        return f"<script>\n{js}\n</script>"

    page = re.sub(r"<link\b[^>]*>", stylesheet, page)
    return re.sub(r'<script\b[^>]*?\bsrc="([^"]+)"[^>]*>\s*</script>', script, page)


def read_local(reference: str, base: Path) -> str:
    path = (base / reference) if not Path(reference).is_absolute() else Path(reference)
    if not path.is_file():
        raise SystemExit(f"error: {reference} is not a local file; cannot inline it")
    return path.read_text(encoding="utf-8")


def fetched_references(page: str) -> list[str]:
    """What a browser would load from elsewhere when it opens this page (empty: the page stands alone)."""
    # Inline scripts are code, not CSS: their text may say url( without fetching anything. Their own
    # opening tags stay, so a <script src=...> is still seen.
    page = re.sub(r"(<script\b[^>]*>).*?</script>", r"\1</script>", page, flags=re.DOTALL | re.IGNORECASE)
    return sorted({next(g for g in m.groups() if g) for m in FETCHED.finditer(page)} - {""})


def check_self_contained(files: list[Path]) -> None:
    problems = []
    for file in files:
        references = fetched_references(file.read_text(encoding="utf-8"))
        if references:
            problems.append(f"{file}: {', '.join(references[:5])}")
    if problems:
        raise SystemExit(
            "error: these pages would fetch files from elsewhere (they must work alone, offline):\n  "
            + "\n  ".join(problems)
        )


def render_maths(files: list[Path]) -> None:
    if not (HERE / "node_modules" / "mathjax-full").is_dir():
        raise SystemExit("error: MathJax is not installed: run npm ci in scripts/classroom/ (./classroom.sh does)")
    subprocess.run(["node", str(RENDER_MATHS), *map(str, files)], check=True)


# ---------------------------------------------------------------------------------------------
# Notebook sources as the book shows them


def linked_for_book(nb, here: str):
    """The book's copy of a notebook: mentions of another notebook become links to its page."""

    def link(match):
        folder, stem = match.group(1) or "", match.group(2)
        target = ("../solutions/" if folder or here == "solutions" and stem.endswith("-solutions") else "../notebooks/")
        return f"[`{folder}{stem}.ipynb`]({target}{stem}.html)"

    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = re.sub(r"`(solutions/)?(\d\d-[\w-]+)\.ipynb`", link, cell.source)
            cell.source = re.sub(r"\]\((?:\./)?(\d\d-[\w-]+)\.ipynb\)", r"](\1.html)", cell.source)
    return nb


# ---------------------------------------------------------------------------------------------
# Slides


def export_slides(out: Path) -> list[Path]:
    if not (REVEAL / "dist" / "reveal.js").is_file():
        raise SystemExit("error: reveal.js is not installed: run npm ci in scripts/classroom/ (./classroom.sh does)")
    exporter = SlidesExporter(
        template_name="weightlab-slides",
        extra_template_basedirs=[str(TEMPLATES)],
        reveal_url_prefix=str(REVEAL),
        reveal_theme="white",
        reveal_width="1280",
        reveal_height="800",
        exclude_input_prompt=False,
    )
    written = []
    decks = [(nb, out) for nb in curriculum(NOTEBOOK_DIR)] + [
        (nb, out / "solutions") for nb in curriculum(SOLUTION_DIR)
    ]
    for notebook, folder in decks:
        folder.mkdir(parents=True, exist_ok=True)
        body, _ = exporter.from_notebook_node(
            nbformat.read(notebook.path, as_version=4),
            resources={"metadata": {"name": notebook.title, "path": str(notebook.path.parent)}},
        )
        target = folder / f"{notebook.stem}.slides.html"
        target.write_text(inline_assets(body, REPO), encoding="utf-8")
        written.append(target)
    index = out / "index.html"
    index.write_text(slides_index(out), encoding="utf-8")
    return written + [index]


def slides_index(out: Path) -> str:
    rows = [
        f'<li><a href="{nb.stem}.slides.html">{html.escape(nb.title)}</a></li>' for nb in curriculum(NOTEBOOK_DIR)
    ]
    solutions = [
        f'<li><a href="solutions/{nb.stem}.slides.html">{html.escape(nb.title)}</a></li>'
        for nb in curriculum(SOLUTION_DIR)
    ]
    return page(
        "Weightlab slides",
        "<h1>Weightlab slides</h1>\n<p>One deck per notebook. Arrow keys or space move on; "
        "<kbd>Esc</kbd> shows every slide; <kbd>F</kbd> goes full screen.</p>\n"
        f"<ol start=\"0\">{''.join(rows)}</ol>\n<h2>Solutions</h2>\n<ul>{''.join(solutions)}</ul>",
    )


# ---------------------------------------------------------------------------------------------
# The book

BOOK_CSS = """
nav.weightlab { display: flex; gap: 1.5em; align-items: baseline; max-width: 1100px; margin: 0 auto;
  padding: 0.6em 1em; font: 15px/1.4 system-ui, sans-serif; border-bottom: 1px solid #ddd; }
nav.weightlab:last-of-type { border-bottom: 0; border-top: 1px solid #ddd; }
nav.weightlab .home { font-weight: 600; margin-right: auto; }
nav.weightlab a { color: #1a5fb4; text-decoration: none; }
main { max-width: 1100px; margin: 0 auto; }
/* Printed tables keep their columns: scroll sideways rather than wrap a number in two. */
.jp-OutputArea-output pre { white-space: pre; word-break: normal; word-wrap: normal; }
"""

INDEX_CSS = """
body { font: 17px/1.5 system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 2em; margin-bottom: 0.2em; }
ol.curriculum { padding-left: 0; list-style: none; }
ol.curriculum li { margin: 0 0 1em; }
ol.curriculum a { font-weight: 600; color: #1a5fb4; text-decoration: none; }
ol.curriculum .what { display: block; color: #444; }
code { font-size: 0.92em; background: #f3f3f3; padding: 0 0.2em; }
"""


def nav(index: str, previous: Notebook | None, following: Notebook | None, prefix: str) -> str:
    parts = [f'<a class="home" href="{index}">Weightlab · all notebooks</a>']
    if previous:
        parts.append(f'<a rel="prev" href="{prefix}{previous.stem}.html">← {html.escape(previous.title)}</a>')
    if following:
        parts.append(f'<a rel="next" href="{prefix}{following.stem}.html">{html.escape(following.title)} →</a>')
    return f'<nav class="weightlab">{"".join(parts)}</nav>'


def export_book(out: Path) -> list[Path]:
    def exporter_for(nb):
        # Images in Markdown (a file beside the notebook) are put into the page; that step parses
        # the whole page again, so it runs only for notebooks that have one.
        has_image = any(c.cell_type == "markdown" and re.search(r"!\[|<img", c.source) for c in nb.cells)
        return plain if not has_image else embedding

    plain, embedding = (
        HTMLExporter(template_name="weightlab-book", extra_template_basedirs=[str(TEMPLATES)], embed_images=embed)
        for embed in (False, True)
    )
    sections = [("notebooks", curriculum(NOTEBOOK_DIR)), ("solutions", curriculum(SOLUTION_DIR))]
    written = []
    for folder_name, notebooks in sections:
        folder = out / folder_name
        folder.mkdir(parents=True, exist_ok=True)
        for i, notebook in enumerate(notebooks):
            previous = notebooks[i - 1] if i > 0 else None
            following = notebooks[i + 1] if i + 1 < len(notebooks) else None
            nb = linked_for_book(nbformat.read(notebook.path, as_version=4), folder_name)
            body, _ = exporter_for(nb).from_notebook_node(
                nb,
                resources={
                    "metadata": {"name": notebook.title, "path": str(notebook.path.parent)},
                    "weightlab": {"css": BOOK_CSS, "nav": nav("../index.html", previous, following, "")},
                },
            )
            target = folder / f"{notebook.stem}.html"
            target.write_text(inline_assets(body, REPO), encoding="utf-8")
            written.append(target)
    index = out / "index.html"
    index.write_text(book_index(sections), encoding="utf-8")
    return written + [index]


def book_index(sections) -> str:
    notebooks, solutions = (items for _, items in sections)
    entries = "\n".join(
        f'<li><a href="notebooks/{nb.stem}.html">{html.escape(nb.title)}</a>'
        f'<span class="what">{nb.summary}</span></li>'
        for nb in notebooks
    )
    answers = "\n".join(
        f'<li><a href="solutions/{nb.stem}.html">{html.escape(nb.title)}</a></li>' for nb in solutions
    )
    return page(
        "Weightlab: weights, biases and gradient descent in Java notebooks",
        "<h1>Weightlab</h1>\n"
        "<p>What the weights and the bias of a neural network are, how they start, and how gradient "
        "descent changes them, in Java notebooks. These pages show each notebook as it ran, with its "
        "results and charts; to run and change them, open the notebooks in JupyterLab or on Binder.</p>\n"
        "<h2>The notebooks, in reading order</h2>\n"
        f'<ol class="curriculum">\n{entries}\n</ol>\n'
        "<h2>Worked solutions</h2>\n<p>Every exercise, answered and checked.</p>\n"
        f'<ul>\n{answers}\n</ul>',
        INDEX_CSS,
    )


def page(title: str, body: str, css: str = INDEX_CSS) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["slides", "book"])
    parser.add_argument("--out", type=Path, help="output folder (default: target/slides or target/book)")
    args = parser.parse_args()
    out = (args.out or REPO / "target" / args.what).resolve()
    started = time.monotonic()
    if out.exists():
        shutil.rmtree(out)  # a renamed notebook must not leave its old page behind
    out.mkdir(parents=True)
    files = export_slides(out) if args.what == "slides" else export_book(out)
    render_maths([f for f in files if f.name != "index.html"])
    check_self_contained(files)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(
        f"{args.what}: {len(files)} HTML files, {size:.1f} MB, in {out} ({time.monotonic() - started:.0f} s)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
