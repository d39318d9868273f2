"""Tokens with offsets, and repair of the segmenter's glued tokens.

The segmenter joins syllables of one word with ``_``; sometimes it joins two
words that do not belong together (``Kim_kể``, ``AFP_Phát_ngôn_viên``,
``thăm_Nga``, ``._Phát_ngôn_viên``). A glued token is cut back into words by
evidence: the capitalisation of each syllable, the gazetteers and word lists,
and the words the same article uses on their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import Lexicon
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.model import EntityType

QUOTES = frozenset('"“”‘’()[]…')
SENTENCE_STARTERS = frozenset({".", "!", "?", "…", '"', "“", "”", ":", "(", "-", "–", "'", "‘", "’"})

# Syllable classes.
PUNCT, DIGIT, UPPER, CAPITAL, LOWER = "P", "D", "U", "C", "L"


def raw_tokens(text: str) -> list[tuple[str, int, int]]:
    """Whitespace-separated tokens of ``text`` with their offsets."""
    tokens = []
    position = 0
    find = text.find
    # str.split and the regex's \S agree on what is whitespace; a word holds none,
    # so its first occurrence from the end of the previous one is where it stands.
    for word in text.split():
        start = find(word, position)
        position = start + len(word)
        tokens.append((word, start, position))
    return tokens


@lru_cache(maxsize=65536)
def syllable_class(syllable: str) -> str:
    """P (no letter or digit), D (starts with a digit), U (all-caps, 2+ letters), C (capitalised) or L."""
    first = syllable[:1]
    if not any(ch.isalnum() for ch in syllable):
        return PUNCT
    if first.isdigit():
        return DIGIT
    letters = [ch for ch in syllable if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return UPPER
    if first.isupper():
        return CAPITAL
    if not first.isalpha():
        # "-" or a quote glued in front: judge by the first letter.
        for ch in syllable:
            if ch.isalpha():
                return CAPITAL if ch.isupper() else LOWER
        return PUNCT
    return LOWER


@lru_cache(maxsize=65536)
def is_foreign_word(words: str) -> bool:
    """True when some syllable of ``words`` cannot be Vietnamese ("Reuters", "Zvezda", "Sky News")."""
    return any(not is_vietnamese_syllable(s) for s in words.replace("-", " ").split() if s.isalpha())


@dataclass(slots=True)
class ArticleEvidence:
    """What the article itself says about its words, gathered before repair.

    ``lower`` holds every all-lowercase token (as words); ``capital`` every
    capitalised token seen where a sentence cannot start, so it is a name.
    """

    lower: set[str]
    capital: Counter[str]
    name_parts: set[str]

    @classmethod
    def gather(cls, tokens: list[tuple[str, int, int]]) -> ArticleEvidence:
        lower: set[str] = set()
        capital: Counter[str] = Counter()
        name_parts: set[str] = set()
        previous = "."
        for text, _, _ in tokens:
            first = text[:1]
            if first.islower() and "_" not in text:
                lower.add(text)  # one syllable, lowercase: most tokens
                previous = text
                continue
            words = text.replace("_", " ")
            syllables = words.split(" ")
            if first.islower():
                if all(s[:1].islower() for s in syllables):
                    lower.add(words)
            elif first.isupper():
                if previous not in SENTENCE_STARTERS:
                    capital[words] += 1
                if len(syllables) > 1 and all(s[:1].isupper() for s in syllables) and is_foreign_word(words):
                    for i in range(1, len(syllables)):
                        name_parts.add(" ".join(syllables[:i]))
            previous = text
        return cls(lower, capital, name_parts)


class Repairer:
    """Cuts glued tokens back into words."""

    def __init__(self, lexicon: Lexicon, evidence: ArticleEvidence) -> None:
        self.lexicon = lexicon
        self.evidence = evidence

    def repair(
        self, text: str, start: int, next_text: str = "", previous_text: str = ""
    ) -> list[tuple[str, int, int]]:
        """The pieces of the token ``text`` at ``start``; one piece when it is not glued.

        ``next_text`` and ``previous_text`` are the neighbouring tokens, for a
        word the segmenter cut in two ("Kim_kể từ", "Ấn Độ_Manmohan_Singh").
        """
        if len(text) > 1 and (text[0] in QUOTES or text[-1] in QUOTES):
            return self._split_quotes(text, start, next_text)
        if "_" not in text or text.startswith("_") or text.endswith("_") or "__" in text:
            return [(text, start, start + len(text))]
        if text.islower() and text.replace("_", "").replace("-", "").isalpha():
            return [(text, start, start + len(text))]  # lowercase words only: nothing to cut
        syllables = text.split("_")
        if previous_text and f"{previous_text.replace('_', ' ')} {syllables[0]}" in self.lexicon.names:
            # "Ấn Độ_Manmohan_Singh", "Liên_Hợp Quốc_Ban Ki-moon": the first syllable ends the
            # name begun by the previous token.
            head = syllables[0]
            rest = self.repair("_".join(syllables[1:]), start + len(head) + 1, next_text)
            return [(head, start, start + len(head)), *rest]
        pieces = self._split(syllables, next_text.lower().replace("_", " "))
        out: list[tuple[str, int, int]] = []
        offset = start
        for piece in pieces:
            piece_text = "_".join(piece)
            out.append((piece_text, offset, offset + len(piece_text)))
            offset += len(piece_text) + 1
        return out

    def _split_quotes(self, text: str, start: int, next_text: str) -> list[tuple[str, int, int]]:
        """A quote or bracket glued to a word: "NSNN”" -> "NSNN", "”"."""
        left = 0
        while left < len(text) - 1 and text[left] in QUOTES:
            left += 1
        right = len(text)
        while right > left + 1 and text[right - 1] in QUOTES:
            right -= 1
        pieces = [(text[i], start + i, start + i + 1) for i in range(left)]
        pieces.extend(self.repair(text[left:right], start + left, next_text))
        pieces.extend((text[i], start + i, start + i + 1) for i in range(right, len(text)))
        return pieces

    # -- decisions -----------------------------------------------------------

    def _known_whole(self, syllables: list[str]) -> bool:
        words = " ".join(syllables)
        lower = words.lower()
        lex = self.lexicon
        return (
            words in lex.names
            or lower in lex.common
            or lower in lex.cues
            or words in lex.cues
            or lower in self.evidence.lower
        )

    def _is_name(self, syllables: list[str]) -> bool:
        """Evidence that these capitalised syllables are a name on their own."""
        words = " ".join(syllables)
        if words in self.lexicon.names or words in self.evidence.name_parts:
            return True
        if len(syllables) >= 2:
            return words.lower() not in self.lexicon.common
        # One syllable: a foreign one is a name by its shape ("Reuters"); a Vietnamese
        # one when the article writes it capitalised on its own more than once ("ông Kim").
        return is_foreign_word(words) or self.evidence.capital[words] >= 2

    def _is_word(self, syllables: list[str], next_lower: str) -> bool:
        """Evidence that these syllables (lowercased) are a word of their own."""
        lower = " ".join(syllables).lower()
        lex = self.lexicon
        if lower in lex.common or lower in self.evidence.lower:
            return True
        # The segmenter often cuts the next word in two: "Kim_kể từ".
        return bool(next_lower) and f"{lower} {next_lower}" in lex.common

    def _split(self, syllables: list[str], next_lower: str) -> list[list[str]]:
        if len(syllables) == 1:
            return [syllables]
        classes = [syllable_class(s) for s in syllables]
        # Punctuation glued to a word: "._Phát_ngôn_viên".
        if PUNCT in classes:
            at = classes.index(PUNCT)
            head, mid, tail = syllables[:at], syllables[at : at + 1], syllables[at + 1 :]
            return (self._split(head, "") if head else []) + [mid] + (
                self._split(tail, next_lower) if tail else []
            )
        if self._known_whole(syllables):
            return [syllables]
        cut = self._find_cut(syllables, classes, next_lower)
        if cut is None:
            return [syllables]
        head, tail = syllables[:cut], syllables[cut:]
        return self._split(head, " ".join(tail).lower()) + self._split(tail, next_lower)

    def _find_cut(self, syllables: list[str], classes: list[str], next_lower: str) -> int | None:
        n = len(syllables)
        for i in range(1, n):
            a, b = classes[i - 1], classes[i]
            # A lowercase word glued to a name or a number: "thăm_Nga", "hôm_13/9".
            if a == LOWER and b in (CAPITAL, UPPER, DIGIT):
                return i
            # An acronym glued to a word: "Triều_Tiên_KCNA", "AFP_Phát_ngôn_viên".
            if (a == UPPER and b == CAPITAL and len(syllables[i]) > 1) or (
                a == CAPITAL and b == UPPER and len(syllables[i - 1]) > 1
            ):
                return i
        first_lower = next((i for i, c in enumerate(classes) if c == LOWER), n)
        capitals = syllables[:first_lower]
        # A clause word ("Theo", "Khi", "Trong") inside a token starts a new phrase:
        # "Gia_Tùng_Theo_Inquirer", "Khi_Aslan".
        clause_words = self.lexicon.clause_words
        for i in range(len(capitals)):
            if syllables[i].lower() not in clause_words:
                continue
            if i > 0 and self._is_name(syllables[:i]):
                return i
            # Only before a name that cannot be part of one name with it ("Tuy_Hòa" is a city).
            if i == 0 and n > 1 and classes[1] in (CAPITAL, UPPER):
                rest = " ".join(syllables[1:])
                if n > 2 or rest in self.lexicon.names or is_foreign_word(rest):
                    return 1
        # A name glued to the lowercase word after it: "Kim_kể", "Mỹ_cáo_buộc".
        if 0 < first_lower < n and all(c in (CAPITAL, UPPER) for c in classes[:first_lower]):
            head, tail = syllables[:first_lower], syllables[first_lower:]
            if (
                self._is_name(head)
                and head[0] not in self.lexicon.cues
                and self._is_word(tail, next_lower)
            ):
                return first_lower
            # Several capitalised words before the lowercase tail: cut where a name ends.
            for i in range(first_lower - 1, 0, -1):
                head, tail = syllables[:i], syllables[i:]
                if self._is_name(head) and self._is_word(tail, next_lower) and " ".join(head) in self.lexicon.names:
                    return i
        # Two names glued: "Viễn_Đông_Nga", "Nhật_Bản_Shinzo_Abe", "Zvezda_Phát_ngôn_viên".
        if first_lower == n or first_lower > 1:
            limit = first_lower if first_lower < n else n
            for i in range(limit - 1, 0, -1):
                if self._names_meet(syllables[:i], syllables[i:], next_lower):
                    return i
                if " ".join(syllables[:i]) in self.lexicon.names:
                    break  # the longest known name at the start decides: "Việt_Nam_Aslan"
        # A cue or a title glued to the name it introduces: "Tờ_Chosun_Ilbo", "Chủ_Tịch_Trung_Quốc_…".
        if first_lower == n:
            for i in (2, 1):
                if i < n - 1 or (i == n - 1 and is_foreign_word(syllables[-1])):
                    head = " ".join(syllables[:i]).lower()
                    cue = self.lexicon.cues.get(head)
                    if head in self.lexicon.titles or (cue is not None and cue[0] in ("before", "facility")):
                        return i
        return None

    def _names_meet(self, head: list[str], tail: list[str], next_lower: str) -> bool:
        """True when capitalised ``head`` and ``tail`` are two names (or a name and a new sentence)."""
        lex = self.lexicon
        tail_words = " ".join(tail)
        suffix = lex.cues.get(tail[-1])
        if suffix is not None and suffix[0] == "suffix":
            return False  # "Bangkok_Post", "Sydney_Morning_Herald": one name
        # A capitalised common word starts the next sentence: "Reuters_Ông", "Zvezda_Phát_ngôn_viên",
        # "Toyota_Hỗ trợ"; one syllable only when it is a clause word or joins the next token.
        lower = tail_words.lower()
        if lower in lex.clause_words:
            return True
        # "Reuters_Ông": an honorific starts a sentence after a credit, not inside a Vietnamese name.
        head_words = " ".join(head)
        if lower in lex.honorifics and (
            is_foreign_word(head_words) or lex.names.get(head_words, EntityType.PERSON).is_organization
        ):
            return True
        if len(tail) > 1 and (lower in lex.common or lower in self.evidence.lower):
            return True
        if next_lower and f"{lower} {next_lower}" in lex.common:
            return True
        head_type = lex.names.get(" ".join(head))
        if head_type is None:
            return False
        # Two gazetteer names: "Viễn_Đông_Nga", "Trung_Quốc_Nhật"; two single
        # Vietnamese syllables ("Việt_Anh") are a personal name instead.
        if tail_words in lex.names:
            return len(head) + len(tail) > 2 or is_foreign_word(tail_words)
        # A place glued to a person's name: "Nhật_Bản_Shinzo_Abe", "Việt_Nam_Phạm_Thế_Duyệt";
        # after a one-syllable place ("Đức_Thánh_Trần") only a foreign name counts.
        if head_type.is_location and len(tail) >= 2:
            return len(head) > 1 or is_foreign_word(tail_words)
        # "Saudi_Arabia_Saud": a foreign surname after a longer place name; after a
        # one-word country ("Nga_Putin") only a name the article uses on its own.
        if head_type.is_location and len(head) > 1:
            return is_foreign_word(tail_words)
        if head_type == EntityType.COUNTRY and is_foreign_word(tail_words):
            return self.evidence.capital[tail_words] > 0 or tail_words in self.evidence.name_parts
        # "Nhà_Trắng_Jay_Carney", "Vietnam_Airlines_Phạm_Ngọc_Minh": an organisation glued to a full name.
        if head_type.is_organization and len(tail) >= 2:
            return len(head) > 1 or is_foreign_word(tail_words)
        return False


def ends_in_initial(text: str) -> bool:
    """Whether a token ends in a one-letter capital word, as a name's initial does ("V", "George_W")."""
    last = text.replace("_", " ").split(" ")[-1]
    return len(last) == 1 and last.isupper()
