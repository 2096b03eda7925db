"""Concise titles on unseen real posts (round 27): a name the post gives kept with a generic
kind (an abbreviation in brackets, a proper name's genitive, a trophy named after a person),
an adverb ending a subject phrase, a set of events named by its occasion, and a past news
item's future part. Posts written for each rule as schools, federations and libraries write
them, not copied from a corpus."""

from __future__ import annotations

import pytest

from bot.core.language.title_announced import repeated_below, repeated_phrase
from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # an adverb is the last dependent of the verbal noun, not the verb's
            "Финал национальных соревнований по чтению вслух пройдёт 10 декабря в 13:00 в "
            "центральной детской библиотеке. Участвуют победители региональных этапов.",
            "Финал национальных соревнований по чтению вслух",
        ),
        (
            "Школьный конкурс по чтению наизусть состоится 17 декабря в 15:00 в актовом зале "
            "гимназии. Каждый участник читает одно стихотворение, выбранное самостоятельно.",
            "Школьный конкурс по чтению наизусть",
        ),
    ],
)
def test_an_adverb_ends_the_subject_of_a_verbal_noun(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        # a time adverb after the verbal noun tells when, not how: never part of the title
        "Конкурс по чтению впервые пройдёт 17 декабря в 15:00 в актовом зале гимназии. "
        "Приглашаются учащиеся 5–7 классов.",
        "Конкурс по чтению снова пройдёт 17 декабря в 15:00 в актовом зале гимназии. "
        "Приглашаются учащиеся 5–7 классов.",
    ],
)
def test_a_time_adverb_after_the_subject_stays_out(text: str) -> None:
    assert card_title(text) == "Конкурс по чтению"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a proper name the dictionary does not know, in the genitive after the kind
            "12 декабря в 11:00 в детском саду № 3 состоится праздник Эколят. Ребята "
            "расскажут о бережном отношении к природе.",
            "Праздник Эколят",
        ),
        (  # a memorial tournament named after a person, in apposition to the contest
            "19 декабря в 10:00 в спортзале ДЮСШ пройдёт турнир по вольной борьбе Мемориал "
            "Б. Г. Иванова. Участвуют спортсмены 2012–2014 г.р.",
            "Турнир по вольной борьбе Мемориал Б. Г. Иванова",
        ),
        (  # the abbreviation introduced in brackets is the name the post uses
            "С 14 по 16 декабря на базе кадетского корпуса пройдут Всероссийские "
            "военно-спортивные игры (ВСИ). В программе ВСИ — строевой смотр, стрельба и "
            "эстафета.",
            "Всероссийские военно-спортивные игры (ВСИ)",
        ),
        (  # the abbreviation written first, the full name after a dash
            "С 14 по 16 декабря в Рязани пройдут ВСИ — Всероссийские военно-спортивные игры. "
            "Участвуют команды кадетских классов из 12 регионов, соревнования начнутся в 9:00 "
            "на стадионе «Спартак».",
            "Всероссийские военно-спортивные игры (ВСИ)",
        ),
        (  # a holder's abbreviation in brackets is not the contest's: its initials differ
            "Олимпиада по физике (МФТИ) пройдёт 14 декабря в 10:00 в лицее. Участвуют "
            "учащиеся 9–11 классов, победители получат дипломы университета.",
            "Олимпиада по физике",
        ),
    ],
)
def test_a_generic_kind_keeps_the_name_after_it(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_known_word_after_a_kind_is_no_name() -> None:
    # a capitalised word the dictionary knows (a town) is whose contest, read as before
    text = (
        "Первенство Барнаула по шахматам пройдёт 12 декабря в 10:00 в шахматном клубе. "
        "Приглашаются юноши и девушки 2010–2014 г.р."
    )
    assert card_title(text) == "Первенство Барнаула по шахматам"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a set of events for an occasion: the occasion names them
            "1 сентября в 9:00 во всех школах района пройдут мероприятия, посвящённые Дню "
            "знаний. Торжественные линейки пройдут на школьных дворах, в библиотеках — книжные "
            "выставки.",
            "День знаний",
        ),
        (
            "22 июня в 10:00 в городском парке пройдут мероприятия, посвящённые Дню памяти и "
            "скорби. Приглашаем жителей города.",
            "День памяти и скорби",
        ),
    ],
)
def test_a_set_of_events_is_named_by_its_occasion(text: str, title: str) -> None:
    assert card_title(text) == title


def test_one_event_for_an_occasion_keeps_its_kind() -> None:
    text = (
        "1 сентября в 9:00 в школе пройдёт концерт, посвящённый Дню знаний. Приглашаем "
        "родителей первоклассников."
    )
    assert card_title(text) == "Концерт, посвящённый Дню знаний"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the news is past; the date belongs to the part still to come
            "Районная олимпиада по математике прошла 10 декабря, в ней участвовали 86 "
            "учеников. Награждение победителей состоится 19 декабря в 15:00 в актовом зале "
            "управления образования.",
            "Награждение победителей",
        ),
        (
            "Муниципальный этап конкурса «Ученик года» завершился 8 декабря. Церемония "
            "награждения победителей состоится 18 декабря в 16:00 в Доме культуры.",
            "Церемония награждения победителей",
        ),
    ],
)
def test_a_past_news_items_future_part_is_the_event(text: str, title: str) -> None:
    assert card_title(text).startswith(title)


def test_a_headlines_numbered_name_wins_over_its_programme() -> None:
    # the headline names the event by its edition; the body is its timetable
    text = (
        "12 февраля в Доме спорта пройдёт XXXII Мемориал В. П. Петрова по лыжным гонкам\n"
        "Программа соревнования:\n10:00 – совещание представителей команд\n"
        "11:00 – старт гонок\n14:00 – награждение"
    )
    assert card_title(text).startswith("XXXII Мемориал В. П. Петрова")


def test_a_numbered_adjective_leaves_its_kind_to_name_the_event() -> None:
    text = (
        "15 декабря в 10:00 в технопарке пройдёт III Всероссийский экологический форум "
        "школьников. Участники представят проекты по охране природы родного края."
    )
    assert "экологический форум" in card_title(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the headline names the ball the body's bare "Бал" repeats
            "В школе № 7 проведут школьный бал\nБал состоится 26 декабря в 18:00 в актовом "
            "зале. Общешкольный праздничный вечер откроет директор, затем выступят выпускники.",
            "Школьный бал",
        ),
        (  # "баллов" (points) is no ball
            "Выпускной бал пройдёт 27 июня в 18:00 в Доме культуры. Приглашаются выпускники, "
            "набравшие не менее 200 баллов на экзаменах, и их родители.",
            "Выпускной бал",
        ),
    ],
)
def test_a_ball_is_a_kind_of_event(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        # one sentence: the past event first, the part still to come after "а"
        "Олимпиада «Умники и умницы» прошла в апреле, а награждение победителей состоится "
        "19 мая в 15:00 в Доме культуры. Приглашаем участников и их родителей.",
        "Городской конкурс чтецов завершился на прошлой неделе, награждение победителей "
        "пройдёт 19 декабря в 16:00 в центральной библиотеке. Приглашаем всех участников.",
    ],
)
def test_a_finished_events_future_part_in_one_sentence(text: str) -> None:
    assert card_title(text).startswith("Награждение победителей")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the subject after "будут работать" (an intransitive infinitive), never the date
            "Уважаемые жители! 12 декабря с 10:00 до 14:00 на Славянском бульваре будут "
            "работать пункты приёма макулатуры. Принимаются газеты, журналы, картон, книги "
            "без обложек.",
            "Пункты приёма макулатуры",
        ),
        (  # a transitive infinitive still governs its object: the subject comes after it
            "Дорогие ребята! 15 декабря с 9:00 до 12:00 в спортзале школы пройдут сборы "
            "юнармейцев района. Форма одежды спортивная, с собой иметь воду.",
            "Сборы юнармейцев района",
        ),
    ],
)
def test_the_subject_after_an_intransitive_infinitive(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the headline announces it in the plural, the body names it once: not the items
            "Как пройдут последние звонки в школах города\nПоследний звонок прозвенит 24 мая. "
            "Торжественные линейки начнутся в 9:00, после них — праздничные концерты для "
            "выпускников и родителей.",
            "Последний звонок",
        ),
        (  # a body mention that is another noun's genitive is no mention of its own
            "В колледже пройдёт день открытых дверей\n16 мая в 13:00 в колледже пройдёт день "
            "открытых дверей. Студенты покажут мастерские и расскажут о специальностях.",
            "День открытых дверей",
        ),
    ],
)
def test_the_headlines_announced_noun_repeated_in_the_body(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the address names the contest the reading is a round of
            "Участникам конкурса «Живая классика»!\nЧтение стихотворений состоится 17 декабря "
            "в 15:00 в читальном зале центральной библиотеки. Просим прийти за 20 минут до "
            "начала.",
            "Конкурс «Живая классика»: чтение стихотворений",
        ),
        (  # the event has a name of its own: the address adds nothing
            "Уважаемые участники фестиваля «Созвездие»!\nГала-концерт «Звёзды зажигаются» "
            "пройдёт 20 декабря в 17:00 в Доме культуры. Сбор участников в 16:00.",
            "Гала-концерт «Звёзды зажигаются»",
        ),
    ],
)
def test_the_opening_address_names_the_frame(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_repeated_mention_after_a_participle_is_named_from_the_headlines_words() -> None:
    # "посвящённые" governs the mention: never "Посвящённый последний звонок"
    text = (
        "Как пройдут последние звонки?\nВ этом году торжественные линейки, посвящённые "
        "последнему звонку, состоятся 24 мая в 9:00 во всех школах города."
    )
    end = text.index("\n")
    mentions = list(repeated_below(text, "Последние звонки", end))
    assert [m.group(0) for m in mentions] == ["звонку"]
    assert repeated_phrase(text, mentions[0], "Последние звонки") == "Последний звонок"
