"""Where the clause that a word joining two verb phrases goes on starts: "A cho_biết X học tiếng Nga và
đã tới Z" goes on the clause of X, opened after the verb of saying, not the sentence of A."""

from __future__ import annotations

from kg.extract.frames import ends_with_any, phrase_set, saying_verbs
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list

#: Marks after which a new clause starts, with its own subject.
_CLAUSE_MARKS = frozenset({":", ";", '"', "“", "”", "«", "»"})
#: Words after which a reported clause starts ("cho_biết rằng X …").
_THAT = phrase_set(*word_list("events.that"))


def clause_start(view: ArticleView, link: int, first: int) -> int:
    """The first piece of the clause that the word at piece ``link`` goes on: after the last mark or
    verb of saying before it, else ``first``, the sentence's first."""
    for k in range(link - 1, first - 1, -1):
        piece = view.pieces[k]
        if piece.mention is not None:
            continue
        if piece.is_quote_mark or piece.text in _CLAUSE_MARKS:
            return k + 1
        if ends_with_any(view, k, saying_verbs(), first) is not None or view.match_any(k, _THAT) == k + 1:
            return k + 1
    return first
