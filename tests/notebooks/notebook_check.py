"""Run a Weightlab notebook with the real `java` kernel and compare what it shows with what is saved.

Used by test_notebooks.py (pytest, one test per notebook) and by execute.py (the authoring command
that writes fresh outputs back). A saved notebook passes when:

- its first code cell is FIRST_CELL, its kernel is `java`, and it has outputs saved at all;
- a fresh run, top to bottom in a new kernel, raises no error (a Java exception or a failed check is
  an error output), except in cells tagged `raises-exception`, which must raise;
- every code cell's fresh outputs equal the saved ones, in number, kind and order:
  * stream and text outputs (text/plain, text/html, ...) after SANITISERS hide what changes from run
    to run (object identity hashes, display ids, memory addresses);
  * an image/png wherever the fresh run makes one, with the same pixel size and the same pixels up
    to PNG_TOLERANCE (see below);
  * cells tagged `ignore-output` are run and must not fail, but their outputs are not compared
    (for timings and other output that honestly differs between runs).
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import difflib
import io
import os
import re
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from PIL import Image, ImageChops

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = REPO / "notebooks"
DIFF_DIR = REPO / "target" / "notebook-diffs"
KERNEL_LOG_DIR = REPO / "target" / "kernel-logs"

KERNEL_NAME = "java"
KERNELSPEC = {"display_name": "Java (jjava)", "language": "java", "name": "java"}

# The one visible first code cell of every notebook: the library and its packages.
FIRST_CELL = (
    "%maven org.weightlab:weightlab:0.1.0\n"
    "import weightlab.*; import weightlab.data.*; import weightlab.plot.*; import weightlab.check.*;"
)

# Seconds one cell may run before the test gives up on it (the curriculum wants whole notebooks
# under 30 s; a slow machine gets room, a hung cell does not hang CI).
CELL_TIMEOUT = int(os.environ.get("WEIGHTLAB_CELL_TIMEOUT", "120"))
STARTUP_TIMEOUT = 120

# Saved charts are compared pixel by pixel, not only by size: a chart that changed while the text
# around it did not (a new colour, a curve from a changed initializer) would otherwise stay stale
# on GitHub. The notebooks are written and tested on the same system image (binder/apt.txt: JDK 17,
# DejaVu fonts), where the PNGs come out byte for byte the same, so the check can be strict. A pixel
# counts as changed when a colour channel moves by more than PIXEL_THRESHOLD (out of 255), which
# ignores anti-aliasing wobble; an image fails when more than PNG_TOLERANCE of its pixels changed.
# Measured on 00-start-here's 600×400 chart: one scatter point moved changes 0.03% of the pixels, a
# dot added to the title 0.25%, a new marker colour 0.26%; two runs on one machine change none.
# 0.01% (24 pixels of that chart) lets a few stray pixels pass and catches a moved point.
# On a machine with other fonts or another JDK, WEIGHTLAB_PNG_TOLERANCE=size compares sizes only.
PIXEL_THRESHOLD = 48
_png_setting = os.environ.get("WEIGHTLAB_PNG_TOLERANCE", "0.0001")
PNG_SIZE_ONLY = _png_setting == "size"
PNG_TOLERANCE = 0.0 if PNG_SIZE_ONLY else float(_png_setting)

# What differs between two honest runs, and what it becomes before comparing.
SANITISERS = [
    # Object.toString(): BufferedImage@2015b77c, weightlab.Dense@1b6d3586
    (re.compile(r"\b([A-Za-z_$][\w$.]*)@[0-9a-f]{1,8}\b"), r"\1@<hash>"),
    # display(...) returns a display id, shown when it is a cell's last statement
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "<display-id>"),
    # lambda and hidden class names: $$Lambda$14/0x0000000800c0b448
    (re.compile(r"0x[0-9a-f]{8,16}\b"), "0x<address>"),
]
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
TEXT_MIME_TYPES = (
    "text/plain",
    "text/html",
    "text/markdown",
    "text/latex",
    "image/svg+xml",
    "application/json",
)

# Every cell says how it shows as a slide (RISE in JupyterLab, ./classroom.sh slides): a cell
# added without it would land on whatever slide comes before. scripts/classroom/slide_metadata.py
# sets them all by one rule.
SLIDE_TYPES = ("slide", "subslide", "-", "fragment", "skip", "notes")
SLIDE_COMMAND = "python scripts/classroom/slide_metadata.py"

IGNORE_OUTPUT_TAG = "ignore-output"
RAISES_TAG = "raises-exception"


class NotebookFailure(AssertionError):
    """A notebook failed; the message says where and why, in words a notebook author can act on."""


@dataclasses.dataclass
class Run:
    notebook: nbformat.NotebookNode  # the fresh run: the saved notebook with new outputs
    seconds: float


# ---------------------------------------------------------------------------------------------
# Finding and reading notebooks


def notebook_paths() -> list[Path]:
    """Every notebook under notebooks/ (solutions/ included), in reading order."""
    return sorted(p for p in NOTEBOOK_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def display_name(path: Path) -> str:
    return str(path.resolve().relative_to(REPO))


def code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def cell_label(nb, cell) -> str:
    """'code cell 3 (cell 5 of 12, `Table houses = ...`)', findable in JupyterLab and on GitHub."""
    number = code_cells(nb).index(cell) + 1
    first_line = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
    if len(first_line) > 60:
        first_line = first_line[:57] + "..."
    return f"code cell {number} (cell {nb.cells.index(cell) + 1} of {len(nb.cells)}, `{first_line}`)"


# ---------------------------------------------------------------------------------------------
# Checks on the saved file, before anything runs


def saved_problems(nb) -> list[str]:
    problems = []
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != KERNEL_NAME:
        problems.append(f"the notebook's kernel is {kernel!r}, not {KERNEL_NAME!r}")
    cells = code_cells(nb)
    if not cells:
        return problems + ["the notebook has no code cells"]
    if cells[0].source.strip() != FIRST_CELL:
        problems.append(
            "the first code cell must be exactly the canonical one:\n"
            + indent(FIRST_CELL)
            + "\n  but it is:\n"
            + indent(cells[0].source)
        )
    if not any(cell.outputs for cell in cells):
        problems.append(
            "no outputs are saved, so GitHub would show no results and no charts:"
            " save them with ./test.sh --update NOTEBOOK, and commit the notebook"
        )
    for cell in cells:
        if RAISES_TAG not in tags(cell) and any(o.output_type == "error" for o in cell.outputs):
            problems.append(f"{cell_label(nb, cell)}: an error is saved as its output")
    return problems + slide_problems(nb)


def slide_problems(nb) -> list[str]:
    """Cells without a valid `metadata.slideshow.slide_type`, named so that they can be found."""
    unset = []
    for number, cell in enumerate(nb.cells, 1):
        kind = cell.get("metadata", {}).get("slideshow", {}).get("slide_type")
        if kind not in SLIDE_TYPES:
            first_line = cell.source.strip().splitlines()[0][:50] if cell.source.strip() else ""
            unset.append(f"cell {number} ({cell.cell_type}, `{first_line}`): slide_type {kind!r}")
    if not unset:
        return []
    return [
        f"{len(unset)} of {len(nb.cells)} cells have no slide type (metadata.slideshow.slide_type,"
        f" one of {', '.join(SLIDE_TYPES)}):\n"
        + indent("\n".join(unset[:8] + ([f"... and {len(unset) - 8} more"] if len(unset) > 8 else [])))
        + f"\n  set them all with: {SLIDE_COMMAND} NOTEBOOK"
    ]


# ---------------------------------------------------------------------------------------------
# Running


def execute(path: Path) -> Run:
    """Runs a copy of the notebook top to bottom in a new `java` kernel, in the notebook's folder."""
    saved = nbformat.read(path, as_version=4)
    fresh = copy.deepcopy(saved)
    for cell in code_cells(fresh):
        cell.outputs = []
        cell.execution_count = None

    current = {}

    def remember_cell(cell, cell_index, **_):
        current["cell"] = cell

    client = NotebookClient(
        fresh,
        kernel_name=KERNEL_NAME,
        timeout=CELL_TIMEOUT,
        startup_timeout=STARTUP_TIMEOUT,
        allow_errors=False,  # stop at the first error, except in cells tagged raises-exception
        record_timing=False,  # no timestamps in cell metadata: nothing to diff
        on_cell_execute=remember_cell,
        resources={"metadata": {"path": str(path.parent)}},  # the kernel's working directory, as in Lab
    )
    # The kernel's own log (JVM start, crashes) goes to a file, not between the test results.
    KERNEL_LOG_DIR.mkdir(parents=True, exist_ok=True)
    kernel_log = KERNEL_LOG_DIR / (re.sub(r"[^\w.-]+", "_", display_name(path)) + ".log")
    start = time.monotonic()
    try:
        with open(kernel_log, "w", encoding="utf-8") as log:
            client.execute(stdout=log, stderr=log)
    except CellExecutionError as error:
        raise NotebookFailure(describe_error(fresh, current.get("cell"), error)) from None
    except CellTimeoutError:
        raise NotebookFailure(
            f"{cell_label(fresh, current['cell'])}\n  ran longer than {CELL_TIMEOUT} s "
            "(WEIGHTLAB_CELL_TIMEOUT sets the limit)"
        ) from None
    except DeadKernelError:
        where = cell_label(fresh, current["cell"]) if "cell" in current else "before the first cell"
        raise NotebookFailure(
            f"the Java kernel died at {where}\n"
            "  (System.exit in a cell? out of memory? binder/start sets the heap cap in JJAVA_JVM_OPTS)\n"
            f"  the kernel's log: {display_name(kernel_log)}"
        ) from None
    seconds = time.monotonic() - start

    for cell in code_cells(fresh):
        if RAISES_TAG in tags(cell) and not any(o.output_type == "error" for o in cell.outputs):
            raise NotebookFailure(f"{cell_label(fresh, cell)}\n  is tagged {RAISES_TAG!r} but raised nothing")
    return Run(fresh, seconds)


def describe_error(nb, cell, error: CellExecutionError) -> str:
    lines = [cell_label(nb, cell) if cell is not None else "a cell", "  failed with " + error.ename + ":"]
    traceback = ""
    if cell is not None:
        for output in cell.outputs:
            if output.output_type == "error":
                traceback = "\n".join(output.traceback)
    lines.append(indent(ANSI_ESCAPE.sub("", traceback or error.evalue).rstrip()))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Comparing saved and fresh outputs


def sanitise(text: str) -> str:
    for pattern, replacement in SANITISERS:
        text = pattern.sub(replacement, text)
    return text


def joined(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def coalesce_streams(outputs):
    """Stdout may arrive in one piece or several, depending on timing: join each stream's pieces."""
    merged, first_of = [], {}
    for output in outputs:
        if output.output_type == "stream":
            if output.name in first_of:
                first_of[output.name].text += joined(output.text)
                continue
            output = copy.deepcopy(output)
            output.text = joined(output.text)
            first_of[output.name] = output
        merged.append(output)
    return merged


def comparable(output) -> dict:
    """What of an output must match, as {label: text}: its kind, its text after sanitising, and
    which media types it has (binary ones, like image/png, are compared by png_problem)."""
    kind = output.output_type
    if kind == "stream":
        return {output.name: sanitise(joined(output.text))}
    if kind == "error":
        return {"error": f"{output.ename}: " + sanitise(ANSI_ESCAPE.sub("", output.evalue))}
    return {
        f"{kind} {mime}": sanitise(joined(value)) if mime in TEXT_MIME_TYPES else "<binary>"
        for mime, value in output.get("data", {}).items()
    }


def png_image(output):
    value = output.get("data", {}).get("image/png")
    if value is None:
        return None
    return Image.open(io.BytesIO(base64.b64decode(joined(value)))).convert("RGB")


def changed_pixel_fraction(saved: Image.Image, fresh: Image.Image) -> tuple[float, Image.Image]:
    difference = ImageChops.difference(saved, fresh)
    # A pixel changed when its largest channel difference passes the threshold.
    channels = [band.point(lambda v: 255 if v > PIXEL_THRESHOLD else 0) for band in difference.split()]
    changed = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    count = changed.histogram()[255]
    return count / (saved.width * saved.height), changed


def png_problem(
    saved_output, fresh_output, where: str, pixel_check: bool, file_stem: str | None
) -> str | None:
    """Compares the image/png of two outputs; with file_stem, saves images of a difference to look at."""
    saved, fresh = png_image(saved_output), png_image(fresh_output)
    if (saved is None) != (fresh is None):
        now, before = ("an", "no") if fresh else ("no", "an")
        return f"{where}: the fresh run makes {now} image/png, the saved output has {before} image"
    if saved is None:
        return None
    if saved.size != fresh.size:
        return (
            f"{where}: the image is {fresh.width}×{fresh.height} px now,"
            f" {saved.width}×{saved.height} px in the saved output"
        )
    if not pixel_check:
        return None
    fraction, changed = changed_pixel_fraction(saved, fresh)
    if fraction <= PNG_TOLERANCE:
        return None
    message = f"{where}: the image differs in {fraction:.3%} of its pixels (tolerance {PNG_TOLERANCE:.3%})"
    if file_stem is None:
        return message
    DIFF_DIR.mkdir(parents=True, exist_ok=True)
    saved.save(DIFF_DIR / f"{file_stem}-saved.png")
    fresh.save(DIFF_DIR / f"{file_stem}-fresh.png")
    changed.save(DIFF_DIR / f"{file_stem}-changed-pixels.png")
    return f"{message};\n    saved, fresh and changed pixels: {display_name(DIFF_DIR)}/{file_stem}-*.png"


def output_problems(
    saved_output, fresh_output, where: str, pixel_check: bool, file_stem: str | None = None
) -> list[str]:
    saved, fresh = comparable(saved_output), comparable(fresh_output)
    problems = []
    if saved != fresh:
        problems.append(
            f"{where}: the saved output is not what a fresh run shows\n" + text_diff(saved, fresh)
        )
    png = png_problem(saved_output, fresh_output, where, pixel_check, file_stem)
    if png:
        problems.append(png)
    return problems


def text_diff(saved: dict, fresh: dict) -> str:
    def lines(labelled: dict) -> list[str]:
        out = []
        for label, text in labelled.items():
            out += [f"[{label}]"] + text.splitlines()
        return out

    diff = list(difflib.unified_diff(lines(saved), lines(fresh), "saved", "fresh run", lineterm="", n=1))
    if len(diff) > 24:
        diff = diff[:24] + [f"... ({len(diff) - 24} more diff lines)"]
    return indent("\n".join(diff))


def numbered(outputs) -> dict:
    return {
        f"output {i} {label}": text for i, o in enumerate(outputs, 1) for label, text in comparable(o).items()
    }


def differences(saved_nb, fresh_nb, name: str = "notebook") -> list[str]:
    """Readable differences between the saved outputs and a fresh run's, cell by cell."""
    problems = []
    for cell_number, (saved_cell, fresh_cell) in enumerate(
        zip(code_cells(saved_nb), code_cells(fresh_nb)), 1
    ):
        if IGNORE_OUTPUT_TAG in tags(saved_cell):
            continue
        where = cell_label(saved_nb, saved_cell)
        saved_outputs = coalesce_streams(saved_cell.outputs)
        fresh_outputs = coalesce_streams(fresh_cell.outputs)
        if len(saved_outputs) != len(fresh_outputs):
            problems.append(
                f"{where}: {len(fresh_outputs)} output(s) now, {len(saved_outputs)} saved\n"
                + text_diff(numbered(saved_outputs), numbered(fresh_outputs))
            )
            continue
        for number, (saved_output, fresh_output) in enumerate(zip(saved_outputs, fresh_outputs), start=1):
            label = f"{where} [output {number}]" if len(saved_outputs) > 1 else where
            stem = f"{name}-code-cell-{cell_number}-output-{number}"
            problems += output_problems(saved_output, fresh_output, label, not PNG_SIZE_ONLY, stem)
    return problems


# ---------------------------------------------------------------------------------------------
# Writing fresh outputs back (the authoring command)


def shape(output) -> tuple:
    """An output's kind and media types, without its content."""
    return (output.output_type, output.get("name"), tuple(sorted(output.get("data", {}))))


def outputs_to_save(saved_outputs, fresh_outputs, ignore_content: bool = False):
    """The fresh outputs, except that an output equal to the saved one keeps its saved bytes.

    That is what makes a re-run without real changes produce no diff: identity hashes, display ids
    and PNG bytes from another JDK would otherwise change the file every time. In a cell tagged
    ignore-output, outputs of the same kinds count as equal whatever they say (a timing stays put).
    """
    saved_outputs, fresh_outputs = coalesce_streams(saved_outputs), coalesce_streams(fresh_outputs)
    if len(saved_outputs) != len(fresh_outputs):
        return fresh_outputs
    if ignore_content:
        same_shapes = all(shape(a) == shape(b) for a, b in zip(saved_outputs, fresh_outputs))
        return saved_outputs if same_shapes else fresh_outputs
    kept = []
    for saved, fresh in zip(saved_outputs, fresh_outputs):
        same = not output_problems(saved, fresh, "", pixel_check=True)
        kept.append(saved if same else fresh)
    return kept


def notebook_to_save(saved_nb, fresh_nb):
    """The saved notebook with the fresh outputs and stable metadata: no timestamps, counts 1, 2, 3..."""
    result = copy.deepcopy(saved_nb)
    count = 0
    for cell, fresh_cell in zip(code_cells(result), code_cells(fresh_nb)):
        cell.metadata.pop("execution", None)
        if not cell.source.strip():
            cell.outputs, cell.execution_count = [], None
            continue
        count += 1
        cell.outputs = outputs_to_save(cell.outputs, fresh_cell.outputs, IGNORE_OUTPUT_TAG in tags(cell))
        cell.execution_count = count
        for output in cell.outputs:
            if output.output_type == "execute_result":
                output.execution_count = count
    result.metadata["kernelspec"] = dict(KERNELSPEC)
    language_info = dict(fresh_nb.metadata.get("language_info", {}))
    language_info.pop(
        "version", None
    )  # "17.0.15+6-Debian-1deb12u1": a JDK update must not touch every notebook
    result.metadata["language_info"] = language_info
    nbformat.validate(result)
    return result


def write(path: Path, nb) -> bool:
    """Writes the notebook as JupyterLab does; returns whether the file changed."""
    text = nbformat.writes(nb) + "\n"
    if path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def check_kernel_options() -> str | None:
    """The kernel must get binder/start's JVM options, or outputs may differ from Binder's."""
    if "-Djava.awt.headless=true" not in os.environ.get("JJAVA_JVM_OPTS", ""):
        return (
            "JJAVA_JVM_OPTS lacks binder/start's options:"
            " run the notebook tests through ./test.sh (or binder/start)"
        )
    return None
