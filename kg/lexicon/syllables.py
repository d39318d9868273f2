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
