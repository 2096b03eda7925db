"""Keyboards chosen for what the person's app can show (VK `client_info`)."""

from __future__ import annotations

import json

from vkbottle_types.objects import ClientInfoForBots

from bot.core.client_caps import FULL, ClientCaps
from bot.core.replies import Button
from bot.transports.vk.keyboard import caps_from_client_info, keyboard_for

ROWS = (
    tuple(
        Button("rating", {"a": "rate", "e": 7, "v": v}, context={"value": v}) for v in range(1, 6)
    ),
    (Button("absent", {"a": "absent", "e": 7}),),
)


def label(button: Button) -> str:
    return str(button.context.get("value", button.label))


def actions(keyboard: str | None) -> list[dict[str, str]]:
    assert keyboard is not None
    return [b["action"] for row in json.loads(keyboard)["buttons"] for b in row]


def test_current_apps_get_inline_callback_buttons() -> None:
    keyboard = keyboard_for(ROWS, label, FULL)
    assert keyboard is not None
    assert json.loads(keyboard)["inline"] is True
    assert {a["type"] for a in actions(keyboard)} == {"callback"}


def test_no_callback_gives_text_buttons_with_the_same_payloads() -> None:
    keyboard = keyboard_for(ROWS, label, ClientCaps(callback=False))
    assert {a["type"] for a in actions(keyboard)} == {"text"}
    assert [json.loads(a["payload"]) for a in actions(keyboard)] == [
        dict(b.payload) for row in ROWS for b in row
    ]


def test_no_inline_gives_a_one_time_normal_keyboard_of_text_buttons() -> None:
    keyboard = keyboard_for(ROWS, label, ClientCaps(inline_keyboard=False))
    assert keyboard is not None
    shape = json.loads(keyboard)
    assert (shape["inline"], shape["one_time"]) == (False, True)
    assert {a["type"] for a in actions(keyboard)} == {"text"}  # even if callback is supported


def test_no_keyboard_at_all_gives_none() -> None:
    assert keyboard_for(ROWS, label, ClientCaps(False, False, False)) is None


def test_client_info_as_vk_sends_it_and_as_vkbottle_parses_it() -> None:
    raw = {"button_actions": ["text", "open_link"], "keyboard": True, "inline_keyboard": False}
    expected = ClientCaps(keyboard=True, inline_keyboard=False, callback=False)
    assert caps_from_client_info(raw) == expected
    assert caps_from_client_info(ClientInfoForBots(**raw)) == expected
    full = {**raw, "button_actions": ["text", "callback"], "inline_keyboard": True}
    assert caps_from_client_info(ClientInfoForBots(**full)) == FULL
    assert caps_from_client_info(None) is None
    assert caps_from_client_info({}) == FULL  # nothing reported: assume a current app


def test_a_whole_scale_of_eleven_buttons_goes_under_the_input_field() -> None:
    """The poll's 0–10 question has eleven buttons, one more than VK's inline keyboard
    holds: the 0 button was missing (newcomer78 W9). A `whole` scale goes to a one-time
    normal keyboard of text buttons with all eleven; other rows keep the inline limit."""
    rows = (
        tuple(Button("rating", {"a": "rec", "e": 7, "v": v}, context={"value": v}) for v in r)
        for r in (range(0, 4), range(4, 8), range(8, 11))
    )
    scale = tuple(rows)
    keyboard = keyboard_for(scale, label, FULL, whole=True)
    assert keyboard is not None
    shape = json.loads(keyboard)
    assert (shape["inline"], shape["one_time"]) == (False, True)
    assert [json.loads(a["payload"])["v"] for a in actions(keyboard)] == list(range(11))
    assert {a["type"] for a in actions(keyboard)} == {"text"}
    cut = keyboard_for(scale, label, FULL)
    assert json.loads(cut or "")["inline"] is True
    assert len(actions(cut)) == 10
    inline_only = ClientCaps(keyboard=False, inline_keyboard=True, callback=True)
    assert len(actions(keyboard_for(scale, label, inline_only, whole=True))) == 10


def test_a_reply_replacing_the_scale_carries_a_normal_keyboard() -> None:
    """chat82: after a typed 0–10 score the reply replaces the scale under the input field
    (Reply.hides_keyboard): its own buttons as a one-time normal keyboard of text buttons,
    or an empty normal keyboard when it has none; an app without a normal keyboard keeps
    what it can show (inline buttons, or nothing)."""
    shape = json.loads(keyboard_for(ROWS, label, FULL, replacing=True) or "")
    assert (shape["inline"], shape["one_time"]) == (False, True)
    assert [a["label"] for a in actions(json.dumps(shape))] == ["1", "2", "3", "4", "5", "absent"]
    assert {a["type"] for a in actions(json.dumps(shape))} == {"text"}
    empty = json.loads(keyboard_for((), label, FULL, replacing=True) or "")
    assert (empty["inline"], empty["one_time"], empty["buttons"]) == (False, True, [])
    inline_only = ClientCaps(keyboard=False, inline_keyboard=True, callback=True)
    assert json.loads(keyboard_for(ROWS, label, inline_only, replacing=True) or "")["inline"]
    assert keyboard_for((), label, inline_only, replacing=True) is None
