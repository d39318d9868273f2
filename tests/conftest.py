"""Fixtures shared by the test modules; built once per session, never changed by a test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import SEEDS  # noqa: E402

from kg.model import Article  # noqa: E402
from kg.pipeline import BuildResult, run_pipeline  # noqa: E402
from kg.reader import read_inputs  # noqa: E402


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    """The articles of ``seeds/``, as read."""
    return [a for a in read_inputs([SEEDS]) if isinstance(a, Article)]


@pytest.fixture(scope="session")
def seeds_build() -> BuildResult:
    """The whole pipeline run on ``seeds/`` (no files written)."""
    return run_pipeline([SEEDS])


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001 - pytest's hook
    """One line counting the skipped tests; in CI (``CI=true``) any skip fails the run."""
    from helpers import in_ci

    skipped = len(terminalreporter.stats.get("skipped", []))
    verdict = "fails the run" if in_ci() and skipped else "allowed locally" if skipped else "none"
    terminalreporter.write_line(f"unexpected skips: {skipped} ({verdict}; CI={'true' if in_ci() else 'unset'})")


def pytest_sessionfinish(session, exitstatus) -> None:  # noqa: ANN001 - pytest's hook
    from helpers import in_ci

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if in_ci() and reporter is not None and reporter.stats.get("skipped") and exitstatus == 0:
        session.exitstatus = 1
