"""Where the shipped data of ``ontology/`` (vocabulary, lexicons, gazetteers) is.

In a checkout (and an editable install) it is the ``ontology/`` folder beside
the package; an installed wheel carries a copy in ``PREFIX/share/kg/ontology``
(beside the package itself for ``pip install --target DIR``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def _ontology_dir() -> Path:
    beside_package = Path(__file__).resolve().parents[1] / "ontology"
    if beside_package.is_dir():
        return beside_package
    installed = Path(sys.prefix) / "share" / "kg" / "ontology"
    if installed.is_dir():
        return installed
    in_target = Path(__file__).resolve().parents[1] / "share" / "kg" / "ontology"
    if in_target.is_dir():
        return in_target
    raise FileNotFoundError(
        f"kg's data folder is missing: none of {beside_package}, {installed}, {in_target} exists; reinstall kg"
    )


#: The folder holding kg.ttl, shapes.ttl, roles.tsv, events.tsv, aliases.tsv and gazetteer/.
ONTOLOGY_DIR = _ontology_dir()
