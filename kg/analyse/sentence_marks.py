"""Marks and capitals that do or do not end a sentence, beyond the full stop.

- An exclamation mark that belongs to a name ("Yahoo! Mail") ends no
  sentence: a name of ``structure.names-with-marks`` in ``ontology/words.tsv``,
  or one the article itself writes with its mark before a lowercase word
  ("Yahoo! cũng …"). After a name called out ("Cố lên Khánh! Anh …") it does.
- A short heading that the page ran into the text after it without a mark
  ("Mỹ trấn an Liên Hiệp Quốc Những cáo buộc …") ends where a capitalised
  word that opens sentences (``structure.heading-openers``: "Những", "Theo",
  "Trong") follows a capitalised word and is itself followed by a lowercase
  one: inside a sentence only its start capitalises such a word. A heading
  holds no comma, and a head of a name of an event or a work
  (``times.named-heads``: "Hội nghị Những người bạn của Syria") goes on into
  the name.
"""

from __future__ import annotations

from kg.lexicon import syllables_of, word_list, word_syllables
from kg.model import Token

#: Names written with an exclamation mark ("Yahoo!").
_NAMES_WITH_MARKS = frozenset(word_list("structure.names-with-marks"))
_NAME_MARKS = frozenset({"!"})
#: Words that open a sentence, and only there are capitalised ("Những", "Theo", "Tuy_nhiên").
_OPENERS = frozenset(w.replace("_", " ") for w in word_list("structure.heading-openers"))
#: Marks a heading holds none of.
_CLAUSE_MARKS = frozenset({",", ";"})
#: Heads of the names of laws, documents and events, whose name may open with such a word.
_NAME_HEADS = word_syllables("times.named-heads")
#: How many tokens a heading run into the text after it may hold.
_HEADING_LENGTH = 15


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def marked_names(tokens: list[Token]) -> frozenset[str]:
    """The capitalised words ``tokens`` write with an exclamation mark before a lowercase word."""
    return frozenset(
        tokens[i - 1].words
        for i in range(1, len(tokens) - 1)
        if tokens[i].text in _NAME_MARKS and _capitalised(tokens[i - 1]) and tokens[i + 1].text[:1].islower()
    )


def is_name_mark(tokens: list[Token], index: int, marked: frozenset[str]) -> bool:
    """Whether the mark at ``index`` belongs to the name before it ("Yahoo ! Mail");
    ``marked`` are the article's own such names (``marked_names``)."""
    if tokens[index].text not in _NAME_MARKS or index == 0:
        return False
    name = tokens[index - 1]
    return _capitalised(name) and (f"{name.words}!" in _NAMES_WITH_MARKS or name.words in marked)


def opens_after_heading(current: list[Token], token: Token, following: list[Token]) -> bool:
    """Whether ``token`` opens the text after a heading run into it: ``current`` (the sentence so
    far) is short and starts capitalised, its last word is capitalised, ``token`` is a capitalised
    word of ``structure.heading-openers`` and the word after it (``following``) is lowercase."""
    # The word itself first: it is seldom an opener, and the other tests read the sentence so far.
    if not _capitalised(token) or token.words.lower() not in _OPENERS:
        return False
    if not current or len(current) > _HEADING_LENGTH or not _capitalised(current[0]):
        return False
    if any(t.text in _CLAUSE_MARKS for t in current):
        return False  # "Song_song đó , Hành_trình Vì khát_vọng Việt": a heading has no comma
    previous = current[-1]
    if not (_capitalised(previous) and previous.text[:1].isalpha()):
        return False
    if syllables_of(previous.words) in _NAME_HEADS:
        return False  # "sau Hội_nghị Những người bạn của Syria": the name of an event goes on
    return bool(following) and following[0].text[:1].islower()
