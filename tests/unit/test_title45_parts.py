"""The title is the event, not a numbered part of it (round 45, tests/data/title45.md).

A sentence whose subject is an ordinal and a noun of a part ("Первое испытание пройдёт
завтра", "Второй тур состоится 5 марта") dates a part of an event the post names elsewhere:
the part alone says nothing of which event it is. Posts written as schools and news pages
write them."""

from __future__ import annotations

from datetime import datetime

from tests.title_probe import card_title

MARCH = datetime.fromisoformat("2026-03-10T10:00")


def test_an_ordinal_round_is_not_the_title_of_the_olympiad_it_belongs_to() -> None:
    text = (
        "В Казани открылся финал Всероссийской олимпиады школьников по химии. Участники "
        "приехали из 60 регионов.\n\nПервое испытание пройдёт завтра, 11 марта. На работу "
        "отведено пять часов."
    )
    title = card_title(text, MARCH)
    assert "олимпиад" in title.lower(), title
    assert not title.lower().startswith("первое испытание"), title


def test_a_second_round_is_not_the_title_of_the_contest() -> None:
    text = (
        "Городской конкурс юных чтецов собрал сорок участников из двадцати школ.\n"
        "Второй тур состоится 14 марта в 15:00 в библиотеке на улице Мира."
    )
    title = card_title(text, MARCH)
    assert "конкурс" in title.lower(), title


def test_an_ordinal_word_alone_does_not_hide_an_event_named_by_its_subject() -> None:
    # "Первая ярмарка" is an event of its own: no part noun, so it stays the title
    text = (
        "Первая ярмарка ремёсел пройдёт 14 марта в 12:00 в школьном дворе. Приходите всей семьёй."
    )
    title = card_title(text, MARCH)
    assert "ярмарка" in title.lower(), title


def test_a_kind_pointing_back_with_a_demonstrative_is_named_by_what_it_points_to() -> None:
    # "по данной дисциплине" refers back: the event is named where the post first names it
    text = (
        "В районе проходят соревнования школьников по лыжным гонкам.\n"
        "14 марта в 11:00 в финальных забегах по данной дисциплине встретятся команды пяти "
        "школ района."
    )
    title = card_title(text, MARCH)
    assert "данн" not in title.lower(), title
    assert "лыжн" in title.lower(), title


def test_a_kind_after_this_refers_to_the_named_one_above() -> None:
    text = (
        "Школа № 5 приглашает на фестиваль детского творчества «Радуга».\n"
        "Этот праздник пройдёт 14 марта в 12:00 в актовом зале."
    )
    title = card_title(text, MARCH)
    assert "Радуга" in title, title


JUNE = datetime.fromisoformat("2026-06-10T10:00")


def test_a_headings_kind_takes_the_proper_adjective_the_dated_sentence_gives_it() -> None:
    # "Губернаторский бал": a capital inside the sentence makes the adjective part of the name
    text = (
        "Бал для выпускников\n"
        "На Губернаторский бал, который состоится 26 июня в Доме офицеров, приглашены лучшие "
        "выпускники школ области."
    )
    title = card_title(text, JUNE)
    assert "Губернаторский бал" in title, title


def test_a_headings_kind_keeps_its_words_when_the_body_repeats_it_plainly() -> None:
    text = (
        "Концерт для ветеранов\n"
        "15 июня в 14:00 в актовом зале состоится концерт учеников музыкальной школы."
    )
    title = card_title(text, JUNE)
    assert title.lower().startswith("концерт для ветеранов"), title
