"""Run notebooks with the real `java` kernel; check them, or write their fresh outputs back.

    python tests/notebooks/execute.py [NOTEBOOK ...]           run and report differences
    python tests/notebooks/execute.py --write [NOTEBOOK ...]   run and save the fresh outputs

Without NOTEBOOK, every notebook under notebooks/. ./test.sh --update calls this with --write.
Writing keeps a saved output wherever the fresh one equals it (see notebook_check), strips
execution timestamps and numbers the cells 1, 2, 3..., so a re-run without real changes leaves
the files untouched. A notebook whose run fails is not written.
"""

import argparse
import os
import sys
from pathlib import Path

import notebook_check as nc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save the fresh outputs into the notebooks")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every notebook under notebooks/")
    args = parser.parse_args()

    paths = [p.resolve() for p in args.notebooks] or nc.notebook_paths()
    failed = 0
    for path in paths:
        name = nc.display_name(path)
        saved = nc.nbformat.read(path, as_version=4)
        try:
            run = nc.execute(path)
        except nc.NotebookFailure as failure:
            print(f"FAILED   {name}\n{nc.indent(str(failure))}", flush=True)
            failed += 1
            continue
        if args.write:
            changed = nc.write(path, nc.notebook_to_save(saved, run.notebook))
            print(f"{'written' if changed else 'same':8} {name} ({run.seconds:.1f} s)", flush=True)
            problems = nc.saved_problems(nc.nbformat.read(path, as_version=4))
        else:
            problems = nc.saved_problems(saved) + nc.differences(saved, run.notebook, path.stem)
            print(f"{'differs' if problems else 'same':8} {name} ({run.seconds:.1f} s)", flush=True)
        if problems:
            print(nc.indent("\n".join(problems)), flush=True)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    # The kernel must get binder/start's JVM options; run through it when called directly.
    if nc.check_kernel_options():
        start = nc.REPO / "binder" / "start"
        os.execv(start, [str(start), sys.executable, *sys.argv])
    sys.exit(main())
