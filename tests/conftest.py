"""Shared fixtures and paths for the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]

# Subprocesses (`python -m bot ...`) must run this checkout, not whatever copy the venv's
# editable install points at (a worktree's migrations may be newer than that copy's).
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
)
