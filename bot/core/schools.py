"""The schools of one deployment, held in memory: a plain implementation of
bot.core.ports.Schools, used by the tests and by the production wiring alike.

Each school has its own core (a Planner over its own store); the registry only joins them,
so a feature that spans schools (one event for several schools, the city's figures) can
reach each school's planner by its key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from bot.core.ports import SchoolRef

if TYPE_CHECKING:
    from bot.core.planner import Planner


class SchoolRegistry:
    """Schools in the config's order, each with its planner.

    `refs` are the schools (keys unique); `planners` maps each key to that school's Planner.
    Construction sets every planner's `school` and `schools` attributes, so each core knows
    its own school and the others. Raises ValueError when keys repeat or a school has no
    planner.
    """

    def __init__(self, refs: Sequence[SchoolRef], planners: Mapping[str, Planner]) -> None:
        keys = [ref.key for ref in refs]
        if len(set(keys)) != len(keys):
            raise ValueError(f"school keys repeat: {keys}")
        missing = [key for key in keys if key not in planners]
        if missing:
            raise ValueError(f"no planner for schools: {missing}")
        self._refs = tuple(refs)
        self._planners = {key: planners[key] for key in keys}
        for ref in self._refs:
            planner = self._planners[ref.key]
            planner.school = ref
            planner.schools = self

    def refs(self) -> Sequence[SchoolRef]:
        """Every school, in the config's order."""
        return self._refs

    def planner(self, key: str) -> Planner:
        """The core of the school with this key; KeyError for an unknown key."""
        return self._planners[key]
