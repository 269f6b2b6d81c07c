"""Where the shipped data lives (mappings, bundled corpora)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def mappings_dir() -> Path:
    """The `mappings/` folder: $POLICYCHECK_MAPPINGS, the copy inside an installed wheel, or the source checkout's."""
    override = os.environ.get("POLICYCHECK_MAPPINGS")
    candidates = [Path(override)] if override else []
    candidates += [PACKAGE_DIR / "mappings", PACKAGE_DIR.parent / "mappings"]
    for candidate in candidates:
        if (candidate / "taxonomy.yaml").is_file():
            return candidate
    from .errors import MappingError

    raise MappingError("mappings/ not found: reinstall policycheck or set POLICYCHECK_MAPPINGS")


def mapping_path(*parts: str) -> Path:
    return mappings_dir().joinpath(*parts)
