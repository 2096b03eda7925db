"""Short chat messages whose leftover holds more than the event's name (adversarial walks of
the thirteenth round): a numbered group of the people who come, a room word without its
number, a length of time with its limit word, a sentence saying something will not take place,
and a host inviting to a bare kind. Small cases written for the rules (title_chat.py), read
through the parser's public entry (bot.core.language.intents.parse_message)."""

from __future__ import annotations

import pytest

from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Музей янтаря приглашает на занятие 10 декабря в 15:00", "Занятие в Музее янтаря"),
        ("Кафедра физики приглашает на семинар 11 декабря в 14:00", "Семинар на Кафедре физики"),
        ("Детская студия приглашает на занятие 12 декабря в 16:00", "Занятие в Детской студии"),
        ("Шахматный клуб приглашает на турнир 12 декабря в 16:00", "Турнир в Шахматном клубе"),
        (
            "Дом творчества приглашает на мастер-класс по лепке 9 декабря в 12:00",
            "Мастер-класс по лепке",
        ),
    ],
)
def test_a_host_inviting_to_a_kind_is_its_place(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_person_inviting_is_no_place() -> None:
    # a person holds the event but is no place: the invitation is not rewritten as one
    assert "в Иване" not in card_title("Иван Петров приглашает на занятие 10 декабря в 15:00")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Экскурсия, Группа 1 10 декабря в 15:00", "Экскурсия"),
        ("Экскурсия в музей: группа 1 — 10:00, группа 2 — 11:00, 10 декабря", "Экскурсия в музей"),
        ("Зарядка 14 декабря, 1 группа в 8:00, 2 группа в 8:30", "Зарядка"),
        ("Практикум по химии. Гр. 3 — 15 декабря в 12:00", "Практикум по химии"),
    ],
)
def test_a_numbered_group_is_no_part_of_the_title(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Концерт «Группа 1» 10 декабря в 15:00", "Концерт «Группа 1»"),
        ("Репетиция группы 2 10 декабря в 15:00", "Репетиция группы 2"),
    ],
)
def test_a_group_the_name_is_about_stays(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Встреча 10 декабря в 15:00 каб", "Встреча"),
        ("Консультация 11 декабря в 13:00 в ауд.", "Консультация"),
    ],
)
def test_a_room_word_without_its_number_is_dropped(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Лекция 10 декабря в 15:00, максимум 2 часа", "Лекция"),
        ("Максимум 2 часа лекция 10 декабря в 15:00", "Лекция"),
        ("Экскурсия 10 декабря в 15:00, минимум 2 часа", "Экскурсия"),
        ("Тренинг 12 декабря в 10:00, продолжительность не более 30 минут", "Тренинг"),
        ("Игра «Не более 5 минут» 13 декабря в 11:00", "Игра «Не более 5 минут»"),
    ],
)
def test_a_length_of_time_is_no_part_of_the_title(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Отмена лекции не состоится. Лекция 10 декабря в 15:00", "Лекция"),
        ("Консультация не состоится. Концерт 11 декабря в 17:00", "Концерт"),
        ("Отмены лекции не будет. Лекция 12 декабря в 15:00", "Лекция"),
    ],
)
def test_a_sentence_saying_nothing_takes_place_is_no_title(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_group_with_a_complement_is_no_seat() -> None:
    # "1 группа здоровья": a kind of group named by its complement, not a seat of the event
    assert "группа здоровья" in card_title("Медосмотр: 1 группа здоровья 15 декабря в 9:00")
