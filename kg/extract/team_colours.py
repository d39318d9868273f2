"""Players tied to a team by its colours or as their own team: "X có bàn thắng thứ 100 trong màu_áo Y",
"X có khởi_đầu như mơ cùng đội_bóng mới Y".

- What the subject of a clause does in a team's colours (``affiliations.colours``:
  "trong màu_áo", "dưới màu_áo") tells the subject plays for it: "Kaka có bàn thắng
  thứ 100 trong màu_áo AC_Milan", "Tiền_đạo X chơi rất hay trong màu_áo Y"; the person
  opens the clause (maybe after a member noun) and no other name, no mark and no word of
  wish or negation stands between the person and the colours; the colours of players
  ("vào lưới các cầu_thủ trong màu_áo Y") are theirs, not the subject's.
- Colours set before the main clause are its subject's: "Trong màu_áo Y , X ghi được 2 bàn".
- A team's line-up (``affiliations.line-up-ties``: "trong đội_hình (xuất_phát) (của)") is read as
  its colours: "X có tên trong đội_hình xuất_phát của Y"; a line-up of the season or of a
  league ("đội_hình tiêu_biểu") is none of these words.
- A noun of one's own team (``affiliations.own-team-nouns``: "đội_bóng mới", "CLB chủ_quản")
  before a team names the clause subject's team as the colours do: "X trở về CLB chủ_quản Y";
  a former team ("đội_bóng cũ") is no such noun.

Each gives ``person –memberOf→ team``; teams joined by "và" are each the person's.
"""

from __future__ import annotations

from kg.extract.clauses import HONORIFICS, NEGATIONS, WISHES, is_barrier, names_person, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership told by a team's colours (docs/confidence.md).
CONFIDENCE = 0.7
#: Colours and line-ups of a team, which may also stand before the main clause ("Trong màu_áo Y , X …").
_COLOURS = phrase_set(*word_list("affiliations.colours"), *word_list("affiliations.line-up-ties"))
_OWN_TEAM_NOUNS = phrase_set(*word_list("affiliations.own-team-nouns"))
_TIES = phrase_set(*word_list("affiliations.colours"), *word_list("affiliations.line-up-ties"), *word_list("affiliations.own-team-nouns"))
_MEMBER_NOUNS = phrase_set(*word_list("affiliations.member-nouns"))
_BODY_NOUNS = phrase_set(*word_list("frames.body-nouns"))
_AND = frozenset(syllables_of(w) for w in word_list("affiliations.and"))


def find_team_colours(view: ArticleView) -> list[Statement]:
    """``person –memberOf→ team`` told by what the person does in the team's colours or with the team
    named as the person's own."""
    found: list[Statement] = []
    for k, first in enumerate(view.first_syllables):
        if first not in _TIES.starts or view.pieces[k].mention is not None:
            continue
        end = view.match_any(k, _TIES)
        if end is None:
            continue
        start, last = view.bounds(k)
        teams = _teams_at(view, end, last)
        if not teams:
            continue
        colours = view.match_any(k, _COLOURS) == end
        if k == start:
            person = _fronted_subject(view, teams[-1] + 1, last) if colours else None
        else:
            person = _clause_subject(view, k, start)
        if person is None:
            continue
        for team in teams:
            evidence = provenance(view, min(k, person), max(team, person), EXTRACTOR, CONFIDENCE)
            found.append(Statement(view.pieces[person].mention, "memberOf", view.pieces[team].mention, evidence))
    return found


def _teams_at(view: ArticleView, k: int, last: int) -> list[int]:
    """The team named at piece ``k`` (maybe after a common noun of its kind) and those joined to it by "và"."""
    teams: list[int] = []
    while (team := _team_at(view, k, last)) is not None:
        teams.append(team)
        if team + 1 >= last or view.pieces[team + 1].syllables not in _AND:
            break
        k = team + 2
    return teams


def _team_at(view: ArticleView, k: int, last: int) -> int | None:
    if k < last and view.pieces[k].mention is None and (end := view.match_any(k, _BODY_NOUNS)) is not None:
        k = end
    mention = view.pieces[k].mention if k < last else None
    ok = mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference
    return k if ok else None


def _person_opening(view: ArticleView, k: int, last: int) -> int | None:
    """The person named at piece ``k``, maybe after a member noun or an honorific ("tiền_đạo X", "anh X")."""
    if k < last and view.pieces[k].mention is None:
        noun = view.match_any(k, _MEMBER_NOUNS)
        if noun is not None:
            k = noun
        elif (honorific := view.match_any(k, HONORIFICS)) is not None:
            k = honorific
    return k if names_person(view, k, last) and not view.pieces[k].mention.reference else None


def _fronted_subject(view: ArticleView, k: int, last: int) -> int | None:
    """"Trong màu_áo Y , X …": the person opening the main clause after the comma at piece ``k``."""
    if k >= last or view.pieces[k].text != ",":
        return None
    return _person_opening(view, k + 1, last)


def _clause_subject(view: ArticleView, k: int, first: int) -> int | None:
    """The person opening the clause the colours at piece ``k`` end, with no name, mark or word of
    wish or negation between them, the colours not right after a member noun ("các cầu_thủ trong màu_áo")."""
    if k - 1 >= first and _ends_member_noun(view, k - 1, first):
        return None
    j = k - 1
    while j >= first and not is_barrier(view.pieces[j]) and view.pieces[j].mention is None:
        if not view.pieces[j].is_word or any(view.match_any(j, words) is not None for words in (NEGATIONS, WISHES)):
            return None
        j -= 1
    if j < first or view.pieces[j].mention is None:
        return None
    person = j
    for opening in range(person, max(first, person - 2) - 1, -1):  # "Tiền_đạo X", "anh X": a noun or an honorific first
        if (opening == first or is_barrier(view.pieces[opening - 1])) and _person_opening(view, opening, k) == person:
            return person
    return None


def _ends_member_noun(view: ArticleView, j: int, first: int) -> bool:
    """Whether a member noun ends at piece ``j`` ("cầu_thủ", "tiền_đạo")."""
    return any(view.match_any(i, _MEMBER_NOUNS) == j + 1 for i in range(max(first, j - 2), j + 1))
