"""An online event told by its link (issue 10, point 5: "онлайн"/a link, venue kind online with
its URL): a link given as the way to join ("ссылка https://…", "ссылка для подключения: …")
makes the event online even when no word says "онлайн"; a sign-up form's link ("запись по
ссылке https://forms…") never does, and is no online link. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.links import joins_by_link, signs_up

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Кл. руководителям 7-9 кл.: 16 дек. в 12:00 всеросс. открытый урок «Профессии "
            "будущего», ссылка https://vk.com/proforient_live , смотрим всем классом.",
            "https://vk.com/proforient_live",
        ),
        (
            "Уважаемые коллеги! Классный час «Финансовая грамотность» пройдёт 18 декабря в "
            "10:00. Ссылка для подключения: https://example.org/room/42 Подключаемся с классом.",
            "https://example.org/room/42",
        ),
    ],
)
def test_a_link_to_join_makes_the_event_online(text: str, url: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["venue"], got["online"]) == ("онлайн", url)


@pytest.mark.parametrize(
    "text",
    [
        "Мастер-класс по робототехнике для 5-6 классов 17 декабря в 15:00, запись по ссылке "
        "https://forms.yandex.ru/u/xyz, количество мест ограничено.",
        "Конкурс рисунков «Зимняя сказка» для 1-4 классов: награждение 25 декабря в 14:00. "
        "Работы отправляйте по ссылке https://example.org/upload до 20 декабря.",
    ],
)
def test_a_sign_up_link_makes_no_online_event(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] != "онлайн"
    assert got["online"] is None


def test_a_sign_up_link_leaves_the_place_the_post_names() -> None:
    text = (
        "Турнир по шахматам для 5-8 классов пройдёт 12 декабря в 14:00 в Доме творчества "
        "юных. Регистрация по ссылке https://forms.yandex.ru/u/abc до 10 декабря."
    )
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] == "Дом творчества юных"
    assert got["online"] is None


@pytest.mark.parametrize(
    ("before", "joins", "form"),
    [
        ("смотрим урок, ссылка ", True, False),
        ("ссылка на трансляцию: ", True, False),
        ("подробнее по ссылке ", False, True),
        ("запись по ссылке ", False, True),
        ("положение конкурса: ", False, True),
    ],
)
def test_what_a_link_is_for(before: str, joins: bool, form: bool) -> None:
    text = before + "https://example.org/x"
    assert joins_by_link(text, len(before)) is joins
    assert signs_up(text, len(before)) is form
