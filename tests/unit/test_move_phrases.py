"""Moves said in ordinary words (bot.core.language.move_phrases) and how `understand` turns
them into the same MoveCommand as «перенеси …» (newcomer walk 2026-12-01, finding 1). The
sentences are our own; the real posts in tests/data that mention «перенос» stay events."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core import draft_json
from bot.core.dialog import Dialog
from bot.core.language.commands import MoveCommand
from bot.core.language.intents import parse_message
from bot.core.language.meaning import AddEvents
from bot.core.language.move_phrases import MovePhrase, move_phrase, move_verb, relative_shift
from bot.core.language.understand import understand
from bot.core.models import EventDraft, EventIntent

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - Tuesday, the parser takes wall-clock time
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("text", "reference", "when"),
    [
        # the walk's two messages
        (
            "лекцию про судостроение переносим на 11.12 в то же время",
            "лекцию про судостроение",
            "11.12",
        ),
        (
            "мы не сможем 10 декабря, давайте перенесём на пятницу 11го на 14:00",
            "10 декабря",
            "пятницу 11го на 14:00",
        ),
        # the verb's other forms, found by lemma
        ("давайте перенесём мастер-класс на 14 декабря", "мастер-класс", "14 декабря"),
        ("Экскурсия в музей переносится на следующую среду", "экскурсия музей", "следующую среду"),
        ("олимпиаду перенесли на 18.12 в 12:00", "олимпиаду", "18.12 в 12:00"),
        ("сдвинем квиз на 16:30", "квиз", "16:30"),
        ("можно перенести экскурсию на 17 декабря?", "экскурсию", "17 декабря"),
        ("Концерт хора перенесён на 20 декабря.", "концерт хора", "20 декабря"),
        ("лекция перенесена на завтра, в то же время", "лекция", "завтра"),
        ("нам придётся передвинуть встречу на четверг", "встречу", "четверг"),
        (
            # the address before the comma is no part of the event's name (chat80: the
            # verb's own clause names the event when it can; was «уважаемые коллеги лекцию»)
            "Уважаемые коллеги, переносим лекцию на 9 декабря",
            "лекцию",
            "9 декабря",
        ),
        # the old day after «с» takes the new day's month
        ("концерт переносится с 10 на 12 декабря", "концерт 10 декабря", "12 декабря"),
        # the old day written before the verb, as a postponement notice does
        (
            "Экскурсия, запланированная на 10 декабря, переносится на 12 декабря",
            "экскурсия 10 декабря",
            "12 декабря",
        ),
        # changing the time or the day is a move (newcomer walk 2026-12-01b, finding 2)
        ("измени время у лекции о ракетах на 17:00", "лекции ракетах", "17:00"),
        ("поменяйте дату экскурсии на 15 декабря", "экскурсии", "15 декабря"),
        ("давайте изменим время начала мастер-класса на 16:30", "мастер-класса", "16:30"),
        ("можно поменять день лекции на пятницу?", "лекции", "пятницу"),
        ("меняем время классного часа на 14:00", "классного часа", "14:00"),
        ("смени время и место экскурсии на 15:00", "экскурсии", "15:00"),
        # no event named: the one last looked at
        ("давайте перенесём на пятницу", "", "пятницу"),
        ("переносим на 15:00", "", "15:00"),
    ],
)
def test_a_move_in_words_gives_the_event_and_the_new_time(
    text: str, reference: str, when: str
) -> None:
    assert move_phrase(text, NOW) == MovePhrase(reference, when)


@pytest.mark.parametrize(
    "text",
    [
        # the noun is no move: these are events or talk
        "перенос сроков подачи заявок обсудим на встрече 11.12",
        "Перенос сроков подачи заявок обсудим на встрече 11.12 в 16:00, актовый зал",
        "мастер-класс по переносу рисунка на ткань 12 декабря в 15:00",
        "сдвиг по фазе: лекция по физике на 12 декабря в 15:00",
        # the verb, but not moving an event to a day or a time
        "научимся переносить рисунок на ткань 12 декабря в 15:00",
        "перенесём экскурсию на этап 12 декабря",
        # changing something else than the time, or news about a change
        "измени место лекции на актовый зал",
        "поменяй название на Лекция о космосе",
        "изменилось время лекции на 16:00",
        "запиши меня на 15:00",
        "Мастер-класс «Как изменить время под себя» 12 декабря в 15:00",
        # negated
        "лекцию не переносим, она будет 10 декабря в 15:00",
        # a move word with no new day or time
        "лекцию переносим, новую дату сообщим позже",
        "лекцию переносим на неопределённый срок",
        # several lines or a long post are posts, read as posts
        "Лекция про судостроение\nпереносится на 11 декабря",
        "Уважаемые родители! " * 12 + "Концерт переносится на 20 декабря",
    ],
)
def test_counter_cases_are_no_moves(text: str) -> None:
    assert move_phrase(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("мы переносим лекцию", "переносим"),
        ("давайте перенесем лекцию", "перенесем"),
        ("лекцию перенесли", "перенесли"),
        ("экскурсия переносится", "переносится"),
        ("концерт перенесён", "перенесен"),  # ё is е after normalising
        ("можно сдвинуть квиз", "сдвинуть"),
        ("Лекция про судостроение переносим в то же время", "переносим"),
    ],
)
def test_the_verb_is_told_by_its_lemma(text: str, verb: str) -> None:
    found = move_verb(text)
    assert found is not None
    assert found.group(0) == verb


@pytest.mark.parametrize(
    "text", ["перенос сроков", "о переносе лекции", "сдвиг графика", "лекцию не перенесём"]
)
def test_nouns_and_negations_are_no_move_verb(text: str) -> None:
    assert move_verb(text) is None


def test_understand_gives_the_same_command_as_перенеси() -> None:
    said = understand("лекцию про судостроение переносим на 11.12 в то же время", Dialog(), NOW)
    assert said == MoveCommand("11.12", reference="лекцию про судостроение")
    by_day = understand("мы не сможем 10 декабря, давайте перенесём на 11 декабря", Dialog(), NOW)
    assert by_day == MoveCommand("11 декабря", reference="10 декабря")


def test_understand_without_a_name_means_the_event_last_looked_at() -> None:
    dialog = Dialog()
    dialog.last_event = 42
    assert understand("давайте перенесём на пятницу", dialog, NOW) == MoveCommand(
        "пятницу", event_id=42
    )


def test_a_pending_draft_is_not_taken_for_a_saved_event() -> None:
    """With a draft open the words go to it, as «отмени …» does (the draft rules decide)."""
    dialog = Dialog()
    draft = EventDraft("Лекция", datetime(2026, 12, 10, 15, 0))  # noqa: DTZ001 (wall clock)
    dialog.pending = [draft_json.draft_to_json(draft)]
    said = understand("лекцию переносим на 11.12", dialog, NOW)
    assert not isinstance(said, MoveCommand)


def test_a_new_event_mentioning_перенос_stays_an_event() -> None:
    said = understand(
        "перенос сроков подачи заявок обсудим на встрече 11.12 в 16:00", Dialog(), NOW
    )
    assert isinstance(said, AddEvents)
    assert "перенос" in said.drafts[0].title.lower()


def _real_posts_with_a_move_word() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip().startswith("{") else {}
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and ("перенос" in text.lower() or "перенес" in text.lower()):
                texts.append(text)
    return texts


def test_real_posts_with_перенос_are_read_as_before() -> None:
    """The stored real posts that say «перенос…» are posts: no move phrase, and the parser
    (untouched by this module) still gives an event for each."""
    posts = _real_posts_with_a_move_word()
    assert len(posts) >= 4
    for text in posts:
        assert move_phrase(text, NOW) is None
        assert isinstance(parse_message(text, NOW), EventIntent)


# --- relative moves: «на час позже», «на день раньше» (conv9, item 6) -------------------


@pytest.mark.parametrize(
    ("when", "shift"),
    [
        ("час позже", timedelta(hours=1)),
        ("на час позже", timedelta(hours=1)),
        ("2 часа раньше", timedelta(hours=-2)),
        ("два часа попозже", timedelta(hours=2)),
        ("полтора часа позже", timedelta(minutes=90)),
        ("полчаса пораньше", timedelta(minutes=-30)),
        ("день раньше", timedelta(days=-1)),
        ("неделю позже", timedelta(weeks=1)),
        ("2 недели вперёд", timedelta(weeks=2)),
        ("30 минут", timedelta(minutes=30)),  # minutes alone can only be a shift
        ("15 минут назад", timedelta(minutes=-15)),
    ],
)
def test_a_relative_shift_is_read(when: str, shift: timedelta) -> None:
    assert relative_shift(when) == shift


@pytest.mark.parametrize(
    "when",
    [
        "15:00",
        "30 декабря",
        "2 часа дня",  # 14:00, not two hours later
        "3 часа",  # 3 o'clock, or 15:00: never a guessed shift after «перенеси»
        "час",
        "день",  # «на день» alone: not a shift
        "пятницу",
        "неопределённый срок",
        "0 минут позже",
    ],
)
def test_counter_cases_are_no_shift(when: str) -> None:
    assert relative_shift(when) is None


def test_bare_hours_are_a_shift_only_after_сдвинуть() -> None:
    assert relative_shift("час", bare_hours=True) == timedelta(hours=1)
    assert relative_shift("2 часа дня", bare_hours=True) is None


@pytest.mark.parametrize(
    ("text", "reference", "when"),
    [
        ("лекцию о ракетах сдвигаем на час позже", "лекцию ракетах", "час позже"),  # walk b D04
        ("давайте перенесём экскурсию на день позже", "экскурсию", "день позже"),
        ("переносим квиз на неделю раньше", "квиз", "неделю раньше"),
        ("сдвинь на 30 минут", "", "30 минут"),
        ("сдвинь лекцию на час", "лекцию", "час позже"),  # «сдвинуть на час»: later
    ],
)
def test_a_relative_move_in_words(text: str, reference: str, when: str) -> None:
    assert move_phrase(text, NOW) == MovePhrase(reference, when)


@pytest.mark.parametrize(
    "text",
    ["переносим лекцию на 3 часа", "лекцию переносим на день", "перенесём встречу на час"],
)
def test_relative_counter_cases_in_words(text: str) -> None:
    """«на 3 часа» after «переносим» is 3 o'clock (the ordinary reading, kept), and «на
    день», «на час» with no «позже» after «перенести» are no shift."""
    found = move_phrase(text, NOW)
    assert found is None or relative_shift(found.when) is None


@pytest.mark.parametrize(
    "when",
    ["на следующую неделю", "следующую неделю", "на следующей неделе", "На следующую неделю!"],
)
def test_next_week_in_a_move_is_a_week_later(when: str) -> None:
    """Walk 2026-12-01k, #12: «перенеси 2 на следующую неделю» was «не понял»; it is the
    same weekday and time a week after the event's (the card shows the day before «да»)."""
    assert relative_shift(when) == timedelta(weeks=1)


def test_the_next_week_shift_needs_the_whole_phrase() -> None:
    assert relative_shift("на следующую неделю в среду") is None  # a day: not a shift


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "у нас классный час 16 декабря пересекается с экскурсией, перенесите классный час"
            " на 17 декабря",
            "классный час",
        ),
        ("у нас накладка с экскурсией, классный час перенесите на 17 декабря", "классный час"),
        ("Концерт совпадает с олимпиадой. Давайте перенесём концерт на 18 декабря", "концерт"),
        # no object in the verb's clause: the earlier clause names the event
        ("мы не сможем 10 декабря, давайте перенесём на 11 декабря", "10 декабря"),
        ("лекция 10 декабря, перенесите её на 12 декабря", "лекция 10 декабря"),
    ],
)
def test_a_reason_clause_before_the_move_is_no_part_of_the_reference(
    text: str, reference: str
) -> None:
    """chat80 (newcomer78 W3): «…пересекается с экскурсией, перенесите классный час …» read
    «классный час 16 декабря экскурсией классный час» as the event's name."""
    found = move_phrase(text, NOW)
    assert found is not None
    assert found.reference == reference
