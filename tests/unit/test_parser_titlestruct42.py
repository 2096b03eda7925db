"""Title choices that read a post's structure (round 42, tuned sets): a kind that is the
subject of a verb saying it already took place («состоялось заседание», «завершилась
программа») is a past event the post reports, not the one its dated sentence invites to.
Posts written for each rule as schools, libraries and museums write them."""

from __future__ import annotations

from datetime import datetime

from tests.title_probe import card_title

NOV = datetime.fromisoformat("2026-11-20T10:00")


def test_a_past_meeting_reported_before_its_verb_yields_to_the_dated_ceremony() -> None:
    # the report opens with the verb, then its subject: the meeting already took place
    text = (
        "5 ноября в ратуше состоялось заседание жюри «Юный исследователь».\n"
        "Жюри выбрало двенадцать победителей. Их наградят 12 декабря на торжественной "
        "церемонии награждения юных исследователей, которая пройдёт в Доме учёных."
    )
    title = card_title(text, NOV)
    assert "церемония награждения" in title.lower(), title


def test_a_finished_festival_in_the_headline_yields_to_the_contest_announced_below() -> None:
    text = (
        "Завершился фестиваль «Книжный листопад»\n\n"
        "Библиотека подвела итоги: за два месяца читатели прочли больше тысячи книг, лучшие "
        "отзывы опубликованы на сайте библиотеки, а самые активные получили грамоты.\n\n"
        "14 декабря в 11:00 в читальном зале пройдёт литературная викторина «Знатоки "
        "сказок» для 3–4 классов."
    )
    title = card_title(text, NOV)
    assert "викторина" in title.lower(), title


def test_a_past_verb_before_another_noun_leaves_the_contest_the_event() -> None:
    # «завершился приём заявок на конкурс»: the intake ended, the contest is still to come
    text = (
        "Завершился приём заявок на конкурс «Зимняя сказка».\n"
        "Конкурс пройдёт 15 декабря в 12:00 в актовом зале школы №3."
    )
    title = card_title(text, NOV)
    assert "Зимняя сказка" in title, title
