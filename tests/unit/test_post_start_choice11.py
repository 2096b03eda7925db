"""The event's start in a long post (eighth round, starts11). Every case is written for this
file (none is copied from a real-post set), each rule with one it must not change:

- a site's publication stamp is never the event's clock, in the shapes news pages print it:
  a clock alone opening the post before its headline or rubric ("09:40 Культура"), a clock
  and a date joined by a bullet with the year after a comma ("10:42 • 3 марта, 2026"), a
  date line labelled «Дата изменения:» (seconds and all), an ISO date with its clock after a
  comma ("2026-11-19, 10:05"), a rubric word before a dated line ("Спорт 19 ноября 2026
  10:05"); a programme opening with its first slot keeps it;
- in a one-day programme, when every slot before the one naming the opening ("открытие",
  "церемония открытия") is a formality (registration, lining up, a judges' meeting), the
  opening's clock is the start; a programme whose first slot is an activity of its own keeps
  that slot;
- the date after "в честь этого события" is the event's day: the occasion is the phrase
  "этого события", not the date;
- a number written "9/11" after a street's name ("на проспекте Мира, 9/11") is a house
  number, never a date;
- a day's hours longer than twelve ("с 06:00 до 21:00") keep their end: only an end that
  would wrap past midnight by more than twelve hours ("с 16 до 15") is doubted;
- a registration's clock said in prose ("регистрация начнётся в 8.30") gives way to the
  event's own announced start ("В 10 часов начнётся турнир").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T12:00")


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "09:40 Культура\n57\n\nВ Твери пройдёт фестиваль детского рисунка\n\nФестиваль "
        "«Краски зимы» пройдёт 5 декабря в областной библиотеке, работы покажут гостям.",
        "11:25 «Снежный десант» в парке Победы.\nНа совещании в администрации решено "
        "провести для школьников лыжный забег. Первый забег пройдёт в субботу 5 декабря.",
        "10:42 • 19 ноября, 2026\n\nКонцерт хора пройдёт 5 декабря в большом зале "
        "филармонии. Вход свободный, места занимают по мере прихода. Для школьных групп "
        "можно заказать отдельную экскурсию по залу.",
        "Спорт 19 ноября 2026 10:05\n\nГородской турнир по шахматам пройдёт 5 декабря в "
        "шахматном клубе, приглашаются школьники.",
        "2026-11-19, 10:05\n\nГородской турнир по шахматам пройдёт 5 декабря в шахматном "
        "клубе, приглашаются школьники.",
    ],
)
def test_a_publication_stamp_gives_the_event_no_clock(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-05"


def test_a_change_stamp_gives_a_span_no_clock() -> None:
    got = _parse(
        "Конкурс кормушек\n\nКонкурс проводится с 5 по 12 декабря 2026 года. Работы "
        "принимаются в читальном зале.\n\nДата изменения: 20.11.2026 08:15:42"
    )
    assert (got["start"], got["end"]) == ("2026-12-05", "2026-12-12")


def test_a_stamps_clock_gives_way_to_the_events_own() -> None:
    got = _parse(
        "2026-11-20, 09:35\n\nСегодня в городе пройдёт турнир по шашкам среди школьников. "
        "Турнир начнётся в 16 часов в Доме спорта."
    )
    assert got["start"] == "2026-11-20T16:00"


def test_a_programme_opening_the_post_keeps_its_first_slot() -> None:
    got = _parse(
        "10:00 Открытие фестиваля\n11:00 Мастер-классы\n13:00 Концерт\nФестиваль пройдёт "
        "5 декабря в Доме культуры, приглашаем всех желающих."
    )
    assert got["start"] == "2026-12-05T10:00"


@pytest.mark.parametrize(
    ("span", "start", "end"),
    [
        ("с 06:00 до 21:00", "2026-12-05T06:00", "2026-12-05T21:00"),
        ("с 8 до 22 часов", "2026-12-05T08:00", "2026-12-05T22:00"),
    ],
)
def test_a_day_longer_than_twelve_hours_keeps_its_end(span: str, start: str, end: str) -> None:
    got = _parse(f"Акция «Читаем вместе» пройдёт 5 декабря {span} в городской библиотеке")
    assert (got["start"], got["end"]) == (start, end)
    assert "end_before_start" not in got["doubts"]  # type: ignore[operator]


def test_an_end_before_the_start_is_still_asked() -> None:
    got = _parse("Акция «Читаем вместе» пройдёт 5 декабря с 16 до 15 в городской библиотеке")
    assert got["end"] is None
    assert "end_before_start" in got["doubts"]  # type: ignore[operator]
