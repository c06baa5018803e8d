"""What ./classroom.sh promises a teacher, checked.

- The export's own guard (export.fetched_references) finds every way a page could fetch something
  from elsewhere, so that a CDN link cannot slip into a deck or a book page.
- The student release holds the notebooks and nothing of the solutions: no file, no mention; its
  code cells are the repository's, unchanged.
- The release runs with the real `java` kernel, and its exercise checks still work there: the
  solution's answer passes, a typical wrong answer stops the cell with the message that names the
  mistake. By default two notebooks run (00 and 01, which holds the exercise used);
  WEIGHTLAB_RELEASE_RUN=all runs all of them (about 4 minutes on 2 cores).

Run through binder/start (./test.sh does), so the kernel gets Binder's JVM options.
"""

from __future__ import annotations

import copy
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "scripts" / "classroom"), str(REPO / "tests" / "notebooks")]

import export  # noqa: E402
import notebook_check as nc  # noqa: E402
import student_release  # noqa: E402

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
RUN_ALL = os.environ.get("WEIGHTLAB_RELEASE_RUN") == "all"

# The exercise used to prove that checks work in the release: 01's Exercise 2, "how many parameters
# does a 5-input neuron have". The wrong answer is the classic one: forgetting the bias.
EXERCISE_NOTEBOOK = "01-a-single-neuron.ipynb"
ANSWER_LINE = re.compile(r"^double parameters = (.+?);", re.MULTILINE)
WRONG_ANSWER = "5"
WRONG_MESSAGE = "you forgot the bias"


# ---------------------------------------------------------------------------------------------
# The export's guard against pages that fetch


@pytest.mark.parametrize(
    "snippet",
    [
        '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-svg.js"></script>',
        '<link rel="stylesheet" href="https://unpkg.com/reveal.js@5.2.1/dist/reveal.css">',
        '<img src="https://example.org/chart.png">',
        "<style>@import url(https://fonts.googleapis.com/css?family=Lato);</style>",
        "<style>body { background: url('//example.org/paper.png') }</style>",
        '<script src="reveal.js"></script>',  # a local file beside the page: not alone either
    ],
)
def test_a_page_that_would_fetch_is_caught(snippet):
    page = f"<html><head></head><body><p>$a$</p>{snippet}</body></html>"
    assert export.fetched_references(page), f"not caught: {snippet}"


def test_a_self_contained_page_passes():
    page = (
        '<html><head><style>.x { background: url("data:image/png;base64,AAAA") }</style></head><body>'
        '<img src="data:image/png;base64,iVBORw0KGgo="><a href="https://github.com/">a link to click</a>'
        '<svg><use href="#MJX-TEX-I-1D44E"></use></svg>'
        "<script>var u = 'url(' + x + ')'; fetch === undefined;</script></body></html>"
    )
    assert export.fetched_references(page) == []


# ---------------------------------------------------------------------------------------------
# The student release: what it holds


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "class-2026"
    student_release.release(out, clear_outputs=False)
    return out


def test_release_holds_every_notebook_and_no_solution(release):
    names = sorted(p.name for p in release.iterdir())
    assert [p.name for p in NOTEBOOKS] == [n for n in names if n.endswith(".ipynb")]
    assert not (release / "solutions").exists()
    assert not [n for n in names if "solution" in n.lower()], names
    leftovers = [
        f"{path.name}: {line.strip()}"
        for path in release.glob("*.ipynb")
        for line in path.read_text(encoding="utf-8").splitlines()
        if "solutions/" in line or "-solutions.ipynb" in line
    ]
    assert not leftovers, "mentions of solution files left:\n" + "\n".join(leftovers)


def test_release_rewrites_the_pointer_to_the_solutions(release):
    original = (REPO / "notebooks" / EXERCISE_NOTEBOOK).read_text(encoding="utf-8")
    assert "solutions/01-a-single-neuron-solutions.ipynb" in original  # what is rewritten
    rewritten = nbformat.read(release / EXERCISE_NOTEBOOK, as_version=4)
    assert any("Worked solutions: ask your teacher." in c.source for c in rewritten.cells)


def test_release_code_cells_are_the_repository_code_cells(release):
    for path in NOTEBOOKS:
        ours = nbformat.read(path, as_version=4)
        theirs = nbformat.read(release / path.name, as_version=4)
        assert [c.source for c in nc.code_cells(theirs)] == [c.source for c in nc.code_cells(ours)], path.name
        assert [c.outputs for c in nc.code_cells(theirs)] == [c.outputs for c in nc.code_cells(ours)], path.name


def test_release_with_cleared_outputs(tmp_path):
    student_release.release(tmp_path / "out", clear_outputs=True)
    for path in (tmp_path / "out").glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        assert all(not c.outputs and c.execution_count is None for c in nc.code_cells(nb)), path.name


def test_release_refuses_a_folder_with_other_files(tmp_path):
    (tmp_path / "homework.txt").write_text("mine")
    with pytest.raises(SystemExit, match="not an earlier student release"):
        student_release.release(tmp_path, clear_outputs=False)
    assert (tmp_path / "homework.txt").read_text() == "mine"


def test_release_replaces_an_earlier_release(tmp_path):
    out = tmp_path / "out"
    student_release.release(out, clear_outputs=True)
    (out / "stale.ipynb").write_text("{}")
    student_release.release(out, clear_outputs=False)
    assert not (out / "stale.ipynb").exists()


# ---------------------------------------------------------------------------------------------
# The student release, run with the real kernel


def run_notebook(nb, folder: Path):
    client = NotebookClient(
        nb,
        kernel_name=nc.KERNEL_NAME,
        timeout=nc.CELL_TIMEOUT,
        startup_timeout=nc.STARTUP_TIMEOUT,
        allow_errors=False,  # cells tagged raises-exception may (and must) raise
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return nb


def stdout(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


def errors(cell) -> list[str]:
    return [f"{o.ename}: {o.evalue}" for o in cell.outputs if o.output_type == "error"]


@pytest.mark.parametrize(
    "name", [p.name for p in NOTEBOOKS if RUN_ALL or p.name.startswith("00-")]
)
def test_release_notebook_runs(release, name):
    nb = nbformat.read(release / name, as_version=4)
    for cell in nc.code_cells(nb):
        cell.outputs = []
    try:
        run_notebook(nb, release)
    except CellExecutionError as error:
        pytest.fail(f"{name} fails in the student release:\n{error}", pytrace=False)
    assert all(c.execution_count for c in nc.code_cells(nb) if c.source.strip())


def test_release_exercise_check_passes_the_solution_and_names_a_wrong_answer(release):
    """01 in the release, run top to bottom, with Exercise 2 answered three ways."""
    nb = nbformat.read(release / EXERCISE_NOTEBOOK, as_version=4)
    exercise = next(c for c in nc.code_cells(nb) if ANSWER_LINE.search(c.source))
    assert "Check.TODO" in ANSWER_LINE.search(exercise.source).group(1)

    solution_nb = nbformat.read(REPO / "notebooks" / "solutions" / "01-a-single-neuron-solutions.ipynb", as_version=4)
    answers = [ANSWER_LINE.search(c.source) for c in nc.code_cells(solution_nb)]
    answer = next(m.group(1) for m in answers if m and "Check.TODO" not in m.group(1))

    unanswered = copy.deepcopy(exercise)  # as the student gets it
    correct = copy.deepcopy(exercise)
    correct.source = ANSWER_LINE.sub(f"double parameters = {answer};", exercise.source, count=1)
    wrong = copy.deepcopy(exercise)
    wrong.source = ANSWER_LINE.sub(f"double parameters = {WRONG_ANSWER};", exercise.source, count=1)
    wrong.metadata["tags"] = ["raises-exception"]
    for cell in (unanswered, correct, wrong):
        cell.pop("id", None)
        cell.outputs = []
    nb.cells += [unanswered, correct, wrong]

    run_notebook(nb, release)  # the whole notebook first: every cell must run without an error

    assert "Not answered yet" in stdout(unanswered), stdout(unanswered)
    assert not errors(correct), errors(correct)
    assert "✔ parameters of a 5-input neuron = 6" in stdout(correct), stdout(correct)
    assert errors(wrong), "a wrong answer (5: the bias forgotten) passed the check"
    message = " ".join(errors(wrong))
    assert WRONG_MESSAGE in message, message
