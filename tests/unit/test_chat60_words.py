"""chat60: spoken words mended only outside names (bot.core.language.spoken, names_kept and
mended_words) and a class written apart before a date (bot.core.language.audience).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.dialog import EditableField
from bot.core.language.audience import parse_audience
from bot.core.language.commands import DropLinesCommand, parse_command
from bot.core.language.draft_corrections import correction
from bot.core.language.field_corrections import FieldValue, field_value
from bot.core.language.spoken import mended_words, standard


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Клуб Норм 14 декабря в 16:00", "Клуб Норм 14 декабря в 16:00"),
        ("Квиз Чо за фильм на некст неделе в среду", "Квиз Чо за фильм на след неделе в среду"),
        ("Ярмарка на выхах, пж", "Ярмарка на выходных, пожалуйста"),
        ("Квест Некст уровень 12 декабря", "Квест Некст уровень 12 декабря"),
    ],
)
def test_names_kept_mends_only_the_frame_words(typed: str, read: str) -> None:
    assert standard(typed, names_kept=True) == read


def test_next_is_mended_only_before_a_period_it_names() -> None:
    assert standard("Квест Некст уровень") == "Квест Некст уровень"
    assert standard("че в некст пятницу") == "что в след пятницу"


def test_mended_words_are_those_a_name_may_hold() -> None:
    assert mended_words("отмени Клуб Норм пж", kinds=False) == {"нормально"}
    assert mended_words("отмени меро на некст неделе", kinds=False) == frozenset()
    assert mended_words("Большое меро 12 декабря", kinds=True) == {"мероприятия"}


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("что у 10 а 9 декабря?", {"10А"}),
        ("для 7 б 15-го декабря что есть?", {"7Б"}),
        ("что у 8 в 03.12?", {"8В"}),
        ("что у нас 10 и 11 декабря?", set()),
        ("для 9 и 10 классов", set()),
    ],
)
def test_a_class_apart_before_a_date(text: str, classes: set[str]) -> None:
    assert set(parse_audience(text).classes) == classes


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("хотя нет, в 17:00", "в 17:00"),
        ("ну давай в 12:00", "в 12:00"),
        ("Хотя нет давайте в 16:00", "в 16:00"),
        ("так, лучше 15 декабря", "15 декабря"),
        ("а вот пусть будет в 18:30", "в 18:30"),
    ],
)
def test_a_correction_after_discourse_words(reply: str, value: str) -> None:
    """Conjunctions, particles and interjections before the frame («хотя», «ну», «так», «а
    вот») carry nothing: the frame after them is read (chat60: «Хотя нет» was a new draft)."""
    found = correction(reply)
    assert found is not None, reply
    assert found.value == value


@pytest.mark.parametrize(
    "reply", ["А ну-ка, девушки! 15 декабря в 15:00", "Хотя бы раз в 15:00", "и ещё одно"]
)
def test_discourse_words_alone_open_no_correction(reply: str) -> None:
    assert correction(reply) is None


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("лекция для 7 8 классов", {7, 8}),
        ("квиз для 9 10 11 классов", {9, 10, 11}),
        ("экскурсия 5 6 класс", {5, 6}),
        ("для 7, 8 классов", {7, 8}),
        ("для 5 11 классов", {11}),  # not neighbours: no list said without its comma
        ("Лекция 14 декабря в 10 11 классы", {11}),  # «в 10»: the clock, as before
    ],
)
def test_dictated_neighbouring_grades_are_a_list(text: str, grades: set[int]) -> None:
    """Voice typing leaves out the comma: «для 7 8 классов» is 7th and 8th (chat60: the
    title kept «для 7», the 8th alone was the audience)."""
    assert set(parse_audience(text).grades) == grades


@pytest.mark.parametrize(
    ("typed", "numbers"),
    [
        ("убери вторую", (2,)),
        ("удали третью строку", (3,)),
        ("убери 2-ю", (2,)),
        ("вычеркни первую и третью", (1, 3)),
        ("сохрани без второй", (2,)),
        ("убери 2", (2,)),
    ],
)
def test_a_plan_line_dropped_by_its_ordinal(typed: str, numbers: tuple[int, ...]) -> None:
    """The summary offers «убери 2»; «убери вторую» says the same (chat60: «не понял»)."""
    command = parse_command(typed)
    assert isinstance(command, DropLinesCommand), typed
    assert command.numbers == numbers


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("отмени вторую", "отмени 2"),
        ("отмените второе", "отмените 2"),
        ("отмени третий", "отмени 3"),
        ("перенеси первое на 18 декабря", "перенеси 1 на 18 декабря"),
    ],
)
def test_a_listed_event_named_by_its_ordinal(typed: str, said: str) -> None:
    """The list's «отмени 2» said as «отмени вторую» (chat60: «Не нашёл … «вторую»»)."""
    assert parse_command(typed) == parse_command(said)


def test_an_ordinal_before_a_title_stays_the_titles() -> None:
    """Guard: «отмени первое занятие кружка» names the event by its words."""
    command = parse_command("отмени первое занятие кружка")
    assert getattr(command, "number", None) is None


@pytest.mark.parametrize(
    ("reply", "field", "value"),
    [
        ("и место ауд 310", EditableField.VENUE, "ауд 310"),
        ("а место поменяйте на ауд 310", EditableField.VENUE, "ауд 310"),
        ("место поменяйте на ауд 310", EditableField.VENUE, "ауд 310"),
        ("а ещё время 13:00", EditableField.WHEN, "13:00"),
        ("и время до 16", EditableField.WHEN, "до 16"),
        ("время измените на 14:30", EditableField.WHEN, "14:30"),
    ],
)
def test_a_field_named_after_and_or_before_its_verb(
    reply: str, field: EditableField, value: str
) -> None:
    """«и», «а», «а ещё» before the field and a verb of changing after it carry nothing
    (chat60: «и место ауд 310» was not understood, «место поменяйте на ауд 310» made the
    place «поменяйте на ауд 310»)."""
    assert field_value(reply) == FieldValue(field, value)
