"""The title is the event, not a part of it that the dated clause names (round 46,
tests/data/title46.md).

A careful reader of a post with several events asks which of them the start belongs to. An
opening or a closing ("Торжественное открытие первенства по плаванию состоится 14 марта в
10:00") is a session of an event: when another clause of the post has that event as its
subject and names it with more words ("14 марта пройдёт открытое весеннее первенство школ
района по плаванию"), the event is that whole, not its opening. Sentences written for the
reading, not taken from the tuned sets."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.title_opening import opened_in_full
from tests.title_probe import card_title

MARCH = datetime.fromisoformat("2026-03-10T10:00")


def test_an_opening_with_its_complement_yields_to_the_whole_named_above() -> None:
    text = (
        "Школьники района поплывут наперегонки\n\n"
        "14 марта в бассейне «Дельфин» пройдёт открытое весеннее первенство школ района по "
        "плаванию.\n\nТоржественное открытие первенства по плаванию состоится 14 марта в 10:00."
    )
    title = card_title(text, MARCH)
    assert "весеннее первенство" in title.lower(), title
    assert not title.lower().startswith("торжественное открытие"), title


def test_a_closing_of_a_named_week_takes_the_week_in_full() -> None:
    phrase = "Закрытие недели технического творчества"
    text = (
        "В школах города прошла неделя технического творчества. С 9 по 13 марта проходила "
        "Городская неделя технического творчества младших школьников. "
        "Закрытие недели технического творчества пройдёт 14 марта в 12:00."
    )
    assert opened_in_full(text, phrase) == (
        "Городская неделя технического творчества младших школьников"
    )


def test_an_opening_keeps_its_complement_when_no_mention_adds_to_it() -> None:
    # the other mention has fewer words than the opening's object: nothing to add
    phrase = "Открытие фестиваля детской песни"
    text = "Фестиваль пройдёт в марте. Открытие фестиваля детской песни в 11:00."
    assert opened_in_full(text, phrase) == phrase


def test_an_opening_is_kept_when_the_whole_is_another_number() -> None:
    # "турниры выходного дня" are a series; the opening is of one of them
    phrase = "Открытие турнира выходного дня"
    text = (
        "Городские турниры выходного дня по шашкам проводятся каждый месяц. "
        "Открытие турнира выходного дня состоится 14 марта в 10:00."
    )
    assert opened_in_full(text, phrase) == phrase


def test_an_opening_is_kept_when_the_mention_is_another_event_of_its_kind() -> None:
    # the mention's words do not contain the opening's complement: another contest
    phrase = "Открытие первенства по плаванию"
    text = (
        "В феврале прошло зимнее первенство школ по лыжным гонкам. "
        "Открытие первенства по плаванию состоится 14 марта в 10:00."
    )
    assert opened_in_full(text, phrase) == phrase


def test_a_labelled_stage_item_belongs_to_the_event_held_in_stages() -> None:
    # "2 этап - краеведческий квест …": the item is a stage of the olympiad the post names
    text = (
        "Районная олимпиада юных краеведов имени А.С. Петрова проходит в школе № 2.\n"
        "Олимпиада проводится в два этапа:\n"
        "1 этап - викторина по истории района для 5-7 классов прошла 3 марта.\n"
        "2 этап - краеведческий квест для 8-9 классов состоится 14 марта."
    )
    title = card_title(text, MARCH)
    assert "олимпиад" in title.lower(), title
    assert "петрова" in title.lower(), title


def test_an_item_with_no_stage_label_stays_the_event() -> None:
    # a dash after a date, not after a stage: the quest is an event of its own
    text = (
        "Районная олимпиада юных краеведов проводится в два этапа, оба в феврале.\n"
        "Кроме того, 14 марта - краеведческий квест для 8-9 классов «Тайны старого города»."
    )
    title = card_title(text, MARCH)
    assert "квест" in title.lower(), title


APRIL = datetime.fromisoformat("2026-04-23T08:00")


def test_the_clause_with_the_start_time_names_the_event_held_on_a_named_day() -> None:
    # the day is an occasion ("отмечают Всемирный день книги"); the clause that gives the
    # start's time has the event as its subject
    text = (
        "Сегодня во всём мире отмечают Всемирный день книги\n\n"
        "Этот день напоминает, как важно читать. Сегодня школьная библиотека проводит "
        "литературную викторину для пятиклассников, вопросы которой посвящены сказкам.\n\n"
        "Викторина будет проходить в читальном зале с 2 часов дня до 4 часов."
    )
    title = card_title(text, APRIL)
    assert "викторин" in title.lower(), title


def test_a_game_timed_in_its_own_clause_is_the_event_of_a_named_day() -> None:
    text = (
        "Сегодня в России отмечают День космонавтики\n\n"
        "Гагарин полетел в космос в 1961 году. Ученики седьмых классов готовят для младших "
        "товарищей интеллектуальную игру о планетах.\n\n"
        "Игра будет проходить в кабинете физики в 13:30."
    )
    title = card_title(text, APRIL)
    assert "игр" in title.lower(), title


def test_a_named_day_stays_when_its_time_clause_holds_no_event_kind() -> None:
    # the time is the registration's: no event kind is the subject of that clause
    text = (
        "Сегодня в школе № 3 проходит День открытых дверей\n\n"
        "Будущие первоклассники и их родители смогут познакомиться с учителями.\n\n"
        "Регистрация гостей будет проходить у входа с 11:30."
    )
    title = card_title(text, APRIL)
    assert "день открытых дверей" in title.lower(), title
