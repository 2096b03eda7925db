"""Misses of real_posts_broad9.jsonl, each rule in other words than the set's posts: a part of
the event (its gala, its opening, a quiz at the exhibition) dated apart from the event's
announced span of days; a contest's period given only as the window its works are taken in;
venues (a ski base written «л/б», a ski base of a school). Each rule has a case it must
leave as it was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


# a dated sentence naming the span's event in an oblique case («концерт победителей
# конкурса», «открытие выставки», «у выставки») is a part of it: the span is the event's
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "С 10 января 2027 г. по 20 февраля 2027 г. школа искусств проводит открытый "
            "конкурс юных пианистов «Звёздочки». Заявки направляются до 25 декабря. "
            "Концерт победителей конкурса состоится 24 февраля 2027 г. в 17.00 в концертном "
            "зале школы.",
            "2027-01-10",
            "2027-02-20",
        ),
        (
            "С 12 декабря 2026 по 31 января 2027 г. в музее пройдёт выставка «Русский "
            "валенок». Торжественная церемония для участников выставки пройдёт 14 декабря "
            "в 14.00.",
            "2026-12-12",
            "2027-01-31",
        ),
        (
            "С 15 декабря 2026 г. по 15 января 2027 г. в библиотеке будет работать выставка "
            "«Зимние сказки». 20 декабря в 13.00 у выставки пройдёт громкое чтение для "
            "младших школьников.",
            "2026-12-15",
            "2027-01-15",
        ),
    ],
)
def test_a_part_of_the_spans_event_keeps_the_span(text: str, start: str, end: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == (start, end)


# a timed sentence of another event (no back reference to the span's kind) keeps its day
def test_another_events_day_is_not_a_part() -> None:
    got = parse(
        "С 1 по 20 декабря в библиотеке проходит выставка детских рисунков. А 12 декабря "
        "в 15.00 в актовом зале состоится концерт хора «Радуга»."
    )
    assert got["start"] == "2026-12-12T15:00"


# «Начало соревнований 12 мая в 16.00» is the event's own start, never a part of it
def test_the_events_own_onset_is_not_a_part() -> None:
    got = parse(
        "Соревнования по плаванию пройдут с 12 по 13 декабря в бассейне «Волна». Начало "
        "соревнований 12 декабря в 16.00, 13 декабря в 10.00."
    )
    assert got["start"] == "2026-12-12T16:00"


# a contest whose only dates are the window its works are taken in: that window is its span
# (all-day); an exhibition of the works («выставка лучших работ») comes after the contest
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Городской конкурс фотографий «Зимний город». Работы принимаются с 5 по 25 "
            "декабря 2026 г. по адресу: ул. Мира, 3, каб. 7. Итоги подведут до 10 января.",
            "2026-12-05",
            "2026-12-25",
        ),
        (
            "Конкурс плакатов «Нет — терроризму!»\n\nПриём конкурсных работ — с 7 по 20 "
            "декабря. Выставка лучших работ откроется 28 декабря в холле Дома творчества.",
            "2026-12-07",
            "2026-12-20",
        ),
        (
            "Районный конкурс поделок «Символ года». Приём работ с 3 по 18 декабря 2026 "
            "года. Выставка работ будет работать с 21 по 30 декабря в фойе Дома культуры.",
            "2026-12-03",
            "2026-12-18",
        ),
    ],
)
def test_a_contests_works_window_is_its_span(text: str, start: str, end: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == (start, end)


# the works window yields to the contest's own announced day and time
def test_the_contests_own_day_outranks_its_works_window() -> None:
    got = parse(
        "Конкурс чтецов «Живое слово». Приём работ с 1 по 10 декабря. Финальное "
        "прослушивание состоится 15 декабря в 14.00 в библиотеке."
    )
    assert got["start"] == "2026-12-15T14:00"


# the hours works are taken in («с 9.00 до 17.00») are the desk's, never the contest's start
def test_a_works_windows_desk_hours_are_no_start() -> None:
    got = parse(
        "Конкурс рисунков «Зимушка». Приём работ с 7 по 18 декабря 2026 года. Работы "
        "принимаются в кабинете 12 администрации района с 9.00 до 17.00."
    )
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-18")


# «на лыжной базе …» is a place itself (an adjective before «базе»), unlike the compound
# preposition «на базе спортивной школы», which names its place after it
@pytest.mark.parametrize(
    ("text", "needles"),
    [
        (
            "Первенство школы по лыжным гонкам пройдёт 12 декабря в 11.00 на лыжной базе "
            "«Берёзка». Приглашаются учащиеся 5–11 классов, заявки подаются классными "
            "руководителями. Форма одежды — спортивная.",
            ["лыжн", "Берёзка"],
        ),
        (
            "12 декабря в 11.00 на лыжной базе детско-юношеской спортивной школы пройдёт "
            "эстафета среди команд школ района. Состав команды — 4 человека. Лыжи можно "
            "взять напрокат.",
            ["лыжн", "спортивной школы"],
        ),
    ],
)
def test_a_ski_base_is_a_place(text: str, needles: list[str]) -> None:
    venue = parse(text)["venue"] or ""
    assert all(n.lower() in venue.lower() for n in needles), venue


def test_the_compound_na_baze_still_names_its_place() -> None:
    got = parse(
        "12 декабря в 11.00 на базе спортивной школы «Юность» пройдёт турнир по шахматам "
        "среди команд школ района. Состав команды — 4 человека. Контроль времени — 15 минут."
    )
    assert "Юность" in (got["venue"] or "")
    assert "базе" not in (got["venue"] or "").lower()


# «проводят» (present plural) announces the event as «проводит» does
def test_provodyat_announces_the_span() -> None:
    got = parse(
        "С 14 по 20 декабря все библиотеки города проводят Неделю зимней книги. В программе "
        "громкие чтения и мастер-классы для младших школьников.\n\nИтоговый праздник пройдёт "
        "23 декабря в Центральной детской библиотеке."
    )
    assert (got["start"], got["end"]) == ("2026-12-14", "2026-12-20")


# a headline opening the post with a span of days, a dash and a kind of event («С 10 января
# по 28 февраля 2027 г. — книжная выставка «…»») announces the event's span
def test_a_headline_span_with_a_kind_is_announced() -> None:
    got = parse(
        "С 15 декабря 2026 г. по 31 января 2027 г. — выставка «Новогодняя открытка»\n\n"
        "В читальном зале городской библиотеки представлены открытки из частных коллекций. "
        "20 декабря в 12.00 у выставки пройдёт викторина для учащихся начальных классов."
    )
    assert (got["start"], got["end"]) == ("2026-12-15", "2027-01-31")


# a headline line of a single day keeps its rules (a dated sentence is weighed as before)
def test_a_headline_single_day_is_unchanged() -> None:
    got = parse(
        "Выставка «Новогодняя открытка» в городской библиотеке\n\nВ читальном зале "
        "представлены открытки из частных коллекций. 20 декабря в 12.00 в зале пройдёт "
        "викторина для учащихся начальных классов."
    )
    assert got["start"] == "2026-12-20T12:00"


# the judges' meeting or the draw dated shortly before the span of a contest is a formality
# before it, never the contest's start
def test_a_draw_before_the_span_is_a_formality() -> None:
    got = parse(
        "Первенство района по баскетболу среди школьных команд пройдёт с 12 декабря 2026 г. "
        "по 20 января 2027 года в спортзале школы № 4.\n\nЗаседание судейской коллегии и "
        "жеребьёвка состоится 8 декабря 2026 г. в 15.00 в кабинете директора."
    )
    assert (got["start"], got["end"]) == ("2026-12-12", "2027-01-20")


# a meeting of its own (not before a span of the post) keeps its day and time
def test_a_meeting_alone_keeps_its_day() -> None:
    got = parse(
        "Уважаемые коллеги! Заседание методического объединения учителей истории состоится "
        "8 декабря 2026 г. в 15.00 в кабинете № 12. Просим подготовить отчёты за полугодие."
    )
    assert got["start"] == "2026-12-08T15:00"


# works handed in «в администрации …» make the administration the contest's place; named in
# passing («при поддержке администрации города») it is none
def test_works_taken_at_the_administration() -> None:
    got = parse(
        "Конкурс рисунков «Зимняя сказка». Приём работ с 7 по 18 декабря 2026 года. Работы "
        "с этикеткой принимаются в администрации Заречного района, каб. 5 (ул. Садовая, 2)."
    )
    assert "администрац" in (got["venue"] or "").lower()


def test_an_administration_in_passing_is_no_place() -> None:
    got = parse(
        "Турнир по шахматам пройдёт 12 декабря в 11.00 в шахматном клубе «Ладья» при "
        "поддержке администрации города. Состав команды — 4 человека, контроль времени — "
        "15 минут."
    )
    assert "администрац" not in (got["venue"] or "").lower()
    assert "Ладья" in (got["venue"] or "")


# «л/б» (лыжная база) and «с/к» (спортивный комплекс) written short are places
@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Первенство школы по лыжным гонкам пройдёт 12 декабря в 11.00 на л/б «Юбилейная». "
            "Приглашаются учащиеся 5–11 классов, заявки подают классные руководители.",
            "Юбилейная",
        ),
        (
            "Турнир по волейболу среди школьных команд пройдёт 12 декабря в 10.00 в с/к "
            "«Олимпиец». Состав команды — 8 человек, форма одежды спортивная.",
            "Олимпиец",
        ),
    ],
)
def test_a_slashed_place_abbreviation_is_a_place(text: str, needle: str) -> None:
    assert needle in (parse(text)["venue"] or "")


# «В рамках фестиваля 4 декабря в 15.00 состоится турнир»: another event in the span's frame
# (weighed as before, tests/unit/test_post_confidence.py), never a part lowered below the span
def test_an_event_in_the_frame_is_no_part() -> None:
    got = parse(
        "Фестиваль науки пройдёт с 1 по 10 декабря. В рамках фестиваля 4 декабря в 15.00 в "
        "школе № 3 состоится турнир роботов."
    )
    assert got["start"] == "2026-12-04T15:00"
