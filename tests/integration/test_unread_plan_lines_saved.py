"""The lines of a pasted plan the bot could not read are named, numbered and shortened, by
«Сохранено» under «Не сохранено» — also after «исправь N» and «убери N» (newcomer walk
2026-12-02n: the summary listed them, the save reply lost them without a word). Real
planner, store and templates."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world
LONG = "совсем непонятная очень длинная строка про что-то такое, что нельзя прочитать никак"
PLAN = (
    "План на декабрь\n"
    "Лекция «Космос» 12 декабря в 15:00, 9А\n"
    "Экскурсия в музей 12 декабря в 11:00, 10Б\n"
    "абракадабра какая-то\n"
    f"Мастер-класс 14 декабря в 16:00, 7А\n{LONG}"
)


async def test_the_save_reply_names_the_unread_lines(world: ChatWorld) -> None:
    [summary] = await world.say(PLAN)
    assert "• абракадабра какая-то" in world.text(summary), world.text(summary)
    await world.say("исправь 1: в 16:00")
    [_note, again] = await world.say("убери 1")
    assert "• абракадабра какая-то" in world.text(again), world.text(again)
    [saved, *_] = await world.say("да")
    text = world.text(saved)
    assert saved.context["count"] == 2, text
    assert "Не сохранено — эти строки я не понял" in text, text
    assert "1. абракадабра какая-то\n2. совсем непонятная очень длинная строка про что-то" in text
    assert LONG not in text, text
    assert "…" in text, text


async def test_a_single_event_reply_names_nothing_unread(world: ChatWorld) -> None:
    await world.say("Лекция «Космос» 12 декабря в 15:00, 9А")
    [saved, *_] = await world.say("да")
    assert saved.context["unread"] == []
