"""Give every cell of every notebook its slide type, so that each notebook is also a slide deck.

    python scripts/classroom/slide_metadata.py [--check] [NOTEBOOK ...]

Without NOTEBOOK: every notebook under notebooks/ (solutions included). With --check, nothing is
written; the exit code is 1 when a notebook's slide types are not what the rule below gives.

The slide type lives in `metadata.slideshow.slide_type`, where JupyterLab's property inspector,
RISE (the slideshow inside JupyterLab) and nbconvert's slides exporter all read it. The rule looks
only at the cells' text and saved outputs, so running the script twice changes nothing, and a
notebook re-run with the same results keeps the same slides:

- a Markdown cell that starts with a `#` or `##` heading starts a new slide (left to right);
- a Markdown cell that starts with a `###` heading starts a subslide (downwards in the same slide);
- a code cell whose saved outputs hold a chart (image/png) starts a subslide, taking the short
  Markdown cell just before it along (the sentence that says what the chart will show), so that
  the chart is seen with its own code and not pushed below the fold;
- the Markdown cell right after a chart stays on the chart's subslide: it reads the chart;
- any other cell that would make the current (sub)slide taller than about one screen starts a
  subslide, at a Markdown cell where possible, so that a sentence stays with the code it leads into;
- every other cell continues the current (sub)slide ("-").

Nothing is skipped: a class that runs the slides with RISE runs every cell, the setup cell
included. Heights are counted in lines of text; a chart counts as CHART_LINES.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = REPO / "notebooks"

SLIDE, SUBSLIDE, CONTINUE = "slide", "subslide", "-"
SLIDE_TYPES = {SLIDE, SUBSLIDE, CONTINUE, "fragment", "skip", "notes"}

# One screen of a slide, in lines of body text (about 700 px at RISE's and nbconvert's font sizes).
SCREEN_LINES = 30
# A 640 × 400 chart is about as tall as 18 lines of text.
CHART_LINES = 18
# The longest "what the chart will show" sentence taken along onto the chart's subslide.
LEAD_IN_LINES = 3
# Long outputs scroll inside the slide; they count at most this much.
MAX_OUTPUT_LINES = 12


def notebook_paths() -> list[Path]:
    return sorted(p for p in NOTEBOOK_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def heading_level(cell) -> int:
    """1 for `# Title`, 2 for `## Part`, 3 for `### Step`; 0 when the cell does not start with one."""
    if cell.cell_type != "markdown":
        return 0
    first = cell.source.lstrip().split("\n", 1)[0]
    marks = len(first) - len(first.lstrip("#"))
    return marks if 0 < marks <= 6 and first[marks:marks + 1] == " " else 0


def has_chart(cell) -> bool:
    return cell.cell_type == "code" and any("image/png" in o.get("data", {}) for o in cell.get("outputs", []))


def height(cell) -> int:
    """The cell's height on a slide, in lines of text."""
    lines = len(cell.source.splitlines()) or 1
    if cell.cell_type != "code":
        return lines + 1
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if "image/png" in data:
            lines += CHART_LINES
            continue
        text = output.get("text") or data.get("text/plain") or ""
        text = "".join(text) if isinstance(text, list) else text
        lines += min(len(text.splitlines()), MAX_OUTPUT_LINES)
    return lines + 1


def slide_types(cells) -> list[str]:
    """The slide type of each cell, by the rule in this module's docstring."""
    types = [CONTINUE] * len(cells)
    used = 0  # lines on the current (sub)slide so far
    for i, cell in enumerate(cells):
        level = heading_level(cell)
        previous = cells[i - 1] if i > 0 else None
        if i == 0 or level in (1, 2):
            types[i] = SLIDE
        elif level >= 3:
            types[i] = SUBSLIDE
        elif has_chart(cell):
            lead_in = (
                previous is not None
                and previous.cell_type == "markdown"
                and heading_level(previous) == 0
                and height(previous) <= LEAD_IN_LINES + 1
                and types[i - 1] == CONTINUE
            )
            if lead_in:
                types[i - 1] = SUBSLIDE
                used = height(previous)
            else:
                types[i] = SUBSLIDE
                used = 0
        elif previous is not None and has_chart(previous) and cell.cell_type == "markdown":
            pass  # the words that read the chart stay with it
        elif used > 0 and used + block_height(cells, i) > SCREEN_LINES and starts_block(cells, i):
            types[i] = SUBSLIDE
        if types[i] != CONTINUE:
            used = 0
        used += height(cell)
    return types


def starts_block(cells, i: int) -> bool:
    """A place to break: a Markdown cell, or a code cell that no sentence leads into."""
    return cells[i].cell_type == "markdown" or cells[i - 1].cell_type == "code"


def block_height(cells, i: int) -> int:
    """The height of cell i and, for a Markdown cell, the code cells it leads into."""
    total = height(cells[i])
    if cells[i].cell_type == "markdown":
        for cell in cells[i + 1:]:
            if cell.cell_type != "code":
                break
            total += height(cell)
    return total


def apply(nb) -> bool:
    """Sets every cell's slide type; returns whether anything changed."""
    changed = False
    for cell, kind in zip(nb.cells, slide_types(nb.cells)):
        slideshow = cell.metadata.setdefault("slideshow", {})
        if slideshow.get("slide_type") != kind:
            slideshow["slide_type"] = kind
            changed = True
    return changed


def missing(nb) -> list[int]:
    """1-based numbers of the cells without a valid slide type."""
    return [
        number
        for number, cell in enumerate(nb.cells, 1)
        if cell.get("metadata", {}).get("slideshow", {}).get("slide_type") not in SLIDE_TYPES
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a notebook would change")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every notebook under notebooks/")
    args = parser.parse_args()

    stale = 0
    for path in [p.resolve() for p in args.notebooks] or notebook_paths():
        nb = nbformat.read(path, as_version=4)
        changed = apply(nb)
        name = path.relative_to(REPO) if path.is_relative_to(REPO) else path
        counts = {kind: 0 for kind in (SLIDE, SUBSLIDE)}
        for cell in nb.cells:
            kind = cell.metadata["slideshow"]["slide_type"]
            if kind in counts:
                counts[kind] += 1
        summary = f"{counts[SLIDE]} slides, {counts[SUBSLIDE]} subslides"
        if args.check:
            print(f"{'differs' if changed else 'same':8} {name} ({summary})")
            stale += changed
        elif changed:
            # As JupyterLab and the authoring command write notebooks: nbformat's layout, a final newline.
            path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
            print(f"written  {name} ({summary})")
        else:
            print(f"same     {name} ({summary})")
    if stale:
        print(f"{stale} notebook(s) differ: run python scripts/classroom/slide_metadata.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
