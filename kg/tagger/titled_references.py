"""A role phrase the rules read as standing alone, right before a name the tagger found: that name's title.

"Bộ_trưởng Quốc_phòng Trung_Quốc Thường Vạn_Toàn": the rules know no name that opens with
"Thường", so they read "Bộ_trưởng Quốc_phòng Trung_Quốc" as a role phrase standing for a
person (a mention with ``reference=True``). The tagger finds the person "Thường Vạn_Toàn"
right after it. The phrase is then the person's title, as it would have been had the rules
known the name: the person takes it (with the honorific and where they begin), and the
role phrase is no mention of its own, so a post is read and no phantom person is made of
the title.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import EntityType, Mention


def titles_given_to_names(
    text: str, references: list[Mention], tagged: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """(the role phrases still standing alone, ``tagged`` with the names right after a role phrase titled).

    A tagged person of no title whose name starts after nothing but spaces from the end of a
    role phrase takes that phrase as its title."""
    persons_by_start = {
        m.start: index for index, m in enumerate(tagged) if m.type is EntityType.PERSON and m.title is None
    }
    titled = list(tagged)
    standing: list[Mention] = []
    for reference in references:
        index = persons_by_start.get(_next_word_start(text, reference.end))
        if index is None or reference.type is not EntityType.PERSON:
            standing.append(reference)
            continue
        titled[index] = replace(
            titled[index],
            title=reference.title,
            title_span=reference.title_span,
            honorific=reference.honorific,
            prefix_start=reference.prefix_start,
        )
        del persons_by_start[titled[index].start]
    return standing, titled


def _next_word_start(text: str, end: int) -> int:
    """Where the word after ``end`` starts, past spaces only."""
    while end < len(text) and text[end] == " ":
        end += 1
    return end
