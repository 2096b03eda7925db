"""The buttons under a numbered list: one row per listed item, its number in each button's
label («Отменить напоминание 2», «Перенести 2» / «Отменить 2»), each payload naming the
item's id (review69's duplicate: the same rows were built in five features)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from bot.core.language.actions import ButtonAction, payload
from bot.core.replies import Button


class RowButton(NamedTuple):
    """One button of each row: its label's message id (locales/<lang>/buttons/, rendered
    with {"number": n}), the action its payload names, its style."""

    label: str
    action: ButtonAction
    style: str = "secondary"


def numbered_rows(
    ids: Sequence[int], *kinds: RowButton, limit: int | None = None
) -> tuple[tuple[Button, ...], ...]:
    """A row of `kinds` buttons for each of the first `limit` of `ids` (all when None),
    numbered from 1 in the list's order; each payload is payload(action, id=<the id>)."""
    return tuple(
        tuple(Button(k.label, payload(k.action, id=i), k.style, {"number": n}) for k in kinds)
        for n, i in enumerate(ids[:limit], 1)
    )
