"""chat61: the readings under the chat fixes — a draft picked by its ordinal at the add /
replace question, reminders switched off in own words, «за час до начала», a score said at
the end of a review, a review at the rating. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.features.poll_chat import review_at_rating
from bot.core.language.choices import picked_draft
from bot.core.language.commands import CommandKind, parse_command
from bot.core.language.meaning import DraftChoiceKind
from bot.core.language.poll_answers import judged_score
from bot.core.language.reminder_times import parse_offsets, parse_reminder_times


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("отмени вторую", DraftChoiceKind.DROP),
        ("удалите второй черновик", DraftChoiceKind.DROP),
        ("не надо новое", DraftChoiceKind.DROP),
        ("оставь первую", DraftChoiceKind.DROP),
        ("сохрани прежний", DraftChoiceKind.DROP),
        ("отмени первое", DraftChoiceKind.REPLACE),
        ("убери старую", DraftChoiceKind.REPLACE),
        ("оставьте второе мероприятие", DraftChoiceKind.REPLACE),
        ("берём новое", DraftChoiceKind.REPLACE),
        ("отмени третью", None),
        ("отмени вторую лекцию в пятницу", None),
        ("оставь оба", None),
    ],
)
def test_a_draft_picked_by_its_place_in_the_question(
    text: str, kind: DraftChoiceKind | None
) -> None:
    assert picked_draft(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "не напоминай мне",
        "больше не напоминайте",
        "пожалуйста не надо напоминать",
        "мне не нужны напоминания",
        "не шлите напоминания",
        "выключите напоминания",
        "не напоминай больше",
    ],
)
def test_reminders_off_in_own_words(text: str) -> None:
    command = parse_command(text)
    assert command is not None, text
    assert command.kind is CommandKind.REMINDERS_OFF, text


@pytest.mark.parametrize(
    "text", ["не напоминай про экскурсию", "не надо напоминать о лекции", "не отменяй"]
)
def test_other_negations_are_no_reminders_off(text: str) -> None:
    command = parse_command(text)
    assert command is None or command.kind is not CommandKind.REMINDERS_OFF, text


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("за час до начала", [60]),
        ("за день и за 2 часа до мероприятия", [1440, 120]),
        ("за 30 минут до занятия", [30]),
    ],
)
def test_offsets_before_the_start_said(text: str, offsets: list[int]) -> None:
    assert parse_offsets(text) == offsets
    assert parse_reminder_times(text) == (offsets, None)


def test_the_eve_said_with_the_event_stays_a_clock_time() -> None:
    found = parse_reminder_times("вечером в день до мероприятия")
    assert found is not None
    assert found[1] is not None
    assert found[1].days_before == 1


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("в целом понравилось на 4", 4),
        ("ребята объясняли понятно, ставлю пятёрку", 5),
        ("скучно было, оцениваю на 2 балла", 2),
        ("что будет на 5 этаже?", None),
        ("интересно на 7", None),
        ("на 4", None),  # a bare score is typed_number's
        ("в 3 классе на 5", None),
    ],
)
def test_a_score_at_the_end_of_a_review(text: str, score: int | None) -> None:
    assert judged_score(text) == score


@pytest.mark.parametrize(
    ("text", "review"),
    [
        ("Понравилось, как показывали опыты с жидким азотом", True),
        ("было интересно но очень жарко в зале", True),
        ("ну норм было", False),
        ("👍👍👍", False),
        ("а когда следующий?", False),
        ("круто", False),
    ],
)
def test_a_review_at_the_rating(text: str, review: bool) -> None:
    assert review_at_rating(text) is review
