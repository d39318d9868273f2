"""The spans of the mention finder: the words of a sentence as the scanner sees them,
and where a known name, an organisation, a facility, a title or a run of names starts and ends."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.analyse.tokens import SENTENCE_STARTERS, ends_in_initial, is_foreign_word
from kg.lexicon import Lexicon, syllables_of, word_list, word_syllables
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.model import AnalysedArticle, EntityType, Token

PERSON = EntityType.PERSON
QUALIFIER_TYPES = frozenset(
    {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.CITY, EntityType.REGION, EntityType.NEWS_AGENCY}
)
_MAX_NAME_TOKENS = 6
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_NAME_PARTICLES = frozenset(word_list("mentions.name-particles"))
#: Particles the segmenter may join to the syllable before them in a name ("Saud_al - Faisal").
_JOINED_PARTICLES = frozenset(word_list("mentions.joined-particles"))
#: Family names that open a Vietnamese personal name: within one, a syllable that is also a
#: place ("Anh", "Pháp", "Hà") is a given name ("Trần Tuấn Anh"), not the place.
_SURNAMES = frozenset(
    w.casefold() for w in word_list("names.vietnamese-surnames") + word_list("names.sino-vietnamese-surnames")
)
#: Family names that are also a place's kind word ("Hồ Gươm"): no name starts at them alone.
_PLACE_KIND_SURNAMES = frozenset(w.casefold() for w in word_list("names.surnames-also-place-kinds"))
#: Syllables of a Vietnamese personal name, family name included.
_MAX_VIETNAMESE_NAME = 4
_ORG_HEADS = frozenset({"org", "orgfacility", "orginst"})
COORDINATORS = frozenset(word_list("mentions.coordinators"))
#: A company's legal form between its kind and its name ("Công_ty TNHH", "Công_ty cổ_phần").
_LEGAL_FORMS = word_syllables("mentions.legal-forms")
_LONGEST_LEGAL_FORM = max(len(form) for form in _LEGAL_FORMS)
_FORM_JOINERS = frozenset({"-", "&"})
#: Heads of a company's name, the only bodies a legal form follows ("Công_ty", "Tập_đoàn").
_COMPANY_KINDS = word_syllables("names.company-kinds")
#: A school's level or a hospital's kind between the head and the name ("Trường ĐH", "Bệnh_viện Đa_khoa").
_INSTITUTION_LEVELS = word_syllables("names.institution-levels")
#: Party committees named by their level ("Tỉnh_ủy", "Thành_ủy"): a personal name after one is its
#: secretary's, not the committee's name ("Bí_thư Tỉnh_ủy Lê_Văn_An").
_LEVEL_COMMITTEES = word_syllables("names.level-committees")


@dataclass(slots=True)
class Word:
    """A token with what the scanner asks about it, computed once."""

    token: Token
    words: str
    lower: str
    capital: bool
    name_shaped: bool  # every syllable capitalised (or a digit): "Kim_Jong-un", "KCNA", "G20"
    initial: bool  # where a sentence (or a quote) starts
    may_start: bool = True  # could begin a name, a title or a cue


@dataclass(slots=True)
class Span:
    first: int
    end: int  # token index after the span
    type: EntityType | None
    strong: bool  # typed by gazetteer, cue, title or honorific


@dataclass(frozen=True, slots=True)
class Attached:
    """What stands attached to a name: its title ("Tổng_thống Nga") and
    honorific ("ông"), where they begin, and whether the span is a reference
    (a title with a qualifier and no name: "Tổng_thống Nga cho biết")."""

    title: str | None = None
    honorific: str | None = None
    prefix_start: int | None = None
    reference: bool = False
    title_span: tuple[int, int] | None = None


NOTHING_ATTACHED = Attached()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span the scan found in sentence ``sentence``, before it is typed."""

    sentence: int
    words: list[Word]
    span: Span
    attached: Attached


def prepare_words(tokens: tuple[Token, ...], lexicon: Lexicon) -> list[Word]:
    out: list[Word] = []
    previous = "."
    read = _reading(lexicon)
    for token in tokens:
        text = token.text
        words, lower, capital, name_shaped, may_start = read[text]
        out.append(Word(token, words, lower, capital, name_shaped, previous in SENTENCE_STARTERS, may_start))
        previous = text
    return out


class _Readings(dict):
    """What ``prepare_words`` reads of a token's text (words, lower, capital, name_shaped,
    may_start), by text: it depends on the text and the lexicon's starters only."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__()
        self.lexicon = lexicon

    def __missing__(self, text: str) -> tuple[str, str, bool, bool, bool]:
        words = text.replace("_", " ") if "_" in text else text
        first = text[:1]
        capital = first.isupper()
        lower = words.lower()
        if capital:
            name_shaped = "_" not in text or _name_syllables(text.split("_"))
            may_start = True
        else:
            name_shaped = False
            may_start = first.isdigit() or lower in self.lexicon.starters
        reading = (words, lower, capital, name_shaped, may_start)
        if len(self) < _MAX_READINGS:
            self[text] = reading
        return reading


#: Distinct token texts whose readings are kept.
_MAX_READINGS = 200_000
_READINGS: list[_Readings] = []


def _reading(lexicon: Lexicon) -> _Readings:
    """The kept readings for ``lexicon`` (made again when another lexicon is given)."""
    if not _READINGS or _READINGS[0].lexicon is not lexicon:
        _READINGS[:] = [_Readings(lexicon)]
    return _READINGS[0]


def _name_syllables(syllables: list[str]) -> bool:
    """Whether the syllables a segmenter joined make a name: each capitalised or a digit, but
    for a particle after the first ("Saud_al" of "Saud al-Faisal", "Bandar_bin Sultan")."""
    return all(s[:1].isupper() or s[:1].isdigit() or (i > 0 and s in _JOINED_PARTICLES) for i, s in enumerate(syllables))


def shouted(word: Word) -> bool:
    """Several Vietnamese syllables all in capitals: "NGUYỆT_PHƯƠNG", "TIN_LIÊN_QUAN"."""
    text = word.token.text
    if "_" not in text or not text.replace("_", "").isupper():
        return False
    return not is_foreign_word(word.words)


class SpanFinder:
    """Where names, titles and known names start and end in one article's words.

    ``capital_seen`` counts the words the article capitalises where no
    sentence starts; ``lower_seen`` holds the words it writes in lowercase.
    """

    def __init__(self, analysed: AnalysedArticle, lexicon: Lexicon, sentences: list[tuple[int, list[Word]]]) -> None:
        self.lex = lexicon
        self.text = analysed.article.text
        self.capital_seen: Counter[str] = Counter()
        self.lower_seen: set[str] = set()
        for _, words in sentences:
            for w in words:
                if w.capital and not w.initial:
                    self.capital_seen[w.words] += 1
                elif not w.capital:
                    self.lower_seen.add(w.words)

    def title_at(self, words: list[Word], i: int) -> int | None:
        """End index of the longest title phrase starting at ``i``."""
        titles = self.lex.titles
        key = ""
        found = None
        for j in range(i, min(len(words), i + self.lex.longest_title)):
            w = words[j]
            if w.name_shaped and j > i and "_" in w.token.text:
                break
            key = w.lower if j == i else f"{key} {w.lower}"
            if key not in self.lex.title_prefixes:
                break
            if key in titles:
                found = j + 1
        if found is None:
            return None
        if words[i].name_shaped and "_" in words[i].token.text:
            return None
        return found

    @staticmethod
    def is_acronym(word: Word) -> bool:
        """All capitals, two letters or more, no digits: "KCNA", "UBND_TP" (not "TIN_LIÊN_QUAN")."""
        text = word.token.text
        letters = text.replace("_", "")
        if not (len(letters) >= 2 and letters.isalpha() and letters.isupper()):
            return False
        return "_" not in text or not shouted(word)

    def is_department(self, word: Word) -> bool:
        if not word.capital or word.name_shaped:
            return False
        return word.lower in self.lex.common and word.words not in self.lex.names

    def span_at(self, words: list[Word], i: int) -> Span | None:
        """The longest name starting at ``i``: organisation, facility, gazetteer name or capitalised run."""
        best: Span | None = None
        for candidate in (
            self.organisation_at(words, i),
            self.facility_at(words, i),
            self.gazetteer_at(words, i),
        ):
            if candidate is not None and (best is None or candidate.end > best.end):
                best = candidate
        if best is not None:
            return best
        run = self.name_run(words, i)
        if run is not None:
            return Span(i, run, None, False)
        return None

    def gazetteer_at(self, words: list[Word], i: int) -> Span | None:
        names = self.lex.names
        word = words[i]
        if not (word.capital or word.token.text[:1].isdigit()) and word.words not in names:
            return None
        key = ""
        found: Span | None = None
        for j in range(i, min(len(words), i + self.lex.longest_name)):
            key = words[j].words if j == i else f"{key} {words[j].words}"
            if key not in self.lex.name_prefixes:
                break
            entity_type = names.get(key)
            if entity_type is not None:
                found = Span(i, j + 1, entity_type, True)
        if found is not None and found.end == i + 1 and word.initial and not word.name_shaped:
            return None
        if word.capital:
            lowered = self._body_written_lower_at(words, i)
            if lowered is not None and (found is None or lowered.end > found.end):
                return lowered
        return found

    def _body_written_lower_at(self, words: list[Word], i: int) -> Span | None:
        """A known body of three words or more written with lowercase words after the first: "Bộ kế_hoạch và đầu_tư"."""
        key = ""
        found: Span | None = None
        for j in range(i, min(len(words), i + self.lex.longest_name)):
            key = words[j].lower if j == i else f"{key} {words[j].lower}"
            if key not in self.lex.body_lower_prefixes:
                break
            entity_type = self.lex.bodies_lower.get(key)
            if entity_type is not None:
                found = Span(i, j + 1, entity_type, True)
        return found

    def organisation_at(self, words: list[Word], i: int) -> Span | None:
        cues = self.lex.cues
        key = ""
        head_end = None
        kind = None
        entity_type = None
        for j in range(i, min(len(words), i + 3)):
            key = words[j].words if j == i else f"{key} {words[j].words}"
            if key not in self.lex.cue_prefixes:
                break
            cue = cues.get(key)
            if cue is not None and cue[0] in _ORG_HEADS:
                head_end, kind, entity_type = j + 1, cue[0], cue[1]
        if head_end is None or unnamed_committee(self, words, i, head_end):
            return None
        j = after_legal_forms(words, head_end)
        company = j > head_end  # a company's own name follows its legal form, whatever its words
        j, consumed = self._name_after_head(words, head_end, j, kind, company)
        if not consumed and company and _head_syllables(words[i:head_end]) not in _COMPANY_KINDS:
            # "Sở Xây_dựng tỉnh X": a body that is no company has no legal form, the words are its name
            j, consumed = self._name_after_head(words, head_end, head_end, kind, False)
        if not consumed:
            return None
        return Span(i, j, entity_type, True)

    def _name_after_head(self, words: list[Word], head_end: int, j: int, kind: str, company: bool) -> tuple[int, int]:
        """Where the name after a body's head (ending at ``head_end``) and its legal form (ending at
        ``j``) ends, and how many words or runs it has (0: none)."""
        n = len(words)
        if kind == "orgfacility":
            # "Nhà_máy sản_xuất máy_bay Komsomolsk-on-Amur"
            k = j
            while k < n and k < j + 3 and words[k].token.text[:1].islower() and words[k].lower not in self.lex.function_words:
                k += 1
            if k < n and k > j and words[k].name_shaped:
                j = k
        consumed = 0
        while j < n:
            w = words[j]
            if not w.capital or w.lower in self.lex.titles or w.lower in self.lex.honorifics:
                break
            # A listed name, or a capitalised level word and its place ("Thành_ủy Thành_phố Hồ_Chí_Minh").
            gazetteer = self.gazetteer_at(words, j)
            placed = gazetteer.end if gazetteer is not None else place_after_level(self, words, j) if kind == "org" else None
            if placed is not None:
                j = placed
                consumed += 1
                break
            if w.name_shaped and " " not in w.words and j + 1 < n and joins_next(self, w, words[j + 1]):
                # "Bộ Tài chính" segmented as "Tài" + "chính".
                j += 2
                consumed += 1
                continue
            if syllables_of(w.token.text) in _INSTITUTION_LEVELS:
                j += 1  # "Trường ĐH …": the school's level, its name after it
                consumed += 1
                continue
            if w.name_shaped:
                # An institution takes a place after it, never a name: "Quốc_hội Uông_Chu_Lưu";
                # a company's name goes on: "Công_ty CP Ô_tô Trường_Hải".
                if (consumed and not company and not _levels_only(words[head_end:j])) or kind == "orginst":
                    break
                run = self.name_run(words, j, relaxed=True)
                j = self.before_personal_name(words, j, run) if run is not None else j + 1
                consumed += 1
                break
            j += 1
            consumed += 1
        return j, consumed

    def facility_at(self, words: list[Word], i: int) -> Span | None:
        """A name headed by a lowercase cue that is part of it, typed as the cue says:
        "sân_bay Nội_Bài" (a Facility), "bệnh_viện Bạch_Mai" (an Organization). A facility
        named by a city or a body the gazetteers list is no facility's name: in "sân_bay
        Moscow", "khách_sạn Bắc_Kinh" and "nhà_máy Nokia" the listed name stands, but not a
        district's or a town's: "chợ Cầu_Giấy" is the market."""
        head = _lowercase_head_at(self.lex, words, i)
        if head is None or head[0] >= len(words):
            return None
        head_end, entity_type = head
        run = self.name_run(words, head_end)
        listed = self.gazetteer_at(words, head_end)
        district = listed is not None and " ".join(w.words for w in words[head_end : listed.end]) in self.lex.cue_typed
        if district and listed is not None and entity_type is EntityType.FACILITY:
            return Span(i, listed.end, entity_type, True)
        if run is None:
            return None
        if entity_type is EntityType.FACILITY:
            if listed is not None and listed.end == run and listed.type is not EntityType.FACILITY:
                return None
        return Span(i, run, entity_type, True)

    def place_cue_at(self, words: list[Word], i: int) -> int | None:
        """The end of a word of place kind written before a place's name at ``i`` ("tỉnh", "thành_phố", "TP")."""
        key = ""
        found = None
        for j in range(i, min(len(words), i + 2)):
            key = words[j].lower if j == i else f"{key} {words[j].lower}"
            cue = self.lex.cues.get(key) or self.lex.cues.get(words[j].words if j == i else "")
            if cue is not None and cue[0] == "before":
                found = j + 1
        return found

    def name_run(self, words: list[Word], i: int, relaxed: bool = False) -> int | None:
        """End index of the run of name-shaped words starting at ``i``, or None.

        ``relaxed`` is for a place where a name is expected (after a title or
        an honorific): any capitalised word may start it there.
        """
        n = len(words)
        if i >= n or not (self.name_like(words[i], relaxed) or surname_split_off(self, words, i)):
            return None
        j = i + 1
        while j < n and j < i + _MAX_NAME_TOKENS:
            word = words[j]
            given = given_name_end(self, words, i, j) if word.name_shaped and not word.initial else None
            if given is not None:
                j = given
                continue
            if self.name_like(word, relaxed) and not word.initial:
                if self.gazetteer_at(words, j) is not None or word.lower in self.lex.titles:
                    break
                j += 1
                continue
            if ends_vietnamese_name(self, words, i, j):
                j += 1
                continue
            step = self.foreign_joint(words, i, j)
            if not step:
                break
            j += step
        return j

    def before_personal_name(self, words: list[Word], start: int, end: int) -> int:
        """Where a body's name run ``start``..``end`` stops before a person's name written after
        it: "Bộ Công_Thương Trần_Tuấn_Anh" is the ministry, then its minister."""
        for k in range(start + 1, end):
            first = re.split(r"[_\s]+", words[k].lower)[0]
            syllables = sum(len(re.split(r"[_\s]+", w.words)) for w in words[k:end])
            if first in _SURNAMES and 2 <= syllables <= _MAX_VIETNAMESE_NAME:
                return k
        return end

    def foreign_joint(self, words: list[Word], first: int, j: int) -> int:
        """Tokens to take at ``j`` to go on with a foreign name cut by the segmenter.

        "Park_Geun - hye", "Charles_Olivieri - Munroe", "Bashar al - Assad",
        "Juan_Martin del Potro": a hyphen or a particle between parts of a
        name that has a foreign syllable. Returns 0 when the name ends at ``j``.
        """
        n = len(words)
        if not is_foreign_word(" ".join(w.words for w in words[first:j])):
            return 0
        k = j
        while k < n and k < j + 2 and words[k].lower in _NAME_PARTICLES:
            k += 1  # "Ursula von der Leyen", "Charles de Gaulle"
        if k < n and words[k].token.text == "-":
            k += 1
        elif k < n and words[k].token.text == "." and ends_in_initial(words[k - 1].token.text):
            k += 1  # "George_W . Bush", "Sergei V . Mikhailov"
        if k == j or k >= n:
            return 0
        following = words[k]
        if self.gazetteer_at(words, k) is not None:
            return 0
        text = following.token.text
        if following.name_shaped or (text.isalpha() and text.islower() and len(text) <= 3 and k > j + 0 and words[k - 1].token.text == "-"):
            return k - j + 1
        return 0

    def name_like(self, word: Word, relaxed: bool = False) -> bool:
        if not word.name_shaped:
            return False
        lower = word.lower
        lex = self.lex
        if lower in lex.honorifics or lower in lex.titles:
            return False
        if word.words in lex.names:
            return True
        if " " in word.words:
            # Vietnamese words in capitals ("TIN_LIÊN_QUAN", a byline) are a name only where one is expected.
            return relaxed or not shouted(word)
        # One syllable: a common word or an acronym of one ("USD", "GDP") is not a name.
        if lower in lex.common:
            return False
        text = word.token.text
        if len(text) < 2 or not any(ch.isalpha() for ch in text) or _ROMAN.match(text) or "&" in text:
            return False
        if is_foreign_word(word.words) or text.isupper():
            return not word.initial or self.capital_seen[word.words] > 0 or relaxed or text.isupper()
        if relaxed:
            return True
        # A Vietnamese syllable capitalised on its own is a name only when the
        # article capitalises it where no sentence starts, more than once.
        return self.capital_seen[word.words] >= 2


def unnamed_committee(finder: SpanFinder, words: list[Word], i: int, head_end: int) -> bool:
    """Whether the head ``words[i:head_end]`` is a party committee named by its level and a personal
    name follows it: "Bí_thư Tỉnh_ủy Lê_Văn_An" is the committee unnamed, then its secretary."""
    return _head_syllables(words[i:head_end]) in _LEVEL_COMMITTEES and personal_name_at(finder, words, head_end)


def personal_name_at(finder: SpanFinder, words: list[Word], k: int) -> bool:
    """Whether a Vietnamese personal name no list knows runs from ``k`` to the end of its name run:
    a family name, then one to three capitalised syllables ("Lê_Hồng_Quang")."""
    run = finder.name_run(words, k, relaxed=True) if k < len(words) else None
    if run is None or finder.gazetteer_at(words, k) is not None:
        return False
    syllables = [s for w in words[k:run] for s in re.split(r"[_\s]+", w.words)]
    return syllables[0].casefold() in _SURNAMES and 2 <= len(syllables) <= _MAX_VIETNAMESE_NAME


def place_after_level(spans: SpanFinder, words: list[Word], i: int) -> int | None:
    """The end of a place written after a capitalised word of place kind at ``i``, up to a person's
    name run into it ("Thành_phố Hồ_Chí_Minh Lê_Thanh_Hải")."""
    cue_end = spans.place_cue_at(words, i)
    if cue_end is None or cue_end >= len(words):
        return None
    place = spans.gazetteer_at(words, cue_end)
    if place is not None:
        return place.end if place.type is not None and place.type.is_location else None
    run = spans.name_run(words, cue_end)  # "Thành_phố Hồ_Chí_Minh": no list holds the bare name
    return spans.before_personal_name(words, cue_end, run) if run is not None else None


def joins_next(finder: SpanFinder, word: Word, following: Word) -> bool:
    """True when a capitalised syllable and the lowercase one after it make a known word."""
    if following.capital or " " in following.words or not following.words.isalpha():
        return False
    joined = f"{word.lower} {following.lower}"
    return joined in finder.lex.common or joined in finder.lower_seen


def given_name_end(finder: SpanFinder, words: list[Word], first: int, j: int) -> int | None:
    """Where a place at ``j`` ends when it ends a Vietnamese name begun at ``first`` with a
    family name, or None: "Trần Tuấn Anh", "Thái Anh Văn" hold "Anh", not the United Kingdom;
    "Nguyễn Thanh Xuân", "Trần Long Biên" a district's two syllables as the given name."""
    place = finder.gazetteer_at(words, j)
    if place is None:
        return None
    syllables = [s for w in words[first : place.end] for s in re.split(r"[_\s]+", w.lower) if s]
    if not syllables or syllables[0] not in _SURNAMES or len(syllables) > _MAX_VIETNAMESE_NAME:
        return None
    if place.end == j + 1 and " " not in words[j].words and "_" not in words[j].words:
        return place.end
    # A place of two syllables is a given name only where the name stops with it.
    place_syllables = len(syllables) - len([s for w in words[first:j] for s in re.split(r"[_\s]+", w.lower) if s])
    ends = place.end >= len(words) or not words[place.end].name_shaped
    located = place.type is not None and place.type.is_location
    return place.end if located and place_syllables == 2 and ends else None


def ends_vietnamese_name(finder: SpanFinder, words: list[Word], first: int, j: int) -> bool:
    """Whether the capitalised syllable at ``j``, a common word alone ("Chính", "Cường", "Thắng"),
    is the given name that closes a Vietnamese name begun at ``first`` with a family name:
    "Phạm_Minh Chính", "Nguyễn_Văn Thắng". Titles, honorifics and words opening a sentence or
    a listed name are not."""
    word = words[j]
    if not word.capital or word.initial or " " in word.words or "_" in word.token.text:
        return False
    if word.lower in finder.lex.titles or word.lower in finder.lex.honorifics or not is_vietnamese_syllable(word.words):
        return False
    syllables = [s for w in words[first : j + 1] for s in re.split(r"[_\s]+", w.lower) if s]
    if syllables[0] not in _SURNAMES or not 3 <= len(syllables) <= _MAX_VIETNAMESE_NAME:
        return False
    return finder.gazetteer_at(words, j) is None


def surname_split_off(finder: SpanFinder, words: list[Word], i: int) -> bool:
    """A family name the segmenter cut from the rest of the name because it is also a word
    ("Hồ Đức_Phớc", "Mai Tiến_Dũng"): capitalised, followed by a name-shaped word."""
    word = words[i]
    return (
        word.capital
        and " " not in word.words
        and word.lower in _SURNAMES
        and word.lower not in _PLACE_KIND_SURNAMES
        and i + 1 < len(words)
        and words[i + 1].name_shaped
        and not words[i + 1].initial
        and finder.gazetteer_at(words, i + 1) is None
    )


def _lowercase_head_at(lexicon: Lexicon, words: list[Word], i: int) -> tuple[int, EntityType] | None:
    """Where the longest lowercase cue of the kind that heads a name ("sân_bay", "bệnh_viện")
    starting at ``i`` ends, and the type it gives the name; None when no such cue starts there."""
    key = ""
    found = None
    for j in range(i, min(len(words), i + 3)):
        word = words[j]
        if word.capital:
            break
        key = word.lower if j == i else f"{key} {word.lower}"
        if key not in lexicon.cue_prefixes:
            break
        cue = lexicon.cues.get(key)
        if cue is not None and cue[0] == "facility":
            found = (j + 1, cue[1])
    return found


def _head_syllables(words: list[Word]) -> tuple[str, ...]:
    """The lowercase syllables of a name's head ("Tổng_công_ty" → ("tổng", "công", "ty"))."""
    return tuple(s for w in words for s in syllables_of(w.lower))


def after_legal_forms(words: list[Word], start: int) -> int:
    """Where the words of a company's legal form that begin at ``start`` end ("TNHH MTV",
    "cổ_phần", "TM - DV"): the company's own name starts there. ``start`` when there are none."""
    n = len(words)
    end = start
    j = start
    while j < n:
        matched = None
        syllables: tuple[str, ...] = ()
        for k in range(j, min(n, j + _LONGEST_LEGAL_FORM)):
            syllables += syllables_of(words[k].token.text)
            if syllables in _LEGAL_FORMS:
                matched = k + 1
            if len(syllables) >= _LONGEST_LEGAL_FORM:
                break
        if matched is None:
            return end
        end = j = matched
        if j + 1 < n and words[j].token.text in _FORM_JOINERS:
            j += 1  # "TM - DV": a joiner counts only when a form follows it
    return end


def _levels_only(words: list[Word]) -> bool:
    """Whether ``words``, between an institution's head and a name, are all of its level or kind
    ("ĐH", "THPT", "Đa_khoa"): a person's name after them is the institution's own."""
    syllables: tuple[str, ...] = tuple(s for w in words for s in syllables_of(w.token.text))
    if not syllables:
        return False
    k = 0
    while k < len(syllables):
        step = next((n for n in (2, 1) if syllables[k : k + n] in _INSTITUTION_LEVELS), None)
        if step is None:
            return False
        k += step
    return True
