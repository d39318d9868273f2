"""Named-entity mentions: find and type every name of an analysed article.

One left-to-right pass per sentence over plain dicts and sets:

* gazetteer names (longest match), organisation heads that start a name
  ("Bộ Ngoại_giao Mỹ", "Viện_Hàn_lâm Khoa_học Nga"), facility cues that are
  part of the name ("sân_bay vũ_trụ Vostochny") and runs of capitalised words;
* titles and honorifics in front of a name are attached to it ("Tổng_thống
  Nga" + "Vladimir_Putin"); a title with a qualifier and no name after it is a
  reference mention ("Tổng_thống Nga cho biết…");
* names the gazetteers do not know are typed by their cue ("thành_phố X"),
  their title, a foreign suffix ("… Cosmodrome"), the type the same name got
  elsewhere in the article, or a preposition of place.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.mention_spans import (
    NOTHING_ATTACHED,
    PERSON,
    QUALIFIER_TYPES,
    Attached,
    Candidate,
    Span,
    SpanFinder,
    Word,
    prepare_words,
)
from kg.extract.mention_types import MentionTyper
from kg.extract.speaking_names import speaker_before_saying
from kg.lexicon import Lexicon, load_lexicon, ministry_departments, syllables_of, word_list, word_syllables
from kg.model import AnalysedArticle, EntityType, Mention
from kg.tagger.personal_names import vietnamese_name_shaped


#: Words between a title's country and the place where the post is held: "Đại_sứ Ấn_Độ tại Nga".
_POSTED_AT = frozenset(w.replace("_", " ").lower() for w in word_list("roles.posted-at"))
#: Kinds of company, capitalised at the head of a company's name ("Công_ty", "Tập_đoàn").
_COMPANY_KINDS = frozenset(w.replace("_", " ").lower() for w in word_list("names.company-kinds"))
#: Kinds of company and other body whose names may follow a title ("Giám_đốc Bệnh_viện Chợ_Rẫy").
_NAMED_BODY_KINDS = _COMPANY_KINDS | frozenset(w.replace("_", " ").lower() for w in word_list("names.named-body-kinds"))
#: A company's boards ("HĐQT", "Hội_đồng thành_viên"), whose company may follow them in a title.
_BOARDS = word_syllables("roles.boards")
#: A ministry's name without "Bộ" ("Công_Thương"): after a title, the title's department however written.
_DEPARTMENTS = ministry_departments()
_LONGEST_DEPARTMENT = max(map(len, _DEPARTMENTS))
#: Marks a ministry's name may hold ("Lao_động - Thương_binh và Xã_hội", "Văn_hóa, Thể_thao và Du_lịch").
_DEPARTMENT_MARKS = "-–,"
#: Titles whose department a ministry's name is ("Bộ_trưởng", "Thứ_trưởng").
_MINISTER_TITLES = word_syllables("names.minister-titles")
#: Marks between a name and the title apposed to it ("X - Giám_đốc Y", "X ( Giám_đốc Y )").
_APPOSING_MARKS = frozenset(word_list("names.apposed-title-marks"))
#: Verbs whose subject holds the title after them ("X là Giám_đốc Công_ty Sông Hồng .").
_COPULAS_BEFORE_TITLE = frozenset(w.replace("_", " ").lower() for w in word_list("names.copulas-before-title"))
#: Marks that close an apposed title ("X ( Giám_đốc Y )", "X - Giám_đốc Y , …").
_APPOSITION_ENDS = frozenset(word_list("names.apposed-title-ends"))
#: Heads of a body's name a title may end with, which the body then keeps ("Trưởng Ban Dân_tộc tỉnh X").
_TITLE_SHARED_HEADS = frozenset(w.replace("_", " ").lower() for w in word_list("names.title-shared-heads"))
#: Groups that lead a body, named by a head and a title ("ban lãnh_đạo", "ban giám_đốc"): the title names no person.
_LEADERSHIP_GROUPS = word_syllables("bodies.leadership-groups")


def _is_board(words: list[Word], span: Span) -> bool:
    return syllables_of(" ".join(w.lower for w in words[span.first : span.end])) in _BOARDS


def _body_opened_in_title(spans: SpanFinder, words: list[Word], start: int, title_end: int) -> Span | None:
    """The body whose name opens with the last word of the title ``words[start:title_end]``,
    written capitalised: "Trưởng Ban Dân_tộc tỉnh X", "Chánh Văn_phòng UBND tỉnh Y" (the head is
    the body's, the title shares it); None when no body's name goes on past the title."""
    head = title_end - 1
    if head <= start or not words[head].capital or words[head].lower not in _TITLE_SHARED_HEADS:
        return None
    body = spans.organisation_at(words, head)
    if body is None or body.end <= title_end:
        return None
    return body


class MentionFinder:
    """Finds the mentions of one article: scans each sentence for spans, then types them."""

    def __init__(self, analysed: AnalysedArticle, lexicon: Lexicon) -> None:
        self.analysed = analysed
        self.lex = lexicon
        self.text = analysed.article.text
        self.sentences = [(s.index, prepare_words(s.tokens, lexicon)) for s in analysed.sentences]
        self.spans = SpanFinder(analysed, lexicon, self.sentences)
        self.types = MentionTyper(lexicon, self.spans)

    # -- public --------------------------------------------------------------

    def find(self) -> tuple[Mention, ...]:
        candidates = [
            Candidate(index, words, span, attached)
            for index, words in self.sentences
            for span, attached in self._scan(words)
        ]
        known = self.types.article_types(candidates)
        candidates = [
            c
            for c in candidates
            if not self.types.is_language(c.words, c.span) and (c.span.strong or not self.types.is_work(c.words, c.span))
            and not self.types.inside_a_phrase(c.words, c.span)
        ]
        types = [self.types.listed_type(c.words, c.span) or self.types.guess_type(c.words, c.span, known) for c in candidates]
        self.types.type_coordinated(candidates, types)
        mentions: list[Mention] = []
        for candidate, entity_type in zip(candidates, types):
            words, span, extra = candidate.words, candidate.span, candidate.attached
            if entity_type is None:
                entity_type = self.types.default_type(words, span)
            if entity_type is None:
                continue
            first, last = words[span.first].token, words[span.end - 1].token
            mentions.append(
                Mention(
                    article_id=self.analysed.id,
                    sentence=candidate.sentence,
                    start=first.start,
                    end=last.end,
                    text=self.text[first.start : last.end],
                    type=entity_type,
                    title=extra.title,
                    honorific=extra.honorific,
                    prefix_start=extra.prefix_start,
                    reference=extra.reference,
                    title_span=extra.title_span,
                )
            )
        mentions.sort(key=lambda m: (m.start, m.end))
        return tuple(mentions)

    def _scan(self, words: list[Word]):
        n = len(words)
        i = 0
        honorific: tuple[int, str] | None = None
        while i < n:
            word = words[i]
            if not word.may_start and honorific is None:
                i += 1
                continue
            # An honorific before a title or a name: "ông Kim", "Ông Putin", "bà Harf".
            if word.lower in self.lex.honorifics and (not word.capital or word.initial) and i + 1 < n:
                if self.spans.title_at(words, i) is None and (
                    self.spans.title_at(words, i + 1) is not None or self.spans.name_run(words, i + 1, relaxed=True) is not None
                ):
                    honorific = (i, word.words.lower())
                    i += 1
                    continue
            title_end = _person_title_end(words, i, self.spans.title_at(words, i), honorific)
            if title_end is not None:
                found, i = self._after_title(words, i, title_end, honorific)
                yield from found
                honorific = None
                continue
            if honorific is not None:
                run = self.spans.name_run(words, i, relaxed=True)
                honorific_index, honorific_word = honorific
                honorific = None
                if run is not None:
                    span = self.spans.span_at(words, i)
                    if span is None or span.type is None or span.type == PERSON or span.end <= run:
                        span = Span(i, run, PERSON, True)
                    else:
                        span = Span(span.first, span.end, PERSON, True)
                    prefix = words[honorific_index].token.start
                    yield span, Attached(honorific=honorific_word, prefix_start=prefix)
                    i = span.end
                    continue
            # "Ancelotti khẳng_định …": a name no list knows, before a verb of saying, is a person
            span = self.spans.span_at(words, i) or speaker_before_saying(self.spans, self.lex, words, i)
            if span is not None:
                if span.type is EntityType.ORGANIZATION:
                    span = self._with_its_place(words, span)  # "TAND tỉnh Quảng_Nam", "UBND TP Hà_Nội"
                yield span, NOTHING_ATTACHED
                i = span.end
                continue
            i += 1

    def _after_title(
        self, words: list[Word], start: int, title_end: int, honorific: tuple[int, str] | None
    ) -> tuple[list[tuple[Span, Attached]], int]:
        """Mentions of the title phrase at ``start``, and the index where scanning goes on.

        "Tổng_thống Nga Vladimir_Putin" gives the qualifier "Nga" and the person
        with their title; "Tổng_thống Nga cho biết" gives "Nga" and a reference.
        """
        n = len(words)
        title_end = self._past_bracketed_title(words, title_end)  # "Tổng_giám_đốc ( CEO ) Tập_đoàn FPT X"
        department_end, shared = title_end, _body_opened_in_title(self.spans, words, start, title_end)  # "Trưởng Ban Dân_tộc"
        if shared is None and self._minister_title(words, start, title_end):
            department_end = self._department_end(words, title_end)  # "Bộ_trưởng Công_Thương"
        k = department_end
        # Department words written capitalised: "Bộ_trưởng Quốc_phòng"; not the kind of body
        # that heads a body's name ("giám_đốc Công_ty TNHH Minh_Phát", "Giám_đốc Bệnh_viện Chợ_Rẫy").
        while (
            shared is None and k < n
            and k < title_end + 2
            and self.spans.is_department(words[k])
            and not self._named_body_at(words, k)
            and not self._local_body_at(words, k)
        ):
            k += 1
        found: list[tuple[Span, Attached]] = []
        qualifier = shared if shared is not None else self._qualifier_at(words, k)
        if department_end > title_end and qualifier is None:
            # "Thứ_trưởng Công_an X": the ministry of the country the article is of, the post's body
            found.append((Span(title_end, department_end, EntityType.ORGANIZATION, True), NOTHING_ATTACHED))
        if qualifier is not None and qualifier.type is EntityType.ORGANIZATION:
            qualifier = self._with_its_place(words, qualifier)
        if qualifier is not None:
            found.append((qualifier, NOTHING_ATTACHED))
            # A second qualifier: "Chủ_tịch UBND_TP Hà_Nội".
            second = self._qualifier_at(words, qualifier.end)
            if second is not None and second.type is not None and (second.type.is_location or _is_board(words, qualifier)):
                # ... or the company of a board: "Chủ_tịch HĐQT Tập_đoàn Hòa_Phát Trần_Đình_Long"
                found.append((second, NOTHING_ATTACHED))
                qualifier = Span(qualifier.first, second.end, qualifier.type, True)
        after = qualifier.end if qualifier else k
        posted = self._posted_at(words, after) if qualifier is not None else None
        if posted is not None:
            found.append((posted, NOTHING_ATTACHED))  # "Đại_sứ Ấn_Độ tại Nga X": where the post is held
            after = posted.end
        abbreviation = self._bracketed_abbreviation(words, after) if qualifier is not None else None
        if abbreviation is not None:
            # "Tổng_giám_đốc Quỹ Tiền_tệ Quốc_tế ( IMF ) Christine_Lagarde": the body's short name
            found.append((abbreviation, NOTHING_ATTACHED))
            after = abbreviation.end + 1
        title_span = (words[start].token.start, words[after - 1].token.end)
        prefix = Attached(
            title=self.text[title_span[0] : title_span[1]],
            title_span=title_span,
            honorific=honorific[1] if honorific else None,
            prefix_start=words[honorific[0] if honorific else start].token.start,
        )
        run = self.spans.name_run(words, after, relaxed=True) if after < n else None
        if run is not None and qualifier is not None and self._rest_of_apposed_body(words, start, after, run):
            found = [(s, a) for s, a in found if s is not qualifier]
            found.append((Span(qualifier.first, run, EntityType.ORGANIZATION, True), NOTHING_ATTACHED))
            return found, run
        if run is not None:
            found.append((Span(after, run, PERSON, True), prefix))
            return found, run
        head = " ".join(w.lower for w in words[start:title_end])
        if qualifier is not None and head not in self.lex.roles:
            found.append((Span(start, after, PERSON, True), replace(prefix, reference=True)))
        return found, max(after, start + 1)

    def _past_bracketed_title(self, words: list[Word], k: int) -> int:
        """Past the same title written again in brackets right after a title, in another language
        ("Tổng_giám_đốc ( CEO )", "Giám_đốc điều_hành ( CEO )"), or ``k`` itself."""
        if k + 2 >= len(words) or words[k].token.text != "(" or words[k + 2].token.text != ")":
            return k
        inside = self.spans.title_at(words, k + 1)
        return k + 3 if inside == k + 2 else k

    def _bracketed_abbreviation(self, words: list[Word], k: int) -> Span | None:
        """The short name in brackets right after a title's body, when a name follows the
        brackets ("Giám_đốc Quỹ Tiền_tệ Quốc_tế ( IMF ) Christine_Lagarde"), or None."""
        if k + 3 >= len(words) or words[k].token.text != "(" or words[k + 2].token.text != ")":
            return None
        if not self.spans.is_acronym(words[k + 1]) or self.spans.name_run(words, k + 3, relaxed=True) is None:
            return None
        return Span(k + 1, k + 2, EntityType.ORGANIZATION, True)

    @staticmethod
    def _rest_of_apposed_body(words: list[Word], start: int, after: int, run: int) -> bool:
        """Whether the one word ``words[after:run]`` after the body of a title apposed to a name
        ("An_Teg_Won - Giám_đốc Viện Đông_y Cheonan ,", "X ( Tổng_giám_đốc Công_ty Sông Đà )")
        or said of a subject ("X là Giám_đốc Công_ty Sông Hồng .") ends the body's name: the
        title's holder is the name before it, and a word closing the apposition or the clause
        is no second person (a Vietnamese full name still is one)."""
        if start < 1:
            return False
        before = words[start - 1]
        apposed = start >= 2 and before.token.text in _APPOSING_MARKS and words[start - 2].name_shaped
        if not apposed and before.lower not in _COPULAS_BEFORE_TITLE:
            return False
        if run != after + 1 or vietnamese_name_shaped(words[after].words):
            return False
        return run == len(words) or words[run].token.text in _APPOSITION_ENDS

    @staticmethod
    def _minister_title(words: list[Word], start: int, end: int) -> bool:
        """Whether the title ``words[start:end]`` ends with a minister's title ("quyền Bộ_trưởng")."""
        syllables = syllables_of(" ".join(w.lower for w in words[start:end]))
        return any(syllables[-len(title):] == title for title in _MINISTER_TITLES)

    @staticmethod
    def _department_end(words: list[Word], k: int) -> int:
        """Where a ministry's name written right after a title ends ("Bộ_trưởng Công_Thương"), or ``k``."""
        syllables: list[str] = []
        end = k
        for j in range(k, min(len(words), k + _LONGEST_DEPARTMENT + 2)):
            if j > k and words[j - 1].token.text[-1:] in ".;:!?":
                break  # a word ending a clause ends the name
            found = [s for s in words[j].lower.replace("_", " ").split() if s.strip(_DEPARTMENT_MARKS)]
            syllables.extend(s.strip(_DEPARTMENT_MARKS) for s in found)
            if len(syllables) > _LONGEST_DEPARTMENT:
                break
            if found and tuple(syllables) in _DEPARTMENTS:
                end = j + 1
        return end

    def _named_body_at(self, words: list[Word], k: int) -> bool:
        """Whether a body's name starts at ``k`` with its kind ("Công_ty TNHH Minh_Phát", "Bệnh_viện Chợ_Rẫy"):
        the kind then heads the name, it is no department word of the title. A company's kind
        alone ("giám_đốc Công_ty") is the company; another kind alone ("Giám_đốc Trung_tâm") is not."""
        kind = words[k].lower
        if kind not in _NAMED_BODY_KINDS:
            return False
        body = self.spans.organisation_at(words, k)
        return body is not None and (kind in _COMPANY_KINDS or body.end > k + 1)

    def _local_body_at(self, words: list[Word], k: int) -> bool:
        """Whether a body the gazetteers list in more than one word starts at ``k`` with a level
        word after it, or in three words or more with the holder's name right after it:
        "Chủ_tịch Ủy_ban nhân_dân xã X" names the commune's committee, "Chủ_tịch Ủy_ban châu Âu X"
        the European one; "Ủy_ban" is no department word of the title."""
        listed = self.spans.gazetteer_at(words, k)
        return (
            listed is not None
            and listed.type is EntityType.ORGANIZATION
            and listed.end > k + 1
            and (self._named_right_after(words, listed.end) if listed.end > k + 2 else self.spans.place_cue_at(words, listed.end) is not None)
        )

    @staticmethod
    def _named_right_after(words: list[Word], j: int) -> bool:
        """Whether a capitalised word, the holder's name, follows the body at ``j`` ("Ủy_ban châu Âu
        Ursula"); "Ủy_ban Tài_chính - Ngân_sách của Quốc_hội , ông X" keeps the title apart."""
        return j < len(words) and words[j].capital

    def _posted_at(self, words: list[Word], k: int) -> Span | None:
        """"tại Nga" after a title and its country, when a name follows: the place the post is held in."""
        if k + 1 >= len(words) or words[k].lower not in _POSTED_AT:
            return None
        place = self._qualifier_at(words, k + 1)
        if place is None or place.type is None or not place.type.is_location:
            return None
        if place.end >= len(words) or self.spans.name_run(words, place.end, relaxed=True) is None:
            return None
        return place

    def _with_its_place(self, words: list[Word], body: Span) -> Span:
        """A body after a title with the place written after it: "Chủ_tịch UBND tỉnh Quảng_Nam X"
        names the committee of the province, one organisation."""
        k = body.end
        cue_end = self.spans.place_cue_at(words, k)
        if cue_end is None or cue_end >= len(words):
            return body
        place = self.spans.span_at(words, cue_end)
        if place is not None and place.type is None and self.spans.before_personal_name(words, cue_end - 1, place.end) == cue_end:
            # "Phó_Chủ_tịch HĐND tỉnh Lê_Văn_Hùng": the province's council, then a person
            return Span(body.first, cue_end, EntityType.ORGANIZATION, True)
        if place is not None and place.type is None and self.spans.name_run(words, cue_end) == place.end:
            # "TAND huyện Bình_Chánh": a place no list knows, named by its level word, up to a
            # person's name run into it ("UBND xã Tân_Phú Nguyễn_Văn_An")
            end = self.spans.before_personal_name(words, cue_end, place.end)
            return Span(body.first, end, EntityType.ORGANIZATION, True)
        if place is None or place.type is None or not place.type.is_location:
            return body
        return Span(body.first, place.end, EntityType.ORGANIZATION, True)

    def _qualifier_at(self, words: list[Word], k: int) -> Span | None:
        """A country, place or organisation right after a title, or None."""
        if k >= len(words):
            return None
        qualifier = self.spans.span_at(words, k)
        if qualifier is not None and qualifier.type is None and self.spans.is_acronym(words[k]):
            # "lãnh_đạo UBND_TP": an acronym after a title names an organisation, not the person;
            # a person's name after it ends the organisation ("LĐLĐ VN Trần_Thanh_Hải")
            end = self.spans.before_personal_name(words, k, qualifier.end)
            if end == k + 1 or end < qualifier.end:
                return Span(k, end, EntityType.ORGANIZATION, True)
        if qualifier is not None and qualifier.type not in QUALIFIER_TYPES:
            return None
        return qualifier


def _person_title_end(words: list[Word], start: int, title_end: int | None, honorific: tuple[int, str] | None) -> int | None:
    """``title_end``, the end of the title at ``start``, or None when no honorific stands before it and it
    ends the name of a group that leads a body with the word before it ("ban lãnh_đạo SHB Đà_Nẵng",
    ``bodies.leadership-groups``): the body's leadership, no person."""
    if title_end is None or honorific is not None or start == 0:
        return title_end
    group = syllables_of(" ".join(w.lower for w in words[start - 1 : title_end]))
    return None if group in _LEADERSHIP_GROUPS else title_end


def find_mentions(analysed: AnalysedArticle) -> tuple[Mention, ...]:
    """Every named-entity mention of ``analysed``, in text order.

    A mention's span covers the name only; its title and honorific are in
    ``title``/``honorific`` with ``prefix_start`` where they begin. A title
    with a qualifier and no name after it is a mention with ``reference=True``.
    """
    return MentionFinder(analysed, load_lexicon()).find()
