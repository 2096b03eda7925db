"""parse79: round 44's parser leftovers (tests/data/parse79.md), each reading checked on
sentences written for this file in several shapes, never a set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.move_weekdays import bare_weekday
from bot.core.language.nowadays import reads_nowadays
from bot.core.language.sentences import dot_ends_sentence, sentences
from bot.core.language.stamps import take_stamps
from bot.core.language.tokens import Scanner
from tests.title_probe import parsed as _parse

# 1. «2015г.»: the year's abbreviation glued to the year ends no sentence, as «2015 г.» does
# not; a report opening «15 марта 2024г. в …» had its date cut off as a sentence of its own,
# taken as the page's dateline, and lost its start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "15 марта 2024г. в рамках недели безопасности в спортивном зале школы прошла "
            "эстафета для учащихся начальных классов. Ребята показали ловкость и смекалку.",
            "2024-03-15",
        ),
        (
            "В субботу, 16 марта 2024г. в актовом зале нашей гимназии состоялся концерт хора "
            "ветеранов. Зрители тепло встретили исполнителей.",
            "2024-03-16",
        ),
        (
            "12.03.2024г. в рамках месячника по профилактике в библиотеке прошла встреча "
            "учеников с инспектором. Он рассказал о правилах.",
            "2024-03-12",
        ),
    ],
)
def test_a_glued_year_abbreviation_keeps_the_reports_day(text: str, start: str) -> None:
    got = _parse(text, "2024-03-20T10:00")
    assert got["start"] == start, got
    assert "past" in got["doubts"], got


@pytest.mark.parametrize(
    "text",
    [
        "10 сентября 2015г. в детском доме прошла встреча.",
        "В 2019г. в библиотеке открылась выставка.",
        "Вход 200руб. за взрослого, детям бесплатно.",
    ],
)
def test_a_glued_abbreviation_splits_as_the_spaced_one(text: str) -> None:
    assert sentences(text) == [(0, len(text))]
    dot = text.index(".")
    assert not dot_ends_sentence(text, dot)


def test_a_number_glued_to_a_class_letter_still_ends_its_sentence() -> None:
    text = "Победили ученики 5а. Поздравляем ребят!"
    assert len(sentences(text)) == 2
    assert dot_ends_sentence(text, text.index("."))


# 2. a headline closed by the day it was put up is the item's stamp when the body names a
# day of its own; a count in the headline («Более 300 зрителей», «5 команд», «6В класса»)
# dates nothing, only a day or a clock of the headline's own does


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Более 300 зрителей посетили спектакль «Колобок» 15.03.2026\n\n14 марта в актовом "
            "зале школы состоялся показ спектакля «Колобок» для родителей. Зрители аплодировали.",
            "2026-03-15T10:00",
            "2026-03-14",
        ),
        (
            "Ученики 6В класса побывали в краеведческом музее 12.11.2025\n\n10 ноября ребята "
            "побывали в краеведческом музее и узнали историю края. Экскурсия понравилась всем.",
            "2025-11-12T10:00",
            "2025-11-10",
        ),
        (
            "5 команд сразились в турнире по мини-футболу 03.02.2025\n\nВ субботу, 1 февраля, "
            "в спортзале школы прошёл турнир по мини-футболу. Победила команда 9А.",
            "2025-02-03T10:00",
            "2025-02-01",
        ),
        (
            "Более 120 ребят приняли участие в акции «Чистый двор» 03.02.2025\n\n31 января "
            "ученики школы вышли на уборку пришкольной территории. Ребята убрали мусор.",
            "2025-02-03T10:00",
            "2025-01-31",
        ),
    ],
)
def test_a_count_in_the_headline_leaves_its_closing_day_a_stamp(
    text: str, now: str, start: str
) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert "several_dates" not in got["doubts"], got


@pytest.mark.parametrize(
    "text",
    [
        "Ярмарка 20 ноября 18.11.2024\nПриходите за покупками, начало 20 ноября в 15:00.",
        "Концерт в 18:00 18.11.2024\nПриглашаем всех 20 ноября в актовый зал.",
        "Концерт в 18 часов 18.11.2024\nПриглашаем всех 20 ноября в актовый зал.",
    ],
)
def test_a_headline_naming_its_own_day_or_clock_keeps_its_closing_date(text: str) -> None:
    sc = Scanner(text)
    take_stamps(sc, datetime.fromisoformat("2024-11-18T12:00"))
    at = text.index("18.11")
    assert sc.is_free(at, at + 10)


# 3. «15 нояб. 2018 г.»: an abbreviated month between a day and its year is one date, its dot
# no sentence's end (a page's stamp line was cut into «15 нояб» and «2018 г» and read as a
# rival day the body's report lost to)


@pytest.mark.parametrize(
    "text",
    ["15 нояб. 2018 г.", "3 сент. 2020 года в школе прошла линейка.", "10 февр. 2021 г."],
)
def test_an_abbreviated_month_before_its_year_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [(0, len(text))]
    assert not dot_ends_sentence(text, text.index("."))


def test_an_abbreviated_month_closing_a_sentence_still_ends_it() -> None:
    text = "Концерт 15 нояб. Приходите всей семьёй!"
    assert len(sentences(text)) == 2
    assert dot_ends_sentence(text, text.index("."))


def test_a_stamp_with_an_abbreviated_month_loses_to_the_reports_day() -> None:
    got = _parse(
        "Школьная ярмарка собрала 20 тысяч рублей\n\n12 сент. 2022 г.\n\nВ прошлую субботу, "
        "10 сентября, в школе прошла благотворительная ярмарка. Спасибо всем!",
        "2022-09-12T10:00",
    )
    assert got["start"] == "2022-09-10", got


# 4. «Сегодня (особенно) важно …» says what matters these days, never the event's day: a report
# quoting it was moved from its «3 февраля» to the day it was posted


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "В рамках дня профилактики в Лесной школе 3 февраля прошла акция «Безопасный "
            "интернет». В ней приняли участие около 200 школьников.\n\nПодросткам рассказали о "
            "правилах безопасности.\n\n«Сегодня особенно важно говорить с подростками на "
            "понятном им языке. Молодежь должна понимать риски», — отметил представитель "
            "совета.\n\nИнспектор напомнила школьникам о возрасте ответственности.",
            "2026-02-03",
        ),
        (
            "2 февраля в библиотеке прошла встреча с ветеранами.\n\nСегодня как никогда важно "
            "помнить о подвиге нашего народа, подчеркнула директор. Ребята прочитали стихи.",
            "2026-02-02",
        ),
    ],
)
def test_today_is_important_is_no_day(text: str, start: str) -> None:
    got = _parse(text, "2026-02-04T10:00")
    assert got["start"] == start, got
    assert "past" in got["doubts"], got


@pytest.mark.parametrize(
    ("sentence", "nowadays"),
    [
        ("сегодня очень важно приучать детей к спорту", True),
        ("сегодня, как никогда, актуально помнить о героях", True),
        ("сегодня важно прийти вовремя", True),
        ("сегодня нужно сдать работы до 15:00", False),
        ("сегодня можно посетить выставку бесплатно", False),
        ("сегодня в актовом зале важное собрание", False),
    ],
)
def test_which_today_reads_nowadays(sentence: str, nowadays: bool) -> None:
    assert reads_nowadays(sentence, len("сегодня")) is nowadays


def test_a_today_event_beside_an_important_remark_stays_today() -> None:
    got = _parse(
        "Сегодня в 15:00 в актовом зале пройдёт концерт. Сегодня важно прийти вовремя.",
        "2026-02-04T10:00",
    )
    assert got["start"] == "2026-02-04T15:00", got


# 5. a weekday that is a move's new day («переносим на понедельник», «перенесли на пятницу»,
# «перенос … на среду») lies ahead of the post: never the day it is told on (no «today or a
# week on?» question), never a day gone because the verb of moving is in the past


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("Внимание! Ярмарку 9 декабря переносим на понедельник.", "2026-12-07T10:00", "2026-12-14"),
        ("Концерт 12 декабря перенесли на понедельник.", "2026-12-07T10:00", "2026-12-14"),
        ("Концерт 12 декабря перенесли на понедельник.", "2026-12-08T10:00", "2026-12-14"),
        (
            "Концерт перенесли на понедельник, начало в 18:00.",
            "2026-12-07T10:00",
            "2026-12-14T18:00",
        ),
        ("Перенос занятия кружка на пятницу.", "2026-12-11T10:00", "2026-12-18"),
        ("Репетиция сдвинута на среду.", "2026-12-09T09:00", "2026-12-16"),
    ],
)
def test_a_moves_new_weekday_is_ahead_of_the_post(text: str, now: str, start: str) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert not {"several_dates", "past"} & set(got["doubts"]), got


def test_a_bare_weekday_told_in_the_past_is_still_the_day_gone() -> None:
    got = _parse("В понедельник прошла ярмарка.", "2026-12-08T10:00")
    assert got["start"] == "2026-12-07", got


def test_a_bare_weekday_of_today_without_a_move_still_asks() -> None:
    got = _parse("В понедельник концерт для 3А.", "2026-12-07T10:00")
    assert "several_dates" in got["doubts"], got


def test_the_chat_move_command_still_reads_a_bare_weekday() -> None:
    now = datetime.fromisoformat("2026-12-07T10:00")
    assert bare_weekday("перенеси лекцию на пятницу", now) == 4


# 6. a list's «and so on» («и пр.», «и др.», «и т. д.», «и т. п.», «и прочего») closing a title
# is no word of the event's name; inside a quoted name it stays


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Встреча с ветеранами 10 декабря в 12:00 в музее и пр.", "Встреча с ветеранами"),
        (
            "Ярмарка поделок, выпечки и пр. 12 декабря в 15:00 в актовом зале",
            "Ярмарка поделок, выпечки",
        ),
        ("Конкурс рисунков, поделок и т.д. 12 декабря в 15:00", "Конкурс рисунков, поделок"),
        ("Выставка книг, журналов и др. 12 декабря в библиотеке", "Выставка книг, журналов"),
        (
            "Мастер-класс по лепке, рисованию и т. п. 12 декабря в 15:00",
            "Мастер-класс по лепке, рисованию",
        ),
        ("Ярмарка поделок, выпечки и прочего 12 декабря в 15:00", "Ярмарка поделок, выпечки"),
    ],
)
def test_a_lists_and_so_on_leaves_the_title(text: str, title: str) -> None:
    assert _parse(text, "2026-12-07T10:00")["title"] == title


def test_and_so_on_inside_a_quoted_name_stays() -> None:
    got = _parse("Выставка «Игрушки и пр.» 12 декабря в библиотеке", "2026-12-07T10:00")
    assert got["title"] == "Выставка «Игрушки и пр.»", got
