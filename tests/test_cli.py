"""The ``kg`` command as a user meets it: one-line errors with exit status 2 instead of
tracebacks, standard input, ``--version``, and help that reads as help."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest

from helpers import SEEDS
from kg.export.turtle import export as export_turtle

SENTENCE = "Tổng_thống Nga Vladimir_Putin gặp Chủ_tịch Triều_Tiên Kim_Jong-un tại Hà_Nội hôm_qua ."
COMMANDS = ["build", "extract", "query", "serve", "explain", "eval", "neo4j push"]


def kg(*arguments: str, stdin: bytes | None = None, env: dict[str, str] | None = None, cwd: Path | None = None):
    """``kg ARGUMENTS`` in its own process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *arguments],
        input=stdin,
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def one_line_error(done: subprocess.CompletedProcess) -> str:
    """The single ``kg: …`` line of a failed command (exit status 2, nothing else on stderr)."""
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    lines = [line for line in stderr.splitlines() if not line.startswith("kg: skipped ")]
    assert len(lines) == 1 and lines[0].startswith("kg: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("graph")
    g = nx.MultiDiGraph()
    g.add_node("person/a", kind="entity", type="Person", label="A", aliases=(), same_as=(), mentions=1, articles=())
    export_turtle(g, folder, "https://kg.example.org/")
    return folder / "graph.ttl"


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nothing.rq"


def _not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.rq"
    path.write_bytes("SELECT ?é WHERE { ?é ?p ?o }".encode("latin-1"))
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "queries.rq"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_missing, "nothing.rq: no such file"),
        (_not_utf8, "latin1.rq: not UTF-8 (bad byte at offset 8)"),
        (_folder, "queries.rq: is a folder"),
    ],
)
def test_cli_query_file_that_cannot_be_read_is_one_line(
    graph: Path, tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    line = one_line_error(kg("query", str(graph), "-f", str(make(tmp_path))))
    assert expected in line


def test_cli_serve_on_a_busy_port_is_one_line(graph: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_line_error(kg("serve", str(graph), "--port", str(port)))
    assert f"is port {port} already in use? Choose another with --port" in line


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "https://example.org", "127.0.0.1:7687", "ftp://x"])
def test_cli_neo4j_push_with_a_uri_that_is_not_bolt_is_one_line(graph: Path, uri: str) -> None:
    line = one_line_error(kg("neo4j", "push", str(graph), "--uri", uri, "--password", "p"))
    assert line == f"kg: {uri}: not a Bolt address; give --uri bolt://HOST:7687 " \
                   "(or bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://)"


def test_cli_neo4j_push_reads_its_uri_from_the_environment(graph: Path) -> None:
    line = one_line_error(kg("neo4j", "push", str(graph), env={"NEO4J_URI": "http://from-env:7474",
                                                              "NEO4J_PASSWORD": "p"}))
    assert line.startswith("kg: http://from-env:7474: not a Bolt address")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"id": "person/a", broken\n', "entities.jsonl:1: not an entity record"),
        (b"\xff\xfe\x00garbage", "entities.jsonl: not UTF-8 (bad byte at offset 0)"),
        (b"[1, 2, 3]\n", "entities.jsonl:1: not an entity record"),
        (b'"just a string"\n', "entities.jsonl:1: not an entity record"),
        (b'{"id": "x", "category": "person", "name": "X", "keys": 5}\n', "entities.jsonl:1: not an entity record"),
        (b'{"id": "x", "category": "person", "name": "X", "keys": ' + b"[" * 20_000 + b"]" * 20_000 + b"}\n",
         "entities.jsonl:1: not an entity record"),
        (None, "entities.jsonl: cannot read it (Is a directory)"),
    ],
    ids=["bad-json", "not-utf8", "a-list", "a-string", "keys-a-number", "nested-deep", "a-folder"],
)
def test_cli_build_with_a_damaged_entity_registry_is_one_line(tmp_path: Path, content: bytes | None, expected: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    if content is None:
        (out / "entities.jsonl").mkdir()
    else:
        (out / "entities.jsonl").write_bytes(content)
    line = one_line_error(kg("build", str(SEEDS), "--out", str(out)))
    assert expected in line and "delete the file" in line
    assert sorted(p.name for p in out.iterdir()) == ["entities.jsonl"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not json\n", "resolution.jsonl:1: not a resolution record"),
        (b"\xff\xfe\xfd\n", "resolution.jsonl: not UTF-8"),
    ],
)
def test_cli_explain_with_a_damaged_resolution_file_is_one_line(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "resolution.jsonl").write_bytes(content)
    assert expected in one_line_error(kg("explain", "Putin", "--out", str(tmp_path)))


def test_cli_extract_exits_non_zero_when_nothing_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    done = kg("extract", str(tmp_path / "empty.txt"), str(tmp_path / "absent.txt"))
    assert one_line_error(done) == f"kg: no article could be read from {tmp_path / 'empty.txt'}, {tmp_path / 'absent.txt'}"
    stderr = done.stderr.decode()
    assert "kg: skipped " in stderr and "empty file" in stderr and "no such file or folder" in stderr
    assert done.stdout == b""


@pytest.mark.parametrize(
    ("stdin", "ids"),
    [
        (SENTENCE.encode(), ["stdin"]),
        ((json.dumps({"id": "a1", "text": SENTENCE}) + "\n" + json.dumps({"id": "a2", "raw": "Ông Putin nói."})).encode(),
         ["a1", "a2"]),
    ],
    ids=["text", "jsonl"],
)
def test_cli_extract_reads_standard_input(stdin: bytes, ids: list[str]) -> None:
    done = kg("extract", "-", stdin=stdin)
    assert done.returncode == 0, done.stderr.decode()
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == ids
    assert all(r["source"] == "<stdin>" for r in records)
    assert any(m["text"] in ("Vladimir_Putin", "Putin") for r in records for m in r["mentions"])


def test_cli_version() -> None:
    done = kg("--version")
    assert done.returncode == 0
    assert re.fullmatch(r"kg \d+\.\d+\.\d+\n", done.stdout.decode())


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_has_no_type_tags_and_one_example(command: str) -> None:
    done = kg(*command.split(), "--help", env={"COLUMNS": "200"})
    assert done.returncode == 0
    text = done.stdout.decode()
    assert not re.search(r"<(?:bool|str|int|float|path|list\[\w+\]|\w+ range)>", text, re.IGNORECASE), text
    examples = re.findall(r"Example: kg (\S+(?: push)?)", text)
    assert examples == [command], text


def test_cli_top_level_help_lists_every_command_without_type_tags() -> None:
    text = kg("--help", env={"COLUMNS": "200"}).stdout.decode()
    assert "<bool>" not in text and "--version" in text
    for command in ("build", "extract", "query", "serve", "explain", "eval", "neo4j"):
        assert re.search(rf"│ {command}\s", text), command
