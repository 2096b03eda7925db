"""Understanding decides once: (text, what was asked, the last list) -> one typed intent, and
a pressed button gives the same intent as the words it stands for."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bot.core import draft_json, drafts
from bot.core.dialog import (
    Confirmation,
    Dialog,
    DraftField,
    EditableField,
    EditedField,
    MissingField,
    PollQuestion,
    PollStep,
    Waiting,
)
from bot.core.features.context import Routes
from bot.core.language.buttons import ButtonAction, from_payload, payload
from bot.core.language.commands import (
    ANSWER_WORDS,
    CalendarLinkCommand,
    Command,
    CommandKind,
    InviteCommand,
    MoveCommand,
    ReminderTimesCommand,
    SetClassCommand,
    WithdrawCodeCommand,
)
from bot.core.language.exports import ExportRequest
from bot.core.language.meaning import (
    AddEvents,
    Ask,
    DraftAnswer,
    EditRequest,
    NotOnList,
    NotUnderstood,
    PollAnswer,
    PollAnswerKind,
    RedeemCode,
    Say,
    SwitchSignup,
    TooLong,
    UnknownButton,
)
from bot.core.language.reports import ReportRequest
from bot.core.language.understand import MAX_MESSAGE_CHARS, closes_question, understand
from bot.core.models import Audience, EventDraft, Role
from bot.core.planner import COMMANDS, ROUTES

NOW = datetime.fromisoformat("2026-11-23T10:00")  # a Monday, school wall-clock
NO_TIME = EventDraft(
    title="Мастер-класс",
    start=datetime.fromisoformat("2026-12-20T00:00"),
    all_day=True,
    time_known=False,
    audience=Audience(grades=frozenset({9})),
)


def asking(waiting: Waiting, draft: EventDraft = NO_TIME) -> Dialog:
    return Dialog([draft_json.draft_to_json(draft)], waiting)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("помощь", Command(CommandKind.HELP)),
        ("да", Command(CommandKind.YES)),
        ("мои мероприятия", Command(CommandKind.MINE)),
        ("я из 9-б", SetClassCommand("9Б")),
        ("пригласи партнёра КГТУ", InviteCommand(Role.PARTNER, "КГТУ")),
        ("пригласи педагога", InviteCommand(Role.STAFF, "")),
        # a class teacher (классный руководитель) joins with the staff code (walk 2026-12-01b),
        # as the class teacher of the class named (walk 2026-12-03x, X1: not a name «7А»)
        ("пригласить классного руководителя 7А", InviteCommand(Role.STAFF, "", "7А")),
        ("пригласи классрука 9Б", InviteCommand(Role.STAFF, "", "9Б")),
        ("пригласить классного руководителя Иванову", InviteCommand(Role.STAFF, "Иванову")),
        ("напоминай за день и за час", ReminderTimesCommand((1440, 60))),
        ("напоминай по умолчанию за 2 часа", ReminderTimesCommand((120,), school_default=True)),
        ("напоминай за сто лет", ReminderTimesCommand(None)),
        ("новая ссылка на календарь", CalendarLinkCommand(renew=True)),
        ("A" * (MAX_MESSAGE_CHARS + 1), TooLong(MAX_MESSAGE_CHARS)),
        ("абракадабра", NotUnderstood()),
    ],
)
def test_texts_without_an_open_question(text: str, expected: object) -> None:
    assert understand(text, Dialog(), NOW) == expected


def test_kinds_of_message() -> None:
    assert isinstance(understand("что на следующей неделе?", Dialog(), NOW), Ask)
    assert isinstance(understand("итоги ноября", Dialog(), NOW), ReportRequest)
    assert isinstance(understand("план на декабрь в excel", Dialog(), NOW), ExportRequest)
    event = understand("Лекция по физике 3 декабря в 15:00, 9 классы", Dialog(), NOW)
    assert isinstance(event, AddEvents)
    assert [d.title for d in event.drafts] == ["Лекция по физике"]


def test_a_pasted_plan_is_one_intent_with_its_skipped_lines() -> None:
    text = "План на декабрь\nЛекция 3 декабря в 15:00\nЭкскурсия 5 декабря в 10:00\nКонцерт"
    plan = understand(text, Dialog(), NOW)
    assert isinstance(plan, AddEvents)
    assert len(plan.drafts) == 2
    assert plan.skipped == ("Концерт",)  # a heading is not "not understood" (newcomer walk)


def test_list_numbers_become_event_ids() -> None:
    dialog = Dialog(listed=[41, 42, 43], last_event=7)
    assert understand("отмени 2", dialog, NOW) == Command(CommandKind.CANCEL, event_id=42)
    assert understand("отмени", dialog, NOW) == Command(CommandKind.CANCEL, event_id=7)
    assert understand("отмени 9", dialog, NOW) == NotOnList(9, 3)  # issue 11: «в списке нет №9»
    moved = understand("перенеси 3 на пятницу", dialog, NOW)
    assert moved == MoveCommand("пятницу", event_id=43)
    assert understand("записаться 1", dialog, NOW) == Command(CommandKind.SIGNUP, event_id=41)


def test_an_answer_to_the_missing_time_fills_the_draft() -> None:
    answer = understand("в 15:00", asking(MissingField(DraftField.TIME)), NOW)
    assert isinstance(answer, DraftAnswer)
    assert answer.filled is not None
    assert answer.filled.start == datetime.fromisoformat("2026-12-20T15:00")


def test_answers_that_are_no_answer() -> None:
    dialog = asking(MissingField(DraftField.TIME))
    assert understand("не знаю", dialog, NOW) == DraftAnswer(None, False)  # asked again
    long = "это вообще не ответ на ваш вопрос"
    assert understand(long, dialog, NOW) == NotUnderstood()  # a new message instead
    assert isinstance(understand("Экскурсия в музей 5 декабря", dialog, NOW), AddEvents)
    assert understand("весь день", dialog, NOW) == DraftAnswer(drafts.whole_day(NO_TIME), False)
    assert understand("да", dialog, NOW) == Command(CommandKind.YES)


def test_an_audience_answer_sets_the_flag() -> None:
    # «для всех» makes the audience everyone's; before chat80 the draft was returned as it
    # was, which is everyone's only when the question is asked of a draft with no classes
    answer = understand("для всех", asking(MissingField(DraftField.AUDIENCE)), NOW)
    assert answer == DraftAnswer(replace(NO_TIME, audience=Audience()), audience_asked=True)


def test_an_edited_field_takes_almost_anything() -> None:
    title = asking(EditedField(EditableField.TITLE))
    renamed = understand("Что-то новое? да", title, NOW)
    assert isinstance(renamed, DraftAnswer)
    assert renamed.filled is not None
    assert renamed.filled.title == "Что-то новое? да"
    venue = asking(EditedField(EditableField.VENUE))
    assert understand("нет", venue, NOW) == DraftAnswer(
        draft_json.draft_from_json({**draft_json.draft_to_json(NO_TIME), "venue": None}), False
    )
    when = asking(EditedField(EditableField.WHEN))
    assert understand("когда-нибудь", when, NOW) == DraftAnswer(None, False)
    help_ = understand("помощь", when, NOW)
    assert help_ == Command(CommandKind.HELP)
    assert closes_question(when, help_)
    assert not closes_question(venue, Command(CommandKind.HELP))


def test_poll_steps() -> None:
    score = Dialog(waiting=PollStep(5, PollQuestion.RECOMMEND))
    assert understand(" 9 ", score, NOW) == PollAnswer(PollAnswerKind.RECOMMEND, 5, 9)
    assert understand("оценка 9", score, NOW) == PollAnswer(PollAnswerKind.RECOMMEND, 5, 9)
    other = understand("мои мероприятия", score, NOW)
    assert other == Command(CommandKind.MINE)
    assert not closes_question(score, other)  # the poll question stays open (poll_chat)
    comment = Dialog(waiting=PollStep(5, PollQuestion.COMMENT))
    assert understand("мои мероприятия", comment, NOW) == PollAnswer(
        PollAnswerKind.COMMENT, 5, "мои мероприятия"
    )


def test_a_code_carries_what_it_means_otherwise() -> None:
    dialog = asking(MissingField(DraftField.TIME))
    code = understand(" abcdefgh ", dialog, NOW)
    assert code == RedeemCode("ABCDEFGH", DraftAnswer(None, False))
    assert understand("ABCDEFGH", Dialog(), NOW) == RedeemCode("ABCDEFGH", NotUnderstood())


def test_buttons_give_the_same_intents_as_words() -> None:
    dialog = Dialog(listed=[41, 42], waiting=Confirmation())
    cancel = payload(ButtonAction.CANCEL_EVENT, id=42)
    assert from_payload(cancel) == understand("отмени 2", dialog, NOW)
    assert from_payload(payload(ButtonAction.SIGNUP, id=41)) == Command(
        CommandKind.SIGNUP, event_id=41
    )
    assert from_payload(payload(ButtonAction.SAVE)) == Command(CommandKind.YES)
    assert from_payload(payload(ButtonAction.HELP)) == understand("помощь", dialog, NOW)
    assert from_payload(payload(ButtonAction.SAY, t="mine")) == Say("мои мероприятия")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"a": "edit", "f": "venue"}, EditRequest(EditableField.VENUE)),
        ({"a": "edit", "f": "colour"}, EditRequest(None)),
        ({"a": "switch", "from": "3", "to": 4}, SwitchSignup(3, 4)),
        ({"a": "rate", "e": 5, "v": 4}, PollAnswer(PollAnswerKind.RATE, 5, 4)),
        ({"a": "recommend", "e": 5, "v": 9}, PollAnswer(PollAnswerKind.RECOMMEND, 5, 9)),
        ({"a": "recommend", "v": 9}, UnknownButton()),
        ({"a": "absent", "e": 5}, PollAnswer(PollAnswerKind.ABSENT, 5)),
        ({"a": "say", "t": "drop table"}, UnknownButton()),
        ({"a": "say", "t": ["unhashable"]}, UnknownButton()),
        ({"a": ["x"]}, UnknownButton()),
        ({"a": "?"}, UnknownButton()),
        ({}, UnknownButton()),
    ],
)
def test_payloads(data: dict[str, object], expected: object) -> None:
    assert from_payload(data) == expected


def test_every_command_and_intent_has_exactly_one_handler() -> None:
    assert set(COMMANDS) == set(CommandKind) - ANSWER_WORDS - {
        CommandKind.MOVE,
        CommandKind.EDIT,  # EditCommand is routed by its type (bot.core.features.editing)
        CommandKind.SET_CLASS,
        CommandKind.INVITE,
        CommandKind.REMINDER_TIMES,
        CommandKind.CALENDAR_LINK,
        CommandKind.WITHDRAW_CODE,  # WithdrawCodeCommand, routed by its type (people.py)
    }
    typed = {MoveCommand, SetClassCommand, InviteCommand, ReminderTimesCommand}
    typed |= {WithdrawCodeCommand}
    routed: Routes = ROUTES
    assert typed | {CalendarLinkCommand, AddEvents, Ask, DraftAnswer, EditRequest} <= set(routed)
    assert {PollAnswer, SwitchSignup, ReportRequest, ExportRequest} <= set(routed)
    assert not {Command, RedeemCode, TooLong, NotUnderstood, UnknownButton, Say} & set(routed)
