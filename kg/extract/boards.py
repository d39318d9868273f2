"""A company's board named with "của" and its company: "Thành_viên Hội_đồng thành_viên của ACBS".

A board (``roles.boards``: "Hội_đồng quản_trị", "Hội_đồng thành_viên", "Ban kiểm_soát", "HĐQT")
written capitalised after the title of a post at it, then "của" and the body it governs, is a body
of its own: one Organization
mention of the board's words (``board_mentions``); the places reader then makes it a part of
that body (``board –partOf→ company``), and the post a title before it names is the board's
("Chủ_tịch Ban kiểm_soát của Tập_đoàn Y"). Named with no title before it ("Hội_đồng quản_trị của Y
đã họp"), a board is a bare kind of body, no name. Written straight before its company's name, with no "của"
("Chủ_tịch HĐQT Tập_đoàn Hòa_Phát X"), a board stays a word of the title and the post is the
company's, as the annotation has it.
"""

from __future__ import annotations

from kg.lexicon import syllables_of, titles, word_list
from kg.model import AnalysedArticle, EntityType, Mention, Token

_BOARDS = frozenset(syllables_of(w) for w in word_list("roles.boards"))
_LONGEST_BOARD = max(len(board) for board in _BOARDS)
#: How many words the title before a board may have.
_LONGEST_TITLE = 4
#: The word between a board and its company.
_OF = frozenset(syllables_of(w) for w in word_list("roles.body-of"))
#: Types of the body a board governs.
_GOVERNED = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})


def board_mentions(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with each capitalised board written before "của" and a named body one
    Organization mention; a mention that ran the board into its company ("Ban kiểm_soát của
    Tập_đoàn Y") is cut into the board and the company."""
    text = analysed.article.text
    starts = {m.start: m for m in mentions if not m.reference}
    made: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for sentence in analysed.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            end = _board_end(tokens, i)  # a capital word first: the title is looked up for few tokens
            if end is not None and not _titled(tokens, i):
                continue
            if end is None or end + 1 >= len(tokens) or syllables_of(tokens[end].text.lower()) not in _OF:
                continue
            company_start = tokens[end + 1].start
            board = (token.start, tokens[end - 1].end)
            inside = [m for m in mentions if m.start < board[1] and board[0] < m.end]
            swallowing = [m for m in inside if m.start == board[0] and m.end > company_start and m.type in _GOVERNED]
            if swallowing and len(inside) == 1:
                whole = swallowing[0]
                replaced.add((whole.start, whole.end))
                made.append(Mention(analysed.id, sentence.index, company_start, whole.end, text[company_start : whole.end], whole.type))
            elif inside:
                continue  # the words are part of another name
            else:
                company = starts.get(company_start)
                if company is None or company.type not in _GOVERNED:
                    continue
            made.append(Mention(analysed.id, sentence.index, board[0], board[1], text[board[0] : board[1]], EntityType.ORGANIZATION))
    if not made:
        return mentions
    kept = tuple(m for m in mentions if (m.start, m.end) not in replaced)
    return tuple(sorted(kept + tuple(made), key=lambda m: (m.start, m.end)))


def _titled(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the words right before token ``i`` end with the title of a post ("Thành_viên", "Chủ_tịch")."""
    known = titles()
    syllables: tuple[str, ...] = ()
    for j in range(i - 1, max(-1, i - 1 - _LONGEST_TITLE), -1):
        syllables = syllables_of(tokens[j].text.lower()) + syllables
        if syllables in known:
            return True
    return False


def _board_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index past the board's words starting at token ``i``, written capitalised, or None."""
    if not tokens[i].text[:1].isupper():
        return None
    found = None
    syllables: tuple[str, ...] = ()
    for j in range(i, min(len(tokens), i + _LONGEST_BOARD)):
        syllables += syllables_of(tokens[j].text.lower())
        if len(syllables) > _LONGEST_BOARD:
            break
        if syllables in _BOARDS:
            found = j + 1
    return found

