"""Paths and small helpers shared by the tests (fixtures live in ``conftest.py``)."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes ({} when there is no folder)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def in_ci() -> bool:
    """True on the CI machine (``CI=true``), where every part the suite needs must be there."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def missing(what: str, how: str) -> None:
    """Skip the test when ``what`` is not installed here, but fail it in CI: a run
    that left a part untested must not pass as green."""
    message = f"{what} is missing: {how}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: every part must be present)", pytrace=False)
    pytest.skip(message, allow_module_level=True)


def require_module(name: str, how: str | None = None) -> ModuleType:
    """``import name``, or :func:`missing` when it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"the Python package {name!r}", how or "run `make test`, which installs the test extras")
        raise  # not reached: missing() always raises
