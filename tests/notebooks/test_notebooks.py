"""Every notebook under notebooks/ runs top to bottom with the real `java` kernel and still shows
what its saved outputs show. One test per notebook; notebook_check.py says what "the same" means."""

import time

import pytest

import notebook_check as nc

NOTEBOOKS = nc.notebook_paths()


def test_there_are_notebooks():
    # Without this, an empty or misplaced notebooks/ folder would pass as "no tests ran".
    assert NOTEBOOKS, f"no notebooks found under {nc.display_name(nc.NOTEBOOK_DIR)}/"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[nc.display_name(p) for p in NOTEBOOKS])
def test_every_cell_has_a_slide_type(path):
    # Also part of test_notebook; on its own it runs without a kernel: pytest -k slide_type.
    problems = nc.slide_problems(nc.nbformat.read(path, as_version=4))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[nc.display_name(p) for p in NOTEBOOKS])
def test_notebook(path, wall_time):
    saved = nc.nbformat.read(path, as_version=4)
    problems = nc.saved_problems(saved)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)

    started = time.monotonic()
    try:
        run, failure = nc.execute(path), None
    except nc.NotebookFailure as error:
        run, failure = None, str(error)
    finally:
        wall_time(time.monotonic() - started)
    if failure:
        pytest.fail(failure, pytrace=False)

    problems = nc.differences(saved, run.notebook, path.stem)
    if problems:
        pytest.fail(
            "\n".join(problems)
            + "\n\nIf the change is intended, save the fresh outputs: ./test.sh --update "
            + nc.display_name(path),
            pytrace=False,
        )
