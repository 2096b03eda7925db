"""title79: the discourse step (title_discourse.py) where the start's sentence has no verb of
holding the title's event: a sentence only naming its day («27 марта — Всемирный день
театра!»), a title the sentence names only as its event's frame («по итогам недели …», «в
рамках недели проекта «…»»), a title of a class word only («Любимый праздник»), «в день
фестиваля …». Posts written for the test in several shapes, none from a corpus post
(tests/data/title79.md)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language import title_discourse
from bot.core.language.intents import EventIntent, parse_message

NOW = datetime.fromisoformat("2026-03-01T10:00")  # school wall clock, as the parser reads it
_SWITCHES = ("DAY_NAMED", "FRAMED_TITLE", "NAMED_AS_EVENT", "CLASS_TITLE", "DAY_OF")


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


# (post, the switch that reads it, title before title79, title after)
CHANGED = [
    # the start's sentence only names its day (a dash after the date): the next one's event
    (
        "Всемирный день театра\n27 марта — Всемирный день театра! В этот день воспитанники "
        "театральной студии посмотрят спектакль «Снежная королева» в ТЮЗе.",
        "DAY_NAMED",
        "Всемирный день театра",
        "Спектакль «Снежная королева»",
    ),
    (
        "День школьных библиотек\n25 октября — Международный день школьных библиотек. В "
        "рамках этого праздника в читальном зале пройдёт библиотечный урок «Книги — наши "
        "друзья».",
        "DAY_NAMED",
        "День школьных библиотек",
        "Библиотечный урок «Книги — наши друзья»",
    ),
    # the headline is the frame the start's sentence writes its event in
    (
        "Неделя математики\n20 марта, по итогам недели математики, в актовом зале пройдёт "
        "праздничный концерт победителей. Все участники недели получат грамоты.",
        "FRAMED_TITLE",
        "Неделя математики",
        "Праздничный концерт победителей",
    ),
    (
        "Проект «Зелёная школа»\nВ рамках недели проекта «Зелёная школа» 18 марта в 10:00 "
        "пройдёт экологический субботник на пришкольном участке.",
        "FRAMED_TITLE",
        "Проект «Зелёная школа»",
        "Экологический субботник",
    ),
    # the title's word stands in the sentence only in what its event is dedicated to
    (
        "Праздничная линейка\n8 апреля стартует месячник военно-патриотической работы, "
        "посвящённый празднованию Победы.",
        "FRAMED_TITLE",
        "Праздничная линейка",
        "Месячник военно-патриотической работы",
    ),
    # a title of a class word only: the sentence's class phrase says more
    (
        "Любимый праздник\n22 декабря в 16:00 в классе состоится новогодняя развлекательная "
        "программа с играми и конкурсами для учеников 3 «А».",
        "CLASS_TITLE",
        "Любимый праздник",
        "Новогодняя развлекательная программа с играми и конкурсами для учеников",
    ),
    # the date's apposition names the event the day is the day of
    (
        "Настоящая сказка\nПрисоединиться к сказочным героям приглашают 10 июня, в день "
        "фестиваля летних игр, в городском парке.",
        "DAY_OF",
        "Настоящая сказка",
        "Фестиваль летних игр",
    ),
]


@pytest.mark.parametrize(("text", "switch", "before", "want"), CHANGED)
def test_the_start_sentences_event_without_a_verb_of_holding(
    text: str, switch: str, before: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _title(text) == want
    monkeypatch.setattr(title_discourse, switch, False)
    assert _title(text) == before


# shapes where the title stays: the day is held or gone to, the next sentence is another
# day's, the frame's event is only a class word, a class title with a name of its own
KEPT = [
    ("12 апреля — День космонавтики. 15 апреля в школе пройдёт конкурс рисунков.", "День"),
    (
        "День знаний\n1 сентября — День знаний! Первый урок в школах пройдёт на тему "
        "«Моя страна». Всех ждут к 9:00.",
        "День знаний",
    ),
    (
        "Завтра, 15 марта, ученики 9 классов поедут на День открытых дверей в колледж.",
        "День открытых дверей",
    ),
    (
        "Городская спартакиада\nВ рамках городской спартакиады 18 марта пройдут соревнования "
        "по волейболу.",
        "Городская спартакиада",
    ),
    (
        "Праздник детства\n1 июня в 11:00 в парке пройдёт праздничная программа.",
        "Праздник детства",
    ),
    (
        "Ночь искусств\n3 ноября, в день проведения акции «Ночь искусств», театр покажет "
        "спектакль «Кукла» в 19:00.",
        "Ночь искусств",
    ),
]


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_the_title_stays(text: str, want: str) -> None:
    assert want in _title(text)


def test_all_switches_off_give_title78s_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _SWITCHES:
        monkeypatch.setattr(title_discourse, name, False)
    assert [_title(text) for text, _, _, _ in CHANGED] == [b for _, _, b, _ in CHANGED]
