"""Learned entity recognition: a CRF over syllables that finds names and their
types, shipped with its weights (``kg/data/ner.crfsuite``).

The tagger reads syllables, so segmented and raw text are tagged alike:
``_`` and spaces both separate syllables. Training lives in
``kg.training``, never on the build path.
"""

from kg.tagger.tagger import EntityTagger, TaggedSpan, default_tagger

__all__ = ["EntityTagger", "TaggedSpan", "default_tagger"]
