"""The one test of whether a word has the shape of a Vietnamese syllable."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
#: Onset, one to three vowels, coda of a Vietnamese syllable, tone marks removed.
_SYLLABLE = re.compile(
    r"^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(ch|ng|nh|[cmnpt])?$"
)


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` could be one Vietnamese syllable ("Kim", "Nga", "nghiêng"; not "Putin"), tone marks ignored.

    >>> is_vietnamese_syllable("Nguyễn"), is_vietnamese_syllable("Reuters")
    (True, False)
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return bool(_SYLLABLE.match(base))


#: Vowel pairs whose tone mark two spelling conventions place differently ("hòa"/"hoà", "thủy"/"thuỷ").
_MOVABLE_PAIRS = ("oa", "oe", "uy")


@lru_cache(maxsize=65536)
def standard_tone(syllable: str) -> str:
    """A lower-case syllable with its tone mark where the traditional spelling puts it:
    "hoà" -> "hòa", "uỷ" -> "ủy", "khoẻ" -> "khỏe"; any other word is returned unchanged.

    Only a syllable ending in one of the pairs moves its mark: "hoàn", "quý" are spelt alike
    in both conventions.
    """
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) != 1:
        return syllable
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    letters = unicodedata.normalize("NFC", base)
    if len(letters) < 2 or letters[-2:] not in _MOVABLE_PAIRS or letters[:-2].endswith("q"):
        return syllable
    first = unicodedata.normalize("NFD", letters[:-1])
    return unicodedata.normalize("NFC", first + tones[0] + letters[-1])


_PLAIN_VOWELS = "aeiouyAEIOUY"
_MARKED_VOWELS = "âăêôơưÂĂÊÔƠƯ"


def _with_tones(letters: str) -> str:
    return "".join(unicodedata.normalize("NFC", letter + tone) for letter in letters for tone in sorted(_TONE_MARKS))


#: A plain vowel carrying the tone beside a marked vowel without one ("vơí", "nhiêù", "tíêng"), or
#: a toned "ư" before a bare "ơ" ("ngừơi"): the tone belongs on the marked vowel ("với", "người").
_MISPLACED_TONE = re.compile(
    f"[{_MARKED_VOWELS}][{_with_tones(_PLAIN_VOWELS)}]"
    f"|[{_with_tones(_PLAIN_VOWELS)}][{_MARKED_VOWELS}]"
    f"|[{_with_tones('ưƯ')}][ơƠ]"
)


def _move_tone(pair: re.Match[str]) -> str:
    first, second = (unicodedata.normalize("NFD", letter) for letter in pair.group())
    tone = next(ch for ch in first + second if ch in _TONE_MARKS)
    first, second = first.replace(tone, ""), second.replace(tone, "")
    if pair.group()[1] in _MARKED_VOWELS:
        second += tone
    else:
        first += tone
    return unicodedata.normalize("NFC", first) + unicodedata.normalize("NFC", second)


def repair_tone_marks(text: str) -> str:
    """``text`` with every tone mark typed on the wrong vowel of a syllable moved to the vowel that
    carries it in every spelling convention: "buôỉ họp vơí" -> "buổi họp với", "Hôị đồng" -> "Hội đồng".

    A vowel with a mark of its own (â ă ê ô ơ ư) always takes the syllable's tone, and "ơ" takes it
    after "ư"; some input methods put it on the plain vowel beside. The text keeps its length in NFC,
    so offsets into it are offsets into the text as given.
    """
    return _MISPLACED_TONE.sub(_move_tone, text)
