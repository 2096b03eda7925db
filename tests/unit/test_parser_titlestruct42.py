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


def test_a_headline_of_several_rallies_yields_to_the_one_the_dated_sentence_names() -> None:
    # the headline counts the season's rallies; the dated sentence announces one of them
    text = (
        "Слёты юных экологов пройдут зимой в нескольких районах области\n\n"
        "Областной центр туризма проведёт в этом сезоне несколько слётов для школьников.\n\n"
        "С 14 по 16 декабря в Заречном районе пройдёт областной слёт юных экологов и "
        "натуралистов. В феврале состоится лыжный слёт старшеклассников."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("областной слёт юных экологов"), title


def test_the_item_held_within_the_headings_spartakiad_is_the_event() -> None:
    # «в рамках спартакиады пройдут соревнования»: the heading is the umbrella, the dated
    # sentence names the item it holds on that day
    text = (
        "Районная спартакиада школьников\n\n"
        "12 декабря в Заречье в рамках районной спартакиады школьников пройдут соревнования "
        "по настольному теннису среди сельских школ.\n\nОжидается участие восьми команд."
    )
    title = card_title(text, NOV)
    assert "соревнования по настольному теннису" in title.lower(), title


def test_a_heading_that_is_the_dated_sentences_own_event_stays_the_title() -> None:
    # the dated sentence holds the heading's event itself, framed by another one
    text = (
        "Районная спартакиада школьников\n\n"
        "12 декабря в Заречье пройдёт районная спартакиада школьников в рамках года "
        "здоровья.\n\nОжидается участие восьми команд."
    )
    title = card_title(text, NOV)
    assert "спартакиада" in title.lower(), title


def test_a_name_unknown_to_the_dictionary_that_begins_at_the_dated_time_is_the_event() -> None:
    # «Библиосумерки начнутся …»: the dated sentence's subject is a word no dictionary
    # knows, written with a capital: the event's own name, not a form such as «Трансляция»
    text = (
        "С 2025 года в стране проходят международные акции, посвящённые году науки.\n\n"
        "Гостей ждут опыты, викторины и квесты, а книгохранилище откроют для всех.\n"
        "Библиосумерки начнутся в 18 часов 12 декабря. Место встречи — центральная "
        "библиотека."
    )
    title = card_title(text, NOV)
    assert title == "Библиосумерки", title


def test_the_dated_sentences_pronoun_points_back_to_the_meeting_invited_to() -> None:
    # «Состоится она 12 декабря»: «она» is the meeting the museum invites to
    text = (
        "В гостях у Лермонтова\n"
        "Музей-усадьба приглашает гостей и жителей района на встречу с молодыми поэтами "
        "области. Состоится она 12 декабря, и в усадьбе ждут шестерых поэтов. О их победах "
        "в различных конкурсах можно прочесть на сайте музея. Начало в 16.00."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("встреча с молодыми поэтами"), title


def test_a_bare_meeting_opening_the_dated_sentence_is_the_meeting_invited_to() -> None:
    text = (
        "Детская библиотека приглашает учеников 5–7 классов на встречу с писательницей "
        "Мариной Лебедевой, автором повести «Зимний маяк». Встреча состоится 19 декабря в "
        "14:00 в читальном зале. В фойе будет работать книжная выставка «Зимние истории»."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("встреча с писательницей"), title


def test_a_catchphrase_heading_yields_to_the_meeting_the_dated_sentence_opens_with() -> None:
    # the heading has no kind; «Встреча состоится …» is the meeting invited to just before
    text = (
        "Поэт в гостях у пятиклассников\n\n"
        "Школьная библиотека приглашает учеников 5-х классов на встречу с поэтом Ильёй "
        "Сомовым, автором сборника «Снегири». Встреча состоится 17 декабря в 13:00 в "
        "читальном зале.\n\nПоэт прочтёт новые стихи и ответит на вопросы."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("встреча с поэтом"), title


def test_the_meeting_pointed_back_to_keeps_the_name_of_the_person_met() -> None:
    text = (
        "Школьная библиотека приглашает учеников 5-х классов на встречу с поэтом Ильёй "
        "Сомовым. Встреча состоится 17 декабря в 13:00 в читальном зале. В фойе будет "
        "работать книжная выставка «Зимние истории»."
    )
    assert card_title(text, NOV) == "Встреча с поэтом Ильёй Сомовым"


def test_the_dated_sentences_subject_before_a_present_verb_of_beginning_is_the_event() -> None:
    # «Весенние каникулы … начинаются 23 марта»: the subject the dated verb begins, not the
    # holidays the first sentence says the break falls on
    text = (
        "Весенние школьные каникулы, выпадающие на майские праздники, особенно любимы "
        "школьниками. Просим всех помнить о безопасности. Весенние каникулы у школьников "
        "начинаются с 28.04 и продлятся до 11.05. Четвёртая четверть продолжится 12 мая."
    )
    title = card_title(text, NOV)
    assert title.lower().startswith("весенние каникулы"), title
