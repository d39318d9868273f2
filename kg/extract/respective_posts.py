"""Posts of several officials listed with their titles in the same order.

News names the heads of one body together: "Ông A và ông B lần_lượt là Chủ_tịch và Phó Chủ_tịch
UBND tỉnh Y" (the names, "lần_lượt" and maybe a verb of holding, then the titles) or "Chủ_tịch
và Phó Chủ_tịch UBND tỉnh Y là ông A và ông B" (the titles opening the clause, "là", then the
names). The n-th name holds the n-th title; a title written with no body of its own is held at
the body written after the last title. Both lists must have as many items, two at least, and
the last title must name its body; "lần_lượt" (respectively) is ``roles.respectively`` of
``ontology/words.tsv``.
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.apposed_titles import apposed_title
from kg.extract.clauses import is_barrier, title_starting_at
from kg.extract.frames import HONORIFICS
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import CONFIDENCE_TITLE_LIST, FORMER_WORDS, as_past, pieces_span, post_statements, title_of
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

#: "lần_lượt" (respectively) before the titles of a list of names.
_RESPECTIVELY = Phrases(syllables_of(w) for w in word_list("roles.respectively"))
#: Verbs of holding after it ("lần_lượt giữ chức") and the copula between titles and names.
_HOLDS = Phrases(syllables_of(w) for w in word_list("roles.holds"))
_COPULA = Phrases(syllables_of(w) for w in word_list("roles.copula"))
#: Words and marks joining the items of a list.
_JOINERS = frozenset({",", "và"})
#: Honorifics of one word before a name ("ông A và bà B").
_SINGLE_HONORIFICS = frozenset(p for p in HONORIFICS if len(p) == 1)
#: How many items a list may have at most.
_MOST_ITEMS = 6

#: A title of the list: (title, its own bodies, first piece, piece past it, title span).
_Item = tuple[lexicon.Title, list[Mention], int, int, tuple[int, int]]


def find_respective_posts(view: ArticleView) -> list[Statement]:
    """Every post given by a list of names and a list of titles in the same order."""
    found: list[Statement] = []
    # Titles before names need the copula within their sentence: the others are not read for them.
    with_copula = {view.pieces[i].sentence for i in view.word_starts(_COPULA)}
    for k, piece in enumerate(view.pieces):
        first = view.bounds(k)[0]
        if k > first and not is_barrier(view.pieces[k - 1]):
            continue
        found.extend(_names_then_titles(view, k))
        if piece.sentence in with_copula:
            found.extend(_titles_then_names(view, k))
    return found


def _names_then_titles(view: ArticleView, k: int) -> list[Statement]:
    """"Ông A và ông B lần_lượt là Chủ_tịch và Phó Chủ_tịch UBND tỉnh Y": the names opening the
    clause at piece ``k``, "lần_lượt", a verb of holding and the titles."""
    last = view.bounds(k)[1]
    names, i = _names(view, k, last)
    if len(names) < 2 or (after := view.match_any(i, _RESPECTIVELY)) is None:
        return []
    i = view.match_any(after, _HOLDS) or after
    titles = _titles(view, i, last)
    return _paired(view, names, titles)


def _titles_then_names(view: ArticleView, k: int) -> list[Statement]:
    """"Chủ_tịch và Phó Chủ_tịch UBND tỉnh Y là ông A và ông B": the titles opening the clause
    at piece ``k``, maybe "lần_lượt", the copula and the names."""
    last = view.bounds(k)[1]
    titles = _titles(view, k, last)
    if len(titles) < 2:
        return []
    i = titles[-1][3]
    i = view.match_any(i, _RESPECTIVELY) or i
    copula = view.match_any(i, _COPULA) if i < last else None
    if copula is None:
        return []
    names, _ = _names(view, copula, last)
    return _paired(view, names, titles)


def _names(view: ArticleView, i: int, last: int) -> tuple[list[int], int]:
    """The pieces of the names of a list opening at piece ``i`` ("ông A , ông B và bà C"), and the
    piece past it."""
    names: list[int] = []
    while i < last and len(names) < _MOST_ITEMS:
        j = i + 1 if view.pieces[i].is_word and view.pieces[i].syllables in _SINGLE_HONORIFICS else i
        mention = view.pieces[j].mention if j < last else None
        if mention is None or mention.type is not EntityType.PERSON or mention.reference:
            break
        names.append(j)
        i = j + 1
        if i + 1 >= last or view.pieces[i].text not in _JOINERS:
            break
        i += 1
    return names, i


def _titles(view: ArticleView, i: int, last: int) -> list[_Item]:
    """The titles of a list opening at piece ``i`` ("Chủ_tịch , Phó Chủ_tịch và Ủy_viên UBND tỉnh
    Y"); [] when the last names no body."""
    items: list[_Item] = []
    while i < last and len(items) < _MOST_ITEMS:
        item = _title(view, i, last)
        if item is None:
            break
        items.append(item)
        i = item[3]
        if i + 1 >= last or view.pieces[i].text not in _JOINERS:
            break
        i += 1
    return items if items and items[-1][1] else []


def _title(view: ArticleView, i: int, last: int) -> _Item | None:
    """The title at piece ``i`` with its bodies, or with none when a joiner of the list follows it."""
    found = apposed_title(view, i, last)
    if found is not None:
        title, bodies, end, _, span = found
        return title, bodies, i, end, span
    former = view.pieces[i].is_word and view.pieces[i].syllables in FORMER_WORDS
    start = i + 1 if former else i
    mention = view.pieces[start].mention if start < last else None
    if mention is not None:
        title = title_of(view.pieces[start].syllables) if mention.reference and not view.inner(mention) else None
        end = start + 1
    else:
        bare = title_starting_at(view, start)
        title, end = (bare[1], bare[0]) if bare is not None else (None, start)
    if title is None or end >= last or view.pieces[end].text not in _JOINERS:
        return None
    return as_past(title) if former else title, [], i, end, pieces_span(view, start, end)


def _paired(view: ArticleView, names: list[int], titles: list[_Item]) -> list[Statement]:
    """The n-th name's post of the n-th title, at its own body or at the last title's."""
    if len(names) < 2 or len(names) != len(titles) or not titles[-1][1]:
        return []
    shared = titles[-1][1]
    made: list[Statement] = []
    for k, (title, bodies, start, end, span) in zip(names, titles):
        person = view.pieces[k].mention
        first, past = min(k, start), max(k, end - 1)
        made.extend(post_statements(view, person, title, bodies or shared, first, past, CONFIDENCE_TITLE_LIST, span))
    return made
