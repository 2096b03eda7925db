"""title78: which event a post is about — the event of the sentence the start was read in
over a title read from another part of the post (title_discourse.py). Posts written for the
test in several shapes (a headline event and a side event, a report followed by the next
event, a programme list, a frame), none from a corpus post (tests/data/title78.md)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language import title_discourse
from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.title_discourse import discourse_event

NOW = datetime.fromisoformat("2026-03-01T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


# shapes whose title before title78 was another event's (the headline's, the report's)
OTHER_EVENT = [
    # a headline event (over) and the side event the post dates
    (
        "Конкурс «Книжная радуга» завершён\n15 марта в 14:00 в библиотеке пройдёт встреча с "
        "писателем Иваном Петровым. Он расскажет о новой книге и ответит на вопросы.",
        "Конкурс «Книжная радуга»",
        "Встреча с писателем",
    ),
    # a report of a past event followed by the next one
    (
        "Итоги конкурса «Книжная радуга»\nВ библиотеке подвели итоги. 15 марта в 14:00 "
        "пройдёт встреча с писателем Иваном Петровым. Он расскажет о новой книге.",
        "Итоги конкурса «Книжная радуга»",
        "Встреча с писателем",
    ),
    # a report naming the past event again (in the past) before the next one
    (
        "Олимпиада «Умники» позади\nВ феврале ученики писали олимпиаду «Умники». 14 марта в "
        "15:00 в актовом зале пройдёт викторина по истории родного края.",
        "Олимпиада «Умники» позади",
        "Викторина по истории родного края",
    ),
    # a running action in the headline, a talk held on the day
    (
        "Акция «Добрые крышечки»\nВ школе продолжается сбор крышечек. 16 марта в 15:00 в "
        "библиотеке состоится беседа о переработке пластика. Ребята узнают, как сортировать "
        "мусор.",
        "Акция «Добрые крышечки»",
        "Беседа о переработке пластика",
    ),
    # a headline naming no event of its own
    (
        "Праздник в школе\n15 марта в 12:00 в актовом зале состоится торжественная линейка, "
        "посвящённая Дню школы. Выступят ученики и учителя.",
        "Праздник в школе",
        "Торжественная линейка ко Дню школы",
    ),
]


@pytest.mark.parametrize(("text", "before", "want"), OTHER_EVENT)
def test_the_start_sentences_event_is_the_posts(
    text: str, before: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == want
    monkeypatch.setattr(title_discourse, "DISCOURSE", False)
    assert _title(text) == before  # the title the earlier rules chose


# shapes where the title is the post's event, or the start's sentence only mentions it
KEPT = [
    # a programme list: the start's sentence names several items
    (
        "Неделя театра «Сцена детям»\nВ театре кукол проходит неделя спектаклей. Так, 16 марта "
        "в 18:00 зрители увидят спектакль «Морозко», 18 марта – «Репка» и 20 марта – "
        "«Теремок».",
        "Неделя театра «Сцена детям»",
    ),
    # a frame: the festival holds the concert
    (
        "Фестиваль «Радуга талантов»\nВ рамках фестиваля 14 марта в 12:00 в ДК пройдёт "
        "концерт детских коллективов.",
        "Фестиваль «Радуга талантов»",
    ),
    # a class word for the named event: the same event
    (
        "Соревнования «Лыжня России»\n15 марта в 11:00 в парке пройдут соревнования. Старт в "
        "11:00.",
        "Соревнования «Лыжня России»",
    ),
    # the post keeps naming the title's event: the meeting is one of its sessions
    (
        "Литературная гостиная «Пушкин и мы»\n14 марта в 16:00 в библиотеке пройдёт встреча "
        "с поэтом Анной Смирновой. Литературная гостиная проходит раз в месяц, каждая "
        "встреча посвящена поэту.",
        "Литературная гостиная «Пушкин и мы»",
    ),
    # the title shares a word with the start's sentence
    (
        "Фестиваль «Весна»\n15 марта в 12:00 в парке пройдёт фестиваль «Весна». Участников "
        "ждут мастер-классы и конкурсы.",
        "Фестиваль «Весна»",
    ),
    # a part of the club's life (an open lesson) is no other event
    (
        "Кружок «Юный химик»\n14 марта в 15:00 в кабинете химии пройдёт открытое занятие кружка.",
        "Кружок «Юный химик»",
    ),
]


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_the_title_stays_when_the_post_is_about_it(text: str, want: str) -> None:
    assert _title(text) == want


def _span(text: str, sentence: str) -> tuple[int, int]:
    at = text.index(sentence)
    return at, at + len(sentence)


@pytest.mark.parametrize(
    ("text", "sentence", "title", "want"),
    [
        # the one event noun the sentence governs, with no verb of holding
        (
            "Клуб «Лира»\n14 марта у нас открытый урок музыки для родителей.",
            "14 марта у нас открытый урок музыки для родителей",
            "Клуб «Лира»",
            "Открытый урок музыки для родителей",
        ),
        # a kind after a preposition is a place or a goal, not the event
        (
            "Мастерская Деда Мороза\n21 декабря ребята погрузились в сказку Нового года.",
            "21 декабря ребята погрузились в сказку Нового года",
            "Мастерская Деда Мороза",
            None,
        ),
        # the day the sentence dates by is the occasion, not the event
        (
            "Игра в библиотеке\nСегодня международный День защиты детей.",
            "Сегодня международный День защиты детей",
            "Игра в библиотеке",
            None,
        ),
        # a title that is only a quoted name, the sentence describing the event it names
        (
            "«Кросс наций»\n14 марта в 11:00 в парке пройдёт массовый забег для школьников.",
            "14 марта в 11:00 в парке пройдёт массовый забег для школьников",
            "«Кросс наций»",
            None,
        ),
        # a report's lead under its headline (a date line between) retells its event
        (
            "Беседа о профессиях будущего\n14.03.2026\n14 марта в 12:00 в школе прошла встреча "
            "выпускников с учениками 9 классов. Встреча прошла интересно.",
            "14 марта в 12:00 в школе прошла встреча выпускников с учениками 9 классов",
            "Беседа о профессиях будущего",
            None,
        ),
        # a programme's item after a colon (not a clock's)
        (
            "Фестиваль «Весна»\n14 марта в 12:00: концерт детских коллективов.",
            "14 марта в 12:00: концерт детских коллективов",
            "Фестиваль «Весна»",
            None,
        ),
        # the event after a frame's words: the frame of the titled event, not another one
        (
            "Конкурс «Знатоки»\n14 марта подведём итоги в рамках городского фестиваля науки.",
            "14 марта подведём итоги в рамках городского фестиваля науки",
            "Конкурс «Знатоки»",
            None,
        ),
    ],
)
def test_discourse_event_reads_the_sentence(
    text: str, sentence: str, title: str, want: str | None
) -> None:
    assert discourse_event(text, _span(text, sentence), title) == want


def test_switched_off_or_without_a_sentence_the_title_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Итоги конкурса\n15 марта в 14:00 пройдёт встреча с поэтом."
    span = _span(text, "15 марта в 14:00 пройдёт встреча с поэтом")
    assert discourse_event(text, None, "Итоги конкурса") is None
    assert discourse_event(text, span, "") is None
    assert discourse_event(text, span, "Итоги конкурса") == "Встреча с поэтом"
    monkeypatch.setattr(title_discourse, "DISCOURSE", False)
    assert discourse_event(text, span, "Итоги конкурса") is None
