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
