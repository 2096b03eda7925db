"""The schools of a city deployment, as the core sees them (issue 14).

`SchoolRegistry` is the plain in-process implementation of the `Schools` port: the school
references from the schools config and each school's own Planner (its store, clock and
config). A single-school deployment has none (`Planner.schools` is None).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from bot.core.ports import SchoolRef

if TYPE_CHECKING:
    from bot.core.planner import Planner


class SchoolRegistry:
    """The schools in config order and their planners by key.

    Raises ValueError when a reference has no planner (or a planner no reference)."""

    def __init__(self, refs: Sequence[SchoolRef], planners: Mapping[str, Planner]) -> None:
        if {r.key for r in refs} != set(planners):
            raise ValueError("every school needs exactly one planner")
        self._refs = tuple(refs)
        self._planners = dict(planners)

    def refs(self) -> Sequence[SchoolRef]:
        """Every school, in the order of the schools config."""
        return self._refs

    def planner(self, key: str) -> Planner:
        """The planner of school `key`; KeyError for an unknown key."""
        return self._planners[key]
