"""Where a body is and which body it belongs to, told by apposition.

- "ORG ( PLACE )" also after a title when the name opens with a kind of body
  ("Nghị_sĩ Đảng Xanh ( Đức )"), and after a role phrase closing with a body ("Chủ_nhiệm Báo X ( Mỹ )"),
  as is the seat told after such a role phrase ("Giám_đốc Công_ty X , có trụ_sở tại quận Y");
- "ORG , PLACE" closed as an apposition ("Ngân_hàng Barclay , Hong_Kong ;", also past the body's short
  name in brackets: "Khu công_nghiệp X ( VSIP ) , tỉnh Bắc_Ninh ."),
  "ORG ( PLACE )" ("INSEAD ( Pháp )", "CLB Semen_Padang ( Indonesia , 26-10 )") and
  "ORG của PLACE" ("báo Yomiuri của Nhật", "Samsung_Electronics của Hàn_Quốc",
  "hạm_đội Thái_Bình_Dương của Nga"): ORG locatedIn PLACE, the nationality the text
  states of the body; a mission "của" a country is the country's, posted elsewhere
  ("Đại_sứ_quán của Việt_Nam tại Pháp");
- "BODY ( PARENT )" ("Tổng_cục Thuế ( Bộ Tài_chính )"), "BODY của PARENT"
  ("Ủy_ban Tư_pháp của Quốc_hội"), "BODY (trực_)thuộc PARENT", also in an apposition
  ("Công_ty X , thuộc Tập_đoàn Y ,"), an apposition that names the kind of part
  ("X , một công_ty con của Y", "báo X - cơ_quan ngôn_luận của Đảng Y", also after a
  person's title: "Giám_đốc Công_ty X , công_ty con của Y") and a unit set beside a body of a higher kind
  (``bodies.unit-ranks``: "Vụ X , Tổng_cục Thuế", "Học_viện X - Bộ Quốc_phòng", a dash binding
  them even in a list or before a verb, as does the unit opening its clause: "Cục X , Bộ Y khuyến_cáo"),
  "Cục X ( thuộc Bộ Y )": BODY partOf PARENT;
- "của" is read past the body's other name in brackets ("Cục X ( DIA ) của Mỹ"), and a body of no
  kind after "tại/ở" is no part of the body "của" after it ("khoản vay tại Navibank của KBC").

A list ("Apple , Samsung , Mỹ") is no apposition; a name after a common noun
("liên_doanh của Samsung") is not the body the sentence speaks of.
"""

from __future__ import annotations

from kg.extract.admin_levels import level_words
from kg.extract.frames import MEDIA_NOUNS, PLACE_PREPOSITIONS, PLACE_TYPES, ends_with_any, is_barrier, is_of_kind, phrase_set, provenance, saying_verbs, title_ending_at
from kg.extract.pieces import ArticleView, Piece
from kg.extract.places import seat_after
from kg.lexicon import load_lexicon, syllables_of, word_list, word_numbers
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "places"
#: Confidence per pattern (docs/confidence.md).
CONFIDENCE_BRACKET = 0.75
CONFIDENCE_OF = 0.7
CONFIDENCE_COMMA = 0.65
_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
_SEATS = frozenset({EntityType.CITY, EntityType.REGION, EntityType.COUNTRY})
#: Words that put a body under its parent ("trực_thuộc", "thuộc").
_UNDER = phrase_set(*word_list("bodies.under"))
#: Diplomatic missions, of one country and posted to another ("Đại_sứ_quán X").
_MISSIONS = phrase_set(*word_list("places.missions"))
#: Nouns that name a body as a part of another in apposition ("công_ty con", "đơn_vị", "cơ_quan ngôn_luận").
_PART_NOUNS = phrase_set(*word_list("bodies.part-nouns"))
#: The kinds of body a body's name opens with ("Đảng", "Báo", "Công_ty"), as the cues list them.
_BODY_KINDS = phrase_set(*sorted(cue for cue, (kind, _type) in load_lexicon().cues.items() if kind in ("org", "orginst")))
#: How many words an apposition naming the kind of part may hold before "của/thuộc PARENT".
_PART_REACH = 6
CONFIDENCE_UNDER = 0.75
CONFIDENCE_PART_NOUN = 0.7
CONFIDENCE_UNIT = 0.65
CONFIDENCE_SEAT = 0.8
#: The rank of each kind of body in an organisation, by the first words of its name ("Đội" 1 … "Bộ" 4).
_UNIT_RANKS = {syllables_of(word): rank or 0.0 for word, rank in word_numbers("bodies.unit-ranks").items()}
#: Kinds of body that belong to a province, not to the ministry set beside them ("Sở Y_tế , Bộ Y_tế").
_PROVINCIAL_KINDS = phrase_set(*word_list("bodies.provincial-kinds"))
#: Marks between a unit and the body it is part of ("Vụ X , Tổng_cục Y", "Học_viện X - Bộ Y").
_UNIT_MARKS = frozenset({",", "-", "–"})


def find_bodies(view: ArticleView) -> list[Statement]:
    """locatedIn and partOf statements of bodies named in apposition."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        body = piece.mention
        if body is not None and body.type is EntityType.PERSON and body.reference:
            # "Giám_đốc Công_ty X , công_ty con của Y", "Giám_đốc Viện X thuộc Bộ Y", "Giám_đốc Viện X , Bộ Y":
            # the parent told after a role phrase is that of the body closing it, as no person is a unit
            titled = _body_closing(view, body)
            found = None
            if titled is not None:
                found = (
                    _part_apposed(view, k) or _under(view, k) or _unit_in_parent(view, k, titled)
                    or _seat_bracketed(view, k) or _seat_told(view, k)
                )
            if found is not None:
                statements.append(Statement(titled, found[0], found[1], provenance(view, k, found[2], EXTRACTOR, found[3])))
            continue
        if body is None or body.type not in _BODY_TYPES or body.reference or body.honorific:
            continue
        if body.title:
            # a name with a person's title before it is a person's, whatever its type, unless it
            # opens with a kind of body ("Nghị_sĩ Đảng Xanh ( Đức )"): then the title is a post there
            found = _bracketed(view, k) if is_of_kind(view, k, _BODY_KINDS) else None
            if found is not None and found[0] == "locatedIn":
                statements.append(Statement(body, "locatedIn", found[1], provenance(view, k, found[2], EXTRACTOR, found[3])))
            continue
        found = (
            _part_apposed(view, k) or _bracketed(view, k) or _of(view, k) or _under(view, k)
            or _unit_in_parent(view, k) or _comma(view, k)
        )
        if found is not None:
            predicate, other, at, confidence = found
            statements.append(Statement(body, predicate, other, provenance(view, k, at, EXTRACTOR, confidence)))
    return statements


def _body_closing(view: ArticleView, role: Mention) -> Mention | None:
    """The named body a role phrase closes with ("Giám_đốc [Công_ty X]"), or None."""
    inner = [m for m in view.nested.get(role.key, ()) if m.type in _BODY_TYPES and not m.reference and m.end == role.end]
    return inner[0] if inner else None


def _relation(body: Mention, other: Mention) -> str | None:
    if other.type in _SEATS:
        return "locatedIn"
    if other.type in _BODY_TYPES and not other.reference and other.text != body.text:
        return "partOf"
    return None


def _bracketed(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"Tổng_cục Thuế ( Bộ Tài_chính )", "INSEAD ( Pháp )"."""
    last = view.bounds(k)[1]
    if k + 3 >= last or view.pieces[k + 1].text != "(":
        return None
    inner = _seat_after_level(view, k + 2, last)  # "( tỉnh Bình_Dương )"
    if inner + 1 >= last or view.pieces[inner + 1].text not in {")", ","}:
        return None
    other = view.pieces[inner].mention
    if other is None:
        return None
    if view.pieces[inner + 1].text == "," and (other.type not in _SEATS or _is_body(_mention_at(view, inner + 2, last))):
        return None  # "( Bộ A , Bộ B )" lists bodies; a seat may be followed by a date or a larger place
    if other.type not in _SEATS and (_short_form(other) or _foreign_form(view.pieces[k].mention, other)):
        # "Tập_đoàn Dầu_khí Việt_Nam ( PVN )", "Hãng Hàng_không Quốc_gia ( Vietnam_Airlines )": its own other name;
        # a place is never a body's other name, however short ("( TP.HCM )", "( Ý )")
        return None
    predicate = _relation(view.pieces[k].mention, other)
    return (predicate, other, inner + 1, CONFIDENCE_BRACKET) if predicate else None


def _seat_bracketed(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"Chủ_nhiệm Báo Vietweekly ( Mỹ )": the place in brackets after a role phrase closing with a body
    is where the body is, as after the body's own name."""
    found = _bracketed(view, k)
    return found if found is not None and found[0] == "locatedIn" else None


def _seat_told(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"Giám_đốc Công_ty X , có trụ_sở tại quận Y", "Giám_đốc Công_ty X ( trụ_sở ở huyện Y )": the
    seat told after a role phrase closing with a body is where the body is, as after its own name."""
    last = view.bounds(k)[1]
    target = seat_after(view, k + 1, last) if k + 1 < last else None
    return ("locatedIn", view.pieces[target].mention, target, CONFIDENCE_SEAT) if target is not None else None


def _seat_after_level(view: ArticleView, j: int, last: int) -> int:
    """The piece of the place named at ``j`` after its word of level ("tỉnh Bình_Dương"), else ``j``."""
    if j < last and view.pieces[j].mention is None and (end := view.match_any(j, level_words())) is not None:
        if end < last and (place := view.pieces[end].mention) is not None and place.type in _SEATS:
            return end
    return j


def _foreign_form(body: Mention, other: Mention) -> bool:
    """Whether the body in brackets is the first one's name written in another language:
    the first has Vietnamese letters ("đ", "ư", tones), the bracketed one has none."""
    return body.type is other.type and _vietnamese(body.text) and not _vietnamese(other.text)


def _vietnamese(text: str) -> bool:
    """Whether ``text`` has a letter beyond plain Latin (Vietnamese diacritics)."""
    return any(c.isalpha() and not c.isascii() for c in text)


def _short_form(mention: Mention) -> bool:
    """Whether a name is written as a short form: one word, mostly capitals ("PVN", "ACB Capital" is not)."""
    letters = [c for c in mention.text if c.isalpha()]
    return " " not in mention.text.replace("_", " ").strip() and sum(c.isupper() for c in letters) * 2 > len(letters)


def _of(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"báo Yomiuri của Nhật", "Ủy_ban Tư_pháp của Quốc_hội": the body is the subject's own; two bodies
    of one kind joined by "và" share the seat ("Hạm_đội phương Bắc và Hạm_đội Thái_Bình_Dương của Nga")."""
    last = view.bounds(k)[1]
    if k + 2 < last and view.pieces[k + 1].syllables == ("và",) and _same_kind(view, k, k + 2):
        joined = _of(view, k + 2)
        return ("locatedIn", joined[1], joined[2], CONFIDENCE_OF) if joined and joined[0] == "locatedIn" else None
    link = _past_other_name(view, k, last)
    if link + 1 >= last or view.pieces[link].syllables != ("của",):
        return None
    other = view.pieces[link + 1].mention
    if other is None:
        return None
    if link + 2 < last and view.pieces[link + 2].mention is not None and title_ending_at(view, k) is None:
        return None  # "Văn_phòng của Nga Putin": the body is someone's (unless a title before it makes the name its holder)
    body = view.pieces[k].mention
    if other.type in _SEATS and is_of_kind(view, k, _MISSIONS):
        return None  # "Đại_sứ_quán của Việt_Nam" is the country's, posted to another
    predicate = _relation(body, other)
    if predicate == "partOf" and _where_something_is(view, k):
        return None  # "vay tại Navibank của KBC": the loan is KBC's, the bank is no part of it
    return (predicate, other, link + 1, CONFIDENCE_OF) if predicate else None


def _past_other_name(view: ArticleView, k: int, last: int) -> int:
    """The piece after the body at ``k`` and the other name of it in brackets: "Cơ_quan X ( NSA ) của Mỹ"
    reads on after the brackets, and so does a body named in brackets after the name it stands for
    ("nhật_báo Tấm_gương ( Der_Spiegel ) của Đức"); else ``k + 1``."""
    first = view.bounds(k)[0]
    if k + 3 < last and view.pieces[k + 1].text == "(" and view.pieces[k + 3].text == ")" and view.pieces[k + 2].mention is not None:
        return k + 4
    if k - 2 >= first and k + 1 < last and view.pieces[k - 1].text == "(" and view.pieces[k + 1].text == ")":
        if _after_a_name(view, k - 2, first):  # not "đại_diện ( NSA ) của Mỹ", where "của" is the common noun's
            return k + 2
    return k + 1


def _where_something_is(view: ArticleView, k: int) -> bool:
    """Whether the body at ``k``, named with no kind of its own, follows "tại/ở" ("khoản vay tại Navibank
    của KBC"): it tells where something is, and "của" after it whose that thing is; a unit, a body or an
    outlet named with its kind ("tại Ủy_ban Kinh_tế của Quốc_hội", "ở tờ Granma của Đảng") is still a part."""
    first = view.bounds(k)[0]
    if k - 1 < first or ends_with_any(view, k - 1, PLACE_PREPOSITIONS, first) is None:
        return False
    return not (_unit_rank(view.pieces[k].syllables) is not None or is_of_kind(view, k, _BODY_KINDS) or is_of_kind(view, k, MEDIA_NOUNS))


def _after_a_name(view: ArticleView, j: int, first: int) -> bool:
    """Whether piece ``j`` ends a name: a name or a capitalised word, or a name written in sentence case
    after its kind of outlet or body ("nhật_báo Tấm gương", "tờ Bưu_điện buổi sáng")."""
    if _opens_name(view.pieces[j]):
        return True
    for start in (j - 1, j - 2):
        if start - 1 < first or not view.pieces[start].text[:1].isupper():
            continue
        kind = view.pieces[start - 1]
        return kind.is_word and (
            ends_with_any(view, start - 1, MEDIA_NOUNS, first) is not None or ends_with_any(view, start - 1, _BODY_KINDS, first) is not None
        )
    return False


def _same_kind(view: ArticleView, a: int, b: int) -> bool:
    """Whether the bodies at pieces ``a`` and ``b`` open with the same word of kind ("Hạm_đội X", "Hạm_đội Y")."""
    first, second = view.pieces[a], view.pieces[b]
    return _is_body(second.mention) and not second.mention.reference and first.syllables[:2] == second.syllables[:2]


def _comma(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"Ngân_hàng Barclay , Hong_Kong ;": a seat after a comma, closing the apposition; the body's short
    name in brackets may come first ("Khu công_nghiệp X ( VSIP ) , tỉnh Y")."""
    first, last = view.bounds(k)
    j = k + 1
    if j + 2 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")" and _short_name(view.pieces[j + 1]):
        short = view.pieces[j + 1].mention
        if short is None or short.type not in PLACE_TYPES:
            j += 3
    if j + 1 >= last or view.pieces[j].text != ",":
        return None
    seat = _seat_after_level(view, j + 1, last)  # "Công_an huyện X , tỉnh Hà_Nam"
    other = view.pieces[seat].mention
    if other is None or other.type not in _SEATS:
        return None
    if k - 2 >= first and view.pieces[k - 1].text in {",", "và"} and _is_body(view.pieces[k - 2].mention):
        return None  # "Apple , Samsung , Mỹ": an item of a list of bodies ("khu_vực Châu_Á , Ngân_hàng X , Y" is none)
    after = seat + 1
    if after < last and not (is_barrier(view.pieces[after]) or view.pieces[after].text == ")"):
        nxt = view.pieces[after].mention
        if nxt is None or nxt.type not in PLACE_TYPES:
            return None  # "ORG , Mỹ cũng …": the place starts a new clause
    if after + 1 < last and view.pieces[after].text == "," and (nxt := view.pieces[_seat_after_level(view, after + 1, last)].mention) is not None:
        if nxt.type is other.type:
            return None  # "X , Hà_Nội , Đà_Nẵng", "X , tỉnh A , tỉnh B": a list of places
    return ("locatedIn", other, seat, CONFIDENCE_COMMA)


def _unit_in_parent(view: ArticleView, k: int, titled: Mention | None = None) -> tuple[str, Mention, int, float] | None:
    """"Vụ X , Tổng_cục Thuế", "( Đội CSGT số 1 , Công_an TP Hà_Nội )", "Học_viện X - Bộ Quốc_phòng":
    a unit set beside a body whose kind ranks higher (``bodies.unit-ranks``), the apposition closing
    after it; the unit's short name in brackets may come first. Bodies listed are no apposition.
    ``titled``: the unit closing a role phrase at ``k`` ("Giám_đốc Viện X , Bộ Y cho_biết")."""
    first, last = view.bounds(k)
    j = k + 1
    if j + 2 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")" and _short_name(view.pieces[j + 1]):
        j += 3  # "Phòng X ( PC46 ) , Công_an TP Y"
    parent = j + 1
    if parent >= last or view.pieces[j].text not in _UNIT_MARKS:
        return None
    other = view.pieces[parent].mention
    if not _is_body(other) or other.reference:
        return None
    unit = syllables_of(titled.text) if titled is not None else view.pieces[k].syllables
    if titled is not None and any(unit[:n] in _PROVINCIAL_KINDS for n in range(1, min(len(unit), 4) + 1)):
        return None  # "Giám_đốc Sở Y_tế , Bộ Y_tế": a body of a province is no unit of the ministry beside it
    unit_rank, parent_rank = _unit_rank(unit), _unit_rank(view.pieces[parent].syllables)
    if unit_rank is None or parent_rank is None or unit_rank >= parent_rank:
        return None
    dashed = view.pieces[j].text != ","
    if not dashed and k - 2 >= first and view.pieces[k - 1].text in {",", "và", ";"} and _is_body(view.pieces[k - 2].mention):
        return None  # "Bộ A , Cục B , Tổng_cục C": an item of a list of bodies (a dash binds "Báo A , Ban B – Đài C")
    after = _past_bracketed_place(view, parent + 1, last)  # "Viện X , Đại_học Y ( Hàn_Quốc )"
    subject = _unit_opening_clause(view, k)
    if after < last and view.match_any(after, saying_verbs()) is not None:
        # "Giám_đốc Trung_tâm X , Bệnh_viện Y cho_biết": the title's holder speaks; without a title
        # the body may be the speaker after a fronted clause ("Sau khi xem báo_cáo của Sở X , Bộ Y cho_biết")
        said_by_holder = titled is not None or title_ending_at(view, k) is not None or _apposed_to_person(view, k, first)
        return ("partOf", other, parent, CONFIDENCE_UNIT) if said_by_holder or subject else None
    if after < last and not (is_barrier(view.pieces[after]) or view.pieces[after].text == ")") and not dashed and not subject:
        return None  # the parent opens a clause of its own (a dash binds a unit to its parent: "Ban X – Đài Y phát_động")
    if after + 1 < last and view.pieces[after].text in {",", ";"} and _opens_name(view.pieces[after + 1]):
        return None  # "Cục A , Bộ B , Sở C", "Ban A , Quốc_hội B , Chủ_tịch nước": a list
    return ("partOf", other, parent, CONFIDENCE_UNIT)


def _short_name(piece: Piece) -> bool:
    """Whether the piece is a name, or a unit's code no name was found for: one word of capitals,
    maybe with digits ("PC46", "C50")."""
    if piece.mention is not None:
        return True
    letters = [c for c in piece.text if c.isalpha()]
    return bool(letters) and piece.is_word and " " not in piece.text and "_" not in piece.text and all(c.isupper() for c in letters)


def _apposed_to_person(view: ArticleView, k: int, first: int) -> bool:
    """Whether the unit at ``k`` is set after a person's name and its comma ("Bà X , Cục Y , Bộ Z
    cho_biết"): the apposition names where the speaker works, as a title before the unit does."""
    if k - 2 < first or view.pieces[k - 1].text != ",":
        return False
    person = view.pieces[k - 2].mention
    return person is not None and person.type is EntityType.PERSON and not person.reference


def _past_bracketed_place(view: ArticleView, j: int, last: int) -> int:
    """Past the parent's place in brackets at ``j`` ("( Hàn_Quốc )"), else ``j``."""
    if j + 2 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")":
        place = view.pieces[j + 1].mention
        if place is not None and place.type in _SEATS:
            return j + 3
    return j


def _unit_opening_clause(view: ArticleView, k: int) -> bool:
    """Whether the unit at ``k`` opens its sentence or a clause after a mark, the body beside it closing
    no list: "Cục X , Bộ Y khuyến_cáo …", "Học_viện X , Bộ Quốc_phòng tổ_chức …" is the unit of the body
    beside it doing the act. A body of a province ("Sở", "Công_an", ``bodies.provincial-kinds``) is no
    unit of the ministry beside it ("Sở Y_tế , Bộ Y_tế cùng kiểm_tra" are two bodies)."""
    first, last = view.bounds(k)
    if is_of_kind(view, k, _PROVINCIAL_KINDS):
        return False
    parent_end = _past_bracketed_place(view, _parent_after(view, k, last) + 1, last)
    if parent_end < last and view.pieces[parent_end].syllables == ("và",):
        return False  # "Bệnh_viện X , Bộ Y và Sở Z": the bodies are listed
    if k == first:
        # the sentence's first piece, unless a word runs on into it from before (a split the analysis
        # made inside a clause: "ông X - Cục_trưởng | Cục Y , Bộ Z làm …")
        return k == 0 or not (view.pieces[k - 1].mention is not None or view.pieces[k - 1].text[:1].isalnum())
    return (view.pieces[k - 1].text in {",", ";", ":"} or view.pieces[k - 1].is_quote_mark) and not _after_a_list(view, k, first)


def _parent_after(view: ArticleView, k: int, last: int) -> int:
    """The piece of the body set beside the unit at ``k``, past the unit's short name in brackets."""
    j = k + 1
    if j + 2 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")" and view.pieces[j + 1].mention is not None:
        j += 3
    return j + 1


def _after_a_list(view: ArticleView, k: int, first: int) -> bool:
    """Whether a name stands right before the mark before ``k`` ("A , Cục B , Bộ C"): an item of a list."""
    return k - 2 >= first and view.pieces[k - 2].mention is not None


def _opens_name(piece: Piece) -> bool:
    """Whether the piece is a name, or a capitalised word that may open one."""
    return piece.mention is not None or piece.text[:1].isupper()


def _unit_rank(syllables: tuple[str, ...]) -> float | None:
    """The rank of the longest kind of body the name begins with, or None."""
    for length in range(min(len(syllables), 4), 0, -1):
        rank = _UNIT_RANKS.get(syllables[:length])
        if rank is not None:
            return rank
    return None


def _is_body(mention: Mention | None) -> bool:
    return mention is not None and mention.type in _BODY_TYPES


def _mention_at(view: ArticleView, k: int, last: int) -> Mention | None:
    return view.pieces[k].mention if k < last else None


def _under(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"Cục X trực_thuộc Bộ Y", "Công_ty X thuộc Tập_đoàn Y", "Cục X ( thuộc Bộ Y )", "Công_ty X , thuộc
    Tập_đoàn Y ,": the parent body after a word of belonging, an apposition or brackets holding it alone; the body's other name in brackets may come first ("Cục X ( FBI ) thuộc Bộ Y")."""
    last = view.bounds(k)[1]
    j = k + 1
    if j + 2 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")" and view.pieces[j + 1].mention is not None:
        j += 3
    bracketed = j < last and view.pieces[j].text == "("
    apposed = j < last and view.pieces[j].text == ","
    end = view.match_any(j + 1 if bracketed or apposed else j, _UNDER) if j + 1 < last else None
    if end is None or end >= last:
        return None
    other = view.pieces[end].mention
    if other is None or other.type not in _BODY_TYPES or other.reference:
        return None
    if bracketed and (end + 1 >= last or view.pieces[end + 1].text != ")"):
        return None  # "Cục X ( thuộc Bộ Y )": the bracket holds the parent alone
    if apposed and not (end + 1 >= last or is_barrier(view.pieces[end + 1])):
        return None  # "X , thuộc Tập_đoàn Y ,": the apposition holds the parent alone
    if apposed and _after_a_list(view, k, view.bounds(k)[0]):
        return None  # "A , B , thuộc Tập_đoàn Y": the items of a list, which the apposition may not describe alone
    return ("partOf", other, end, CONFIDENCE_UNDER)


def _part_apposed(view: ArticleView, k: int) -> tuple[str, Mention, int, float] | None:
    """"X , một công_ty con của Y", "báo X - cơ_quan ngôn_luận của Đảng Y": an apposition
    naming the kind of part, then its parent; the body's short name in brackets may come first."""
    last = view.bounds(k)[1]
    j = k + 1
    if j + 2 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")" and view.pieces[j + 1].mention is not None:
        j += 3  # "X ( ACB_Capital ) , một công_ty con của Y"
    if j >= last or view.pieces[j].text not in {",", "-", "–", "("}:
        return None
    named = False
    for step in range(j + 1, min(last, j + 1 + _PART_REACH)):
        piece = view.pieces[step]
        if piece.mention is not None or is_barrier(piece):
            return None
        if view.match_any(step, _PART_NOUNS) is not None:
            named = True
        link = view.match_any(step, _UNDER) or (step + 1 if piece.syllables == ("của",) else None)
        if named and link is not None and link < last:
            other = view.pieces[link].mention
            if other is None or other.type not in _BODY_TYPES or other.reference:
                return None
            return ("partOf", other, link, CONFIDENCE_PART_NOUN)
    return None
