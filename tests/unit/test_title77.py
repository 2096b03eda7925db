"""title77: general readings of the concise title in Russian announcements — a kind followed
by its unquoted proper name in apposition ("праздник Масленица"); a quoted name that a verb
of holding holds with no kind before it ("пройдёт традиционный «Детский день»"). Sentences
written for the test (tests/data/title77.md), none from a post."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.title_actions import action_noun
from bot.core.language.title_apposed_name import with_apposed_name
from bot.core.language.title_generic_subject import named_after_generic
from bot.core.language.title_held import held_title, opening_held
from bot.core.language.title_quoted_subject import held_quote

NOW = datetime.fromisoformat("2026-03-01T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


@pytest.mark.parametrize(
    ("text", "title", "want"),
    [
        ("В субботу пройдёт праздник Масленица.", "Праздник", "Праздник Масленица"),
        (
            "22 марта на площади состоится национальный праздник Науруз.",
            "Национальный праздник",
            "Национальный праздник Науруз",
        ),
        # the kind in another case: the name stays in the nominative
        ("На празднике Масленица дети пекли блины.", "Праздник", "Праздник Масленица"),
        # a noun name with its lower-case genitive
        ("В мае пройдёт фестиваль Дружба народов.", "Фестиваль", "Фестиваль Дружба народов"),
        # guards: a person (a performer), a city, an abbreviation (an organiser), a genitive,
        # a sentence's next word, a title with a quoted name already
        ("В школе пройдёт концерт Анна Смирнова исполнит романсы.", "Концерт", None),
        ("В субботу пройдёт фестиваль Москва ждёт гостей.", "Фестиваль", None),
        ("Пройдут соревнования МЧС по пожарной безопасности.", "Соревнования", None),
        ("Пройдёт праздник Весны и труда.", "Праздник", None),
        # a capitalised adjective never quoted in the post: round 19's policy
        # (test_title_rules19), title_phrase takes it when the post quotes it elsewhere
        ("Приглашаем на акцию Бессмертный полк.", "Акция", None),
        ("Пройдёт праздник. Дети споют песни.", "Праздник", None),
        ("Пройдёт фестиваль «Радуга» Дружба.", "Фестиваль «Радуга»", None),
        ("В субботу пройдёт экскурсия Петров расскажет о музее.", "Экскурсия", None),
        # a plural noun and the verb agreeing with it open a clause (fresh73's guard)
        ("Команда примет участие в празднике Дети читают стихи.", "Праздник", None),
        ("В мае пройдёт конкурс Школьники рисуют весну.", "Конкурс", None),
        ("Приглашаем на фестиваль Ребята поют о главном.", "Фестиваль", None),
        # a singular name before a plural verb is still the name
        ("На фестивале Радуга выступят хоры школ.", "Фестиваль", "Фестиваль Радуга"),
    ],
)
def test_a_kind_takes_its_unquoted_name_in_apposition(
    text: str, title: str, want: str | None
) -> None:
    assert with_apposed_name(text, title) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "22 марта на площади перед театром состоится национальный праздник Науруз. "
            "По традиции его отмечают все тюркские народы. Приглашаем всех жителей города.",
            "Национальный праздник Науруз",
        ),
        (
            "В субботу, 14 марта, в городском парке пройдёт праздник Масленица. Гостей ждут "
            "блины, хороводы и катание на санях. Вход свободный для всех.",
            "Праздник Масленица",
        ),
        (
            "15 марта в доме культуры состоится фестиваль Радуга. В нём примут участие "
            "детские хоры района. Вход свободный для всех жителей.",
            "Фестиваль Радуга",
        ),
    ],
)
def test_a_post_names_its_event_by_the_kind_and_its_unquoted_name(text: str, want: str) -> None:
    assert _title(text) == want


def _whole(sentence: str) -> str | None:
    return held_quote(sentence, (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("В воскресенье в музее пройдет традиционный «Детский день».", "«Детский день»"),
        ("15 марта в парке состоится «Лыжня России».", "«Лыжня России»"),
        ("В субботу в школе пройдут «Весёлые старты» для младших классов.", "«Весёлые старты»"),
        ("В субботу впервые стартует ежегодная «Неделя книги».", "«Неделя книги»"),
        ("14 марта «Битва хоров» пройдёт в актовом зале.", "«Битва хоров»"),
        ("Традиционный «День самоуправления» прошёл в субботу.", "«День самоуправления»"),
        ("Школа проведёт «Зарницу» для старшеклассников.", "«Зарница»"),
        # the comma goes on the sentence, not a list
        ("В субботу пройдёт «Детский день», однако формат изменится.", "«Детский день»"),
        # guards: a list's first item, a place after a preposition, an organisation's name
        # before a kind, a name after a kind noun, a verb of no holding
        ("В субботу пройдут «Весёлые старты», эстафеты и конкурсы.", None),
        ("14 марта в «Кванториуме» пройдёт мастер-класс.", None),
        ("14 марта в ДК «Восток» пройдёт концерт хора.", None),
        ("14 марта пройдёт конкурс «Ученик года».", None),
        ("Дети прочитали «Капитанскую дочку».", None),
    ],
)
def test_a_quoted_name_held_by_a_verb_of_holding_is_the_event(
    sentence: str, want: str | None
) -> None:
    assert _whole(sentence) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В это воскресенье, 15 марта, в Музее кружева пройдет традиционный «Детский день». "
            "Участников ждёт интеллектуальная игра и мастер-классы по плетению.",
            "«Детский день»",
        ),
        (
            "15 марта в парке состоится «Лыжня России». Старт массового забега в 11:00, "
            "участников ждут горячий чай и призы.",
            "«Лыжня России»",
        ),
        (
            "В субботу, 14 марта, в школе пройдут «Весёлые старты» для учеников начальных "
            "классов. Участников ждут эстафеты и командные конкурсы.",
            "«Весёлые старты»",
        ),
    ],
)
def test_a_post_whose_dated_sentence_holds_a_quoted_name_is_titled_by_it(
    text: str, want: str
) -> None:
    assert _title(text) == want


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("вручение", True),
        ("чествование", True),
        ("приём", True),
        ("сдача", True),
        ("посадка", True),
        # guards: a thing, a plan, a lesson (a kind of its own), a noun of no action
        ("здание", False),
        ("расписание", False),
        ("занятие", False),
        ("нормативы", False),
        ("аттестаты", False),
    ],
)
def test_nouns_of_action(word: str, want: bool) -> None:
    assert action_noun(word) is want


@pytest.mark.parametrize(
    ("sentence", "title", "want"),
    [
        (
            "14 марта в актовом зале состоится вручение аттестатов выпускникам.",
            "Аттестаты",
            "Вручение аттестатов",
        ),
        (
            "С 26 по 30 марта в центре тестирования проходил приём нормативов ГТО.",
            "Нормативы",
            "Приём нормативов ГТО",
        ),
        (
            "14 марта в школьном музее пройдёт чествование ветеранов труда.",
            "Ветераны",
            "Чествование ветеранов труда",
        ),
        # guards: a noun of action that is the object, not the subject; a title of more
        # than one word stays
        ("14 марта учитель проверит сдачу нормативов.", "Нормативы", "Нормативы"),
        (
            "14 марта состоится вручение аттестатов выпускникам.",
            "Выпускной вечер",
            "Выпускной вечер",
        ),
    ],
)
def test_a_noun_of_action_held_by_the_sentence_is_the_event(
    sentence: str, title: str, want: str
) -> None:
    assert held_title(sentence, (0, len(sentence) - 1), title) == want


def test_a_post_about_handing_out_certificates_is_titled_by_the_handing() -> None:
    text = (
        "Выпускники получат аттестаты\n"
        "14 марта в актовом зале состоится вручение аттестатов выпускникам девятых классов. "
        "Приглашаем родителей и учителей."
    )
    assert _title(text) == "Вручение аттестатов"


def _after_generic(text: str, title: str) -> str | None:
    first = text.index(".")
    return named_after_generic(text, (0, first), title)


@pytest.mark.parametrize(
    ("text", "title", "want"),
    [
        (
            "Мероприятие пройдёт 14 марта в ДК «Юность». В рамках фестиваля пройдут лекции.",
            "Лекции",
            "Фестиваль",
        ),
        (
            "Мероприятие состоится 14 марта в 12:00. В рамках городского фестиваля «Наука 0+» "
            "школьники покажут опыты.",
            "Опыты",
            "Городской фестиваль «Наука 0+»",
        ),
        (
            "События развернутся в Челябинске 19 и 20 марта. Приедут гости из 18 регионов. "
            "С таким размахом пройдёт первый Всероссийский экофорум.",
            "Фильмы «Чебурашка»",
            "Первый Всероссийский экофорум",
        ),
        # guards: the generic noun points back ("это"), has its own name, or the next
        # sentence lists one of several; the title already holds the kind; a kind in the
        # dated sentence
        (
            "Это мероприятие пройдёт 14 марта. В рамках фестиваля пройдут лекции.",
            "Лекции",
            None,
        ),
        (
            "Мероприятие «День науки» пройдёт 14 марта. В рамках фестиваля пройдут лекции.",
            "Лекции",
            None,
        ),
        (
            "События пройдут 14 марта. Одним из мероприятий станет конференция. В рамках "
            "конференции состоится форум учителей.",
            "Форум учителей",
            None,
        ),
        (
            "Мероприятие пройдёт 14 марта. В рамках фестиваля пройдут лекции.",
            "Фестиваль науки",
            None,
        ),
        ("Концерт пройдёт 14 марта. В рамках фестиваля пройдут лекции.", "Концерт", None),
    ],
)
def test_a_generic_dated_subject_is_named_by_the_next_sentences(
    text: str, title: str, want: str | None
) -> None:
    assert _after_generic(text, title) == want


def test_a_post_dating_a_generic_event_is_titled_by_its_frame() -> None:
    text = (
        "Мероприятие пройдёт 14 марта в ДК «Юность». В рамках фестиваля пройдут лекции, "
        "мастер-классы и научные шоу для школьников."
    )
    assert _title(text) == "Фестиваль"


_OPENING = (
    "Праздник стартует 1 июня в 14:00 на Якорной площади. К нему школьники нарисовали "
    "плакаты ко Дню защиты детей. В программе концерт и игры."
)
_METHODICAL = (
    "14 марта в нашей школе прошёл методический день. Учителя побывали на открытых уроках "
    "коллег. Урок развития речи провела Анна Петровна."
)


@pytest.mark.parametrize(
    ("text", "title", "want"),
    [
        (_OPENING, "День защиты детей", "Праздник"),
        (_METHODICAL, "Урок развития речи", "Методический день"),
        # guards: a title with its own quoted name, a title sharing a word with the opening
        # sentence, a headline line above the dated sentence
        (_METHODICAL, "Урок «Описание природы»", None),
        (_OPENING, "Праздник на Якорной площади", None),
        ("Наши новости\n" + _METHODICAL, "Урок развития речи", None),
    ],
)
def test_the_opening_sentence_s_held_event_over_a_title_read_elsewhere(
    text: str, title: str, want: str | None
) -> None:
    first = text.index(".")
    start = text.find("\n") + 1
    assert opening_held(text, (start, first), title) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Праздник стартует 1 июня в 14:00 на Якорной площади. К нему заранее подготовятся "
            "школьники города. День защиты детей в этом году выпал на воскресенье, поэтому "
            "гуляния продлятся до вечера.",
            "Праздник",
        ),
        (
            "14 марта в нашей школе прошёл методический день. Учителя побывали на открытых "
            "уроках коллег: урок развития речи провела Анна Петровна, урок математики — Иван "
            "Сергеевич. Такие встречи помогают делиться опытом.",
            "Методический день",
        ),
    ],
)
def test_a_post_opening_with_its_one_event_is_titled_by_it(text: str, want: str) -> None:
    assert _title(text) == want
