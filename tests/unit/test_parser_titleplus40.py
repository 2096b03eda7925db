"""Concise titles enriched after they are chosen (round 40): the event's own name the chosen
title lacks (a Latin-script name the announcing verb names with the same kind, a short name
line a ticket site puts under the kind's line), the occasion the post names for this event,
and, for a generic title on a public holiday, the holiday's name in the dative. Posts written
for each rule as schools, libraries and ticket sites write them, not copied from a corpus."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.title_enrich import enriched, to_occasion
from tests.title_probe import card_title

NOV = datetime.fromisoformat("2026-11-20T10:00")
MARCH = datetime.fromisoformat("2027-03-01T10:00")
FEB = datetime.fromisoformat("2027-02-18T10:00")


def test_a_latin_name_the_verb_announces_with_the_same_kind_joins_a_bare_kind() -> None:
    text = (
        "12 декабря в 16:00 в молодёжном центре состоится SCIENCE SLAM FESTIVAL. Фестиваль "
        "соберёт молодых учёных, которые за десять минут расскажут о своих исследованиях. "
        "Вход свободный."
    )
    title = card_title(text, NOV)
    # the name says «festival» itself: not prefixed by «Фестиваль» (titledev40)
    assert title == "SCIENCE SLAM FESTIVAL", title


def test_a_latin_name_of_another_kind_stays_out() -> None:
    # the verb announces a conference in Latin; the fair is another event
    text = (
        "12 декабря в 16:00 в молодёжном центре откроется ярмарка профессий. В тот же день "
        "пройдёт ROBOTICS CONFERENCE для студентов. Вход свободный, ждём школьников."
    )
    assert "ROBOTICS" not in card_title(text, NOV)


def test_a_name_line_under_a_ticket_sites_kind_line_joins_the_kind() -> None:
    text = (
        "Спектакль\n12 +\nСпектакль в Калининграде\nПриключения Буратино\nОписание\n"
        "Знакомая с детства сказка в новой постановке молодёжного театра: куклы, живая "
        "музыка и много песен.\nРасписание сеансов\n15 декабря в 18:00, вт\n"
        "Приключения Буратино\nДрамтеатр"
    )
    assert card_title(text, NOV) == "Спектакль «Приключения Буратино»"


def test_a_line_under_the_kind_that_the_page_never_repeats_is_no_name() -> None:
    # an address line under the kind is no name: a ticket page repeats the name on its
    # schedule, an address or a label it does not
    text = (
        "Спектакль\n12 +\nУлица Театральная, 15\nОписание\nЗнакомая с детства сказка в "
        "новой постановке молодёжного театра: куклы, живая музыка и много песен.\n"
        "15 декабря в 18:00, вт"
    )
    assert "Театральная" not in card_title(text, NOV)


def test_the_occasion_the_kinds_sentence_names_joins_a_named_title() -> None:
    text = (
        "27 ноября в 14:00 в актовом зале пройдёт конкурс детского рисунка ко Дню матери, "
        "который в этом году проводится под названием «Мамино тепло». Приглашаем родителей."
    )
    title = card_title(text, NOV)
    assert "«Мамино тепло»" in title, title
    assert "Дню матери" in title, title


def test_a_dedication_written_as_a_predicate_is_the_occasion() -> None:
    text = (
        "Дорогие ребята! 12 декабря в 13:00 в школьной библиотеке пройдёт викторина «Знаешь "
        "ли ты свои права?». Викторина посвящена Дню Конституции Российской Федерации. "
        "Приглашаем учеников 7–9 классов."
    )
    title = card_title(text, NOV)
    assert "«Знаешь ли ты свои права?»" in title, title
    assert "ко Дню Конституции Российской Федерации" in title, title


def test_an_occasion_of_another_event_stays_out() -> None:
    text = (
        "12 декабря в 13:00 в школьной библиотеке пройдёт викторина «Знаешь ли ты свои "
        "права?». А 9 декабря прошла выставка, посвящённая Дню Героев Отечества."
    )
    assert "Геро" not in card_title(text, NOV)


@pytest.mark.parametrize(
    ("text", "now", "holiday"),
    [
        (
            "Праздничный концерт\n8 марта в 17:00 в актовом зале школы ученики поздравят "
            "мам и бабушек песнями и стихами. Приглашаем всех!",
            MARCH,
            "к Международному женскому дню",
        ),
        (
            "23 февраля в 12:00 в спортзале пройдёт праздник. Ребят ждут эстафеты, "
            "перетягивание каната и армрестлинг. Приглашаем всех!",
            FEB,
            "ко Дню защитника Отечества",
        ),
        (
            "Мэрия опубликовала программу праздничных мероприятий на 4 ноября. Главные "
            "события пройдут в городском парке 4 ноября с 12 до 15 часов. Выступят детские "
            "ансамбли, будет работать мастерская.",
            datetime.fromisoformat("2026-10-28T10:00"),
            "ко Дню народного единства",
        ),
    ],
)
def test_a_generic_title_on_a_public_holiday_names_the_holiday(
    text: str, now: datetime, holiday: str
) -> None:
    title = card_title(text, now)
    assert title.endswith(holiday), title
    assert len(title) <= 80


def test_a_generic_title_on_an_ordinary_day_stays_as_it_is() -> None:
    text = (
        "9 марта в 17:00 в актовом зале школы пройдёт праздничный концерт. Ученики исполнят "
        "песни и прочтут стихи. Приглашаем всех!"
    )
    assert card_title(text, MARCH) == "Праздничный концерт"


def test_a_named_title_on_a_holiday_gets_no_holiday() -> None:
    # «Весенняя капель» is the concert's own name: the day adds nothing a reader needs
    text = (
        "8 марта в 17:00 в актовом зале школы пройдёт концерт «Весенняя капель». Ученики "
        "исполнят песни и прочтут стихи. Приглашаем всех!"
    )
    assert card_title(text, MARCH) == "Концерт «Весенняя капель»"


def test_a_moved_day_off_or_a_vacation_names_no_occasion() -> None:
    # «Новогодние каникулы» (the `holidays` name of 1–6 and 8 January) is days off, no feast
    text = "Праздник двора состоится 3 января. Приглашаем всех жителей!"
    assert enriched(text, "Праздник", date(2027, 1, 3)) == "Праздник"


def test_enrichment_never_repeats_the_occasion_the_title_has() -> None:
    text = "27 ноября пройдёт концерт ко Дню матери. Концерт посвящён Дню матери."
    assert enriched(text, "Концерт ко Дню матери", date(2026, 11, 27)) == "Концерт ко Дню матери"


def test_enrichment_keeps_eighty_characters_name_before_occasion() -> None:
    text = (
        "27 ноября пройдёт областной конкурс исследовательских работ школьников ко Дню "
        "матери под названием «Моя мама — лучшая на свете, самая добрая и нежная»."
    )
    title = enriched(text, "Областной конкурс исследовательских работ школьников", None)
    # the whole phrase and the name run past 80: the kind with its adjective keeps the name,
    # and the occasion, last in priority, no longer fits
    assert title == "Областной конкурс «Моя мама — лучшая на свете, самая добрая и нежная»"


@pytest.mark.parametrize(
    ("name", "occasion"),
    [
        ("День народного единства", "ко Дню народного единства"),
        ("Международный женский день", "к Международному женскому дню"),
        ("Праздник Весны и Труда", "к Празднику Весны и Труда"),
        ("День России", "ко Дню России"),
        ("Всемирный день здоровья", "ко Всемирному дню здоровья"),
    ],
)
def test_a_holidays_name_is_put_in_the_dative_with_its_preposition(
    name: str, occasion: str
) -> None:
    assert to_occasion(name) == occasion


def test_a_name_called_in_the_kinds_sentence_goes_between_kind_and_occasion() -> None:
    text = (
        "Управляющая компания объявляет конкурс детского рисунка ко Дню матери под названием "
        "«Мамино тепло». Награждение пройдёт 27 ноября в 16:00 в библиотеке."
    )
    title = enriched(text, "Конкурс детского рисунка ко Дню матери", date(2026, 11, 27))
    assert title == "Конкурс детского рисунка «Мамино тепло» ко Дню матери"


def test_a_name_called_for_another_event_of_the_post_stays_out() -> None:
    text = (
        "Конкурс чтецов пройдёт 10 декабря в 15:00, а выставка под названием «Зимние узоры» "
        "откроется 12 декабря в библиотеке."
    )
    assert enriched(text, "Конкурс чтецов", date(2026, 12, 10)) == "Конкурс чтецов"


def test_a_dedication_to_what_is_no_day_keeps_its_participle() -> None:
    # «к битве» is no Russian occasion: a day, a year, an anniversary take «к», a battle
    # is what the lecture is dedicated to
    text = (
        "5 февраля в 17:00 в библиотеке пройдёт лекция, посвящённая Сталинградской битве. "
        "Вход свободный."
    )
    assert enriched(text, "Лекция", date(2027, 2, 5)) == "Лекция, посвящённая Сталинградской битве"


def test_the_occasion_of_the_set_the_post_opens_with_joins_each_event() -> None:
    text = (
        "Ребята! Центр детского творчества проводит неделю мероприятий, посвящённых Дню "
        "матери. 26 ноября в 15:00 состоится мастер-класс «Открытка для мамы». Приходите!"
    )
    title = enriched(text, "Мастер-класс «Открытка для мамы»", date(2026, 11, 26))
    assert title == "Мастер-класс «Открытка для мамы» ко Дню матери"


def test_a_set_occasion_is_left_out_when_the_post_names_another() -> None:
    text = (
        "Ребята! Центр детского творчества проводит неделю мероприятий, посвящённых Дню "
        "матери. 26 ноября в 15:00 состоится мастер-класс «Открытка для мамы». А 4 декабря "
        "пройдёт выставка ко Дню неизвестного солдата."
    )
    title = enriched(text, "Мастер-класс «Открытка для мамы»", date(2026, 11, 26))
    assert title == "Мастер-класс «Открытка для мамы»"


def test_a_name_line_under_the_kind_and_its_age_rating_is_the_name() -> None:
    # a ticket site's card: the kind, the age rating, the name; the schedule is elsewhere
    text = (
        "Концерт\n0+\nЗимние мелодии\nОписание\nВоспитанники музыкальной школы исполнят "
        "пьесы русских композиторов и песни о зиме.\n20 декабря в 17:00, сб\nДом культуры"
    )
    assert enriched(text, "Концерт", date(2026, 12, 20)) == "Концерт «Зимние мелодии»"


def test_an_age_rating_without_a_name_line_adds_nothing() -> None:
    text = (
        "Концерт\n0+\nОписание\nВоспитанники музыкальной школы исполнят пьесы русских "
        "композиторов и песни о зиме.\n20 декабря в 17:00, сб\nДом культуры"
    )
    assert enriched(text, "Концерт", date(2026, 12, 20)) == "Концерт"


def test_the_holiday_an_event_is_held_on_is_its_occasion() -> None:
    text = (
        "В День неизвестного солдата, 3 декабря, в 11:00 у мемориала пройдёт акция «Свет "
        "памяти». Приглашаем учащихся 5–11 классов."
    )
    title = card_title(text, NOV)
    assert title == "Акция «Свет памяти» ко Дню неизвестного солдата", title


def test_an_open_day_the_post_holds_is_no_occasion() -> None:
    text = "В День открытых дверей, 3 декабря, пройдёт экскурсия «Наш колледж»."
    assert enriched(text, "Экскурсия «Наш колледж»", date(2026, 12, 3)) == (
        "Экскурсия «Наш колледж»"
    )


def test_a_dedication_to_the_readers_own_thing_is_no_occasion() -> None:
    # «твоей», «нашего»: a pronoun makes the phrase the writer's or reader's, not a day the
    # calendar keeps, and a card read by another school would say «нашего города»
    text = (
        "Чтение стихов, посвящённых Дню рождения нашего города, пройдёт 14 декабря в 12:00 "
        "в библиотеке. Приглашаем всех желающих."
    )
    title = card_title(text, NOV)
    assert title.startswith("Чтение стихов"), title
    assert "нашего" not in title, title
