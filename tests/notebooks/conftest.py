"""Shared pytest set-up for the notebook tests: the kernel's options, and a table of wall times."""

import pytest

import notebook_check

WALL_TIMES: dict[str, float] = {}


def pytest_sessionstart(session):
    problem = notebook_check.check_kernel_options()
    if problem:
        raise pytest.UsageError(problem)


@pytest.fixture
def wall_time(request):
    """Call with the seconds a notebook took; they are printed at the end of the run."""

    def record(seconds: float):
        WALL_TIMES[request.node.callspec.id] = seconds

    return record


def pytest_terminal_summary(terminalreporter):
    if not WALL_TIMES:
        return
    terminalreporter.section("notebook wall time (kernel start to last cell)")
    for name, seconds in WALL_TIMES.items():
        terminalreporter.write_line(f"{seconds:7.1f} s  {name}")
