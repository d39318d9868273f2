"""Tokens with offsets, and repair of the segmenter's glued tokens.

The segmenter joins syllables of one word with ``_``; sometimes it joins two
words that do not belong together (``Kim_kể``, ``AFP_Phát_ngôn_viên``,
``thăm_Nga``, ``._Phát_ngôn_viên``). A glued token is cut back into words by
evidence: the capitalisation of each syllable, the gazetteers and word lists,
and the words the same article uses on their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import Lexicon

_WHITESPACE_TOKEN = re.compile(r"\S+")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VIETNAMESE_SYLLABLE = re.compile(
    r"^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(ch|ng|nh|[cmnpt])?$"
)
SENTENCE_STARTERS = frozenset({".", "!", "?", "…", '"', "“", "”", ":", "(", "-", "–", "'", "‘", "’"})

# Syllable classes.
PUNCT, DIGIT, UPPER, CAPITAL, LOWER = "P", "D", "U", "C", "L"


def raw_tokens(text: str) -> list[tuple[str, int, int]]:
    """Whitespace-separated tokens of ``text`` with their offsets."""
    return [(m.group(), m.start(), m.end()) for m in _WHITESPACE_TOKEN.finditer(text)]


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
def is_vietnamese_syllable(syllable: str) -> bool:
    """True when ``syllable`` has the shape of a Vietnamese syllable ("Kim", "Nga"; not "Putin")."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    base = unicodedata.normalize("NFC", base)
    return bool(_VIETNAMESE_SYLLABLE.match(base))


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
    capital: set[str]
    name_parts: set[str]

    @classmethod
    def gather(cls, tokens: list[tuple[str, int, int]]) -> ArticleEvidence:
        lower: set[str] = set()
        capital: set[str] = set()
        name_parts: set[str] = set()
        previous = "."
        for text, _, _ in tokens:
            words = text.replace("_", " ")
            first = text[:1]
            syllables = words.split(" ")
            if first.islower():
                if all(s[:1].islower() for s in syllables):
                    lower.add(words)
            elif first.isupper():
                if previous not in SENTENCE_STARTERS:
                    capital.add(words)
                if len(syllables) > 1 and all(s[:1].isupper() for s in syllables):
                    for i in range(1, len(syllables)):
                        name_parts.add(" ".join(syllables[:i]))
            previous = text
        return cls(lower, capital, name_parts)


class Repairer:
    """Cuts glued tokens back into words."""

    def __init__(self, lexicon: Lexicon, evidence: ArticleEvidence) -> None:
        self.lexicon = lexicon
        self.evidence = evidence
        self._cut_function_words = frozenset(
            w for w in lexicon.function_words if " " not in w and w not in lexicon.name_syllables
        ) - _NAME_SYLLABLES

    def repair(self, text: str, start: int, next_text: str = "", credit: bool = False) -> list[tuple[str, int, int]]:
        """The pieces of the token ``text`` at ``start``; one piece when it is not glued."""
        if "_" not in text or text.startswith("_") or text.endswith("_") or "__" in text:
            return [(text, start, start + len(text))]
        syllables = text.split("_")
        pieces = self._split(syllables, next_text.lower().replace("_", " "), credit)
        out: list[tuple[str, int, int]] = []
        offset = start
        for piece in pieces:
            piece_text = "_".join(piece)
            out.append((piece_text, offset, offset + len(piece_text)))
            offset += len(piece_text) + 1
        return out

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
        if words in self.lexicon.names or words in self.evidence.capital:
            return True
        if len(syllables) >= 2:
            return words.lower() not in self.lexicon.common
        return is_foreign_word(words)

    def _is_word(self, syllables: list[str], next_lower: str) -> bool:
        """Evidence that these syllables (lowercased) are a word of their own."""
        lower = " ".join(syllables).lower()
        lex = self.lexicon
        if lower in lex.common or lower in self.evidence.lower:
            return True
        # The segmenter often cuts the next word in two: "Kim_kể từ".
        return bool(next_lower) and f"{lower} {next_lower}" in lex.common

    def _split(self, syllables: list[str], next_lower: str, credit: bool) -> list[list[str]]:
        if len(syllables) == 1:
            return [syllables]
        classes = [syllable_class(s) for s in syllables]
        # Punctuation glued to a word: "._Phát_ngôn_viên".
        if PUNCT in classes:
            at = classes.index(PUNCT)
            head, mid, tail = syllables[:at], syllables[at : at + 1], syllables[at + 1 :]
            return (self._split(head, "", credit) if head else []) + [mid] + (
                self._split(tail, next_lower, False) if tail else []
            )
        if self._known_whole(syllables):
            return [syllables]
        cut = self._find_cut(syllables, classes, next_lower, credit)
        if cut is None:
            return [syllables]
        head, tail = syllables[:cut], syllables[cut:]
        return self._split(head, " ".join(tail).lower(), credit) + self._split(tail, next_lower, False)

    def _find_cut(self, syllables: list[str], classes: list[str], next_lower: str, credit: bool) -> int | None:
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
        # A capitalised function word inside a token starts a new phrase: "Gia_Tùng_Theo_Inquirer".
        for i in range(len(capitals)):
            if syllables[i].lower() in self._cut_function_words and (i > 0 or (1 < len(capitals))):
                if i > 0 and self._is_name(syllables[:i]):
                    return i
                # "Theo_Inquirer": the credit marker glued to its source.
                if i == 0 and syllables[0] == "Theo" and all(c in (CAPITAL, UPPER) for c in classes[1:2]):
                    return 1
        # A name glued to the lowercase word after it: "Kim_kể", "Mỹ_cáo_buộc".
        if 0 < first_lower < n and all(c in (CAPITAL, UPPER) for c in classes[:first_lower]):
            head, tail = syllables[:first_lower], syllables[first_lower:]
            if (
                (self._is_name(head) or " ".join(head) in self.evidence.name_parts)
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
                head, tail = syllables[:i], syllables[i:]
                head_words = " ".join(head)
                head_known = head_words in self.lexicon.names or (credit and i == limit - 1)
                head_foreign = is_foreign_word(head_words)
                if not (head_known or head_foreign or head_words in self.evidence.capital):
                    continue
                if self._tail_stands_alone(tail, next_lower, head_known):
                    return i
        return None

    def _tail_stands_alone(self, tail: list[str], next_lower: str, head_known: bool) -> bool:
        words = " ".join(tail)
        lex = self.lexicon
        if words in lex.names or (head_known and words in self.evidence.capital):
            return True
        lower = words.lower()
        # A capitalised common word starts the next sentence: "Phát_ngôn_viên", "Ông".
        if (len(tail) > 1 or lower in lex.function_words) and self._is_word(tail, next_lower):
            return True
        if all(syllable_class(s) in (CAPITAL, UPPER) for s in tail):
            if len(tail) >= 2 and head_known:
                return True
            if is_foreign_word(words) and head_known:
                return True
        return False


# Syllables of Vietnamese personal names that are also function words.
_NAME_SYLLABLES = frozenset({"anh", "em", "chị", "cô", "bà", "ông", "năm", "ba", "tư", "sáu", "bảy", "tám", "chín", "mười"})
