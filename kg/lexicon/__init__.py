"""Everything ``kg`` knows about Vietnamese before reading an article, as data.

The lexicons live in ``ontology/`` and are read here, once, by one parser
(``kg.lexicon.tsv``) that names the file and line of any fault:

- ``gazetteer/*.tsv``: names of places, bodies and agencies, cue words,
  titles and honorifics, common words (``load_lexicon``);
- ``roles.tsv``: titles and the posts they name (``titles``);
- ``events.tsv``: event cues and the frame their arguments follow (``cues``);
- ``words.tsv``: the word lists of the stages (``word_list``, ``word_map``,
  ``word_numbers``, ``word_syllables``).
"""

from kg.lexicon.cues import FRAMES, Cue, Title, cues, load_cues, load_titles, role_of_post, role_of_title, title_written, titles
from kg.lexicon.gazetteer import GAZETTEER_DIR, Lexicon, load_lexicon
from kg.lexicon.tsv import LexiconError, read_table, syllables_of
from kg.lexicon.words import WORDS_FILE, ministry_departments, word_list, word_map, word_numbers, word_syllables

__all__ = [
    "FRAMES",
    "GAZETTEER_DIR",
    "WORDS_FILE",
    "Cue",
    "Lexicon",
    "LexiconError",
    "Title",
    "cues",
    "load_cues",
    "load_lexicon",
    "load_titles",
    "ministry_departments",
    "role_of_post",
    "role_of_title",
    "read_table",
    "syllables_of",
    "title_written",
    "titles",
    "word_map",
    "word_list",
    "word_numbers",
    "word_syllables",
]
