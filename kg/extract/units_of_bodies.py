"""A unit named with the body it belongs to: "Ban thanh_tra nhân_dân Trường tiểu_học Tân_Lập 1".

A capitalised noun of a unit (``mentions.units-named-with-body``: "Ban", "Phòng", "Khoa"), a few lowercase
words that name it ("thanh_tra nhân_dân", "cha_mẹ học_sinh") and the name of a body right after
them are one Organization name: "Organisation names keep their head noun and their qualifier ...
the span runs to the end of the qualifying ... parent when it is written straight after the head"
(docs/annotation.md). The tagger often finds the body alone; ``units_with_their_body`` makes the
whole one mention, in place of the body's. Words that only open a clause ("đã", "và", a word of
``common_words.tsv`` kind ``function``), a group that is no unit ("Ban tổ_chức" of a show,
``bodies.not-part-heads``) and the body's own leadership ("Ban giám_hiệu Trường Y",
``bodies.leadership-groups``) make no such name. The unit is a part of the body when the article
names the body alone too (``kg.extract.named_parts``).
"""

from __future__ import annotations

from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.model import AnalysedArticle, EntityType, Mention, Token

_UNIT_NOUNS = frozenset(syllables_of(w) for w in word_list("mentions.units-named-with-body"))
_NOT_UNITS = frozenset(syllables_of(w) for w in (*word_list("bodies.not-part-heads"), *word_list("bodies.leadership-groups")))
#: How many lowercase words may name the unit between its noun and its body.
_UNIT_WORDS = 4


def units_with_their_body(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with each unit written before the name of its body one Organization mention."""
    text = analysed.article.text
    bodies = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION and not m.reference}
    made: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for sentence in analysed.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if not token.text[:1].isupper() or syllables_of(token.text.lower()) not in _UNIT_NOUNS:
                continue
            end = _unit_words_end(tokens, i)
            body = bodies.get(tokens[end].start) if end is not None and end < len(tokens) else None
            if body is None or any(m.start < tokens[end].start and token.start < m.end for m in mentions):
                continue
            replaced.add((body.start, body.end))
            made.append(Mention(analysed.id, sentence.index, token.start, body.end, text[token.start : body.end], EntityType.ORGANIZATION))
    if not made:
        return mentions
    kept = tuple(m for m in mentions if (m.start, m.end) not in replaced)
    return tuple(sorted(kept + tuple(made), key=lambda m: (m.start, m.end)))


def _unit_words_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the first token after the lowercase words naming the unit whose noun is token
    ``i`` ("Ban thanh_tra nhân_dân"), or None when there are none, too many, or a word no unit's
    name holds."""
    function_words = load_lexicon().function_words
    head = syllables_of(tokens[i].text.lower())
    j = i + 1
    while j < len(tokens) and tokens[j].text[:1].islower() and tokens[j].text[:1].isalpha():
        if tokens[j].text.replace("_", " ").lower() in function_words:
            return None
        j += 1
    if j == i + 1 or j - i - 1 > _UNIT_WORDS:
        return None
    words = head + tuple(s for token in tokens[i + 1 : j] for s in syllables_of(token.text.lower()))
    if any(words[:n] in _NOT_UNITS for n in range(len(head) + 1, len(words) + 1)):
        return None  # "Ban tổ_chức" of a show, "Ban giám hiệu" (however segmented) of a school
    return j
