"""In CI (``CI=true``) a part the suite needs that is missing fails the run; locally it is skipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

HOOKS = f"""
import importlib.util
import sys

sys.path.insert(0, {str(ROOT / "tests")!r})
_spec = importlib.util.spec_from_file_location("suite_conftest", {str(ROOT / "tests" / "conftest.py")!r})
_suite = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_suite)
pytest_terminal_summary = _suite.pytest_terminal_summary
pytest_sessionfinish = _suite.pytest_sessionfinish
"""


def _with_the_suites_hooks(folder: Path) -> None:
    """A conftest in ``folder`` taking the suite's own hooks."""
    (folder / "conftest.py").write_text(HOOKS, encoding="utf-8")


PROBE = '''
from helpers import missing, require_module

def test_needs_a_package():
    require_module("kg_no_such_package")

def test_needs_a_program():
    missing("/usr/bin/no-such-browser", "apt-get install it")

def test_runs():
    pass
'''


@pytest.mark.parametrize(("ci", "returncode", "outcome"), [("true", 1, "2 failed, 1 passed"), ("", 0, "1 passed, 2 skipped")])
def test_ci_a_missing_part_fails_in_ci_and_is_skipped_elsewhere(tmp_path: Path, ci: str, returncode: int, outcome: str) -> None:
    (tmp_path / "test_probe.py").write_text(PROBE, encoding="utf-8")
    _with_the_suites_hooks(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env={**os.environ, "CI": ci},
    )
    assert done.returncode == returncode, done.stdout
    assert outcome in done.stdout
    skips = "unexpected skips: 0 (none; CI=true)" if ci else "unexpected skips: 2 (allowed locally; CI=unset)"
    assert skips in done.stdout


def test_ci_any_skip_fails_a_ci_run(tmp_path: Path) -> None:
    (tmp_path / "test_probe.py").write_text("import pytest\n\ndef test_skips():\n    pytest.skip('x')\n", encoding="utf-8")
    _with_the_suites_hooks(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env={**os.environ, "CI": "true"},
    )
    assert done.returncode == 1 and "unexpected skips: 1 (fails the run; CI=true)" in done.stdout, done.stdout


def test_ci_script_checks_chromium_where_the_tests_drive_it() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "[ -x /usr/bin/chromium ]" in script and "export CI=true" in script and "make test" in script
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
