"""Extraction quality measured against the annotated corpus: ``kg eval``."""
