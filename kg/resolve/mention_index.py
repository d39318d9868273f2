"""Each mention's entity, by mention key, held compact: the table a resolution keeps for the
graph and every exporter, one row per mention of the build."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping

MentionKey = tuple[str, int, int]  # (article id, start, end): ``Mention.key``

#: Bits of a packed span given to its end; its start takes the bits above them.
_END_BITS = 32
_END_MASK = (1 << _END_BITS) - 1


class MentionIndex(Mapping[MentionKey, str]):
    """A read-only mapping from mention keys to entity ids, as a ``dict`` of them would map them.

    Held by article: the spans of an article's mentions, each packed in one
    machine integer and sorted, beside their entity ids (strings the entities
    share), instead of a key tuple and a table slot per mention. Given a key
    twice, the last entity given wins. Iterates in key order.
    """

    __slots__ = ("_articles", "_length")

    def __init__(self, pairs: Iterable[tuple[MentionKey, str]] = ()) -> None:
        # Appended per article as they come; each article sorted once all are in.
        spans: dict[str, array] = {}
        given: dict[str, list[str]] = {}
        for (article_id, start, end), entity_id in pairs:
            if article_id not in spans:
                spans[article_id], given[article_id] = array("q"), []
            spans[article_id].append(_packed(start, end))
            given[article_id].append(entity_id)
        self._articles: dict[str, tuple[array, tuple[str, ...]]] = {}
        self._length = 0
        for article_id in sorted(spans):
            packed, entity_ids = spans.pop(article_id), given.pop(article_id)
            last = {span: at for at, span in enumerate(packed)}
            order = sorted(last)
            self._articles[article_id] = (array("q", order), tuple(entity_ids[last[span]] for span in order))
            self._length += len(order)

    def __getitem__(self, key: MentionKey, /) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: MentionKey, default: str | None = None, /) -> str | None:  # type: ignore[override]
        """The entity of the mention ``key``, or ``default``: the lookup a build makes for every mention it reads."""
        held = self._articles.get(key[0])
        if held is None or not (0 <= key[1] and 0 <= key[2] <= _END_MASK):
            return default
        spans, entity_ids = held
        packed = _packed(key[1], key[2])
        at = bisect_left(spans, packed)
        if at < len(spans) and spans[at] == packed:
            return entity_ids[at]
        return default

    def __contains__(self, key: object, /) -> bool:
        return isinstance(key, tuple) and len(key) == 3 and self.get(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[MentionKey]:
        for article_id, (spans, _) in self._articles.items():
            for packed in spans:
                yield (article_id, packed >> _END_BITS, packed & _END_MASK)

    def __len__(self) -> int:
        return self._length

    def __repr__(self) -> str:
        return f"MentionIndex({len(self)} mentions in {len(self._articles)} articles)"


def _packed(start: int, end: int) -> int:
    if not (0 <= start and 0 <= end <= _END_MASK):
        raise ValueError(f"a mention spans characters {start}-{end}: offsets are counted from 0, below {_END_MASK + 1}")
    return (start << _END_BITS) | end
