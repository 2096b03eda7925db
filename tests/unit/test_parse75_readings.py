"""parse75: the first wave's parser leftovers (tests/data/parse75.md). Sentences written for
the test in the shapes a teacher types them, none from a post."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.morphology import parses

NOW = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock, as the parser reads it


def _draft(text: str, now: datetime = NOW) -> EventIntent:
    intent = parse_message(text, now)
    assert isinstance(intent, EventIntent), intent
    return intent


@pytest.mark.parametrize(
    "line",
    [
        "Посвящение в лицеисты пройдёт 12 декабря в 12:00 в актовом зале",
        "Посвящение в лицеисты пройдёт 12 декабря в 12:00 в спортивном зале.",
        "посвящение в лицеисты 12 декабря в 12:00, актовый зал",
        "12 декабря в 12:00 в актовом зале пройдёт посвящение в лицеисты.",
        "Посвящение в первоклассники состоится 12 декабря в 12:00 в актовом зале.",
    ],
)
def test_an_initiation_has_its_start(line: str) -> None:
    """«Посвящение в лицеисты …»: a verbal noun with its «в + accusative» keeps its day and
    clock (title74 saw no start; on this main it is read — a guard)."""
    draft = _draft(line).draft
    assert draft.start == datetime.fromisoformat("2026-12-12T12:00")
    assert draft.title.lower().startswith("посвящение в ")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Поездка в Казань для 40 учеников из гимназии пройдёт 14 декабря. Сбор у школы в 7:00.",
            "Поездка в Казань",
        ),
        ("Поездка в Казань для 40 учеников 7Б 14 декабря. Сбор у школы в 8:00", "Поездка в Казань"),
        ("поездка в Казань для 40 учеников 7Б 14 декабря. сбор у школы в 8:00", "Поездка в Казань"),
        (
            "Экскурсия для 25 учеников из 7-х классов пройдёт 14 декабря в 10:00. Сбор у школы.",
            "Экскурсия",
        ),
        ("Поход в театр для 25 детей из 3Б пройдёт 16 декабря в 18:00", "Поход в театр"),
        (
            "Выезд на соревнования для 12 учеников 9А 15 декабря в 7:30. Отправление от школы.",
            "Выезд на соревнования",
        ),
    ],
)
def test_a_counted_audience_and_the_gathering_leave_the_title(line: str, title: str) -> None:
    """«для 40 учеников из гимназии» says whom for and how many; «Сбор у школы» where people
    gather: neither is the trip's name, and the date's full stop still ends its sentence."""
    assert _draft(line).draft.title == title


def test_a_counted_audience_keeps_its_class() -> None:
    """The class inside the counted phrase is still read as the audience."""
    draft = _draft("Поездка в Казань для 40 учеников 7Б 14 декабря в 8:00").draft
    assert draft.audience.classes == frozenset({"7Б"})


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "На фестивале Радуга выступят лучшие хоры. Фестиваль пройдёт 12 декабря в 15:00 в "
            "актовом зале.",
            "Фестиваль Радуга",
        ),
        (
            "Фестиваль «Радуга» пройдёт 12 декабря. Фестиваль начнётся в 15:00 в актовом зале.",
            "Фестиваль «Радуга»",
        ),
        ("Ярмарка в школьном дворе 12 декабря. Ярмарка откроется в 10:00.", "Ярмарка"),
        (
            "Турнир по шахматам пройдёт с 9 по 11 декабря. Соревнования начнутся в 10:00",
            "Турнир по шахматам",
        ),
        ("Турнир по шашкам 12 декабря. Соревнования начнутся в 11:00", "Турнир по шашкам"),
        (
            "Соревнования по волейболу пройдут 12 декабря. Соревнования начнутся в 10:00 в "
            "спортзале.",
            "Соревнования по волейболу",
        ),
    ],
)
def test_the_event_named_again_is_no_part_of_the_title(line: str, title: str) -> None:
    """A later sentence whose subject only names the event again (the same kind, or a noun
    for the whole contest) adds nothing to its name."""
    assert _draft(line).draft.title == title


def test_a_later_sentence_with_its_own_words_stays() -> None:
    """«Неделя науки» / «Лекция о вулканах»: the second sentence names something else."""
    line = "Неделя науки 12 декабря. Лекция о вулканах в 14:00."
    assert _draft(line).draft.title == "Неделя науки. Лекция о вулканах"


def test_an_abbreviation_is_no_event_named_again() -> None:
    """«торжеств.» (a word cut short, genitive) is no subject naming the event again."""
    line = "Пятн. 18.12 в полдень торжеств. вручение значков ГТО в спортзале, 5-7 кл"
    title = _draft(line, datetime.fromisoformat("2026-12-14T10:00")).draft.title
    assert "ГТО" in title
    assert "Пятн" not in title


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("В музее открыта выставка детских рисунков 12 декабря", "музей"),
        ("С 1 по 20 декабря в музее открыта выставка рисунков «Мир глазами детей», 9Б", "музей"),
        ("В галерее открыта экспозиция до 20 декабря", "галерея"),
        ("В галерее закрыта экспозиция 12 декабря", "галерея"),
        ("В школе открыты курсы 12 декабря", "школа"),
    ],
)
def test_a_short_participle_is_no_part_of_the_place(line: str, venue: str) -> None:
    """«в музее открыта выставка»: a short participle or adjective is only ever a predicate,
    never a word of the place's name."""
    assert _draft(line).draft.venue == venue


def test_a_genitive_after_the_place_stays_in_it() -> None:
    """«в музее истории»: the place's own genitive is kept (guard)."""
    draft = _draft("Лекция в музее истории 12 декабря в 15:00").draft
    assert draft.venue is not None
    assert "истори" in draft.venue


def test_short_forms_read_as_predicates() -> None:
    """The rule's premise: pymorphy3 reads «открыта», «закрыта», «открыты» first as short
    forms (PRTS or ADJS)."""
    for word in ("открыта", "закрыта", "открыты"):
        assert parses(word)[0].tag.POS in ("PRTS", "ADJS")


_HISTORY = (
    "22 июня в России отмечается День памяти и скорби — в этот день в 1941 году началась "
    "Великая Отечественная война. Около памятника в сквере у школы пройдёт час памяти, "
    "ученики прочтут стихи и возложат цветы."
)


@pytest.mark.parametrize(
    "post",
    [
        _HISTORY,
        "Ровно 85 лет назад, в 1941 году, началась битва за Москву. В школьном музее "
        "пройдёт урок мужества для 8-х классов, приглашаем ребят и родителей.",
        "В этот день в 1961 году стартовал первый полёт человека в космос. В библиотеке "
        "пройдёт беседа о Гагарине для учеников начальной школы, приходите всей семьёй.",
    ],
)
def test_a_beginning_in_a_year_long_past_is_no_run_begun_today(post: str) -> None:
    """«в 1941 году началась война»: history, never an event begun on the post's day."""
    draft = _draft(post, datetime.fromisoformat("2026-06-18T12:00")).draft
    assert "begun_today" not in draft.doubts
    assert draft.start is None or draft.start.date() != date(2026, 6, 18)


@pytest.mark.parametrize(
    "post",
    [
        "Сегодня стартовала смена в лагере «Орлёнок».",
        "Открылась выставка «Победа 1945 года» в школьном музее.",
    ],
)
def test_a_beginning_without_a_year_is_begun_today(post: str) -> None:
    """No year in the verb's clause (a year inside a quoted name is a name): begun today."""
    draft = _draft(post).draft
    assert draft.start is not None
    assert draft.start.date() == NOW.date()
    assert "begun_today" in draft.doubts


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Завтра, 3-го сентября в России — День солидарности в борьбе с терроризмом. Он "
            "установлен в память о событиях в Беслане. А сегодня в актовом зале нашей школы "
            "прошёл спектакль «Свеча памяти».",
            "«Свеча памяти»",
        ),
        (
            "Завтра, 5 октября — День учителя. А сегодня ученики 11-х классов провели для "
            "педагогов праздничный концерт «Спасибо, учитель!» в актовом зале.",
            "«Спасибо, учитель!»",
        ),
    ],
)
def test_a_report_of_today_outranks_a_named_days_date(post: str, title: str) -> None:
    """The only date names an occasion in a sentence with no verb («— День …»); the event
    is the one «сегодня» tells in the past: today, asked as a report of today (`past`)."""
    written = "2026-09-02T18:00" if "сентября" in post else "2026-10-04T18:00"
    now = datetime.fromisoformat(written)
    draft = _draft(post, now).draft
    assert draft.start is not None
    assert draft.start.date() == now.date()
    assert title in draft.title


def test_a_named_day_with_its_own_event_verb_keeps_its_date() -> None:
    """«12 апреля в школе пройдёт День космонавтики»: the named day is the event (guard)."""
    post = (
        "12 апреля в школе пройдёт День космонавтики: конкурс рисунков и викторина для "
        "5-7 классов. А сегодня мы подвели итоги прошлого конкурса и наградили победителей."
    )
    draft = _draft(post, datetime.fromisoformat("2026-04-08T12:00")).draft
    assert draft.start is not None
    assert draft.start.date() == date(2026, 4, 12)
