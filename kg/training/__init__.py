"""Training of the shipped models from the annotated corpus. Never imported by
a build: ``make train`` runs it."""
