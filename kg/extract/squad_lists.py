"""Players named as what a side's line-up holds, or as a pair of its own: "đội_hình Bayern có A và B",
"bộ_đôi A - B của Milan".

A noun of a side's line-up or squad (``affiliations.lineup-nouns``: "đội_hình",
"đội_hình xuất_phát", "danh_sách triệu_tập"), maybe "của", then a body's name,
then a verb by which the body names its members right after it
(``affiliations.body-has``: "có", "gồm") and the persons listed right after the
verb, maybe after an article and a member noun ("gồm các cầu_thủ A , B và C"):
each person plays for the body. A line-up noun with a word of its own that
names no side's squad ("đội_hình tiêu_biểu") gives none, as does a verb that is
not right after the body ("đội_hình Y không có A") or anything but names after it
("đội_hình Y có_thể thiếu A").

A word that pairs or groups players (``affiliations.position-groups``: "cặp",
"bộ_đôi", "bộ_ba"), two persons at least joined by dashes, commas or "và",
then "của" and a body's name: each person is the body's ("bộ_ba A , B và C của
Y"); a country after "của" is a nationality, not a side.

Each gives ``player –memberOf→ team``.
"""

from __future__ import annotations

from kg.extract.frames import names_person, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership read from what a side's line-up holds (docs/confidence.md).
CONFIDENCE = 0.7
_LINEUP_NOUNS = phrase_set(*word_list("affiliations.lineup-nouns"))
_OF = phrase_set(*word_list("affiliations.of"))
_BODY_HAS = phrase_set(*word_list("affiliations.body-has"))
_ARTICLES = frozenset(syllables_of(w) for w in word_list("affiliations.articles"))
_MEMBER_NOUNS = phrase_set(*word_list("affiliations.member-nouns"))
_GROUPS = phrase_set(*word_list("affiliations.position-groups"))
#: Marks between the items of a list of names.
_LIST_MARKS = frozenset({",", "và"})
#: Marks between the names of a pair or group ("A - B", "A , B và C").
_GROUP_MARKS = frozenset({",", "và", "-", "–"})


def find_squad_lists(view: ArticleView) -> list[Statement]:
    """``player –memberOf→ team`` for the persons a side's line-up is said to hold."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        if piece.mention is not None or not piece.is_word:
            continue
        last = view.bounds(k)[1]
        statements.extend(_group_of(view, k, last))
        end = view.match_any(k, _LINEUP_NOUNS)
        if end is None:
            continue
        team = view.match_any(end, _OF) or end if end < last else end
        mention = view.pieces[team].mention if team < last else None
        if mention is None or mention.type is not EntityType.ORGANIZATION or mention.reference:
            continue
        verb = view.match_any(team + 1, _BODY_HAS) if team + 1 < last else None
        if verb is None:
            continue
        for player in _listed_after(view, verb, last):
            evidence = provenance(view, k, player, EXTRACTOR, CONFIDENCE)
            statements.append(Statement(view.pieces[player].mention, "memberOf", mention, evidence))
    return statements


def _group_of(view: ArticleView, k: int, last: int) -> list[Statement]:
    """"bộ_đôi A - B của Y": the persons a word of a group at piece ``k`` opens, two at least, are those
    of the body after "của" right after them."""
    j = view.match_any(k, _GROUPS)
    if j is None:
        return []
    players: list[int] = []
    while names_person(view, j, last):
        players.append(j)
        j += 1
        if j + 1 < last and view.pieces[j].text in _GROUP_MARKS and names_person(view, j + 1, last):
            j += 1
    link = view.match_any(j, _OF) if j < last and len(players) >= 2 else None
    team = view.pieces[link].mention if link is not None and link < last else None
    if team is None or team.type is not EntityType.ORGANIZATION or team.reference:
        return []
    return [
        Statement(view.pieces[p].mention, "memberOf", team, provenance(view, k, link, EXTRACTOR, CONFIDENCE)) for p in players
    ]


def _listed_after(view: ArticleView, j: int, last: int) -> list[int]:
    """The persons listed from piece ``j`` on ("A , B và C"), each maybe after an article and a member
    noun ("các cầu_thủ A", "tiền_đạo B"); none when anything else comes first."""
    players: list[int] = []
    while j < last:
        while j < last and view.pieces[j].mention is None and view.pieces[j].syllables in _ARTICLES:
            j += 1
        if j < last and view.pieces[j].mention is None:
            j = view.match_any(j, _MEMBER_NOUNS) or j
        if not names_person(view, j, last):
            break
        players.append(j)
        j += 1
        if j >= last or view.pieces[j].text not in _LIST_MARKS:
            break
        j += 1
    return players
