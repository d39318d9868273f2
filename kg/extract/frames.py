"""Grammar shared by the relation extractors: subjects, objects, titles, places, times.

Vietnamese news is SVO: the subject stands before the verb, separated from it
only by adverbs and time words ("ông Kim_Jong-un sau đó đến thăm …"); the
object follows the verb; place and time follow as "tại/ở X", "ngày 13/9".
The helpers that find those arguments on an ``ArticleView`` without crossing a
clause boundary live in small modules and are gathered here, where the
extractors import them from:

- ``kg.extract.clauses``: the shared word lists, barriers, titles, noun phrases,
  cue verbs, modality, time and provenance;
- ``kg.extract.subjects``: the subject before a verb;
- ``kg.extract.objects``: the objects and the place after a verb;
- ``kg.extract.appositions``: the person a chain of appositions before a verb describes;
- ``kg.extract.references``: pronouns, bare titles, counted plurals and
  descriptions read as someone named before.
"""

from __future__ import annotations

from kg.extract.antecedents import same_person_name
from kg.extract.appositions import apposed_across_stop, apposed_before_verb, apposed_speaker, apposition_head, dashed_speaker
from kg.extract.clauses import (
    ACCORDING,
    ADVERBS,
    AGENT_TYPES,
    BARRIER_MARKS,
    CLAUSE_OPENERS,
    COORDINATORS,
    HONORIFICS,
    MEDIA_NOUNS,
    NEGATIONS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLACE_TYPES,
    PLANNED,
    STREET_NOUNS,
    Argument,
    cue_verbs,
    ends_with_any,
    is_barrier,
    is_of_kind,
    modality,
    most_named,
    names_person,
    noun_phrase_start,
    opens_clause,
    person_title,
    phrase_set,
    provenance,
    reporting_verbs,
    saying_verbs,
    skip_left,
    time_near,
    title_ending_at,
    title_starting_at,
)
from kg.extract.objects import introduced_directly, objects_after, place_after
from kg.extract.references import (
    DEMONSTRATIVES,
    GENERIC_ROLE,
    PRONOUNS,
    resolve_description,
    resolve_group,
    resolve_pronoun,
    resolve_reference,
)
from kg.extract.subjects import (
    FRONTED_OPENERS,
    past_prefix,
    subject_after_fronted_clause,
    subject_before,
)

#: What the extractors import from here.
__all__ = [
    "ACCORDING", "ADVERBS", "AGENT_TYPES", "Argument", "BARRIER_MARKS", "CLAUSE_OPENERS", "COORDINATORS", "DEMONSTRATIVES",
    "FRONTED_OPENERS", "GENERIC_ROLE", "HONORIFICS", "MEDIA_NOUNS", "NEGATIONS", "PERSON_NOUNS", "PLACE_NOUNS",
    "PLACE_PREPOSITIONS", "PLACE_TYPES", "PLANNED", "PRONOUNS", "STREET_NOUNS", "apposed_across_stop",
    "apposed_before_verb", "apposed_speaker", "apposition_head", "cue_verbs", "dashed_speaker", "ends_with_any",
    "introduced_directly", "is_barrier", "is_of_kind", "modality", "most_named", "names_person",
    "noun_phrase_start", "objects_after", "opens_clause", "past_prefix", "person_title", "phrase_set",
    "place_after", "provenance", "reporting_verbs", "resolve_description", "resolve_group", "resolve_pronoun",
    "resolve_reference", "same_person_name", "saying_verbs", "skip_left", "subject_after_fronted_clause",
    "subject_before", "time_near", "title_ending_at", "title_starting_at",
]
