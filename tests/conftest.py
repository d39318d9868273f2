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
