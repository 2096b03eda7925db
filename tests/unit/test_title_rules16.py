"""Title rules of the thirteenth round (branch `titles16`), each a fact of Russian, with small
cases written for them (not taken from a corpus):

- «гостиница» (a hotel) and «Гостиный двор» are places, never the kind «гостиная» (a literary
  evening) whose stem they share;
- "и" after a "по"/"о" complement joins a second noun in the same case under the same
  preposition ("олимпиада по физике и математике"), part of the kind's subject;
- an adjective alone ("(финальный)") names no event without its noun.
"""

from __future__ import annotations

import pytest

from bot.core.language.title import KIND, concise_title
from bot.core.language.title_heading import read_heading
from bot.core.language.title_phrase import kind_phrase
from tests.title_probe import card_title


@pytest.mark.parametrize("word", ["гостиница", "гостиницы", "гостинице", "Гостиный", "гостином"])
def test_a_hotel_is_no_kind_of_event(word: str) -> None:
    assert KIND.fullmatch(word) is None


@pytest.mark.parametrize("word", ["гостиная", "гостиной", "гостиную"])
def test_a_literary_drawing_room_stays_a_kind(word: str) -> None:
    assert KIND.fullmatch(word) is not None


def test_a_hotel_with_its_name_is_no_title() -> None:
    text = (
        "Завтра состоится городской конкурс чтецов «Живое слово».\n"
        "Конкурс пройдёт 14 декабря в 11:00 в конференц-зале гостиницы «Балтика», "
        "участвуют учащиеся 5–9 классов."
    )
    assert concise_title(text, None) == "Городской конкурс чтецов «Живое слово»"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Олимпиада по физике и математике пройдёт завтра.", "Олимпиада по физике и математике"),
        ("Лекция о космосе и звёздах для детей.", "Лекция о космосе и звёздах"),
        (
            "Конкурс по русскому языку и литературе «Слово»",
            "Конкурс по русскому языку и литературе «Слово»",
        ),
    ],
)
def test_a_second_complement_joined_by_and_is_kept(text: str, phrase: str) -> None:
    assert kind_phrase(text, 0, text.index(" ")) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Турнир по шахматам и награждение победителей", "Турнир по шахматам"),
        ("Лекция по истории и встреча с ветеранами", "Лекция по истории"),
        ("Олимпиада по математике и 10 учеников", "Олимпиада по математике"),
    ],
)
def test_and_before_another_event_or_a_number_ends_the_subject(text: str, phrase: str) -> None:
    assert kind_phrase(text, 0, text.index(" ")) == phrase


def test_a_chat_line_keeps_both_subjects() -> None:
    assert card_title("Олимпиада по химии и биологии 15 декабря в 10:00") == (
        "Олимпиада по химии и биологии"
    )


def test_a_lone_adjective_is_no_title() -> None:
    text = (
        "В субботу, 12 декабря, в 10.00 начнётся III (финальный) этап областного "
        "конкурса юных чтецов (г. Гусев, школа №1). Участвуют 40 школьников."
    )
    title = concise_title(text, None)
    assert title is not None
    assert title.lower() != "финальный"
    assert "конкурс" in title.lower()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "В Доме творчества открылся набор в зимнюю школу юных журналистов.\n"
            "Занятия будут проходить с 10 по 20 января по выходным, "
            "заявки принимаются до 5 января.",
            "Зимняя школа юных журналистов",
        ),
        (
            "В гимназии начинается запись в театральную студию «Маска».\n"
            "Первое занятие пройдёт 14 декабря, записаться можно у классного руководителя.",
            "Театральная студия «Маска»",
        ),
    ],
)
def test_what_one_signs_up_for_is_the_event(text: str, title: str) -> None:
    # "открылся набор в X": the sign-up opens, the event is X (title_announced._signed_up_for)
    assert concise_title(text, (0, text.index("\n"))) == title


def test_a_sign_up_for_a_grade_gives_no_title_of_its_own() -> None:
    text = "В школе открыт набор в 1 класс.\nПриём документов пройдёт с 1 апреля по 30 июня."
    title = concise_title(text, (0, text.index("\n")))
    assert title is None or "1 класс" not in title


def test_a_document_label_is_no_title() -> None:
    # "Информационное сообщение" is what the page is, like "Информационное письмо"; the line
    # under it opening with a lower-case "о" is its subject, and the event is read below
    text = (
        "Информационное сообщение\n"
        "о городском конкурсе чтецов\n\n"
        "Конкурс чтецов пройдёт 15 декабря в 11:00 в школе №3 для учащихся 5–7 классов. "
        "Заявки принимаются до 10 декабря."
    )
    title = concise_title(text, (text.index("Конкурс"), text.index(" Заявки")))
    assert title is not None
    assert title.lower().startswith("конкурс чтецов")


def test_only_a_lower_case_about_line_goes_on_from_a_label() -> None:
    # "о птицах и звёздах" in lower case is a document's subject, read as a headline; the same
    # words capitalised open a line of their own and are not taken for one
    lower = read_heading("о птицах и звёздах\n\nЛекция пройдёт 15 декабря.")
    assert lower.headline == (0, len("о птицах и звёздах"))
    assert read_heading("О птицах и звёздах\n\nЛекция пройдёт 15 декабря.").headline is None
