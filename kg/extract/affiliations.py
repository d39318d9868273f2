"""Affiliations without a post: who plays for a team, studies or works in a body.

- A member noun (``affiliations.member-nouns``: "tiền_đạo", "thủ_thành",
  "nghiên_cứu_viên") ties a person to a body written with it:
  "hậu_vệ Arsenal Bacary_Sagna", "thủ_thành Cech của Chelsea",
  "Torres , tiền_đạo của Chelsea", "cầu_thủ X thuộc (biên_chế) Y", "kỹ_sư X của công_ty Y",
  "nhà_nghiên_cứu X tại Viện Y" (only the nouns of ``affiliations.work-at-nouns``: a player
  "tại" a body may only be playing there), "X , chuyên_gia kinh_tế của Viện Y" (a few words
  describing the noun), "cầu_thủ trẻ người Pháp X của Y" (a qualifier, a nationality),
  "Y gồm các cầu_thủ A , B" (``affiliations.body-has``), "các cầu_thủ Y như A , B" or
  "… ngoại_trừ A" (``affiliations.such-as``), "những cầu_thủ Y khác bị chỉ_trích như A và B"
  (``affiliations.group-others``, then ``affiliations.examples-openers``, two names at least:
  one may be compared), "Y mở tỷ_số và tân_binh X của họ" (``affiliations.their``: the one
  body of the sentence, not one played); a former member ("cựu tiền_đạo X của Y") gives none.
- Who scores for a team plays for it: "Robinho mở tỷ_số cho AC_Milan",
  "Ramsey đã ghi 9 bàn cho Arsenal" (``affiliations.score-verbs``, then "cho"
  and the team in the same clause), also the person a relative description is
  set after ("X , người đang thi_đấu cho Y"), and the person a cleft names
  ("Người lập_công cho Y là X": ``affiliations.doer-nouns``, ``affiliations.cleft-copulas``),
  the subject of a copula before such a noun ("X là người ghi bàn duy_nhất cho Y"),
  and the first name of the sentence when the verb opens a clause of "khi" with no subject
  ("X đang có một mùa giải bùng_nổ khi đã đóng_góp 9 bàn cho Y": ``affiliations.when``).
- Who studies at a school belongs to it: "X tốt_nghiệp Đại_học Y",
  "X học chuyên_ngành Z tại Đại_học Y" (``affiliations.study-verbs``, then the
  school, directly or after ``affiliations.at``, in the same clause); the person
  may be named before a description the verb ends ("X – thủ_khoa tốt_nghiệp Y",
  "X , người từng khoác_áo Y") or open the main clause after a fronted one
  ("Dù đang học tại Y , X vẫn …", "Tốt_nghiệp Y năm 2005 , X …"), read by ``described_subjects``,
  or be the subject of a verb of spending before a span of time that ends at the verb
  ("X có 8 tháng học tiếng Việt tại Y": ``affiliations.spending-verbs``).
- A body in brackets after a name is the person's: "em X ( Đại_học Y )",
  "anh X ( sinh_viên trường Y )", "Lewandowski ( Dortmund )", also after the
  year of birth or the age ("X ( SN 1995 , sinh_viên Trường Y )", "X , 21 tuổi ,
  sinh_viên Y ,"; ``age_asides``).
- Who is called up, admitted or plays for a team belongs to it: "X và Y được
  triệu_tập vào (đội_hình) Z", "HLV triệu_tập (gọi) A , B lên Z", "X được gọi lên Z",
  "X trúng_tuyển vào Z", "X hội_quân cùng đội_tuyển Z" (a team's name only), "X được cho
  mượn sang Z", "X chơi cho Z", "X thi_đấu trong màu_áo Z", "X chơi khá tốt ở Z"; a verb of
  going or coming back before the verb shares its subject ("X trở_lại tập_trung cùng Z",
  ``affiliations.lead-verbs``).
- A body one has, set beside the noun that says so: "Y – ban_nhạc của X",
  "công_ty của ca_sĩ X là Y".
- A student's year or class may stand before the school ("sinh_viên năm thứ ba
  Trường Y"); alumni ("cựu sinh_viên Y") are members.
- A player's contract with a team ties him to it: "X ký hợp_đồng 2 năm với CLB Y"
  (``affiliations.contract-verbs``, then ``affiliations.contract-links``), for one named by a
  position or a body named as a team or a club; a contract with a company is no tie.
- Whom a team signs or buys joins it: "SHB Đà_Nẵng chiêu_mộ thành_công thủ_môn X", "Y mua X"
  (``affiliations.signing-verbs``, the team their subject, the players right after,
  maybe after a member noun the segmenter glued to the word before it); the team may be
  the subject of a verb of announcing before ("Y xác_nhận chiêu_mộ X", ``affiliations.announce-verbs``)
  or be named after those who act for it ("Ban lãnh_đạo Y chiêu_mộ X", ``affiliations.acting-for``).
- A degree's school, set after the degree's name, is the holder's, for each degree
  of a list: "X có trình_độ Thạc_sĩ QTKD ( Trường Y , … ) , Kỹ_sư Z ( Trường W )".
- "X khẳng_định mình là cầu_thủ quan_trọng của Y": the subject of the verb before a
  reflexive (``affiliations.reflexives``) is the subject of the copula; the body may follow
  "trong" as "của" (``affiliations.within``): "X là violon solo thứ ba trong Dàn_nhạc Y".

Each gives ``person –memberOf→ body``; a post (``roles``) says more and is
read there. A noun of staff ("giáo_viên", "nhân_viên", ``staff``) read the same
way ties a post, not a membership.
"""

from __future__ import annotations

from kg.extract.frames import (
    ADVERBS,
    FRONTED_OPENERS,
    Argument,
    cue_verbs,
    ends_with_any,
    is_barrier,
    names_person,
    phrase_set,
    provenance,
    skip_left,
    subject_after_fronted_clause,
    subject_before,
)
from kg.extract.age_asides import age_aside_before, past_age_aside
from kg.extract.clauses import unrealised_before
from kg.extract.described_subjects import described_person, fronted_clause_subject
from kg.extract.events.durations import duration_end
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.roles import APPOSITION_MARKS, after_birth_aside, is_former
from kg.extract.staff import is_staff_noun, staff_post, staff_title_before
from kg.extract.team_members import is_team
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Statement, TimeExpression

EXTRACTOR = "affiliations"
#: Confidence of a membership told by a member noun, and by scoring for a team (docs/confidence.md).
CONFIDENCE_MEMBER_NOUN = 0.75
CONFIDENCE_SCORED_FOR = 0.7
CONFIDENCE_STUDIED_AT = 0.7
CONFIDENCE_BRACKETED = 0.7
_MEMBER_NOUNS = phrase_set(*word_list("affiliations.member-nouns"))
#: Nouns that tie a person to a body: a member's, or a staff noun whose tie is a post.
_TIE_NOUNS = phrase_set(*word_list("affiliations.member-nouns"), *word_list("affiliations.staff-nouns"))
#: How many pieces the year of birth in brackets after a name may take ("X ( SN 1996 ) , nhân_viên Y").
_ASIDE_REACH = 12
_SCORE_VERBS = phrase_set(*word_list("affiliations.score-verbs"))
_FOR = phrase_set(*word_list("affiliations.for"))
_OF = phrase_set(*word_list("affiliations.of"))
#: Words that put a player on a team's books, the team right after them ("thuộc biên_chế của Y").
_ON_ROLL = phrase_set(*word_list("affiliations.on-roll"))
#: Words that put the person named before them in a body ("sinh_viên A , B thuộc Trường Y").
_BELONGS = phrase_set(*word_list("affiliations.belongs"))
_STUDY_VERBS = phrase_set(*word_list("affiliations.study-verbs"))
#: Verbs of spending a span of time, the span then a verb of study ("X có 8 tháng học … tại Y").
_SPENDING_VERBS = phrase_set(*word_list("affiliations.spending-verbs"))
#: Words that make a span of time approximate before its number ("có hơn 2 năm học").
_APPROXIMATELY = phrase_set(*word_list("affiliations.approximately"))
#: How many pieces a span of time may take ("hơn 2 năm").
_SPAN_REACH = 4
#: Verbs of taking a course, the course's name then "của/tại SCHOOL" ("hoàn_tất khóa_học X của Trường Y").
_COURSE_VERBS = phrase_set(*word_list("affiliations.course-verbs"))
_COURSE_LINKS = phrase_set(*word_list("affiliations.course-links"))
#: Verbs of joining or playing for a team, the team right after them ("khoác_áo Y", "đầu_quân cho Y").
_JOIN_VERBS = phrase_set(*word_list("affiliations.join-verbs"))
#: Verbs of joining a squad's camp, the squad right after them ("hội_quân cùng đội_tuyển Y"): only a team's.
_SQUAD_JOIN_VERBS = phrase_set(*word_list("affiliations.squad-join-verbs"))
#: Verbs of going or coming back before a verb of joining, sharing its subject ("X trở_lại tập_trung cùng Y").
_LEAD_VERBS = phrase_set(*word_list("affiliations.lead-verbs"))
#: Verbs of being called up or admitted, or of playing for a team, the body right after them
#: ("được triệu_tập vào Y", "trúng_tuyển vào Y", "chơi cho Y", "thi_đấu trong màu_áo Y").
_ENTRY_VERBS = phrase_set(*word_list("affiliations.call-up-verbs"), *word_list("affiliations.play-verbs"))
#: Verbs of playing whose "ở/tại TEAM" names one's team as "cho TEAM" does ("chơi tốt ở Y").
_PLAY_VERBS = phrase_set(*word_list("affiliations.play-at-verbs"))
#: Bodies one has, named beside the noun ("P.A.K – nhóm_nhạc Rock của X", "công_ty của ca_sĩ X là Y").
_OWN_BODIES = phrase_set(*word_list("affiliations.own-bodies"))
_OWN_HOLDERS = phrase_set(*word_list("affiliations.own-holders"))
#: How many words of description may stand between such a noun and "của" ("nhóm_nhạc Rock của").
_OWN_REACH = 2
#: Member nouns of those who study, whose year or class may stand before the school ("sinh_viên năm thứ ba Trường Y").
_STUDENT_NOUNS = phrase_set(*word_list("affiliations.student-nouns"))
#: How many words may say the year, class or field before the school ("năm thứ ba", "lớp 12A", "năm hai ngành Luật tại").
_CLASS_REACH = 6
#: Verbs of calling players up, the players then "vào/lên" and the team after them ("triệu_tập A , B vào Y").
_CALL_UP_ACTIVE = phrase_set(*word_list("affiliations.call-up-active"))
_INTO = phrase_set(*word_list("affiliations.into"))
#: The membership one is admitted as, between a verb of admission and the body ("được kết_nạp làm hội_viên Hội Y").
_ADMITTED_AS = phrase_set(*word_list("affiliations.admitted-as"))
#: Verbs of a team signing players ("chiêu_mộ"): the team is their subject, the players follow.
_SIGNING_VERBS = phrase_set(*word_list("affiliations.signing-verbs"))
#: Verbs of announcing before a verb of signing, sharing its subject ("Y xác_nhận chiêu_mộ X").
_ANNOUNCE_VERBS = phrase_set(*word_list("affiliations.announce-verbs"))
#: Those who act for a team that signs players, the team right after them ("Ban lãnh_đạo Y chiêu_mộ X").
_ACTING_FOR = phrase_set(*word_list("affiliations.acting-for"))
#: Verbs of a team loaning out a player it holds ("X được Y cho_mượn"), read as signing when the tie is a sport's.
_LOAN_VERBS = phrase_set(*word_list("affiliations.loan-verbs"))
#: Verbs of signing a contract, "với" and the team after a few words of its length ("ký hợp_đồng 2 năm với Y").
_CONTRACT_VERBS = phrase_set(*word_list("affiliations.contract-verbs"))
_CONTRACT_LINKS = phrase_set(*word_list("affiliations.contract-links"))
_CONTRACT_REACH = 5
#: Playing positions written as a player's title ("tiền_vệ X").
_POSITIONS = frozenset(syllables_of(w) for w in word_list("affiliations.positions"))
#: Words of a club written in its name ("Hà_Nội FC", "CLB Y").
_CLUB_WORDS = frozenset(w.casefold() for w in word_list("resolver.club-words"))
#: Words of the passive before the team that signs ("X được Viettel chiêu_mộ").
_PASSIVE = frozenset(syllables_of(w) for w in word_list("affiliations.passive"))
#: Nouns of a squad or list between such a verb and the team ("vào đội_hình đội_tuyển Y").
_SQUAD_NOUNS = phrase_set(*word_list("affiliations.squad-nouns"))
#: Common nouns of kind written before a body's name ("trường Wharton", "công_ty Y").
_BODY_NOUNS = phrase_set(*word_list("frames.body-nouns"))
_AT = phrase_set(*word_list("affiliations.at"))
#: Verbs of holding a degree, the degree's name then the school after them ("có bằng", "có trình_độ").
_DEGREE_VERBS = phrase_set(*word_list("affiliations.degree-verbs"))
#: The kinds of school a degree is from, as the first words of its name ("Đại_học", "Trường", "University").
_SCHOOLS = phrase_set(*word_list("affiliations.school-nouns"))
#: The same kinds written last in a name of English form ("INSEAD Business School").
_SCHOOLS_LAST = frozenset(syllables_of(w) for w in word_list("affiliations.school-nouns-last"))
#: How many words the name of a degree may have ("Thạc_sĩ Quản_trị Kinh_doanh").
_DEGREE_REACH = 6
#: How many pieces a quotation may hold and still be a name ("“ Mùa_thu của Phương ”") rather than speech.
_QUOTED_NAME_REACH = 12
#: How many words may stand between a verb of study and "tại SCHOOL" ("học chuyên_ngành Công_nghệ thông_tin tại").
_STUDY_REACH = 6
#: How many words may stand between a scoring verb and "cho TEAM" ("ghi bàn thắng thứ hai cho").
_SCORE_REACH = 8
#: "X là (một) NOUN …": the copula and the articles between it and a member noun.
_COPULAS = frozenset(syllables_of(w) for w in word_list("affiliations.copulas"))
_ARTICLES = frozenset(syllables_of(w) for w in word_list("affiliations.articles"))
#: "trong", after which the body a copula puts one in is named ("X là nhạc_công trong Dàn_nhạc Y").
_WITHIN = phrase_set(*word_list("affiliations.within"))
#: Reflexives between a verb and the copula it takes ("khẳng_định mình là").
_REFLEXIVES = frozenset(syllables_of(w) for w in word_list("affiliations.reflexives"))
#: How many words of description may stand between a member noun and "của BODY" ("cầu_thủ quan_trọng của").
_DESCRIPTION_REACH = 3
#: Marks between the items of a list of names.
_LIST_MARKS = frozenset({",", "và"})
#: The conjunction between two verbs that share a subject.
_AND = frozenset(syllables_of(w) for w in word_list("affiliations.and"))
#: Asides between a person and the verb: of nationality ("người Canada") and of age ("35 tuổi").
_NATIONALITY_ASIDES = frozenset(syllables_of(w) for w in word_list("affiliations.nationality-asides"))
#: Words that qualify a member noun before the name ("cầu_thủ trẻ X", "tiền_đạo kỳ_cựu X").
_NOUN_MODIFIERS = frozenset(syllables_of(w) for w in word_list("affiliations.noun-modifiers"))
_NATIONALITY_TYPES = frozenset({EntityType.COUNTRY, EntityType.REGION, EntityType.CITY})
_AGE_ASIDES = frozenset(syllables_of(w) for w in word_list("affiliations.age-asides"))
#: Words that open the examples of a group ("các cầu_thủ Arsenal như A , B").
_SUCH_AS = phrase_set(*word_list("affiliations.such-as"))
#: Words opening a clause of time that shares the main clause's subject ("X … khi đã ghi 9 bàn cho Y").
_WHEN = phrase_set(*word_list("affiliations.when"))
#: Nouns of who does something, a verb of scoring after them naming no subject: "Người lập_công cho Y là X".
_DOER_NOUNS = phrase_set(*word_list("affiliations.doer-nouns"), *word_list("affiliations.member-nouns"))
#: The copula of such a cleft sentence, and how many words of when or how may stand between the team and it.
_CLEFT_COPULAS = phrase_set(*word_list("affiliations.cleft-copulas"))
_CLEFT_REACH = 4
#: Pronouns after "của" that stand for the one body of the sentence ("tân_binh X của họ").
_THEIR = phrase_set(*word_list("affiliations.their"))
#: Words right before a team that make it the one played, met or compared with.
_OPPONENT_CUES = phrase_set(*word_list("roles.opponent-cues"))
#: Words that make a group of a team's members its others ("các cầu_thủ M.U khác"), and the words
#: that open examples of them past what is said of the group ("… bị chỉ_trích như A và B").
_GROUP_OTHERS = phrase_set(*word_list("affiliations.group-others"))
_EXAMPLES_OPENERS = phrase_set(*word_list("affiliations.examples-openers"))
#: Words of manner or likeness right before "như" that make it compare ("chơi hay như A và B").
_COMPARISONS = phrase_set(*word_list("affiliations.comparisons"))
#: How many words may tell of such a group before its examples ("bị chỉ_trích trong cuốn sách").
_EXAMPLES_REACH = 8
#: Verbs by which a body names its members ("Y gồm các cầu_thủ A , B"), the body right before them.
_BODY_HAS = phrase_set(*word_list("affiliations.body-has"))
_BODY_TYPES = frozenset({EntityType.ORGANIZATION})
#: Words of one's class or shirt number that may open the brackets before one's body ("( lớp 10A1 , Trường Y )").
_PLACE_IN_BODY = phrase_set(*word_list("affiliations.place-in-body"))
#: A tie shared by the persons listed before the brackets ("A , B ( đều thuộc Y )").
_SHARED_TIES = phrase_set(*word_list("affiliations.shared-ties"))
#: Marks that may follow the body in brackets after a name: its end, or a place or state added
#: ("( Đại_học Y , Hà_Nội )", "( Đảng Cộng_hòa - bang Texas )").
_BRACKET_ENDS = frozenset({")", ",", "-", "–"})
#: Member nouns of the press: "phóng_viên tại Nhà_Trắng" says where one reports from, not whose one is.
_REPORTING_NOUNS = phrase_set(*word_list("affiliations.reporting-nouns"))
#: Nouns whose "tại/ở BODY" after the person's name names one's body; a player "tại" a body may only be playing there.
#: Kinds of gathering whose name may be read as a body's: one is "tại" them without belonging ("Hội_nghị Y").
_GATHERINGS = phrase_set(*word_list("affiliations.gathering-heads"))
_WORK_AT_NOUNS = phrase_set(*word_list("affiliations.work-at-nouns"), *word_list("affiliations.staff-nouns"))
_OPENERS = (
    _TIE_NOUNS.starts
    | _SCORE_VERBS.starts
    | _JOIN_VERBS.starts
    | _SQUAD_JOIN_VERBS.starts
    | _ENTRY_VERBS.starts
    | _CALL_UP_ACTIVE.starts
    | _SIGNING_VERBS.starts
    | _LOAN_VERBS.starts
    | _CONTRACT_VERBS.starts
    | _PLAY_VERBS.starts
    | _OWN_BODIES.starts
    | _STUDY_VERBS.starts
    | _COURSE_VERBS.starts
    | _DEGREE_VERBS.starts
)


def find_affiliations(view: ArticleView, times: tuple[TimeExpression, ...] = ()) -> list[Statement]:
    """``person –memberOf→ body`` told by a member noun or by scoring for a team."""
    found: list[Statement] = []
    quoted_names = _quoted_names(view)
    for k, first in enumerate(view.first_syllables):
        if first in _OPENERS and k not in quoted_names:  # a member noun or a verb of this module may start here
            found.extend(_told_by_words(view, k, times))
        if names_person(view, k, len(view.pieces)):
            found.extend(_bracketed_body(view, k))
    return _first_telling(found)


def _told_by_words(view: ArticleView, k: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """The memberships a member noun, a scoring verb, a verb of joining or of studying at piece ``k`` tells."""
    found: list[Statement] = []
    first = view.first_syllables[k]
    noun_end = _end_at(view, k, first, _TIE_NOUNS)
    if noun_end is not None and _is_common_noun(view, k):
        found.extend(_member_noun(view, k, noun_end))
    verb_end = _end_at(view, k, first, _SCORE_VERBS) or _end_at(view, k, first, _PLAY_VERBS)
    if verb_end is not None:
        found.extend(_scored_for(view, k, verb_end, times))
    join_end = _end_at(view, k, first, _JOIN_VERBS)
    if join_end is not None and _is_common_noun(view, k):
        found.extend(_joined(view, k, join_end, times))
    squad_end = _end_at(view, k, first, _SQUAD_JOIN_VERBS)
    if squad_end is not None and _is_common_noun(view, k):
        found.extend(s for s in _joined(view, k, squad_end, times) if is_team(s.object.text))
    entry_end = _end_at(view, k, first, _ENTRY_VERBS)
    if entry_end is not None and _is_common_noun(view, k):
        found.extend(_joined(view, k, entry_end, times))
    own_end = _end_at(view, k, first, _OWN_BODIES)
    if own_end is not None and _is_common_noun(view, k):
        found.extend(_own_body(view, k, own_end))
    call_end = _end_at(view, k, first, _CALL_UP_ACTIVE)
    if call_end is not None and _is_common_noun(view, k):
        found.extend(_called_up(view, k, call_end))
    signing_end = _end_at(view, k, first, _SIGNING_VERBS)
    if signing_end is not None and _is_common_noun(view, k):
        found.extend(_signed(view, k, signing_end, times))
    loan_end = _end_at(view, k, first, _LOAN_VERBS)
    if loan_end is not None and _is_common_noun(view, k):
        found.extend(s for s in _signed(view, k, loan_end, times) if _tie_of_player(s))
    contract_end = _end_at(view, k, first, _CONTRACT_VERBS)
    if contract_end is not None and _is_common_noun(view, k):
        found.extend(s for s in _contracted(view, k, contract_end, times) if _tie_of_player(s))
    study_end = _end_at(view, k, first, _STUDY_VERBS)
    if study_end is not None and _is_common_noun(view, k):
        found.extend(_studied_at(view, k, study_end, times))
    course_end = _end_at(view, k, first, _COURSE_VERBS)
    if course_end is not None and _is_common_noun(view, k):
        found.extend(_took_course(view, k, course_end, times))
    degree_end = _end_at(view, k, first, _DEGREE_VERBS)
    if degree_end is not None and _is_common_noun(view, k):
        found.extend(_degree_from(view, k, degree_end, times))
    return found


def _end_at(view: ArticleView, k: int, first: str | None, phrases: Phrases) -> int | None:
    """``view.match_any(k, phrases)``, not tried when no phrase opens with ``first``, the syllable piece ``k`` opens with."""
    return view.match_any(k, phrases) if first in phrases.starts else None


def _degree_from(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"X có bằng Thạc_sĩ Kinh_tế , Đại_học Y , Z", "X có trình_độ Thạc_sĩ QTKD ( Trường Y , … ) ,
    Kỹ_sư Z ( Trường W , … )": the school set after each degree's name, in brackets or after a
    comma, is the holder's. The degree's name may have been read as a name of its own."""
    last = view.bounds(k)[1]
    holders = subject_before(view, k, {EntityType.PERSON}, times)
    if not holders:
        return []
    statements: list[Statement] = []
    while (school := _school_after_degree(view, end, last)) is not None:
        mention = view.pieces[school].mention
        evidence = provenance(view, min(h.piece for h in holders), school, EXTRACTOR, CONFIDENCE_STUDIED_AT)
        statements.extend(Statement(h.mention, "memberOf", mention, evidence) for h in holders)
        if view.pieces[school - 1].text != "(":
            break
        close = next((i for i in range(school, last) if view.pieces[i].text in {")", "("}), last)
        if close + 1 >= last or view.pieces[close].text != ")" or view.pieces[close + 1].text != ",":
            break
        end = close + 2  # ") , Kỹ_sư Z ( Trường W )": the next degree of the list
    return statements


def _school_after_degree(view: ArticleView, end: int, last: int) -> int | None:
    """The school closing the apposition after the name of a degree that starts at piece ``end``
    ("Thạc_sĩ Kinh_tế , Đại_học Y ,", "Thạc_sĩ QTKD ( Trường Y )"), or None."""
    for j in range(end, min(last - 1, end + _DEGREE_REACH + 1)):
        piece = view.pieces[j]
        if piece.text in {",", "("} and piece.is_word:
            school = j + 1
            mention = view.pieces[school].mention
            if mention is None or mention.type not in _BODY_TYPES or mention.reference or not _of_kind(view, school, _SCHOOLS):
                return None
            if school + 1 < last and not is_barrier(view.pieces[school + 1]):
                return None  # the school's name closes the apposition: ", Đại_học Y ," or "( Trường Y )"
            return school
        if is_barrier(piece):
            return None
        if piece.mention is not None and (j > end or piece.mention.type is EntityType.PERSON):
            return None  # a name other than the degree's own
    return None


def _of_kind(view: ArticleView, k: int, kinds: Phrases) -> bool:
    """Whether the body named at piece ``k`` starts with one of ``kinds`` ("Đại_học X", "Trường Y"),
    or follows one written apart from its name ("trường THCS Chu_Văn_An")."""
    syllables = view.pieces[k].syllables
    if any(syllables[:n] in kinds for n in range(1, min(len(syllables), 3) + 1)):
        return True
    first = view.bounds(k)[0]
    return k - 1 >= first and view.pieces[k - 1].is_word and ends_with_any(view, k - 1, kinds, first) is not None


def _first_telling(statements: list[Statement]) -> list[Statement]:
    """One statement per member and body in a sentence: a list read from each of its member nouns tells it once."""
    seen: set[tuple] = set()
    kept = []
    for statement in statements:
        key = (statement.subject.key, statement.object.key, statement.provenance.sentence_index)
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    return kept


def _joined(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"X khoác_áo Y", "X đầu_quân cho Y", "X và Z được triệu_tập vào (đội_hình) Y", "X chơi cho Y":
    the person belongs to the body named right after the verb, maybe after a noun of a squad or
    the membership one is admitted as ("được kết_nạp làm hội_viên Y"); not after a word of wish or negation ("X muốn khoác_áo Y")."""
    first, last = view.bounds(k)
    k = _past_lead_verbs(view, k, first)  # "X đã trở_lại tập_trung cùng Y": X is the subject of both
    if unrealised_before(view, k, first):
        return []
    players = (
        subject_before(view, k, {EntityType.PERSON}, times, allow_pronoun=False)
        or _coordinated_subject(view, k)
        or described_person(view, k)
    )
    if not players:
        return []
    if end < last and view.match_any(end, _FOR) is not None:
        end = view.match_any(end, _FOR)
    if end < last and view.pieces[end].mention is None and (squad := view.match_any(end, _SQUAD_NOUNS)) is not None:
        end = squad
    elif end < last and (admitted := view.match_any(end, _ADMITTED_AS)) is not None:
        end = admitted  # "được kết_nạp làm hội_viên Hội Y"
    team = _named_body(view, end, last)
    if team is None:
        return []
    statements = []
    for body in _listed_bodies(view, team, last):
        evidence = provenance(view, min(p.piece for p in players), body, EXTRACTOR, CONFIDENCE_SCORED_FOR)
        statements.extend(Statement(p.mention, "memberOf", view.pieces[body].mention, evidence) for p in players)
    return statements


def _past_lead_verbs(view: ArticleView, k: int, first: int) -> int:
    """The first piece of the verbs of going or coming back (``affiliations.lead-verbs``) right before the verb
    of joining at piece ``k`` ("trở_lại tập_trung cùng Y", "lên tập_trung cùng Y"), or ``k`` when there are none."""
    return _past_verbs(view, k, first, _LEAD_VERBS)


def _past_verbs(view: ArticleView, k: int, first: int, verbs: Phrases) -> int:
    """The first piece of the run of ``verbs`` right before piece ``k``, or ``k`` when there are none."""
    while k - 1 >= first and (lead := ends_with_any(view, k - 1, verbs, first)) is not None:
        k = lead
    return k


def _contracted(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"X ký hợp_đồng ( 2 năm ) với CLB Y": the person who signs with the body named after "với", a few
    plain words of the contract's length between (the caller keeps a player's ties alone); not after a
    word of wish or negation ("X muốn ký hợp_đồng với Y")."""
    first, last = view.bounds(k)
    if unrealised_before(view, k, first):
        return []
    players = subject_before(view, k, {EntityType.PERSON}, times, allow_pronoun=False) or described_person(view, k)
    if not players:
        return []
    for j in range(end, min(last, end + _CONTRACT_REACH + 1)):
        if (link := view.match_any(j, _CONTRACT_LINKS)) is not None:
            team = _named_body(view, link, last)
            if team is None:
                return []
            evidence = provenance(view, min(p.piece for p in players), team, EXTRACTOR, CONFIDENCE_SCORED_FOR)
            return [Statement(p.mention, "memberOf", view.pieces[team].mention, evidence) for p in players]
        if view.pieces[j].mention is not None or is_barrier(view.pieces[j]):
            return []
    return []


def _listed_bodies(view: ArticleView, k: int, last: int) -> list[int]:
    """The body at piece ``k`` and those joined to it by "và" ("khoác_áo tuyển Pháp và CLB Real_Madrid"),
    each maybe after a common noun of its kind."""
    bodies = [k]
    j = k + 1
    while j + 1 < last and view.pieces[j].syllables in _AND:
        body = _named_body(view, j + 1, last)
        if body is None:
            break
        bodies.append(body)
        j = body + 1
    return bodies


def _own_body(view: ArticleView, k: int, end: int) -> list[Statement]:
    """"Y – nhóm_nhạc Rock của X", "công_ty của ca_sĩ X là Y": the body set beside the noun
    of a body one has is X's; before the noun after a dash, comma or bracket, or after "X là"."""
    first, last = view.bounds(k)
    j = end
    while j < min(last, end + _OWN_REACH) and view.match_any(j, _OF) is None:
        if view.pieces[j].mention is not None or is_barrier(view.pieces[j]):
            return []
        j += 1
    link = view.match_any(j, _OF) if j < last else None
    if link is None:
        return []
    person = view.match_any(link, _OWN_HOLDERS) or link if link < last else link
    if not names_person(view, person, last):
        return []
    body = None
    if k - 2 >= first and view.pieces[k - 1].text in APPOSITION_MARKS:
        body = _body(view, k - 2, last, at=False)  # "Y – nhóm_nhạc … của X"
    elif person + 2 < last and view.pieces[person + 1].syllables in _COPULAS:
        body = _body(view, person + 2, last, at=False)  # "công_ty của X là Y"
    if body is None:
        return []
    evidence = provenance(view, min(k, body), max(person, body), EXTRACTOR, CONFIDENCE_BRACKETED)
    return [Statement(view.pieces[person].mention, "memberOf", view.pieces[body].mention, evidence)]


def _called_up(view: ArticleView, k: int, end: int) -> list[Statement]:
    """"HLV X triệu_tập (tiền_đạo) A , B và C vào (đội_hình) Y": the players called up belong to the team;
    the persons must follow the verb directly and "vào/lên" the last of them; none when the call-up is
    wished for or denied ("không gọi A lên Y")."""
    first, last = view.bounds(k)
    if unrealised_before(view, k, first):
        return []
    start = view.match_any(end, _MEMBER_NOUNS) or end if end < last else end
    if not names_person(view, start, last):
        return []
    players = _listed_persons(view, start, last)
    link = view.match_any(players[-1] + 1, _INTO) if players[-1] + 1 < last else None
    if link is None:
        return []
    if link < last and view.pieces[link].mention is None and (squad := view.match_any(link, _SQUAD_NOUNS)) is not None:
        link = squad
    team = _body(view, link, last, at=False)
    if team is None:
        return []
    evidence = provenance(view, k, team, EXTRACTOR, CONFIDENCE_SCORED_FOR)
    return [Statement(view.pieces[p].mention, "memberOf", view.pieces[team].mention, evidence) for p in players]


def _signed(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"SHB Đà_Nẵng đã chiêu_mộ thành_công thủ_môn A và B": the players a team signs belong to it;
    the team is the verb's one subject, the persons follow the verb directly, maybe after a member noun."""
    first, last = view.bounds(k)
    if passive := _signed_passive(view, k, first, times):
        return passive
    verb = _past_verbs(view, k, first, _ANNOUNCE_VERBS)  # "Y (đã) xác_nhận chiêu_mộ X"
    teams = subject_before(view, verb, _BODY_TYPES, times, allow_pronoun=False, speaking_for=_ACTING_FOR)
    if len(teams) != 1:
        return []
    start = view.match_any(end, _MEMBER_NOUNS) or _past_glued_member_noun(view, end, last) or end if end < last else end
    if not names_person(view, start, last):
        return []
    team = teams[0]
    statements = []
    for player in _listed_persons(view, start, last):
        evidence = provenance(view, team.piece, player, EXTRACTOR, CONFIDENCE_SCORED_FOR)
        statements.append(Statement(view.pieces[player].mention, "memberOf", team.mention, evidence))
    return statements


def _signed_passive(view: ArticleView, k: int, first: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"Tiền_vệ X được Viettel chiêu_mộ": the team right before the verb of signing, after a word of
    the passive (``affiliations.passive``), signs the persons the clause opens with."""
    team = k - 1
    if team - 1 <= first or view.pieces[team - 1].syllables not in _PASSIVE:
        return []
    mention = view.pieces[team].mention
    if mention is None or mention.type not in _BODY_TYPES or mention.reference:
        return []
    players = subject_before(view, team - 1, {EntityType.PERSON}, times, allow_pronoun=False)
    return [
        Statement(p.mention, "memberOf", mention, provenance(view, p.piece, team, EXTRACTOR, CONFIDENCE_SCORED_FOR))
        for p in players
    ]


def _tie_of_player(statement: Statement) -> bool:
    """Whether a loan or a contract tells a player of a team: the person named by a position ("tiền_vệ X"),
    or the body named as a team or a club ("U23 Y", "Hà_Nội FC"); land or money lent to someone, a
    contract signed with a company, is no tie."""
    title = statement.subject.title
    if title is not None and syllables_of(title.replace("_", " ")) in _POSITIONS:
        return True
    name = statement.object.text.replace("_", " ")
    return is_team(name) or any(word.casefold() in _CLUB_WORDS for word in name.split())


def _past_glued_member_noun(view: ArticleView, j: int, last: int) -> int | None:
    """Past a word the segmenter glued to the member noun it ends with ("thành_công_thủ_môn" of
    "chiêu_mộ thành_công thủ_môn X"), or None."""
    piece = view.pieces[j] if j < last else None
    if piece is None or piece.mention is not None or len(piece.syllables) < 3:
        return None
    glued = any(piece.syllables[cut:] in _MEMBER_NOUNS for cut in range(1, len(piece.syllables) - 1))
    return j + 1 if glued else None


def _studied_at(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"X tốt_nghiệp Đại_học Y", "X học … tại Đại_học Y": the student belongs to the school
    (not one who only means to: "X muốn học tại Y")."""
    first, last = view.bounds(k)
    if unrealised_before(view, k, first):
        return []
    students = (
        subject_before(view, k, {EntityType.PERSON}, times)
        or subject_after_fronted_clause(view, k, {EntityType.PERSON})
        or _coordinated_subject(view, k)
        or described_person(view, k)
        or fronted_clause_subject(view, k)
        or _subject_before_span(view, k, times)
    )
    if not students:
        return []
    school = _named_body(view, end, last)
    j = end
    while school is None and j < min(last, end + _STUDY_REACH):
        piece = view.pieces[j]
        if is_barrier(piece) or piece.mention is not None:
            return []
        link = view.match_any(j, _AT)
        if link is not None:
            school = _named_body(view, link, last)
            if school is None:
                return []
        j += 1
    if school is None:
        return []
    evidence = provenance(view, min(s.piece for s in students), school, EXTRACTOR, CONFIDENCE_STUDIED_AT)
    return [Statement(s.mention, "memberOf", view.pieces[school].mention, evidence) for s in students]


def _subject_before_span(view: ArticleView, k: int, times: tuple[TimeExpression, ...]) -> list[Argument]:
    """"X có 8 tháng học tiếng Việt tại Y", "X đã dành hơn hai năm theo_học tại Y": the subject of the verb
    of spending (``affiliations.spending-verbs``) before the span of time that ends at the verb of study
    at piece ``k``."""
    first, last = view.bounds(k)
    for j in range(max(first, k - _SPAN_REACH), k):
        start = view.match_any(j, _APPROXIMATELY) or j
        if start >= k or duration_end(view, start, last) != k:
            continue
        verb = ends_with_any(view, j - 1, _SPENDING_VERBS, first) if j - 1 >= first else None
        if verb is None or unrealised_before(view, verb, first):
            return []
        return subject_before(view, verb, {EntityType.PERSON}, times)
    return []


def _took_course(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"X hoàn_tất khóa_học Quản_trị của Trường Y", "X hoàn_thành khóa_học tại Đại_học Y": who took a
    school's course is its student; a course of a body that is no school makes no one its member."""
    first, last = view.bounds(k)
    if unrealised_before(view, k, first):
        return []
    students = subject_before(view, k, {EntityType.PERSON}, times) or _coordinated_subject(view, k)
    if not students:
        return []
    for j in range(end, min(last, end + _STUDY_REACH + 1)):
        piece = view.pieces[j]
        link = view.match_any(j, _COURSE_LINKS)
        if link is not None:
            school = _named_body(view, link, last)
            if school is None or not _is_school(view, school):
                return []
            evidence = provenance(view, min(s.piece for s in students), school, EXTRACTOR, CONFIDENCE_STUDIED_AT)
            return [Statement(s.mention, "memberOf", view.pieces[school].mention, evidence) for s in students]
        if is_barrier(piece) or (piece.mention is not None and piece.mention.type is not EntityType.ORGANIZATION):
            return []
    return []


def _is_school(view: ArticleView, k: int) -> bool:
    """Whether the body named at piece ``k`` is a school: its name opens with a kind of school or follows
    one ("Đại_học Y", "trường Wharton"), or ends with one written in English ("INSEAD Business School")."""
    syllables = view.pieces[k].syllables
    return _of_kind(view, k, _SCHOOLS) or (len(syllables) > 1 and syllables[-1:] in _SCHOOLS_LAST)


def _coordinated_subject(view: ArticleView, k: int) -> list[Argument]:
    """"X đã ra Hà_Nội làm phiên_dịch và học … tại Y", "X rời Hải_Phòng khi trúng_tuyển vào Y":
    a verb right after "và" (maybe past adverbs: "và bắt_đầu học"), or after "khi" opening a clause of time with no subject of its own,
    shares the subject that opens the clause before, when that clause names no other person."""
    first = view.bounds(k)[0]
    while k - 1 > first and view.pieces[k - 1].is_word and view.match_any(k - 1, ADVERBS) == k:
        k -= 1  # "X sang Anh và bắt_đầu học …": past the adverbs before the verb
    if k - 1 <= first:
        return []
    link = k - 1 if view.pieces[k - 1].syllables in _AND else ends_with_any(view, k - 1, FRONTED_OPENERS, first)
    if link is None or link <= first:
        return []
    j = link - 1
    while j >= first and not is_barrier(view.pieces[j]) and not view.pieces[j].is_quote_mark:
        j -= 1
    start = j + 1
    persons = [i for i in range(start, link) if names_person(view, i, link)]
    if persons != [start]:
        return []
    return [Argument(view.pieces[start].mention, start)]


def _named_body(view: ArticleView, k: int, last: int) -> int | None:
    """The body named at piece ``k``, after a common noun of its kind or not ("trường Wharton")."""
    if k < last and (end := view.match_any(k, _BODY_NOUNS)) is not None and view.pieces[k].mention is None:
        k = end
    return _body(view, k, last)


def _bracketed_body(view: ArticleView, k: int) -> list[Statement]:
    """"em X ( Đại_học Y )", "anh X ( sinh_viên trường Y )": the body in brackets right after a name.

    The brackets hold the body alone, or a member noun and the body, and may add its place
    ("( Đại_học Y , Hà_Nội )"); a title there tells a post, read by ``roles``."""
    last = view.bounds(k)[1]
    j = k + 1
    if j + 2 >= last or view.pieces[j].text != "(":
        return []
    j += 1
    if (shared := view.match_any(j, _SHARED_TIES)) is not None:
        return _shared_bracketed_body(view, k, shared, last)
    aside = past_age_aside(view, j, last)  # "X ( SN 1995 , sinh_viên Trường Y )": a member noun must follow
    if aside != j and view.match_any(aside, _MEMBER_NOUNS) is None:
        return []
    if aside == j:
        aside = _past_place_in_body(view, j, last)  # "X ( lớp 10A1 , Trường Y )", "X ( số 10 , Y )"
    j = noun = aside
    noun_end = view.match_any(j, _TIE_NOUNS)
    if noun_end is not None:
        j = noun_end
    body = _named_body(view, j, last)
    if body is None and noun_end is not None and view.match_any(noun, _STUDENT_NOUNS) is not None:
        body = _described_school(view, j, last)
    if body is None or body + 1 >= last or view.pieces[body + 1].text not in _BRACKET_ENDS:
        return []
    evidence = provenance(view, k, body, EXTRACTOR, CONFIDENCE_BRACKETED)
    person, team = view.pieces[k].mention, view.pieces[body].mention
    if noun_end is not None and is_staff_noun(view, noun, noun_end):
        return [staff_post(view, person, team, (noun, noun_end), evidence)]  # "X ( giảng_viên Trường Y )"
    if (title := staff_title_before(view, k)) is not None:
        return [staff_post(view, person, team, title, evidence)]  # "Chiến_sĩ X ( Đội Y )"
    return [Statement(person, "memberOf", team, evidence)]


def _shared_bracketed_body(view: ArticleView, k: int, j: int, last: int) -> list[Statement]:
    """"A , B và C ( đều thuộc Y )": the body after a shared tie in brackets (``affiliations.shared-ties``)
    is that of the person at piece ``k`` and of each one listed before it."""
    body = _named_body(view, j, last) if j < last else None
    if body is None or body + 1 >= last or view.pieces[body + 1].text not in _BRACKET_ENDS:
        return []
    persons = [k]
    first = view.bounds(k)[0]
    while persons[0] - 2 >= first and view.pieces[persons[0] - 1].text in _LIST_MARKS and names_person(view, persons[0] - 2, last):
        persons.insert(0, persons[0] - 2)
    if len(persons) < 2:
        return []  # "đều" speaks of several
    team = view.pieces[body].mention
    evidence = provenance(view, persons[0], body, EXTRACTOR, CONFIDENCE_BRACKETED)
    return [Statement(view.pieces[p].mention, "memberOf", team, evidence) for p in persons]


def _past_place_in_body(view: ArticleView, i: int, last: int) -> int:
    """Past one's class or shirt number opening the brackets at piece ``i`` and closed by a comma
    ("lớp 10A1 ,", "số 10 ,": ``affiliations.place-in-body`` then one word), or ``i`` itself."""
    end = view.match_any(i, _PLACE_IN_BODY)
    if end is None or end + 1 >= last or view.pieces[i].mention is not None:
        return i
    value = view.pieces[end]
    if value.mention is not None or not value.is_word or view.pieces[end + 1].text != ",":
        return i
    return end + 2


def _described_school(view: ArticleView, k: int, last: int) -> int | None:
    """"sinh_viên năm thứ ba Trường Y", "học_sinh lớp 12 Trường Y": the school after a few words
    that say which year or class, with no name or mark among them."""
    for j in range(k, min(last, k + _CLASS_REACH + 1)):
        piece = view.pieces[j]
        if piece.mention is not None:
            return j if piece.mention.type in _BODY_TYPES and not piece.mention.reference and _of_kind(view, j, _SCHOOLS) else None
        if is_barrier(piece) or not piece.is_word:
            return None
    return None


def _is_common_noun(view: ArticleView, k: int) -> bool:
    """A member noun is a common noun inside a sentence, not a capitalised heading or a name's part
    (a quoted name is skipped by :func:`find_affiliations`; quoted speech is read as any sentence)."""
    piece = view.pieces[k]
    return piece.mention is None and piece.is_word


def _quoted_names(view: ArticleView) -> frozenset[int]:
    """The pieces inside short quotations within one sentence, which name a song, a show or a
    project ("ca_khúc “ Học trò ”"); a longer quotation is speech, whose words tell as any sentence's."""
    inside: set[int] = set()
    for quote in view.quotes:
        short = quote.close - quote.open - 1 <= _QUOTED_NAME_REACH
        if short and view.pieces[quote.open].sentence == view.pieces[quote.close].sentence:
            inside.update(range(quote.open + 1, quote.close))
    return frozenset(inside)


def _body(view: ArticleView, k: int, last: int, at: bool = True) -> int | None:
    """The body named at piece ``k``, or after "của" or "thuộc biên_chế (của)" there, or after
    "tại/ở" when ``at`` ("nghiên_cứu_viên tại Viện Y")."""
    if k < last and (link := view.match_any(k, _ON_ROLL) or view.match_any(k, _OF) or (view.match_any(k, _AT) if at else None)) is not None:
        k = link
    if k < last and (m := view.pieces[k].mention) is not None and m.type in _BODY_TYPES and not m.reference:
        return k
    return None


def _linked_body(view: ArticleView, k: int, last: int, at: bool) -> int | None:
    """The body after "của", "thuộc (biên_chế)" or, when ``at``, "tại/ở" at piece ``k``, maybe
    after a common noun of its kind ("của công_ty Y"); None when no such word stands at ``k``."""
    link = view.match_any(k, _ON_ROLL) or view.match_any(k, _BELONGS) or view.match_any(k, _OF)
    where = at and link is None and (link := view.match_any(k, _AT)) is not None
    if link is None or link >= last:
        return None
    body = _named_body(view, link, last)
    if body is not None and where and _of_kind(view, body, _GATHERINGS):
        return None  # "sinh_viên X tại Diễn_đàn Y": where one speaks, not one's body
    return body


def _body_after_description(view: ArticleView, k: int, last: int) -> int | None:
    """"chuyên_gia kinh_tế của Viện Y", "cầu_thủ trẻ thuộc biên_chế Y": the body after "của" or
    "thuộc biên_chế" that follows a member noun and a few words describing it, with no name or mark
    among them."""
    for step in range(k, min(last, k + _DESCRIPTION_REACH + 1)):
        piece = view.pieces[step]
        if piece.mention is not None or is_barrier(piece) or not piece.is_word:
            return None
        if step > k and (link := view.match_any(step, _ON_ROLL) or view.match_any(step, _OF)) is not None:
            return _named_body(view, link, last) if link < last else None
    return None


def _member_noun(view: ArticleView, k: int, end: int) -> list[Statement]:
    first, last = view.bounds(k)
    pairs: list[tuple[int, int]] = []
    noun_end, end = end, _past_nationality(view, _past_modifiers(view, end, last), last)  # "tiền_đạo trẻ người Pháp X của Y"
    at = view.match_any(k, _REPORTING_NOUNS) is None
    body = _body(view, end, last, at=at)
    if body is None:
        body = _linked_body(view, end, last, at=False)  # "cầu_thủ của đội_bóng Hải_Phòng"
    if body is None and view.match_any(k, _STUDENT_NOUNS) is not None:
        body = _described_school(view, end, last)
    if body is None:
        body = _body_after_description(view, end, last)
    if body is not None:
        following = view.pieces[body + 1] if body + 1 < last else None
        if names_person(view, body + 1, last):
            # "hậu_vệ (của) Arsenal Bacary_Sagna", "hậu_vệ Arsenal A , B và C"
            pairs.extend((p, body) for p in _listed_persons(view, body + 1, last))
        elif (
            following is not None
            and following.text == ","
            and _opens_clause(view, k, first)
            and _apposed_after_person(view, k, first) is None  # "A , tiền_đạo của Y , B …" lists A's apposition
            and names_person(view, body + 2, last)
        ):
            # "Theo ESPN , chân_sút thuộc biên_chế của Barcelona , Lionel_Messi đã …": the name in apposition
            pairs.extend((p, body) for p in _listed_persons(view, body + 2, last))
        elif following is not None and view.match_any(body + 1, _SUCH_AS) is not None:
            # "các cầu_thủ Arsenal như A , B và C"
            start = view.match_any(body + 1, _SUCH_AS)
            if names_person(view, start, last):
                pairs.extend((p, body) for p in _listed_persons(view, start, last))
        elif (examples := _examples_of_others(view, body + 1, last)) is not None:
            pairs.extend((p, body) for p in examples)  # "những cầu_thủ M.U khác bị chỉ_trích như A và B"
        elif (person := _apposed_after_person(view, k, first)) is not None and (
            following is None or is_barrier(following) or view.match_any(body + 1, cue_verbs()) is not None
        ):
            pairs.append((person, body))  # "Torres , tiền_đạo của Chelsea ,", "X , một nhân_viên của Y ,"
    elif names_person(view, end, last):
        persons = _listed_persons(view, end, last)
        after = persons[-1] + 1
        works_at = at and view.match_any(k, _WORK_AT_NOUNS) is not None
        if (team := _linked_body(view, after, last, works_at)) is not None:
            # "thủ_thành Cech của Chelsea", "tiền_đạo Messi và Neymar của Barca",
            # "thủ_thành A , hậu_vệ B và tiền_vệ C của Chelsea": every item of the list;
            # "cầu_thủ X thuộc biên_chế Y", "nghiên_cứu_viên X tại Viện Y", "kỹ_sư X của công_ty Y"
            persons = _members_listed_before(view, k, first) + persons
            pairs.extend((p, team) for p in persons)
        elif (team := _body_having(view, k, first)) is not None:
            pairs.extend((p, team) for p in persons)  # "Hà_Nội_FC gồm các cầu_thủ A , B và C"
        elif (team := _team_of_their(view, after, k, first, last)) is not None:
            pairs.extend((p, team) for p in persons)  # "Dortmund mở tỷ_số và tân_binh X của họ …"
    if not pairs:
        pairs.extend(_member_by_copula(view, k, end, first, last))
    staff = is_staff_noun(view, k, noun_end)
    if not staff and is_former(view, k):
        return []  # "cựu tiền_đạo X của Y": a tie broken off is no membership
    statements = []
    for person, team in pairs:
        evidence = provenance(view, min(k, person, team), max(person, team), EXTRACTOR, CONFIDENCE_MEMBER_NOUN)
        holder, body = view.pieces[person].mention, view.pieces[team].mention
        if staff:
            statements.append(staff_post(view, holder, body, (k, noun_end), evidence))
        else:
            statements.append(Statement(holder, "memberOf", body, evidence))
    return statements


def _examples_of_others(view: ArticleView, k: int, last: int) -> list[int] | None:
    """"(những cầu_thủ M.U) khác bị chỉ_trích trong cuốn sách như A và B": the persons listed as examples
    of a team's other members, "khác" at piece ``k`` and what is said of the group, with no name or mark,
    before "như"; two names at least, as one name after "như" may be compared ("chơi hay như X"), and
    no word of manner or likeness right before "như" (``affiliations.comparisons``)."""
    start = view.match_any(k, _GROUP_OTHERS)
    if start is None:
        return None
    for j in range(start, min(last, start + _EXAMPLES_REACH + 1)):
        piece = view.pieces[j]
        opener = view.match_any(j, _EXAMPLES_OPENERS)
        if opener is not None and j > start and ends_with_any(view, j - 1, _COMPARISONS, start) is not None:
            return None  # "… khác không_thể chơi hay như A và B": a comparison, not examples
        if opener is not None:
            persons = _listed_persons(view, opener, last) if names_person(view, opener, last) else []
            return persons if len(persons) >= 2 else None
        if piece.mention is not None or is_barrier(piece) or not piece.is_word:
            return None
    return None


def _past_modifiers(view: ArticleView, k: int, last: int) -> int:
    """The piece after the words that qualify a member noun at piece ``k`` ("cầu_thủ trẻ", "tiền_đạo
    chủ_lực": ``affiliations.noun-modifiers``), or ``k`` when there are none."""
    while k < last and view.pieces[k].mention is None and view.pieces[k].is_word and view.pieces[k].syllables in _NOUN_MODIFIERS:
        k += 1
    return k


def _past_nationality(view: ArticleView, k: int, last: int) -> int:
    """The piece after a nationality set after a member noun at piece ``k`` ("người Pháp",
    ``affiliations.nationality-asides`` then a place's name), or ``k`` when there is none."""
    if k + 1 >= last or not view.pieces[k].is_word or view.pieces[k].syllables not in _NATIONALITY_ASIDES:
        return k
    place = view.pieces[k + 1].mention
    return k + 2 if place is not None and place.type in _NATIONALITY_TYPES and not place.reference else k


def _body_having(view: ArticleView, k: int, first: int) -> int | None:
    """The body right before a verb by which it names its members ("gồm", "có"), the member noun at
    piece ``k`` after the verb and maybe an article ("Hà_Nội_FC gồm các cầu_thủ"), or None."""
    j = k - 1
    while j >= first and view.pieces[j].syllables in _ARTICLES:
        j -= 1
    verb = ends_with_any(view, j, _BODY_HAS, first) if j >= first else None
    if verb is None or verb - 1 < first:
        return None
    mention = view.pieces[verb - 1].mention
    return verb - 1 if mention is not None and mention.type in _BODY_TYPES and not mention.reference else None


def _opens_clause(view: ArticleView, k: int, first: int) -> bool:
    """Whether the noun at piece ``k`` opens its sentence or a clause after a comma, with no article
    ("các", "một") or verb before it: "thủ_môn của Y , X" then names X, not a group or an object."""
    return k == first or view.pieces[k - 1].text == ","


def _listed_persons(view: ArticleView, k: int, last: int) -> list[int]:
    """The person at piece ``k`` and those listed after it ("A , B và C"), each maybe after a member noun."""
    persons = [k]
    j = k + 1
    while j + 1 < last and view.pieces[j].text in _LIST_MARKS:
        nxt = view.match_any(j + 1, _MEMBER_NOUNS) or j + 1
        if not names_person(view, nxt, last):
            break
        persons.append(nxt)
        j = nxt + 1
    return persons


def _members_listed_before(view: ArticleView, k: int, first: int) -> list[int]:
    """The persons listed before the member noun at piece ``k``, each after a member noun of its own
    ("thủ_thành A , hậu_vệ B và [tiền_vệ] C")."""
    found: list[int] = []
    j = k - 1
    while j - 1 >= first and view.pieces[j].text in _LIST_MARKS:
        person = j - 1
        if not names_person(view, person, view.bounds(k)[1]):
            break
        noun = ends_with_any(view, person - 1, _MEMBER_NOUNS, first) if person - 1 >= first else None
        if noun is None:
            break
        found.insert(0, person)
        j = noun - 1
    return found


def _member_by_copula(view: ArticleView, k: int, end: int, first: int, last: int) -> list[tuple[int, int]]:
    """"X là (một) đảng_viên Đảng Y", "X là cầu_thủ quan_trọng của Arsenal": the subject of
    "là" is a member of the body named after the member noun, with a few words of description."""
    j = k - 1
    while j >= first and view.pieces[j].syllables in _ARTICLES:
        j -= 1
    if j < first or view.pieces[j].syllables not in _COPULAS or unrealised_before(view, j, first):
        return []  # "X muốn là cầu_thủ của Y", "X không phải là đảng_viên": no member
    verb = j
    if j - 2 >= first and view.pieces[j - 1].syllables in _REFLEXIVES and view.pieces[j - 2].is_word:
        verb = j - 2  # "X đã khẳng_định mình là cầu_thủ quan_trọng của Y": the subject of the verb before "mình"
    subjects = subject_before(view, verb, {EntityType.PERSON}, allow_pronoun=False) or _subject_past_aside(view, verb, first, last)
    if not subjects:
        return []
    at = view.match_any(k, _REPORTING_NOUNS) is None
    body = _body(view, end, last, at=at) or _linked_body(view, end, last, at)  # "là kỹ_sư của hãng Y"
    if body is None and view.match_any(k, _STUDENT_NOUNS) is not None:
        body = _described_school(view, end, last)
    step = end
    while body is None and step < min(last, end + _DESCRIPTION_REACH):
        piece = view.pieces[step]
        if piece.mention is not None or is_barrier(piece):
            return []
        if view.match_any(step, _OF) is not None:
            body = _body(view, step, last)
            break
        if (within := view.match_any(step, _WITHIN)) is not None and within < last:
            body = _named_body(view, within, last)  # "X là violon solo thứ ba trong Dàn_nhạc Y"
            break
        step += 1
    if body is None:
        return []
    return [(s.piece, body) for s in subjects]


def _subject_past_aside(view: ArticleView, verb: int, first: int, last: int) -> list[Argument]:
    """"Chị X , người Canada , hiện làm tình_nguyện_viên ở Y", "X , 35 tuổi , là đảng_viên …": the person
    before an aside of nationality or age (``affiliations.nationality-asides``, ``affiliations.age-asides``)
    is the subject of the verb after it."""
    close = skip_left(view, verb - 1, first, ())
    if close - 3 < first or view.pieces[close].text != "," or view.pieces[close - 3].text != ",":
        return []
    head, tail = view.pieces[close - 2], view.pieces[close - 1]
    nationality = (
        head.is_word
        and head.syllables in _NATIONALITY_ASIDES
        and tail.mention is not None
        and tail.mention.type in {EntityType.COUNTRY, EntityType.REGION, EntityType.CITY}
    )
    age = head.text.isdigit() and tail.is_word and tail.syllables in _AGE_ASIDES
    person = close - 4
    if not (nationality or age) or not names_person(view, person, last):
        return []
    return [Argument(view.pieces[person].mention, person)]


def _apposed_after_person(view: ArticleView, k: int, first: int) -> int | None:
    """The person just before the apposition the noun at piece ``k`` opens, maybe after an
    article ("X , một nhân_viên của Y") or after the year of birth in brackets ("X ( SN 1996 ) ,
    nhân_viên Y"), or None."""
    j = k - 1
    while j >= first and view.pieces[j].syllables in _ARTICLES:
        j -= 1
    if j - 1 < first or view.pieces[j].text not in APPOSITION_MARKS:
        return None
    last = view.bounds(k)[1]
    if names_person(view, j - 1, last):
        return j - 1
    mark = age_aside_before(view, j, first) if view.pieces[j].text == "," else None
    if mark is not None and view.pieces[mark].text == "," and names_person(view, mark - 1, last):
        return mark - 1  # "X , 21 tuổi , sinh_viên Y"
    # "X ( SN 1996 ) , nhân_viên …": past the year of birth in brackets
    opening = next((i for i in range(j - 2, max(first, j - _ASIDE_REACH) - 1, -1) if view.pieces[i].text == "("), None)
    if opening is not None and after_birth_aside(view, opening, last) == j and names_person(view, opening - 1, last):
        return opening - 1
    return None


def _scored_for(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    last = view.bounds(k)[1]
    # "X , người đang thi_đấu cho Y": the person a relative description is set after
    players = (
        subject_before(view, k, {EntityType.PERSON}, times, allow_pronoun=False)
        or described_person(view, k)
        or _main_subject_before_when(view, k)
    )
    if not players:
        players = _copula_subject_of_doer(view, k)  # "X là người ghi bàn duy_nhất cho Y"
    cleft = not players and _after_doer_noun(view, k)  # "Người lập_công cho Y là X"
    if not players and not cleft:
        return []
    for j in range(end, min(last, end + _SCORE_REACH)):
        piece = view.pieces[j]
        if is_barrier(piece):
            return []
        link = view.match_any(j, _FOR)
        if link is None and view.match_any(k, _PLAY_VERBS) is not None:
            link = view.match_any(j, _AT)  # "X chơi khá tốt ở Y": where one plays is one's team
        if link is None:
            if piece.mention is not None:
                return []
            continue
        team = _body(view, link, last)
        if team is None:
            return []
        if cleft:
            player = _named_after_cleft_copula(view, team + 1, last)
            if player is None:
                return []
            players = [Argument(view.pieces[player].mention, player)]
        pieces = [p.piece for p in players]
        evidence = provenance(view, min(k, *pieces), max(team, *pieces), EXTRACTOR, CONFIDENCE_SCORED_FOR)
        return [Statement(p.mention, "memberOf", view.pieces[team].mention, evidence) for p in players]
    return []


def _doer_noun_before(view: ArticleView, k: int) -> int | None:
    """The first piece of a noun of who does it ("người", a member noun) right before the verb at piece
    ``k``, maybe with an adverb between them ("người (đã) lập_công"), or None."""
    first = view.bounds(k)[0]
    j = k
    while j - 1 >= first and view.pieces[j - 1].is_word and view.match_any(j - 1, ADVERBS) == j:
        j -= 1
    noun = next((i for i in range(max(first, j - 2), j) if view.match_any(i, _DOER_NOUNS) == j), None)
    return noun if noun is not None and view.pieces[noun].mention is None else None


def _after_doer_noun(view: ArticleView, k: int) -> bool:
    """Whether the verb at piece ``k`` follows a noun of who does it that opens its clause:
    "Người (đã) lập_công cho Y là X"."""
    first = view.bounds(k)[0]
    noun = _doer_noun_before(view, k)
    if noun is None:
        return False
    return noun == first or is_barrier(view.pieces[noun - 1]) or view.pieces[noun - 1].syllables in _ARTICLES


def _copula_subject_of_doer(view: ArticleView, k: int) -> list[Argument]:
    """"X là (một) người ghi bàn cho Y", "X là cầu_thủ lập_công cho Y": the subject of the copula
    (``affiliations.copulas``) before the noun of who does what the verb at piece ``k`` says; none
    after a word of wish or negation ("X không phải là người ghi bàn cho Y")."""
    first = view.bounds(k)[0]
    noun = _doer_noun_before(view, k)
    if noun is None:
        return []
    j = noun - 1
    while j >= first and view.pieces[j].syllables in _ARTICLES:
        j -= 1
    if j < first or view.pieces[j].syllables not in _COPULAS or unrealised_before(view, j, first):
        return []
    return subject_before(view, j, {EntityType.PERSON}, allow_pronoun=False)


def _named_after_cleft_copula(view: ArticleView, k: int, last: int) -> int | None:
    """"(Người lập_công cho Y) ở phút 20 là tiền_đạo X": the person after "là", a few plain words after piece
    ``k`` and maybe after a member noun, or None."""
    for j in range(k, min(last, k + _CLEFT_REACH + 1)):
        piece = view.pieces[j]
        if (copula := view.match_any(j, _CLEFT_COPULAS)) is not None:
            person = view.match_any(copula, _MEMBER_NOUNS) or copula if copula < last else copula
            return person if names_person(view, person, last) else None
        if piece.mention is not None or is_barrier(piece) or not piece.is_word:
            return None
    return None


def _team_of_their(view: ArticleView, j: int, k: int, first: int, last: int) -> int | None:
    """"Dortmund mới có cơ_hội mở tỷ_số và tân_binh X của họ …": the one body named before the member
    noun at piece ``k`` in its sentence, when "của họ/mình" follows the persons at piece ``j``; none when
    the sentence names another body, or the body is one played or met (``roles.opponent-cues``)."""
    link = view.match_any(j, _OF) if j < last else None
    if link is None or link >= last or view.match_any(link, _THEIR) is None:
        return None
    named = [i for i in range(first, last) if (m := view.pieces[i].mention) is not None and m.type is not EntityType.PERSON]
    bodies = [i for i in named if i < k]
    if len(named) != 1 or len(bodies) != 1:
        return None
    team = bodies[0]
    mention = view.pieces[team].mention
    if mention.type not in _BODY_TYPES or mention.reference:
        return None
    if any(view.match_any(i, _OPPONENT_CUES) == team for i in range(max(first, team - 3), team)):
        return None
    return team


def _main_subject_before_when(view: ArticleView, k: int) -> list[Argument]:
    """"X đang có một mùa giải bùng_nổ khi đã đóng_góp 9 bàn cho Y": a clause of "khi" (``affiliations.when``)
    with no subject of its own shares the main clause's, the first name of the sentence, a person, with
    no name or mark between it and "khi"."""
    first = view.bounds(k)[0]
    j = k - 1
    while j >= first and view.pieces[j].is_word and view.match_any(j, ADVERBS) == j + 1:
        j -= 1  # "khi đã …"
    when = next((i for i in range(max(first, j - 2), j + 1) if view.match_any(i, _WHEN) == j + 1), None)
    if when is None:
        return []
    i = when - 1
    while i >= first and view.pieces[i].mention is None:
        if is_barrier(view.pieces[i]) or not view.pieces[i].is_word:
            return []
        i -= 1
    if i < first or view.pieces[i].mention.type is not EntityType.PERSON or view.pieces[i].mention.reference:
        return []
    if any(view.pieces[p].mention is not None for p in range(first, i)):
        return []  # "HLV X hài_lòng với Y khi …": the main clause's subject is not the name before "khi"
    return [Argument(view.pieces[i].mention, i)]

