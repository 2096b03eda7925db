"""Reply buttons as a VK keyboard the person's app can show, within VK's limits (VK docs,
"Bots: keyboards": inline up to 6 rows × 5 and 10 buttons, a normal keyboard up to 10 rows
× 5 and 40 buttons; payload ≤ 255 characters; label ≤ 40).

Apps report what they show in `client_info` (see caps_from_client_info): no inline
support → a normal one-time keyboard of text buttons; no callback buttons → text buttons
carrying the same payload (VK sends the payload back with the message, and the planner
handles it as the same action); no keyboard at all → none (every question can be answered
by typing).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bot.core.client_caps import FULL, ClientCaps
from bot.core.replies import Button

MAX_ROWS = 6
MAX_PER_ROW = 5
MAX_BUTTONS = 10
MAX_NORMAL_ROWS = 10  # a normal keyboard (under the input field)
MAX_NORMAL_BUTTONS = 40
MAX_PAYLOAD = 255
MAX_LABEL = 40
COLORS = {
    "primary": "primary",
    "secondary": "secondary",
    "positive": "positive",
    "negative": "negative",
}


def caps_from_client_info(info: Any) -> ClientCaps | None:
    """ClientCaps from VK's `client_info` (a mapping or vkbottle's model); None if absent.
    A missing field counts as supported (VK sends all three to bots)."""
    if info is None:
        return None
    if isinstance(info, Mapping):
        fields: Mapping[str, Any] = info
    else:
        names = ("button_actions", "keyboard", "inline_keyboard")
        fields = {k: getattr(info, k, None) for k in names}
    actions = fields.get("button_actions")
    kinds = [str(getattr(a, "value", a)) for a in actions] if actions is not None else None
    keyboard, inline = fields.get("keyboard"), fields.get("inline_keyboard")
    return ClientCaps(
        keyboard=True if keyboard is None else bool(keyboard),
        inline_keyboard=True if inline is None else bool(inline),
        callback=True if kinds is None else "callback" in kinds,
    )


def keyboard_for(
    rows: Sequence[Sequence[Button]],
    label: Callable[[Button], str],
    client: ClientCaps = FULL,
    *,
    whole: bool = False,
    replacing: bool = False,
) -> str | None:
    """The keyboard JSON for `rows` that `client` can show, or None (nothing to show, or
    an app without keyboards). Buttons past an inline keyboard's limits are left out,
    except `whole` rows (a scale: the poll's eleven 0–10 scores): with more buttons than an
    inline keyboard holds (MAX_BUTTONS) they go to a one-time normal keyboard of text
    buttons where the app shows one (VK: up to 40), so none is cut off. `replacing`: a
    normal keyboard shown before is to go (Reply.hides_keyboard) — a normal keyboard is
    sent in its place, of `rows` as text buttons or empty (VK hides the one shown: «Bots:
    keyboards», an empty `buttons` list), since an inline keyboard leaves it standing."""
    if replacing and client.keyboard:
        made = _keyboard(rows, label, callback=False, inline=False)
        return made or json.dumps({"one_time": True, "inline": False, "buttons": []})
    crowded = whole and sum(len(row) for row in rows) > MAX_BUTTONS
    if client.inline_keyboard and not (crowded and client.keyboard):
        return inline_keyboard(rows, label, callback=client.callback)
    if client.keyboard:  # text buttons: a one-time keyboard hides after a text press
        return _keyboard(rows, label, callback=False, inline=False)
    return None


def inline_keyboard(
    rows: Sequence[Sequence[Button]],
    label: Callable[[Button], str],
    *,
    callback: bool = True,
) -> str | None:
    """The inline keyboard JSON for `rows`, or None when there is nothing to show."""
    return _keyboard(rows, label, callback=callback, inline=True)


def _keyboard(
    rows: Sequence[Sequence[Button]],
    label: Callable[[Button], str],
    *,
    callback: bool,
    inline: bool,
) -> str | None:
    out: list[list[dict[str, Any]]] = []
    count = 0
    most = MAX_BUTTONS if inline else MAX_NORMAL_BUTTONS
    for row in rows[: MAX_ROWS if inline else MAX_NORMAL_ROWS]:
        line = []
        for button in row[:MAX_PER_ROW]:
            payload = json.dumps(dict(button.payload), ensure_ascii=False, separators=(",", ":"))
            if count >= most or len(payload) > MAX_PAYLOAD:
                continue
            kind = "callback" if callback else "text"
            action = {"type": kind, "label": label(button)[:MAX_LABEL], "payload": payload}
            line.append({"action": action, "color": COLORS.get(button.style, "secondary")})
            count += 1
        if line:
            out.append(line)
    if not out:
        return None
    if inline:
        return json.dumps({"inline": True, "buttons": out}, ensure_ascii=False)
    return json.dumps({"one_time": True, "inline": False, "buttons": out}, ensure_ascii=False)
