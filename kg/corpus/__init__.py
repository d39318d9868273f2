"""The annotated corpus: stand-off gold annotations of Vietnamese news, their
authoring format, the split by story cluster, and the loader that joins them
with the corpus text."""
