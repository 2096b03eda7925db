"""Online events and chat-line places (issue 10, point 5): the platforms schools use
(Сферум, Яндекс Телемост, Zoom, a webinar, video link) make the venue «онлайн» with the link,
never a city; a chat line's place (Дом культуры, центр «Точка роста», IT-куб, кинотеатр,
каток, двор школы, у метро) is its venue and leaves the title. Sentences written for these
tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    "text",
    [
        "Урок цифры 8 декабря в 10:00 в Сферуме",
        "Собрание 10 декабря в 19:00 в формате вебинара",
        "Встреча с автором 14 декабря в 17:00 в Телемосте",
        "Консультация для родителей 5 декабря в 15:00 по видеосвязи",
        "Педсовет 3 декабря в 16:00 в формате видеоконференции",
    ],
)
def test_a_chat_line_on_a_platform_is_online(text: str) -> None:
    got = _parse(text)
    assert got["venue"] == "онлайн"
    title = str(got["title"]).lower()
    assert not any(w in title for w in ("сферум", "вебинар", "телемост", "видео"))


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Приглашаем учеников 8-11 классов на Урок цифры 8 декабря в 10:00. Урок пройдёт в "
            "Сферуме, подключение по ссылке в чате класса. Участие бесплатное.",
            None,
        ),
        (
            "Встреча с писателем пройдёт 14 декабря в 17:00 в Яндекс Телемосте. Ссылка: "
            "https://telemost.yandex.ru/j/12345. Приглашаем всех желающих.",
            "https://telemost.yandex.ru/j/12345",
        ),
        (
            "Уважаемые родители! 10 декабря в 19:00 состоится родительское собрание в формате "
            "вебинара. Ссылка для подключения будет направлена классными руководителями.",
            None,
        ),
        (
            "Мастер-класс по робототехнике 11 декабря в 15:00 пройдёт на платформе Zoom: "
            "https://us02web.zoom.us/j/8765. Ждём всех желающих ребят из Гурьевска.",
            "https://us02web.zoom.us/j/8765",
        ),
    ],
)
def test_a_post_on_a_platform_is_online_with_its_link(text: str, url: str | None) -> None:
    got = _parse(text)
    assert got["venue"] == "онлайн"
    assert got["online"] == url


def test_a_hall_with_a_broadcast_stays_the_hall() -> None:
    got = _parse(
        "Открытая лекция профессора пройдёт 5 декабря в 15:00 в актовом зале школы. Для тех, "
        "кто не сможет прийти, будет трансляция в группе ВКонтакте."
    )
    assert got["venue"] == "актовый зал школы"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Спектакль 25 декабря в 12:00 в Доме культуры «Железнодорожник»",
            "Дом культуры «Железнодорожник»",
        ),
        ("Открытый урок 10 декабря в 13:00 в центре «Точка роста»", "центр «Точка роста»"),
        ("Олимпиада 15 декабря в 10:00 в IT-кубе", "IT-куб"),
        ("Фильм 28 декабря в 12:00 в кинотеатре «Заря»", "кинотеатр «Заря»"),
        ("Катание 29 декабря в 15:00 на катке «Янтарь»", "каток «Янтарь»"),
        ("Экскурсия 5 декабря в 10:00 в океанариуме", "океанариум"),
        ("Встреча 14 декабря в 17:00 у метро «Чистые пруды»", "у метро «Чистые пруды»"),
        ("Экскурсия 5 декабря в 11:00 в Доме-музее Чехова", "Дом-музей Чехова"),
        ("Спектакль 6 декабря в 12:00 в театре кукол", "театр кукол"),
        ("Праздник 1 июня в 12:00 во дворе школы", "двор школы"),
        ("Турнир 7 марта в 11:00 на ледовой арене «Кристалл»", "ледовая арена «Кристалл»"),
    ],
)
def test_a_chat_lines_place_is_its_venue_not_its_title(text: str, venue: str) -> None:
    got = _parse(text)
    assert got["venue"] == venue
    assert venue.split()[-1].strip("«»").lower() not in str(got["title"]).lower()
