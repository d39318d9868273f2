"""Checks and rewrites of SPARQL query text, made before a query runs.

A query may not call other endpoints (``SERVICE``), and a query that could
return more than a set number of results is given a ``LIMIT``. Both work on
the query's tokens with strings, IRIs and comments masked out, so a
``SERVICE`` or a brace inside a literal is not mistaken for syntax.
"""

from __future__ import annotations

import re

#: Results (solutions, or triples' solutions) a query returns at most, by default.
DEFAULT_RESULT_LIMIT = 10_000

_MASKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)
_FORM = re.compile(r"(?<![\w:?$])(SELECT|CONSTRUCT|DESCRIBE|ASK)(?![\w:-])", re.IGNORECASE)
_VALUES = re.compile(r"(?<![\w:?$])VALUES(?![\w:-])", re.IGNORECASE)
_LIMIT = re.compile(r"(?<![\w:?$])LIMIT\s+(\d+)", re.IGNORECASE)


class QueryRefused(ValueError):
    """A query that kg will not run, with why."""


def masked(sparql: str) -> str:
    """``sparql`` with every string, IRI and comment replaced by spaces of the same length."""
    return _MASKED.sub(lambda m: " " * len(m.group()), sparql)


def refuse_service(sparql: str) -> None:
    """Raise ``QueryRefused`` when ``sparql`` calls another endpoint with ``SERVICE``.

    kg answers from the graph it was given and never makes a request of its own.
    """
    found = _SERVICE.search(masked(sparql))
    if found:
        line = sparql.count("\n", 0, found.start()) + 1
        raise QueryRefused(
            f"SERVICE at line {line} is refused: kg queries only its own graph and makes no outbound request; "
            "remove the SERVICE clause"
        )


def with_result_limit(sparql: str, limit: int) -> str:
    """``sparql`` returning at most ``limit`` solutions: its own ``LIMIT`` when that is
    lower, else ``LIMIT limit`` in the place of the query's solution modifiers.

    ASK queries and queries without a WHERE clause (``DESCRIBE <iri>``) are returned as they are.
    """
    text = masked(sparql)
    form = _FORM.search(text)
    if form is None or form.group(1).upper() == "ASK":
        return sparql
    groups = _top_level_groups(text)
    after_form = text[form.end() :].lstrip()
    where_index = 1 if form.group(1).upper() == "CONSTRUCT" and after_form.startswith("{") else 0
    groups = [g for g in groups if g[0] > form.start()]
    if len(groups) <= where_index:
        return sparql
    where_end = groups[where_index][1]
    values = _VALUES.search(text, where_end)
    region_end = values.start() if values else len(text)
    own = _LIMIT.search(text, where_end, region_end)
    if own is not None:
        if int(own.group(1)) <= limit:
            return sparql
        return sparql[: own.start(1)] + str(limit) + sparql[own.end(1) :]
    return sparql[:region_end] + f"\nLIMIT {limit}\n" + sparql[region_end:]


def _top_level_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ``{ … }`` group at brace depth zero, end past its ``}``."""
    groups = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "{":
            if depth == 0:
                start = index
            depth += 1
        elif char == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1))
    return groups
