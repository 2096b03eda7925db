"""title_held: the event the start's sentence says is held, read by syntax (title72)."""

from __future__ import annotations

import pytest

from bot.core.language.title_held import held_event, held_title


def _whole(sentence: str) -> str | None:
    return held_event(sentence, (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # the subject after a verb of holding, agreeing with it
        (
            "В пятницу в актовом зале пройдёт литературная гостиная «Осенние строки».",
            "Литературная гостиная «Осенние строки»",
        ),
        # the subject of a passive participle of "провести"
        (
            "12 марта для пятиклассников будет проведена викторина «Знатоки природы».",
            "Викторина «Знатоки природы»",
        ),
        # the subject before its verb, a genitive dependent kept
        ("Неделя детской книги стартовала в понедельник.", "Неделя детской книги"),
        # the direct object of an active "провели"
        (
            "Вчера волонтёры провели экологический квест «Чистый берег».",
            "Экологический квест «Чистый берег»",
        ),
        # the goal of an invitation, put in the nominative
        ("Приглашаем 3 апреля на вечер бардовской песни.", "Вечер бардовской песни"),
        # the subject's dependents reach the verb
        ("Фестиваль юных талантов района состоится в субботу.", "Фестиваль юных талантов района"),
    ],
)
def test_held_event_reads_the_event_of_the_clause(sentence: str, event: str) -> None:
    assert _whole(sentence) == event


@pytest.mark.parametrize(
    "sentence",
    [
        "Папы и мамы пройдут в зал после звонка.",  # people, no event noun
        "В субботу библиотека откроется в десять.",  # a place, no event noun
        "Завтра учитель расскажет о лете.",  # no verb of holding
    ],
)
def test_held_event_none_without_an_event_held(sentence: str) -> None:
    assert _whole(sentence) is None


def test_a_sentence_cut_at_a_clock_reads_on() -> None:
    # the point of "18.00." is no sentence's end: the next words begin in lower case
    text = "7 мая в 18.00. в клубе будет проведён концерт «Песни Победы». Вход свободный."
    assert held_event(text, (0, 13)) == "Концерт «Песни Победы»"
    other = "Москва, 7 мая. В клубе будет проведён концерт «Песни Победы»."
    assert held_event(other, (0, 13)) is None


def test_a_name_of_a_list_is_no_name_of_the_event() -> None:
    text = "В среду пройдут состязания по предметам «Физика», «Химия» и «Биология»."
    kept = "Олимпиада школьников"
    assert held_title(text, (0, len(text)), kept) == kept


def test_held_title_keeps_a_title_named_in_the_same_clause() -> None:
    text = "В мае пройдёт конкурс «Kúz» / «Осень» для всех школ."
    assert held_title(text, (0, len(text)), "Конкурс «Осень»") == "Конкурс «Осень»"


def test_straight_quotes_are_written_as_guillemets() -> None:
    assert _whole('В субботу состоится концерт "Весна".') == "Концерт «Весна»"


def test_agreement_keeps_the_subject_of_the_verb() -> None:
    # "прошла" is feminine: the masculine "слёт" of the genitive is not its subject
    assert _whole("Вчера прошла встреча участников слёта.") == "Встреча участников слёта"


def test_held_title_takes_a_named_event_over_its_occasion() -> None:
    text = "Ко Дню космонавтики 12 апреля будет проведена игра «Звёздный путь»."
    assert held_title(text, (0, len(text)), "День космонавтики") == "Игра «Звёздный путь»"


def test_held_title_keeps_a_title_holding_the_same_name() -> None:
    text = "В субботу состоится концерт «Весенняя капель»."
    kept = "Отчётный концерт «Весенняя капель»"
    assert held_title(text, (0, len(text)), kept) == kept


def test_held_title_keeps_a_longer_title_for_an_unnamed_event() -> None:
    text = "В субботу состоятся соревнования среди команд района."
    kept = "Соревнования по волейболу"
    assert held_title(text, (0, len(text)), kept) == kept


def test_held_title_fills_a_bare_title() -> None:
    text = "В субботу состоится турнир юных шахматистов."
    assert held_title(text, (0, len(text)), "Суббота") == "Турнир юных шахматистов"
    assert held_title(text, (0, len(text)), "Турнир") == "Турнир"  # its own word: kept


def test_a_name_after_a_preposition_names_the_complement() -> None:
    text = "В апреле пройдёт конкурс по номинации «Живопись» для учеников."
    kept = "Районный конкурс «Юный художник»"
    assert held_title(text, (0, len(text)), kept) == kept


def test_two_events_held_in_one_clause_leave_the_title_to_the_hand() -> None:
    text = "В 12:00 в холле откроется выставка «Осень», а в зале начнётся концерт хора."
    assert _whole(text) is None
    assert held_title(text, (0, len(text)), "Концерт хора") == "Концерт хора"


def test_a_headline_holding_another_event_keeps_the_title() -> None:
    text = "Школа проведёт турнир по шашкам\n3 мая в 10:00 пройдёт выставка «Весна»."
    sentence = (text.index("3 мая"), len(text))
    assert held_title(text, sentence, "Турнир по шашкам") == "Турнир по шашкам"


def test_a_bare_title_is_kept_when_the_held_phrase_holds_it() -> None:
    text = "Следующая ярмарка пройдёт 5 мая."
    assert held_title(text, (0, len(text)), "Ярмарка") == "Ярмарка"


def test_a_title_the_headline_names_is_kept() -> None:
    text = "Весенний бал выпускников\n12 мая в 18:00 состоится открытие выставки «Март»."
    sentence = (text.index("12 мая"), len(text))
    assert held_title(text, sentence, "Весенний бал выпускников") == "Весенний бал выпускников"
