"""title_answer.answered_title: a title typed by hand is kept; a long answer (a post) gives
its event's name (eighteenth round, branch fixleft21; newcomer walk 2026-12-02u, p05)."""

from __future__ import annotations

import pytest

from bot.core.language.title_answer import answered_title


@pytest.mark.parametrize(
    "typed",
    [
        "Лекция по астрономии",
        "Квиз «Что? Где? Когда?» для 9-х классов",
        "Лекция «Космос рядом»: астрономия сегодня и завтра, встреча с экспертом, вопросы",
        "Встреча с автором. Презентация книги",
    ],
)
def test_a_typed_title_is_kept(typed: str) -> None:
    answered = answered_title(f"  {typed} ")
    assert answered is not None
    assert (answered.title, answered.shortened) == (typed, False)


def test_a_pasted_post_gives_its_name() -> None:
    post = (
        "Мероприятие (0+) пройдёт 17 ноября, в воскресенье. Необычная лекция позволит "
        "расширить знания о космосе. Каждый слушатель сможет задать вопросы эксперту.\n"
        "Начало в 12:00, вход свободный."
    )
    answered = answered_title(post)
    assert answered is not None
    # the praise is no part of the name (title_phrase.EVALUATIVE, twentieth round)
    assert (answered.title, answered.shortened) == ("Лекция", True)


def test_two_lines_with_no_name_keep_the_first_sentence_cut_at_a_word() -> None:
    text = "Приходите все " + "очень " * 20 + "рано.\nБудет интересно."
    answered = answered_title(text)
    assert answered is not None
    assert answered.shortened
    assert len(answered.title) <= 80
    assert not answered.title.endswith(" ")
    assert text.startswith(answered.title)


def test_blank_is_no_title() -> None:
    assert answered_title(" \n ") is None
