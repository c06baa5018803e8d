"""Write the notebooks as students get them: no solutions, and nothing that points to them.

    python scripts/classroom/student_release.py DIR [--clear-outputs]

DIR receives the notebooks of notebooks/ (not notebooks/solutions/) and a short README.md. In the
Markdown cells, every mention of a solution notebook (`solutions/NN-...-solutions.ipynb`, as code or
as a link) is rewritten to point to the teacher instead, so that no sentence sends a student to a
file that is not there. Code cells are copied unchanged: the exercises and their checks work as in
the full repository. With --clear-outputs the code cells' saved outputs and execution counts are
removed as well (students then see each result only when they run the cell).

DIR must be new, empty, or an earlier student release (it holds .weightlab-student-release): a
folder with anything else in it is left alone, so that a typo cannot overwrite someone's work.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = REPO / "notebooks"
MARKER = ".weightlab-student-release"

# "Solutions: `solutions/01-a-single-neuron-solutions.ipynb`." as a line of its own.
SOLUTIONS_LINE = re.compile(r"^[ \t]*Solutions:\s*`?solutions/[\w.-]+\.ipynb`?\.?[ \t]*$", re.MULTILINE)
# Any other mention: a code span, a Markdown link, or a bare path.
SOLUTIONS_LINK = re.compile(r"\[[^\]]*\]\((?:\./)?solutions/[\w.-]+\.ipynb\)")
SOLUTIONS_PATH = re.compile(r"`?(?:\./)?solutions/[\w.-]+\.ipynb`?")

README = """# Weightlab notebooks

Read them in order, starting with `00-start-here.ipynb`. Run each one from the top
(Kernel → Restart Kernel and Run All Cells…) and change what you like: the exercises at the end of
each notebook check your answers. `Not answered yet` means the answer is still `Check.TODO`; a
wrong answer stops the cell with a message that names the likely mistake.

The notebooks need the Java kernel (`java`) and the Weightlab library, as set up by your teacher
or by the Binder link of the Weightlab repository.
"""


def student_text(source: str) -> str:
    source = SOLUTIONS_LINE.sub("Worked solutions: ask your teacher.", source)
    source = SOLUTIONS_LINK.sub("your teacher's copy of the solutions", source)
    return SOLUTIONS_PATH.sub("your teacher's copy of the solutions", source)


def student_notebook(nb, clear_outputs: bool):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = student_text(cell.source)
        elif cell.cell_type == "code" and clear_outputs:
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
    return nb


def solution_mentions(nb) -> list[str]:
    """Lines of any cell that still mention a solution notebook (must be none in a release)."""
    return [
        line.strip()
        for cell in nb.cells
        for line in cell.source.splitlines()
        if re.search(r"solutions/|-solutions\.ipynb", line)
    ]


def prepare(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise SystemExit(
                f"error: {out} is not empty and is not an earlier student release: choose a new folder"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def release(out: Path, clear_outputs: bool) -> list[Path]:
    out = out.resolve()
    if out == NOTEBOOK_DIR or NOTEBOOK_DIR in out.parents:
        raise SystemExit("error: write the release outside notebooks/")
    prepare(out)
    written = []
    for path in sorted(NOTEBOOK_DIR.glob("*.ipynb")):
        nb = student_notebook(nbformat.read(path, as_version=4), clear_outputs)
        left = solution_mentions(nb)
        if left:
            raise SystemExit(f"error: {path.name} still mentions a solution after rewriting: {left[0]}")
        target = out / path.name
        target.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        written.append(target)
    (out / "README.md").write_text(README, encoding="utf-8")
    (out / MARKER).write_text(
        "Written by ./classroom.sh student-release; running it again replaces this folder.\n", encoding="utf-8"
    )
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, metavar="DIR", help="the folder to write (new, empty, or an earlier release)")
    parser.add_argument("--clear-outputs", action="store_true", help="also remove the saved outputs of code cells")
    args = parser.parse_args()
    written = release(args.out, args.clear_outputs)
    outputs = "without outputs" if args.clear_outputs else "with their saved outputs"
    print(f"student release: {len(written)} notebooks {outputs}, no solutions, in {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
