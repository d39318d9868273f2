"""What a Vietnamese personal name looks like, for the repairs after the tagger."""

from __future__ import annotations

from kg.lexicon import syllables_of, word_list

#: Surnames a personal name written the Vietnamese way begins with ("Trịnh", "Nguyễn", "Tập").
SURNAMES = frozenset(
    syllables_of(w)[0] for w in word_list("names.vietnamese-surnames") + word_list("names.sino-vietnamese-surnames")
)
#: A Vietnamese personal name has two to four syllables.
NAME_SYLLABLES = range(2, 5)


def vietnamese_name_shaped(text: str) -> bool:
    """A surname, then one to three capitalised syllables ("Vũ_Huy_Hoàng")."""
    syllables = syllables_of(text)
    return (
        len(syllables) in NAME_SYLLABLES
        and syllables[0] in SURNAMES
        and all(w[:1].isupper() for w in text.replace("_", " ").split())
    )
