"""Resolution: mentions to entities, across the articles of a build.

``resolve`` merges mentions into entities and explains each decision;
``load_registry``/``registry_lines`` read and write ``entities.jsonl`` so
that entity ids stay stable from one build to the next.
"""

from __future__ import annotations

from kg.resolve.registry import RegistryEntry, load_registry, registry_lines
from kg.resolve.resolver import resolve

__all__ = ["RegistryEntry", "load_registry", "registry_lines", "resolve"]
