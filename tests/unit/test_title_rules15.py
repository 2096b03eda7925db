"""Concise titles (issue 10, point 6), round 15: rules of Russian and of how announcements are
written, found by classifying the title failures of every released set after eval12's release
(see tests/data/README.md, "Twelfth round: eval12 released — concise titles"). Every post here
was written for its rule, not copied from a set; the first cases of each test failed on the
code before the rule, the guards passed before and after."""

from __future__ import annotations

import pytest

from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # the day first, the kind it is marked with in the instrumental after the verb
            "День космонавтики отметят лекцией в планетарии\n\n"
            "12 апреля в 15:00 в планетарии астроном расскажет о первом полёте человека в "
            "космос. Вход свободный.",
            "лекция ко дню космонавтики",
        ),
        (  # the verb first, the day and the kind after it
            "Библиотека отметит Всемирный день поэзии конкурсом чтецов\n\n"
            "21 марта в 14:00 в читальном зале школьники прочтут любимые стихи.",
            "конкурс чтецов ко всемирному дню поэзии",
        ),
        (  # the day's adjective after "к", not "ко"; the kind's own genitive kept
            "Международный день инвалидов школа отметит уроком доброты\n\n"
            "3 декабря в 9:00 в каждом классе пройдёт разговор о помощи людям.",
            "урок доброты к международному дню инвалидов",
        ),
    ],
)
def test_a_day_marked_with_a_kind_is_that_kinds_occasion(text: str, wanted: str) -> None:
    assert wanted in card_title(text).lower()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # guard: a day kept with no kind in the instrumental stays the event's name
            "День открытых дверей отметят в колледже 5 декабря\n\n"
            "5 декабря в 11:00 колледж ждёт абитуриентов и их родителей.",
            "день открытых дверей",
        ),
        (  # guard: an instrumental kind in another sentence does not mark the day
            "В школе отметят День героев Отечества\n\n"
            "9 декабря в 10:00 пройдёт линейка. Завершится день концертом хора.",
            "день героев отечества",
        ),
    ],
)
def test_a_day_without_a_marking_kind_stays_the_name(text: str, wanted: str) -> None:
    assert wanted in card_title(text).lower()


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (  # a quoted adjective opening the headline agrees with the kind after it
            "«Новогодний» турнир по шахматам пройдёт в лицее в субботу\n\n"
            "Турнир начнётся 12 декабря в 10:00 в актовом зале.",
            "турнир по шахматам",
            "«новогодний»",
        ),
        (  # guard (passed before): straight quotes and a plural kind
            '"Зимние" старты по лыжным гонкам пройдут 20 декабря в 11:00 на стадионе школы.',
            "старты по лыжным гонкам",
            "«зимние»",
        ),
        (  # guard: a quoted adjective that names a contest on its own (no noun it agrees with)
            "Стартует конкурс «Новогодний» для учеников 1–4 классов\n\n"
            "Работы принимаются до 20 декабря, награждение 25 декабря в 14:00.",
            "«новогодний»",
            None,
        ),
    ],
)
def test_a_quoted_adjective_before_its_noun_is_no_name(
    text: str, wanted: str, unwanted: str | None
) -> None:
    title = card_title(text).lower()
    assert wanted in title
    assert unwanted is None or unwanted not in title


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # the channel that reports the news after the holding verb
            "Областная конференция юных исследователей пройдёт в Вологде, передаёт телеканал "
            "«Северный край». Участники выступят 14 декабря в 10:00 в главном корпусе "
            "университета.",
            "телеканал",
        ),
        (  # the portal that takes the forms in the dated sentence
            "В Вологде сдвинули начало записи на путёвки в зимние лагеря\n"
            "С 10:00 15 декабря родители могут подать заявление через портал «Мои услуги» на "
            "путёвки в зимние лагеря.",
            "портал",
        ),
    ],
)
def test_a_medium_and_its_quoted_name_is_no_event(text: str, unwanted: str) -> None:
    assert unwanted not in card_title(text).lower()
