"""Reply buttons as a VK inline keyboard, within VK's limits (6 rows × 5, 10 buttons,
payload ≤ 255 characters). Clients without callback buttons get text buttons."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from bot.core.replies import Button

MAX_ROWS = 6
MAX_PER_ROW = 5
MAX_BUTTONS = 10
MAX_PAYLOAD = 255
MAX_LABEL = 40
COLORS = {
    "primary": "primary",
    "secondary": "secondary",
    "positive": "positive",
    "negative": "negative",
}


def inline_keyboard(
    rows: Sequence[Sequence[Button]],
    label: Callable[[Button], str],
    *,
    callback: bool = True,
) -> str | None:
    """The keyboard JSON for `rows`, or None when there is nothing to show."""
    out: list[list[dict[str, Any]]] = []
    count = 0
    for row in rows[:MAX_ROWS]:
        line = []
        for button in row[:MAX_PER_ROW]:
            payload = json.dumps(dict(button.payload), ensure_ascii=False, separators=(",", ":"))
            if count >= MAX_BUTTONS or len(payload) > MAX_PAYLOAD:
                continue
            kind = "callback" if callback else "text"
            action = {"type": kind, "label": label(button)[:MAX_LABEL], "payload": payload}
            line.append({"action": action, "color": COLORS.get(button.style, "secondary")})
            count += 1
        if line:
            out.append(line)
    if not out:
        return None
    return json.dumps({"inline": True, "buttons": out}, ensure_ascii=False)
