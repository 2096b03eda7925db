"""review48 findings 1 and 2 on fresh48's readings (tests/data/fixparse48a.md): a defined
feast names only a programme of festivities, and a visit on another day is no venue."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = "2026-12-05T09:00"


def _parsed(text: str, now: str = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# Reading: «X – … праздник» says what X is; it names the post's event only when the title is
# nothing but a programme of festivities with no occasion of its own, X is the post's one
# feast, and X is no kind of event itself. A title with its own kind noun keeps it.
@pytest.mark.parametrize(
    ("text", "kept", "lost"),
    [
        (  # review48 #1
            "Праздничный концерт пройдёт 7 января в 12:00 в ДК «Родина». Рождество – светлый "
            "семейный праздник, приходите с детьми.",
            "концерт",
            None,
        ),
        (  # review48 #1
            "Мастер-класс пройдёт 20 декабря в 12:00 в библиотеке. Сделаем открытки к "
            "Рождеству: Рождество – тихий праздник.",
            "мастер-класс",
            None,
        ),
        (  # review48 #1
            "Программа праздничных мероприятий пройдёт 26 декабря в 11:00 в ДК. Дискотека – "
            "лучший праздник для подростков.",
            None,
            "дискотека",
        ),
        (  # review48 #1
            "Праздничные мероприятия пройдут 26 декабря в 11:00 в школе. Выступят ученики. "
            "Ёлка – главный праздник зимы, а Коляда – старинный праздник.",
            None,
            "ёлка",
        ),
        (  # my own: a kind of event before the dash
            "Праздничные мероприятия начнутся 27 декабря в 12:00 в сельском клубе. Карнавал – "
            "любимый праздник ребят, готовьте костюмы.",
            None,
            "карнавал",
        ),
        (  # my own: two feasts, the second after «и»
            "Праздничные мероприятия пройдут 14 января в 12:00 в школе. Мы вспомним, что "
            "Святки – весёлый праздник и Крещение – великий праздник.",
            None,
            "святки",
        ),
        (  # my own: a feast pymorphy3 knows as a common noun still names a bare programme
            "Праздничные мероприятия пройдут 1 марта в 12:00 на центральной площади. "
            "Масленица – весёлый народный праздник проводов зимы.",
            "масленица",
            None,
        ),
        (  # my own: a kind noun of its own in the title
            "Спортивные соревнования пройдут 22 марта в 10:00 на стадионе. Навруз – древний "
            "праздник весеннего равноденствия.",
            "соревнования",
            None,
        ),
    ],
)
def test_a_defined_feast_names_only_a_bare_programme(
    text: str, kept: str | None, lost: str | None
) -> None:
    title = str(_parsed(text)["title"] or "").lower()
    if kept is not None:
        assert kept in title
    if lost is not None:
        assert lost not in title


# Reading: the object of a finite visiting verb is the event's place only in a sentence with no
# day of its own other than the event's; a visit on another day is news, not the venue.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # review48 #2
            "14 декабря в 12:00 пройдёт школьный концерт. Накануне, 13 декабря, хор посетил "
            "концертный зал филармонии.",
            "филармон",
        ),
        (  # review48 #2
            "Ученики 7 класса посетили краеведческий музей 10 декабря. А 14 декабря в 12:00 в "
            "актовом зале школы пройдёт концерт.",
            "музей",
        ),
        (  # my own
            "Соревнования по шахматам пройдут 18 декабря в 15:00. 2 декабря наши шахматисты "
            "посетили городской шахматный клуб.",
            "клуб",
        ),
    ],
)
def test_a_visit_on_another_day_is_no_venue(text: str, wrong: str) -> None:
    assert wrong not in str(_parsed(text)["venue"] or "").lower()


# Reading: «…, а также / или / либо онлайн» names online as one more way beside the named
# place: the place stays the venue (links.one_more_way, read by every path).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # review48 #6
            "Олимпиада по математике пройдёт 12 декабря в 10:00 в школе № 5, а также онлайн "
            "на сайте олимпиады.",
            "школа",
        ),
        (  # my own
            "Лекция о космосе состоится 17 декабря в 15:00 в городской библиотеке, или онлайн "
            "для тех, кто не сможет прийти.",
            "библиотек",
        ),
    ],
)
def test_online_as_one_more_way_keeps_the_place(text: str, place: str) -> None:
    venue = str(_parsed(text)["venue"] or "").lower()
    assert place in venue
    assert "онлайн" not in venue


# The reverse: an event held online only stays online.
def test_an_online_event_stays_online() -> None:
    got = _parsed("Встреча с писателем пройдёт 16 декабря в 15:00 онлайн в Сферуме.")
    assert "онлайн" in str(got["venue"] or "").lower()
