"""Concise titles under a heading that names no event of its own (round 41, titlefresh41):
an occasion's day or week, a host and its audience, holidays at a place, a series' name.
The sentence with the event's date names it by its kind and a quoted name; that is the
title, not the heading. Posts written for each rule as museums, libraries, sports schools
and universities write them, not copied from a corpus (title_dated_kind.py)."""

from __future__ import annotations

import pytest

from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # an occasion's day in the heading, a game of its own in the dated sentence
            "Ко Дню защитника Отечества\n\n"
            "Накануне праздника, 20 февраля в 12:00, городской музей проводит для учеников "
            "4–6 классов военно-спортивную игру «Полоса препятствий». Команды по восемь "
            "человек, запись по телефону 3-14-15.",
            "Военно-спортивная игра «Полоса препятствий»",
        ),
        (  # a week of a library's, the class's lesson named in the dated sentence
            "Неделя науки в детской библиотеке\n\n"
            "С 9 по 14 февраля в библиотеке проходит Неделя науки. Приглашаем учеников "
            "3 классов на научную игру «Опыты на кухне» 11 февраля в 10:30. "
            "Заявки принимаются по телефону 2-40-18.",
            "Научная игра «Опыты на кухне»",
        ),
        (  # a host and its audience as the heading: no event's name
            "Филармония — детям\n\n"
            "Областная филармония приглашает школьников на концерт «Сказки в музыке» "
            "14 марта в 11:00. Прозвучат произведения Прокофьева и Римского-Корсакова. "
            "Билеты для групп — 200 рублей.",
            "Концерт «Сказки в музыке»",
        ),
    ],
)
def test_a_heading_without_a_name_yields_to_the_dated_named_kind(text: str, title: str) -> None:
    assert card_title(text) == title


def test_the_heading_kind_takes_the_name_the_dated_sentence_gives_it() -> None:
    # the heading's own kind, unnamed and with a place; the dated sentence names it
    text = (
        "Игротека в парке: квест для школьников\n\n"
        "В субботу, 16 мая, в 12:00 в Центральном парке пройдёт квест «Тайна старой карты». "
        "Команды по пять человек соберут карту из подсказок на восьми станциях. "
        "Регистрация на месте с 11:30."
    )
    assert card_title(text) == "Квест «Тайна старой карты»"


def test_a_bare_dated_kind_takes_its_named_mention_above() -> None:
    # "Мастер-класс пройдёт …" is the event the body names a few lines above
    text = (
        "Весенние каникулы в Доме творчества\n\n"
        "На каникулах Дом творчества приглашает на мастер-класс по керамике «Глиняная "
        "птичка»: ребята вылепят и распишут свистульку.\n\n"
        "Мастер-класс пройдёт 26 марта 2027 года в 14:00 в кабинете № 7. Возраст — "
        "8–11 лет, запись по телефону 5-20-30."
    )
    assert card_title(text) == "Мастер-класс по керамике «Глиняная птичка»"


def test_a_subject_between_the_kind_and_its_name_is_kept() -> None:
    # "турнир по волейболу с мячом «…»": the name after a short subject with "с"
    text = (
        "Спорт на каникулах!\n\n"
        "Главное событие января — школьный турнир по футболу с мячом «Зимний кубок» среди "
        "команд 5–7 классов, который пройдёт 10 января 2027 г. в спортзале лицея (ул. Мира, "
        "4). Начало в 10:00, заявки до 5 января."
    )
    assert card_title(text) == "Школьный турнир по футболу «Зимний кубок»"


def test_an_occasions_day_yields_to_what_is_held_on_it() -> None:
    text = (
        "Всероссийский день чтения вслух — 4 марта\n\n"
        "Управление образования напоминает, что 4 марта 2027 года в школах проходит "
        "Всероссийский день чтения вслух. В этот день для учеников 2–4 классов в "
        "центральной библиотеке пройдёт литературный марафон «Читаем вместе». Начало в 11:00."
    )
    assert card_title(text) == "Литературный марафон «Читаем вместе»"


def test_an_occasions_heading_yields_to_the_kind_held_within_it() -> None:
    text = (
        "Неделя финансовой грамотности\n\n"
        "С 16 по 22 марта в школе проходит Неделя финансовой грамотности. В её рамках "
        "18 марта в 12:00 ученики 7 «А» класса отправятся на экскурсию в отделение "
        "Центрального банка (ул. Ленина, 2). Сбор в 11:30 у школы."
    )
    assert card_title(text).startswith("Экскурсия в отделение")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a day of open doors is an event of its own, not an occasion
            "Университет приглашает!\n\n"
            "15 марта 2027 года в 12:00 в главном корпусе пройдёт день открытых дверей "
            "института химии. В этот день для школьников пройдёт химическое шоу «Цветной "
            "дым». Регистрация на сайте.",
            "День открытых дверей института химии",
        ),
        (  # under an occasion's heading an unnamed dated kind not said to be within it
            "Праздник книги в библиотеке\n\n"
            "Ежегодно библиотека отмечает Неделю детской книги. Приглашаем всех 25 марта "
            "с 11:00 до 15:00 на встречу с авторами и иллюстраторами детских книг!",
            None,
        ),
    ],
)
def test_an_event_day_or_an_unnamed_kind_keeps_its_title(text: str, title: str | None) -> None:
    got = card_title(text)
    if title is not None:
        assert got == title
    else:
        assert not got.startswith("Встреча"), got


def test_a_series_heading_takes_the_kind_the_body_gives_its_name() -> None:
    text = (
        "Научные пятницы: «Как летают самолёты»\n\n"
        "В рамках цикла «Научные пятницы» авиационный колледж приглашает школьников "
        "на лекцию «Как летают самолёты».\n\n"
        "Когда: 20 марта 2027 г., 15:00\nГде: колледж, аудитория 12"
    )
    assert card_title(text) == "Лекция «Как летают самолёты»"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the heading is the event's name: a side event in the dated sentence stays out
            "Фестиваль детских хоров «Звонкие голоса»\n\n"
            "С 3 по 5 апреля 2027 года в ДК «Строитель» пройдёт фестиваль детских хоров "
            "«Звонкие голоса». 3 апреля в 15:00 — открытие и концерт «Песни весны» хора "
            "гостей (вне конкурса).",
            "Фестиваль детских хоров «Звонкие голоса»",
        ),
        (  # the heading's kind differs from the dated one: the heading's event is meant
            "Городской конкурс юных чтецов\n\n"
            "Конкурс пройдёт 12 марта 2027 года в 14:00 в библиотеке. Перед подведением "
            "итогов — спектакль «Теремок» театральной студии.",
            "Городской конкурс юных чтецов",
        ),
        (  # a lower-case word in quotes names nothing: the heading stays
            "Открытая мастерская в университете\n\n"
            "Участниками мероприятия, «мастерами», станут все школьники, пришедшие "
            "14 марта 2027 года в 12:00 в главный корпус.",
            "Открытая мастерская в университете",
        ),
    ],
)
def test_a_heading_that_names_its_event_is_kept(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_bare_open_day_is_the_inviting_faculty_s() -> None:
    text = (
        "Ждём абитуриентов!\n\n"
        "Географический факультет приглашает выпускников и их родителей на день открытых "
        "дверей, который пройдёт 20 марта 2027 года в 11:00 в главном корпусе. В программе — "
        "встреча с деканом и экскурсия по лабораториям."
    )
    assert card_title(text) == "День открытых дверей Географического факультета"
