"""Posts told by a verb of holding or of succession after the person's name.

A verb of holding may stand between the name and the title ("X giữ chức Tổng_giám_đốc ACBS",
"X hiện là Chủ_tịch Y", "X là một trong những Phó Chủ_tịch Y"), maybe with a noun of a post
before the title ("X đảm_nhiệm cương_vị Chủ_tịch Y", ``roles.post-nouns``), a past one with
"từng/thôi" ("X từng là Bộ_trưởng Y"), also inside
brackets after the name ("X ( trước_đó là thành_viên HĐTV ACBS )") or past them ("X ( 45 tuổi
) làm Tổng_giám_đốc Y"). After a verb of succession the successor holds the post and the one
succeeded held it ("X lên thay ông Y làm Chủ_tịch Z"); a list of names opened by a plural word
before the verb gives each name the post ("các ông A , B và C là thành_viên HĐQT Y").

The verb may be told otherwise: after the age between commas ("X , 52 tuổi , hiện là …"), in
a relative clause ("X , người từng giữ chức …"), as the capacity one acts in ("X , trên
cương_vị …", ``roles.capacity``), as a passive verb of appointing with its agent ("X được
Thủ_tướng bổ_nhiệm làm …", ``roles.appoints``); a verb of leaving before the title ("X vừa
từ_chức Tổng_giám_đốc Y", ``roles.left-post``) makes the post a past one.

A pronoun standing as the subject may stand for the name ("Ông được điều_động làm Bí_thư
Tỉnh_ủy Y"): the post is then the person's the pronoun means (``resolve_pronoun``), a past one
also after a word of the past before the pronoun ("Trước_đó , bà giữ chức Phó Chủ_tịch Z").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.apposed_titles import ASIDE_REACH, apposed_title, past_age
from kg.extract.frames import HONORIFICS, PRONOUNS, ends_with_any, resolve_pronoun
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import CAPACITY, CONFIDENCE_HOLDS, PLURAL_TITLE_WORDS, as_past, post_statements, verb_after_adverbs
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

#: Verbs that say the person holds the post named after them ("X giữ chức Tổng_giám_đốc ACBS").
#: Phrases of the capacity one acts in ("trên cương_vị") are read as such verbs too.
_HOLDS = Phrases([*(syllables_of(w) for w in word_list("roles.holds")), *CAPACITY])
#: Words before such a verb that make the post a past one ("X từng giữ chức …", "X thôi giữ chức …").
_HELD_BEFORE = Phrases(syllables_of(w) for w in word_list("roles.held-before"))
#: Adverbs allowed between the name and such a verb ("X hiện còn là …").
_HOLDS_ADVERBS = Phrases(syllables_of(w) for w in word_list("roles.holds-adverbs"))
#: Verbs of succession between a successor and the one succeeded ("X lên thay ông Y làm …").
_SUCCEEDS = Phrases(syllables_of(w) for w in word_list("roles.succeeds"))
#: Confidence of a post whose holder is a pronoun's (docs/confidence.md): the verb of holding's 0.75, less
#: 0.20 as for any argument read through a pronoun.
CONFIDENCE_PRONOUN_HOLDS = 0.55
#: "được" and the verbs of appointing it makes passive, with their agent between them ("X được
#: Thủ_tướng bổ_nhiệm giữ chức Y"): a verb of holding follows.
_APPOINTED = Phrases(syllables_of(w) for w in word_list("roles.appointed"))
_APPOINTS = Phrases(syllables_of(w) for w in word_list("roles.appoints"))
#: How many pieces the agent of such a verb may have ("Chủ_tịch nước", "Hội_đồng thành_viên").
_AGENT_REACH = 4
#: Words that open a relative clause after a name and a comma or a dash ("X , người từng giữ chức Y").
_RELATIVES = Phrases(syllables_of(w) for w in word_list("roles.holder-relatives"))
#: Marks between a name and such a clause.
_RELATIVE_MARKS = frozenset({",", "-", "–"})
#: Verbs of leaving a post ("từ_chức", "bị cách_chức"), then maybe a noun of a post ("chức_vụ"), then
#: the title: the post is a past one ("X vừa từ_chức Tổng_giám_đốc Y").
_LEAVES = Phrases(syllables_of(w) for w in word_list("roles.left-post"))
_POST_NOUNS = Phrases(syllables_of(w) for w in word_list("roles.post-nouns"))
#: Honorifics of one word that may stand between such a verb and the name ("ông", "bà").
_SINGLE_HONORIFICS = frozenset(p for p in HONORIFICS if len(p) == 1)
#: Words that make the title after a verb of holding one held by several, the person among them
#: ("X là một trong các đồng_chí Phó_chủ_nhiệm Y").
_ONE_OF = Phrases(syllables_of(w) for w in word_list("roles.one-of"))
_ONE_OF_NOUNS = Phrases(syllables_of(w) for w in word_list("roles.one-of-nouns"))
#: Verbs of proposing someone for a post ("đề_nghị", "đề_cử"): the name after one is proposed, and
#: the verb of holding after the name tells the post proposed, not one held ("Bộ đề_nghị ông X làm Y").
_PROPOSES = Phrases(syllables_of(w) for w in word_list("roles.proposing-verbs"))
#: How many pieces before the name such a verb may stand, its addressee and a verb between
#: ("đề_nghị Quốc_hội phê_chuẩn ông X").
_PROPOSAL_REACH = 6


def title_held(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """A verb of holding, then the title and its body: "X giữ chức Quyền Tổng_giám_đốc ACBS";
    inside brackets right after the name ("X ( trước_đó là thành_viên HĐTV ACBS )"), or past
    them ("X ( 45 tuổi ) làm Tổng_giám_đốc Y"), past the age between commas ("X , 52 tuổi , hiện
    là Chủ_tịch Y"), or in a relative clause or a phrase of capacity after a comma or a dash
    ("X , người từng giữ chức Y", "X , trên cương_vị Chủ_tịch Y ,")."""
    last = view.bounds(k)[1]
    if k + 1 < last and (aside := past_age(view, k + 1, last)) is not None:
        return _held_from(view, k, aside + 1, person, apposed)  # "X , 52 tuổi , hiện là Chủ_tịch Y"
    if (past_title := _past_apposed_title(view, k + 1, last)) is not None:
        return _held_from(view, k, past_title, person, apposed)  # "X , Giám_đốc Y , vừa được bầu làm Chủ_tịch Z"
    if k + 2 < last and view.pieces[k + 1].text in _RELATIVE_MARKS:
        opened = view.match_any(k + 2, _RELATIVES) or (k + 2 if view.match_any(k + 2, CAPACITY) is not None else None)
        if opened is not None:
            return _held_from(view, k, opened, person, apposed)  # "X , người từng giữ chức Y", "X , trên cương_vị Y"
    if k + 1 >= last or view.pieces[k + 1].text != "(":
        return _held_from(view, k, k + 1, person, apposed)
    inside = _held_from(view, k, k + 2, person, apposed)
    close = next((j for j in range(k + 2, min(last, k + 2 + ASIDE_REACH)) if view.pieces[j].text == ")"), None)
    after = _held_from(view, k, close + 1, person, apposed) if close is not None else []
    return inside + after


def _past_apposed_title(view: ArticleView, i: int, last: int) -> int | None:
    """The piece after the comma closing a title and its body apposed between commas to the
    name, the first at piece ``i`` ("X , Giám_đốc Công_an TP Hà_Nội , vừa được bầu làm …"), or None."""
    if i + 3 >= last or view.pieces[i].text != ",":
        return None
    found = apposed_title(view, i + 1, last)
    if found is None or not found[1]:
        return None  # no title, or one without its body
    end = found[2]
    return end + 1 if end + 1 < last and view.pieces[end].text == "," else None


def title_held_by_list(view: ArticleView, k: int, apposed: set[int]) -> list[Statement]:
    """"các ông A , B và C là thành_viên HĐQT Y": a list of names opened by a plural word, then a
    verb of holding and the title, gives every name the post (the last name's is read by
    ``title_held``); ``k`` is the first name."""
    first, last = view.bounds(k)
    j = k - 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in _SINGLE_HONORIFICS:
        j -= 1
    if j < first or not view.pieces[j].is_word or view.pieces[j].syllables not in PLURAL_TITLE_WORDS:
        return []
    members = [k]
    i = k + 1
    while i + 1 < last and view.pieces[i].text in {",", "và"}:
        following = i + 1
        if view.pieces[following].is_word and view.pieces[following].syllables in _SINGLE_HONORIFICS:
            following += 1
        mention = view.pieces[following].mention if following < last else None
        if mention is None or mention.type is not EntityType.PERSON or mention.reference:
            break
        members.append(following)
        i = following + 1
    if len(members) < 2:
        return []
    made = _held_from(view, members[-1], i, view.pieces[members[-1]].mention, apposed)
    return [
        replace(post, subject=view.pieces[m].mention, provenance=replace(post.provenance, start=view.pieces[k].start))
        for m in members[:-1]
        for post in made
    ]


def title_taken_over(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """"X lên thay ông Y làm Chủ_tịch Z": the successor holds the post the name after the verb
    of succession held (that name's past post is read by ``title_held``)."""
    last = view.bounds(k)[1]
    j = verb_after_adverbs(view, k + 1, last, _SUCCEEDS)
    if j is None:
        return []
    if view.pieces[j].mention is None and (honorific := view.match_any(j, HONORIFICS)) is not None:
        j = honorific
    predecessor = view.pieces[j].mention if j < last else None
    if predecessor is None or predecessor.type is not EntityType.PERSON or predecessor.reference:
        return []
    return _held_from(view, k, j + 1, person, apposed)


def holding_verb_end(view: ArticleView, i: int, last: int) -> int | None:
    """Past a verb of holding at piece ``i`` ("giữ chức", "được bổ_nhiệm làm"), also past a passive
    verb of appointing with its agent before it ("được Thủ_tướng bổ_nhiệm giữ chức", "được HĐQT
    bầu làm"), or None."""
    if i >= last:
        return None
    j = view.match_any(i, _HOLDS)
    if j is not None:
        return j
    opened = view.match_any(i, _APPOINTED)
    if opened is None:
        return None
    for verb in range(opened, min(last, opened + _AGENT_REACH + 1)):
        appointed = view.match_any(verb, _APPOINTS)
        if appointed is not None:
            return view.match_any(appointed, _HOLDS) if appointed < last else None
        piece = view.pieces[verb]
        if piece.mention is None and not (piece.is_word and (verb > opened or piece.text[:1].isupper())):
            return None  # the agent opens with a name or a capitalised title ("Quốc_hội", "Chủ_tịch nước")
    return None


def _succeeded(view: ArticleView, k: int) -> bool:
    """Whether the name at piece ``k`` follows a verb of succession ("X lên thay ông Y …")."""
    first = view.bounds(k)[0]
    j = k - 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in _SINGLE_HONORIFICS:
        j -= 1
    return j >= first and ends_with_any(view, j, _SUCCEEDS, first) is not None


def _proposed(view: ArticleView, k: int, first: int) -> bool:
    """Whether the name at piece ``k`` is the object of a verb of proposing written before it in its
    clause ("đề_cử bà X", "đề_nghị Quốc_hội phê_chuẩn ông X"): no mark stands between them."""
    for j in range(k - 1, max(first, k - 1 - _PROPOSAL_REACH), -1):
        piece = view.pieces[j]
        if piece.mention is None and not piece.is_word:
            return False
        if piece.mention is None and ends_with_any(view, j, _PROPOSES, first) is not None:
            return True
    return False


def title_held_by_pronoun(view: ArticleView, k: int, apposed: set[int]) -> list[Statement]:
    """"Ông được điều_động làm Bí_thư Tỉnh_ủy Y": a pronoun at piece ``k`` standing as the subject,
    then a verb of holding and the title, gives the post to the person the pronoun means; a past
    one after a word of the past before the pronoun ("Trước_đó , ông giữ chức …")."""
    first, last = view.bounds(k)
    end = view.match_any(k, PRONOUNS)
    if end is None or end >= last or view.pieces[end].mention is not None:
        return []  # "ông X": an honorific before a name
    i = end
    while i < last and (j := view.match_any(i, _HOLDS_ADVERBS) or view.match_any(i, _HELD_BEFORE)) is not None:
        i = j
    if holding_verb_end(view, i, last) is None:
        return []
    found = resolve_pronoun(view, k, first)
    if found is None:
        return []
    lead = k - 1 if k - 1 >= first and view.pieces[k - 1].text == "," else k
    past = lead - 1 >= first and ends_with_any(view, lead - 1, _HELD_BEFORE, first) is not None
    return _held_from(view, end - 1, end, found.mention, apposed, past, CONFIDENCE_PRONOUN_HOLDS)


def _held_from(
    view: ArticleView, k: int, i: int, person: Mention, apposed: set[int], past: bool = False, confidence: float = CONFIDENCE_HOLDS
) -> list[Statement]:
    """The post a verb of holding at piece ``i`` gives the person at piece ``k``; a past one when
    the person is named after a verb of succession ("X lên thay ông Y làm …"), after a verb of
    leaving the post ("X vừa từ_chức Tổng_giám_đốc Y", "X bị cách_chức Chủ_tịch Z") or ``past`` says so."""
    first, last = view.bounds(k)
    past = past or _succeeded(view, k)
    while i < last and (j := view.match_any(i, _HOLDS_ADVERBS) or view.match_any(i, _HELD_BEFORE)) is not None:
        past = past or view.match_any(i, _HELD_BEFORE) is not None  # "X từng giữ chức …", "X thôi giữ chức …"
        i = j
    j = holding_verb_end(view, i, last)
    if j is None and i < last and (left := view.match_any(i, _LEAVES)) is not None:
        past, j = True, view.match_any(left, _POST_NOUNS) or left  # "X vừa từ_chức Tổng_giám_đốc Y"
    if j is None or j >= last:
        return []
    if (noun := view.match_any(j, _POST_NOUNS)) is not None and noun < last:
        j = noun  # "X đảm_nhiệm cương_vị Chủ_tịch Y": a noun of a post between the verb and the title
    if (one_of := view.match_any(j, _ONE_OF)) is not None and one_of < last:
        j = view.match_any(one_of, _ONE_OF_NOUNS) or one_of  # "X là một trong những Phó Chủ_tịch Y"
    found = apposed_title(view, j, last)
    if found is None:
        return []
    title, bodies, end, reference, span = found
    if _proposed(view, k, first):
        if reference is not None:
            apposed.add(reference)  # the title phrase is the post proposed: no one holds it
        return []  # "đề_nghị ông X làm Giám_đốc Y": a post proposed, not held
    if past:
        title = as_past(title)
    following = view.pieces[end] if end < last else None
    if following is not None and following.mention is not None and following.mention.type is EntityType.PERSON:
        return []
    made = post_statements(view, person, title, bodies, k, end - 1, confidence, span)
    if made and reference is not None:
        apposed.add(reference)
    return made
