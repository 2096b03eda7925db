"""review49 #4: a headline's closing date is the item's stamp only when nothing in the text
makes it the event's — a future event verb in the headline («… пройдёт 05.12.2026») or the
body's start clock that follows it with no day of its own («Начало в 18:00.») date the
event, so the later days below (a sign-up deadline, a results day) are not its start."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _start(text: str, now: str = "2026-12-05T08:00") -> object:
    at = datetime.fromisoformat(now)
    return intent_to_json(parse_message(text, at, day_in_period=True))["start"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # review49's inputs (the post's own day)
        (
            "Новогодний концерт в актовом зале 05.12.2026\nНачало в 18:00. Запись до 4 декабря "
            "у классного руководителя.",
            "2026-12-05T18:00",
        ),
        (
            "Городской турнир по шахматам пройдёт 05.12.2026\nРегистрация участников с 9:00, "
            "начало в 10:00. Итоги 7 декабря.",
            "2026-12-05T10:00",
        ),
        # variants of my own: another start clock below, another future verb
        (
            "Школьная ярмарка в спортивном зале 05.12.2026\nОткрытие в 11:00, приходите всей "
            "семьёй. Заявки на торговые места принимаются до 3 декабря.",
            "2026-12-05T11:00",
        ),
        (
            "Спектакль театральной студии состоится 05.12.2026\nРебята покажут сказку «Морозко» "
            "для младших классов. Следующий показ 19 декабря в 12:00.",
            "2026-12-05",
        ),
    ],
)
def test_headline_date_with_event_wording_is_the_day(text: str, start: str) -> None:
    assert _start(text) == start


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        # the rule's own purpose: an inviting headline's stamp, the event's day below
        (
            "Библиотека приглашает на встречу с писателем 05.12.2026\nВстреча пройдёт 12 "
            "декабря в 15:00 в читальном зале, вход свободный для всех.",
            "2026-12-05T08:00",
            "2026-12-12T15:00",
        ),
        (
            "Музей приглашает школьников на новогодний праздник 04.12.2026\nПраздник состоится "
            "12 декабря в 12:00 в большом зале музея, вход по билетам.",
            "2026-12-05T08:00",
            "2026-12-12T12:00",
        ),
        # fresh49's broad17 #4, its first two paragraphs
        (
            "Московский дворец пионеров приглашает детей и взрослых к участию в осеннем "
            "фестивале комплекса ГТО 09.09.2025\n\n20 сентября 2025 года на двух площадках "
            "образовательного комплекса «Воробьевы горы» состоится осенний фестиваль "
            "Всероссийского физкультурно-спортивного комплекса «Готов к труду и обороне». К "
            "участию приглашаются москвичи всех возрастных категорий старше 6 лет.",
            "2025-09-09T12:00",
            "2025-09-20",
        ),
    ],
)
def test_headline_stamp_still_taken(text: str, now: str, start: str) -> None:
    assert _start(text, now) == start
