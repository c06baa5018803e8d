"""Measure the Java kernel: how long it takes to start, and how much memory it holds running a notebook.

    python tests/measure_kernel.py [NOTEBOOK]        (default: notebooks/00-start-here.ipynb)

- kernel start: from launching the kernel to the first completed execute request (`1 + 1`), which
  is what a learner waits for before their first cell can run;
- per cell: the wall time of each code cell of NOTEBOOK, run in order in that same kernel;
- peak memory: the largest sum of resident set sizes (RSS) over the kernel's process tree, the
  launcher JVM and the kernel JVM that it starts, sampled every 50 ms. Summed RSS counts shared
  pages (libjvm.so and the like) once per JVM, so it slightly overstates what a container pays.

It runs through binder/start, like the tests, so the kernel gets Binder's JVM options (heap cap).
Figures for the README, the closing notes and a teacher's guide come from here.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import nbformat
import psutil
from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.05
MB = 1024 * 1024


class TreeMemorySampler(threading.Thread):
    """Samples the RSS of a process and all its descendants until stopped; keeps the peaks."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peak_total = 0
        self.peak_by_process: dict[int, tuple[str, int]] = {}
        self._stop_event = threading.Event()

    def run(self):
        while not self._stop_event.is_set():
            total = 0
            try:
                processes = [self.root] + self.root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            for process in processes:
                try:
                    rss = process.memory_info().rss
                    label = describe(process)
                except psutil.NoSuchProcess:
                    continue
                total += rss
                _, peak = self.peak_by_process.get(process.pid, (label, 0))
                self.peak_by_process[process.pid] = (label, max(peak, rss))
            self.peak_total = max(self.peak_total, total)
            self._stop_event.wait(SAMPLE_SECONDS)

    def stop(self):
        self._stop_event.set()
        self.join()


def describe(process: psutil.Process) -> str:
    """'launcher JVM' or 'kernel JVM' for JJava's two processes, else the command name."""
    command = " ".join(process.cmdline())
    if "jjava-launcher.jar" in command:
        return "launcher JVM"
    if "jjava.jar" in command:
        return "kernel JVM"
    return process.name()


def run_code(client, code: str, timeout: float) -> str | None:
    """Runs code in the kernel; returns the error text if it raised, else None."""
    errors = []

    def collect(message):
        if message["msg_type"] == "error":
            errors.append(f"{message['content']['ename']}: {message['content']['evalue']}")

    reply = client.execute_interactive(code, timeout=timeout, output_hook=collect)
    if reply["content"]["status"] != "ok":
        return "; ".join(errors) or reply["content"].get("evalue", "error")
    return None


def measure(notebook: Path, timeout: float) -> int:
    nb = nbformat.read(notebook, as_version=4)
    cells = [cell for cell in nb.cells if cell.cell_type == "code" and cell.source.strip()]

    manager = KernelManager(kernel_name="java")
    started = time.monotonic()
    manager.start_kernel(cwd=str(notebook.parent), stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))
    sampler = TreeMemorySampler(manager.provisioner.pid)
    sampler.start()
    client = manager.client()
    client.start_channels()
    failures = 0
    try:
        client.wait_for_ready(timeout=120)
        ready = time.monotonic() - started
        run_code(client, "1 + 1", timeout)
        first_execute = time.monotonic() - started

        print(f"JJAVA_JVM_OPTS: {os.environ.get('JJAVA_JVM_OPTS', '(none)')}")
        print(f"kernel start, launch to first completed execute: {first_execute:6.2f} s")
        print(f"  of which, until it answered kernel_info:        {ready:6.2f} s")
        print(f"cells of {notebook.relative_to(REPO) if notebook.is_relative_to(REPO) else notebook}:")
        cells_started = time.monotonic()
        for number, cell in enumerate(cells, start=1):
            cell_started = time.monotonic()
            error = run_code(client, cell.source, timeout)
            first_line = cell.source.strip().splitlines()[0][:60]
            print(f"  {time.monotonic() - cell_started:6.2f} s  [{number}] {first_line}")
            if error:
                print(f"           raised {error}")
                failures += 1
        print(f"all cells:                                      {time.monotonic() - cells_started:6.2f} s")
    finally:
        sampler.stop()
        client.stop_channels()
        manager.shutdown_kernel(now=False)

    print(f"peak RSS of the kernel's process tree (sum):    {sampler.peak_total / MB:6.0f} MB")
    for label, peak in sorted(sampler.peak_by_process.values(), key=lambda item: -item[1]):
        print(f"  {label:>14}, at its own peak:               {peak / MB:6.0f} MB")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", nargs="?", type=Path, default=REPO / "notebooks" / "00-start-here.ipynb")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per cell (default 120)")
    args = parser.parse_args()
    return measure(args.notebook.resolve(), args.timeout)


if __name__ == "__main__":
    # The kernel must get binder/start's JVM options (heap cap included), as on Binder.
    if "-Djava.awt.headless=true" not in os.environ.get("JJAVA_JVM_OPTS", ""):
        start = REPO / "binder" / "start"
        os.execv(start, [str(start), sys.executable, *sys.argv])
    sys.exit(main())
