"""fixchat54: review53 #2 and #5 in the pure readers — a polite request to the bot is no
invitation (its 2nd-person verb is transitive), and a name with slips must cover every
meaning word asked, short ones by lemma. The sentences are my own."""

from __future__ import annotations

import pytest

from bot.core.language.invitations import invites_reader
from bot.core.titles import close_mention


@pytest.mark.parametrize(
    "question",
    [
        "Покажете план на декабрь?",
        "Подскажете расписание на субботу?",
        "Пришлёте список мероприятий?",
        "Отмените концерт 16 декабря?",
        "Перенесёте лекцию на 17:00?",
        "Запишете меня на квест?",
        "Напомните время репетиции?",
    ],
)
def test_a_polite_request_to_the_bot_invites_no_one(question: str) -> None:
    assert not invites_reader(question)


@pytest.mark.parametrize(
    "question",
    [
        "Придёте?",
        "Присоединитесь к нам в субботу?",
        "Поучаствуете в ярмарке?",
        "Запишетесь на квест?",  # the reader signs up: intransitive
        "Сходишь с нами на выставку?",
    ],
)
def test_a_verb_of_coming_or_taking_part_invites_the_reader(question: str) -> None:
    assert invites_reader(question)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("зимний бал", "Спектакль «Зимняя сказка»"),  # «бал» is in no word of the title
        ("зимнего бала", "Спектакль «Зимняя сказка»"),
        ("осенний бал", "Осенняя ярмарка"),
        ("лекция 205", "Лекция в 204"),  # a number by itself only
    ],
)
def test_a_name_with_a_word_the_title_lacks_names_nothing(query: str, title: str) -> None:
    assert not close_mention(query, title)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("зимнего бала", "Зимний бал"),  # a short word by its lemma
        ("зимний бал", "Зимний бал для 9Б"),
        ("зимняя скаска", "Спектакль «Зимняя сказка»"),
        ("лекция 204", "Лекция в 204"),
    ],
)
def test_every_word_found_names_the_title(query: str, title: str) -> None:
    assert close_mention(query, title)
