"""Read articles from ``.txt`` files, ``.jsonl`` files and folders of them."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.model import Article, ReadError

SUFFIXES = (".txt", ".jsonl")


def read_inputs(paths: Sequence[str | Path]) -> Iterator[Article | ReadError]:
    """Yield every article of ``paths`` (files or folders, mixed), in order.

    An input that cannot be read yields a ``ReadError`` instead; reading goes on.
    """
    for path in _input_files(paths):
        if isinstance(path, ReadError):
            yield path
        elif path.suffix == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield _read_txt(path)


def _input_files(paths: Sequence[str | Path]) -> Iterator[Path | ReadError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            yield ReadError(str(path), None, None, "no such file or folder", "check the path")


def _read_txt(path: Path) -> Article | ReadError:
    text = path.read_text(encoding="utf-8")
    return Article(id=path.stem, text=text.strip(), source=str(path))


def _read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            yield Article(
                id=str(record["id"]),
                text=record.get("text") or record.get("raw") or "",
                source=str(path),
                line=number,
                title=record.get("title"),
                url=record.get("url"),
                published=record.get("published"),
                segmented="text" in record,
            )
