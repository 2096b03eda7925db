"""Every message id used in code exists and renders in every locale with sample data."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.calendar_checks import warning_view
from bot.core.models import Audience, CalendarWarning, CalendarWarningKind
from bot.core.replies import Button
from bot.core.reports import Figures
from bot.core.school_calendar import SchoolCalendar, Vacation
from bot.core.school_settings import info_context
from bot.core.views import EventView
from bot.render import LOCALES_DIR, Renderer, grade_runs, plural, template_ids

ROOT = Path(__file__).resolve().parents[2]
EVENT = EventView(
    id=1,
    number=1,
    title="Лекция",
    start=datetime(2026, 12, 15, 15, 0, tzinfo=UTC),
    end=datetime(2026, 12, 15, 16, 30, tzinfo=UTC),
    all_day=False,
    end_given=True,
    venue="ауд. 204",
    audience=Audience(grades=frozenset({9, 10, 11})),
    organiser="КГТУ",
    capacity=None,
)
# the school's own winter vacation as the calendar replies list it (calendar_undo.own_vacations)
SCHOOL_WINTER = {
    "season": "winter",
    "grades": [],
    "start": date(2026, 12, 28),
    "end": date(2027, 1, 10),
    "days": 14,
}
CODE = {  # an open invitation code, as bot.core.features.people._code_view gives it
    "code": "ABCD2345",
    "role": "partner",
    "organisation": "КГТУ",
    "invitee": "",
    "class_name": "",
    "made": datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
    "expires": datetime(2026, 12, 8, 10, 0, tzinfo=UTC),
}
SAMPLE = {
    "event": EVENT,
    "other": EVENT,
    "occurrences": 1,
    "recurrence": None,
    "clashes": [{"event": EVENT, "reasons": ["audience", "venue"]}],
    "slots": [EVENT],
    "items": [
        {
            "number": 1,
            "event": EVENT,
            "occurrences": 1,
            "clashes": [],
            "other": EVENT,
            "reasons": ["duplicate"],
            "slots": [],
        }
    ],
    "clash_count": 1,
    "incomplete": ["Олимпиада"],
    "skipped": ["План на декабрь:"],
    "count": 2,
    "drafts": 1,
    "notified": 2,
    "clashed": [EVENT],
    "clashed_more": 1,
    "by_curator": True,
    "horizon_days": 60,
    "limit": 8000,
    "title": "Лекция",
    "role": "student",
    "name": "КГТУ",
    "class_name": "9Б",
    "start": date(2026, 12, 15),
    "end": date(2026, 12, 21),
    "audience": Audience(classes=frozenset({"9Б"})),
    "organiser": "КГТУ",
    "days": [{"day": date(2026, 12, 15), "events": [EVENT]}],
    "more": 1,
    "can_edit": True,
    "recipients": [{"id": 3, "name": "Анна"}, {"id": 4, "name": ""}],
    "db": "x.db",
    "everyone": False,
    "genitive": True,
    "single": False,
    "open": False,
    "same_month": True,
    "month": None,
    "runs": [(9, 11)],
    "grade_count": 3,
    "classes": ["10А"],
    "example_day": date(2026, 12, 8),  # held_plan_lines.hint_day: the example of «исправь N: …»
    "value": 5,
    "number": 2,
    "calendar": [
        warning_view(
            CalendarWarning(
                CalendarWarningKind.DAY_OFF,
                date(2026, 11, 4),
                date(2026, 11, 4),
                "День народного единства",
            )
        ),
        warning_view(
            CalendarWarning(
                CalendarWarningKind.VACATION, date(2026, 12, 31), date(2027, 1, 8), "winter"
            )
        ),
        warning_view(
            CalendarWarning(
                CalendarWarningKind.LESSONS,
                date(2026, 12, 15),
                date(2026, 12, 15),
                grades=(10, 11),
                lessons_end=time(15, 20),
            )
        ),
    ],
}


def used_ids() -> set[str]:
    """Message ids named in the code: Reply("id" …), Reply(f"ask_{…}"), render("id" …)."""
    ids: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        ids |= set(re.findall(r'Reply\(\s*"([a-z_/]+)"', text))
        ids |= set(re.findall(r'render\(\s*"([a-z_/]+)"', text))
        ids |= {f"buttons/{b}" for b in re.findall(r'button\(\s*"([a-z_]+)"', text)}
        if 'f"ask_{' in text:
            ids |= {f"ask_{f}" for f in ("date", "time", "audience")}
            ids |= {f"ask_{f}_again" for f in ("date", "time", "audience")}
    return ids


def test_every_used_id_exists() -> None:
    known = set(template_ids())
    missing = used_ids() - known
    assert not missing
    assert len(used_ids()) > 25


# Sample data beyond SAMPLE, per message id: add an entry here with a new template's keys.
EXTRA: dict[str, dict[str, Any]] = {
    "poll_correct_which": {"value": 3, "given": {"rating": 5, "recommend": 10}},
    "signup_none_on_day": {"days": [date(2026, 12, 2)], "count": 3},
    "stop_messages": {"going": 2},
    "digest": {
        "flagged": [{"event": EVENT, "warnings": SAMPLE["calendar"]}],
        "monday": date(2026, 12, 14),
        "sunday": date(2026, 12, 20),
        "curator": True,
        "clashes": [{"first": EVENT, "event": EVENT, "reasons": ["audience"]}],
        "missing": ["БФУ"],
        "last_week": Figures(2, 10, 4, 4, 4.5, 50, 0.4, 1),
    },
    "my_signups": {"items": [{"event": EVENT, "status": "waiting"}]},
    "change_still_open": {"kind": "move"},
    # chat74: a run's last day changed in words
    "run_end_before_start": {"last": date(2026, 12, 1)},
    "run_end_same": {"last": date(2026, 12, 15)},
    "run_end_past": {"last": date(2026, 11, 30)},
    "run_end_not_run": {"last": date(2026, 12, 16)},
    "run_end_not_found": {"reference": "выставку", "words": ["выставка"]},
    "run_end_which": {"items": [EVENT, EVENT], "last": date(2027, 1, 10)},
    "run_end_clock_before_start": {"until": time(14, 0)},  # chat75
    "run_end_clock_no_hours": {"until": time(17, 0)},
    "run_end_clock_same": {"until": time(17, 0)},
    "run_end_series_longer": {
        "last": date(2027, 1, 26),
        "next": date(2027, 1, 5),
        "count": 4,
        "weekly": True,
    },
    # chat76: «до 17» of a series, an end moved by a length, a series' new meeting
    "run_end_hour_or_day": {"number": 17, "until": time(17, 0), "last": date(2026, 12, 17)},
    "run_end_by_next_day": {"until": time(1, 0)},
    "run_end_read_as": {"how": "assumed", "until": time(17, 0), "by": timedelta(minutes=30)},
    "school_day_absence": {"signed": True},
    "series_add_note": {"count": 4, "place": 5},
    "series_add_past": {"day": date(2026, 12, 1), "next": date(2027, 1, 5)},
    "series_add_far": {"day": date(2030, 12, 20)},  # attack77
    "series_add_gone": {"title": "Кружок шахмат", "cancelled": True},  # attack78
    "undo_left_organisation": {"organisation": "КГТУ"},  # perms79
    "series_add_not_organiser": {"event": EVENT},  # perms79
    "series_add_full": {"ahead": 40, "day": date(2027, 1, 20)},  # attack78
    "series_add_same_day": {"day": date(2026, 12, 15)},
    "organiser_gone": {},  # chat78: the card's partner dropped before its «да»
    "series_extend_note": {  # chat78: «продли кружок на месяц»
        "last": date(2027, 1, 29),
        "count": 4,
        "days": [date(2027, 1, 5), date(2027, 1, 12), date(2027, 1, 19), date(2027, 1, 26)],
        "cut": True,
        "most": 40,
    },
    "series_add_not_found": {"reference": "кружка"},
    "series_add_which": {"items": [EVENT, EVENT]},
    "cancelled_event_move": {"undo": False, "yours": True, "over": False},
    "signup_cancel_started": {"over": True},
    "seats_which_event": {"seats": 30},
    "seats_unreadable": {"said": "много", "most": 5000},
    "attachment_unread": {"kind": "voice"},
    "not_your_event": {"author": {"role": "staff", "name": "Ольга Петровна"}},
    "signup_count_not_yours": {"author": {"role": "curator", "name": ""}, "class_name": "10Б"},
    "change_not_done": {"kind": "cancel"},
    "signed_up_many": {
        "items": [
            {"event": EVENT, "status": "going", "number": 1},
            {"event": EVENT, "status": "waiting", "number": 2},
            {"status": "unavailable", "number": 3},
            {"status": "not_listed", "number": 9},
        ],
        "reminders": [datetime(2026, 12, 14, 15, 0, tzinfo=UTC)],
    },
    "poll_stopped": {"title": "Лекция", "answered": True},
    "correction_readings": {
        "value": "11",
        "readings": [
            {"kind": "day", "day": date(2026, 12, 11), "hour": None, "audience": None},
            {"kind": "hour", "day": None, "hour": 11, "audience": None},
            {
                "kind": "audience",
                "day": None,
                "hour": None,
                "audience": Audience(grades=frozenset({11})),
            },
        ],
        "saved": False,
    },
    "buttons/reading": {"kind": "day", "day": date(2026, 12, 11)},
    "plan_missing_question": {"events": [EVENT], "count": 3},
    "plan_missing_cancelled": {"events": [EVENT]},
    "plan_all_stored": {"count": 3},
    "plan_already_pending": {"count": 8},
    "plan_missing_kept": {"count": 2},
    "buttons/pick_line": {"number": 4, "at": datetime(2026, 12, 18, 12, 0, tzinfo=UTC)},
    "poll_corrected": {"title": "Лекция", "value": 3, "scale": 5},
    "poll_comment_added": {"title": "Лекция", "first": True},
    "poll_correct_range": {"low": 0, "high": 10, "value": 15},
    "poll_rating_again": {"title": "Лекция", "value": None, "repeat": True},
    "my_events": {
        "undelivered": {1: 2},
        "elsewhere": [
            {"school": "Лицей №23", "count": 2, "kind": "лицее", "number": "23"},
            {"school": "Лицей-интернат", "count": 1, "kind": None, "number": None},
        ],
    },
    "plain_text": {"text": "Текст уведомления"},
    "event_card": {"skipped_time": datetime(2027, 3, 28, 2, 30)},  # noqa: DTZ001 (wall clock)
    "partner_joined": {"organisation": "КГТУ", "vk_id": 5},
    "class_teacher_claimed": {"name": "Ольга Петровна", "vk_id": 5},
    "class_teacher_confirmed": {"name": "Ольга Петровна", "vk_id": 5},
    "class_teacher_confirmed_notice": {"name": "Ольга Петровна", "vk_id": 5},
    "class_teacher_one_class": {"written": "9а и 9б"},
    "class_teacher_withdrawn": {"name": "Ольга Петровна", "vk_id": 5, "class_name": "9А"},
    "class_teachers_list": {
        "items": [
            {"name": "Ольга Петровна", "vk_id": 5, "class_name": "9А", "confirmed": False},
            {"name": "", "vk_id": 6, "class_name": "10Б", "confirmed": True},
        ],
        "more": 0,
    },
    "invite_created": {"code": "ABCD2345", "organisation": "КГТУ", "days": 7},
    "event_changed": {"cancelled": False},
    "invite_accepted": {"organisation": "КГТУ"},
    "export_ready": {"fmt": "xlsx"},
    "cli/bad_db": {"path": "x.db", "problem": "not_sqlite"},
    "cli/cannot_read": {"path": "p.csv", "reason": "Is a directory"},
    "cli/config_error": {"problem": "tz", "label": "BOT_TZ", "name": "Mars/Base"},
    "cli/copy_refused": {"problem": "not_empty", "table": "events"},
    "cli/operator": {"problem": "migrated", "db": "plan.db"},
    "for_child": {"kind": "signup", "role": "student"},
    "remind_at_moment": {"role": "student"},
    "moment_reminder_set": {
        "role": "student",
        "reference": "лекцию",
        "event": EVENT,
        "at": datetime(2026, 12, 14, 19, 0, tzinfo=UTC),
        "convention": True,
    },
    "moment_reminder": {"event": EVENT},
    "moment_reminder_dropped": {"reason": "staff", "class_name": "9Б"},  # safety72 #2
    "moment_question_dropped": {"said": "напомни завтра в 9"},  # safety72 #4
    "moment_reminders_forgotten": {
        "reference": "",
        "items": [{"at": datetime(2026, 12, 14, 8, tzinfo=UTC), "event": EVENT}],
    },
    "moment_reminders_list": {  # remind69
        "items": [{"number": 1, "at": datetime(2026, 12, 14, 8, tzinfo=UTC), "event": EVENT}],
    },
    "buttons/forget_moment": {"number": 2},
    "buttons/remind_lead": {"minutes": 1440},  # chat72; the eve's clock: VARIANTS
    "cli/cannot_write": {"path": "p.xlsx", "reason": "Permission denied"},
    "cli/exported": {"path": "p.xlsx", "size": 6300},
    "cli/import_failed": {"path": "p.xlsx", "problem": "no_header"},
    "cli/imported": {
        "path": "p.csv",
        "dry_run": False,
        "ready": 2,
        "saved": 2,
        "errors": [],
        "incomplete": [{"row": 3, "title": "Олимпиада", "why": None}],
    },
    "cli/no_file": {"path": "p.csv"},
    "cli/unclear_partner": {"name": "Музей", "choices": ["Музей янтаря", "Музей Мирового океана"]},
    "cli/school_year_refused": {"lines": ["каникулы зимой"]},
    "ask_edit": {"field": "when"},
    "ask_title_offered": {"title": "Спектакль", "offer": "Спектакль «Зайкина избушка»"},
    "ask_title_several": {
        "title": "Лекция о космосе",
        "offer": "Мастер-класс по робототехнике",
        "start": datetime.fromisoformat("2026-12-12T15:00"),
    },
    "ask_title_several_again": {
        "title": "Лекция о космосе",
        "offer": "Мастер-класс по робототехнике",
        "start": datetime.fromisoformat("2026-12-12T15:00"),
    },
    "buttons/title_offer": {"title": "Спектакль «Зайкина избушка»"},
    "buttons/title_keep": {"title": "Спектакль"},
    "ask_venue_offered": {"title": "Олимпиада", "venues": ["Школа №35", "Центр «Эврика»"]},
    "buttons/venue_offer": {"venue": "Школа №35"},
    "ask_edit_again": {"field": "audience"},
    "buttons/edit": {"field": "venue"},
    "buttons/shortcut": {"key": "this_week"},
    "buttons/pick": {"at": datetime.fromisoformat("2026-12-15T11:30")},
    "buttons/pick_year": {"at": datetime.fromisoformat("2027-10-15T15:00")},
    "buttons/pick_span": {"first": date(2027, 3, 26), "last": date(2027, 3, 29)},
    "buttons/pick_day": {"at": datetime.fromisoformat("2027-03-27T10:00")},
    "buttons/pick_daily": {"at": datetime.fromisoformat("2027-03-26T13:00")},
    "saved": {
        "count": 2,
        "drafts": 3,
        "left": [{"number": 6, "row": 6, "title": "Классный час", "why": "no_time", "start": None}],
    },
    "ask_date_year_no": {"title": "Лекция", "start": datetime.fromisoformat("2027-10-15T15:00")},
    "plan_year_kept": {
        "lines": [
            {"number": 2, "row": 2, "start": datetime.fromisoformat("2027-10-15T15:00")},
            {"number": 3, "row": 3, "start": datetime.fromisoformat("2027-12-31T12:00")},
        ],
        "count": 4,
    },
    "ask_date": {
        "doubts": ["year_guessed"],
        "start": datetime.fromisoformat("2027-11-20"),
        "all_day": True,
    },
    "ask_time": {"doubts": ["end_before_start"]},
    "span_answer_stale": {"first": date(2026, 12, 28), "last": date(2027, 1, 3), "card_open": True},
    "day_answer_stale": {"day": datetime.fromisoformat("2026-12-24T11:30"), "card_open": True},
    "calendar_link": {"url": "https://bot.school.ru/ics/abc.ics", "renewed": False},
    "console/file_saved": {"path": "plan.xlsx"},
    "import_failed": {"problem": "no_header", "filename": "plan.xlsx"},
    "import_sheets": {
        "filename": "plan.xlsx",
        "read": [{"index": 2, "name": "Декабрь"}, {"index": 3, "name": "Январь"}],
        "skipped": [{"index": 1, "name": "Пояснения"}],
    },
    "import_nothing_new": {
        "filename": "plan.xlsx",
        "items": [{"number": 1, "row": 2, "event": EVENT, "clashes": [], "occurrences": 1}],
    },
    "import_other_school": {
        "filename": "plan.xlsx",
        "written": "СОШ № 5",
        "school": "Гимназия №32",
    },
    "import_notes": {
        "hidden_rows": [{"row_number": 3, "sheet": None, "value": "Экскурсия"}],
        "formula_rows": [{"row_number": 4, "sheet": "Январь", "value": "=1+1"}],
    },
    "import_summary": {
        "filename": "plan.xlsx",
        "errors": [{"row": 4, "reason": "bad_date", "value": "32.13"}],
        "items": [{"number": 1, "row": 2, "event": EVENT, "clashes": [], "occurrences": 1}],
        "withdrawing": {"students": 2, "waiting": 0, "why": "other_class"},  # staff74
    },
    "plan_incomplete": {"filename": None, "errors": []},
    "clash_overview": {"flagged": [{"event": EVENT, "warnings": SAMPLE["calendar"]}]},
    "school_year_info": info_context(SchoolCalendar(), "overview", date(2026, 11, 30)),
    "school_year_set": {
        "changes": [
            {
                "change": "vacation",
                "season": "winter",
                "vacation": Vacation(date(2026, 12, 29), date(2027, 1, 11)),
            },
            {
                "change": "lessons",
                "start": time(8, 0),
                "hours": [{"grades": [5, 6, 7, 8, 9], "end": time(14, 30)}],
                "weekdays": [5],
            },
            {"change": "study_days", "weekdays": [5], "study": False},
        ]
    },
    "buttons/change_scope": {"scope": "following"},
    "buttons/draft_choice": {"choice": "both"},
    "change_card": {
        "kind": "move",
        "new": EVENT,
        "told": {
            "organisers": ["КГТУ"],
            "clash_organisers": ["БФУ"],
            "curators": True,
            "students": 3,
            "anyone": True,
        },
    },
    "change_scope": {"kind": "cancel"},
    "change_scope_yes": {"kind": "edit", "following": 3},
    "invite_codes": {"items": [CODE, {**CODE, "role": "staff", "class_name": "8Б"}]},
    "invite_withdrawn_done": {"item": CODE},
    "invite_code_not_open": {"code": "ABCD2345"},
    "change_scope_closed": {"kind": "move"},
    "promotion_withdrawn": {"place": 2, "of": 3, "held": True},
    "change_notice": {
        "kind": "moved",
        "old": EVENT,
        "author_org": "КГТУ",
        "why": ["clash"],
        "clashes": [{"event": EVENT, "other": EVENT, "reasons": ["audience"]}],
    },
    "change_undone": {"kind": "cancelled"},
    "participant_undone": {"kind": "moved"},
    "undone": {
        "told": 3,
        "elsewhere": ["Лицей №23"],
        "elsewhere_changed": ["Школа №5"],
        "elsewhere_failed": ["Гимназия №32"],
    },
    "undo_too_late": {"minutes": 15},
    "undo_cancelled_by_other": {"by_name": ""},
    "why_cancelled": {
        "by_self": False,
        "by_staff": "",
        "author_org": "",
        "reason": "в каникулы школа закрыта",
    },
    "why_cancelled_not_found": {"reference": "интенсив"},
    "hand_over": {
        "reference": "экскурсию 17 декабря",
        "events": [EVENT],
        "classes": [
            {
                "name": "8А",
                "teacher": "Марина",
                "events": [{"event": EVENT, "in_digest": True, "told": True}],
            },
            {
                "name": "9А",
                "teacher": None,
                "events": [{"event": EVENT, "in_digest": False, "told": False}],
            },
            {"name": "10А", "teacher": "Ольга", "events": []},
        ],
        "responsible": True,
        "role": "curator",
    },
    # the curator's agreement (walk t, #16)
    "agreement_done": {
        "events": [EVENT],
        "more": 0,
        "left": 2,
        "told": True,
        "open_clashes": [{"first": EVENT, "event": EVENT, "reasons": ["audience"]}],
    },
    "agreement_notice": {"events": [EVENT], "more": 0},
    "agreement_waiting_notice": {
        "events": [EVENT],
        "more": 0,
        "count": 2,
        "by_staff": "",
        "author_org": "КГТУ",
    },
    "agreement_list": {
        "items": [EventView(EVENT, number=1, agreed_on=date(2026, 12, 7))],
        "more": 0,
        "waiting_only": False,
        "curator": False,
    },
    "agreement_which": {"items": [EventView(EVENT, number=1)]},
    "agreement_state": {"event": EventView(EVENT, agreed_on=None), "curator": False},
    "agreement_not_found": {"reference": "интенсив"},
    "agreement_stale": {"event": EventView(EVENT, agreed_on=None)},
    "agreement_or_card": {"items": [EventView(EVENT, number=1)], "card": "Концерт", "cards": 1},
    "agreement_withdraw_question": {"event": EventView(EVENT, agreed_on=date(2026, 12, 7))},
    "agreement_withdrawn": {"events": [EVENT], "more": 0, "told": True},
    "agreement_withdraw_kept": {"event": EventView(EVENT, agreed_on=date(2026, 12, 7))},
    "agreement_withdrawn_notice": {"events": [EVENT], "more": 0},
    "agreement_undo_already": {"events": [EVENT], "agreed": True},
    "room_busy": {"room": "актовый зал", "start": date(2026, 12, 14), "end": date(2026, 12, 20)},
    "not_on_list": {"listed": 5},
    # conv42, AI4: a bare number or «запиши меня» after an empty plan answer
    "empty_answer_pick": {
        "start": date(2026, 12, 14),
        "end": date(2026, 12, 20),
        "number": 5,
        "student": True,
        "listed": 2,
    },
    "list_pick": {
        "number": 2,
        "over": False,
        "mine": None,
        "can_sign_up": True,
        "counts": True,
        "can_edit": True,
    },
    "draft_choice": {"pending": 12, "pending_title": "Лекция", "new": 1, "new_title": "Экскурсия"},
    "plan_no_line": {"numbers": [7]},
    "plan_lines_dropped": {"numbers": [6, 7], "titles": ["Лекция", "Экскурсия"]},
    "move_into_past": {"start": datetime(2026, 11, 22, 15, 0, tzinfo=UTC)},
    "moved": {
        "told": {
            "organisers": ["КГТУ"],
            "clash_organisers": ["БФУ"],
            "curators": True,
            "students": 3,
            "anyone": True,
        }
    },
    "restored": {
        "old": EVENT,
        "told": {
            "organisers": ["КГТУ"],
            "clash_organisers": [],
            "curators": True,
            "students": 2,
            "anyone": True,
        },
    },
    "cancelled": {
        "told": {
            "organisers": ["КГТУ"],
            "clash_organisers": ["БФУ"],
            "curators": True,
            "students": 3,
            "anyone": True,
        }
    },
    "plan_summary": {"incomplete_lines": [{"number": 3, "title": "Олимпиада"}]},
    "reminder_times_set": {"offsets": [1440, 90, 30], "default": False},
    "report": {
        "first": date(2026, 11, 1),
        "last": date(2026, 11, 30),
        "total": Figures(2, 10, 4, 4, 4.5, 50, 0.4, 1),
        "partners": [("КГТУ", Figures(1, 6, 3, 3, 4.67, 33, 0.5, 1))],
        "months": [],
        "events": [
            {"event": EVENT, "figures": Figures(1, 6, 3, 3, 4.67, 33, 0.5, 1), "undelivered": 2}
        ],
        "undelivered": 2,
        "more_events": 0,
        "organisation": None,
        "comments": [{"title": "Лекция", "text": "Интересно"}],
    },
}
# Issue 11 (true replies, exports, the console's loop): sample data of the templates it added.
EXTRA.update(
    {
        "signed_up": {
            "reminders": [
                datetime(2026, 12, 14, 15, 0, tzinfo=UTC),
                datetime(2026, 12, 15, 14, 0, tzinfo=UTC),
            ]
        },
        "signup_which": {"title": "Лекция", "items": [EVENT]},
        "unsign_which": {"title": "лекцию", "items": [EVENT]},
        "unsign_title_not_found": {"title": "лекцию", "signed": 2},
        # walk r #22: «не напоминай про лекцию»
        "reminders_muted": {"events": [EVENT], "muted": True, "title": "лекцию", "signed": 1},
        "small_talk": {"kind": "start", "pending": False, "next": EVENT},
        "group_chat": {"group_id": 4242},  # walk 2026-12-01d: a mention in a group chat
        "how_to_join": {"can_add": False},
        "signup_already": {"held": "going"},  # walk 2026-12-01d: «Записаться» pressed twice
        "export_ready": {"fmt": "xlsx", "years": True},
        "export_empty": {"fmt": "xlsx", "years": False},
        "cli/export_empty": {"years": True},
        "console/clock_moved": {"now": datetime(2026, 12, 15, 17, 0, tzinfo=UTC)},
        "console/clock_not_understood": {"now": datetime(2026, 12, 15, 17, 0, tzinfo=UTC)},
        "console/person_switched": {"id": 1001},
    }
)
# Issue 14 (several schools, the city role): sample data of the templates it added.
EXTRA.update(
    {
        "plan_updated": {"moved": [EVENT], "same": 2, "added": [EVENT]},
        "schools_single": {"school": "Гимназия №32"},
        "school_setup": {
            "school": "Гимназия №32",
            "zone": "Europe/Kaliningrad",
            "now": datetime(2026, 12, 15, 17, 0, tzinfo=UTC),
        },
        "report_of_others": {"own": "Музей янтаря"},
        "schools_pending_first": {"title": "Лекция"},
        "schools_unknown": {"unknown": ["гимназии №99"], "schools": ["Гимназия №32", "Лицей №23"]},
        "schools_refused": {"schools": ["Школа №5"], "any": True},
        "schools_not_linked": {"school": "Школа №5"},
        "schools_change_elsewhere": {"school": "Школа №5"},
        "schools_asked_elsewhere": {"school": "Лицей №23"},
        "schools_unavailable": {"school": "Школа №5"},
        "schools_my_events": {
            "school": "Лицей №23",
            "days": [{"day": date(2026, 12, 15), "events": [EVENT]}],
            "more": 0,
        },
        "schools_card": {
            "items": [
                {
                    "school": "Гимназия №32",
                    "linked": True,
                    "clashes": [],
                    "unavailable": False,
                    "local_start": None,
                },
                {
                    "school": "Лицей №23",
                    "linked": True,
                    "clashes": SAMPLE["clashes"],
                    "unavailable": False,
                    "local_start": datetime(
                        2026, 12, 15, 20, 0, tzinfo=ZoneInfo("Asia/Novosibirsk")
                    ),
                },
                {"school": "Школа №5", "linked": False, "clashes": [], "unavailable": False},
                {"school": "Школа №7", "linked": False, "clashes": [], "unavailable": True},
            ],
        },
        "schools_saved": {
            "saved": ["Гимназия №32"],
            "refused": ["Школа №5"],
            "failed": ["Лицей №23"],
        },
        "schools_event_notice": {"school": "Гимназия №32"},
        "schools_copy_stale": {  # attack64 #1: a colleague's change, the other school's copy
            "school": "Гимназия №32",
            "kind": "moved",
            "who": "Иван",
            "organiser": "КГТУ",
            "copy": EVENT,
        },
        "cancel_not_found": {"reference": "концерт хора 15 декабря"},
        "signup_count": {
            "going": 12,
            "waiting": 2,
            "capacity": 12,
            "classes": [{"name": "9А", "count": 7}, {"name": "", "count": 5}],
        },
        "signup_count_not_found": {"reference": "зарядку"},
        "class_unknown": {"written": "12Я", "first": "А", "last": "Н"},  # chat56
        # walk r (2026-12-02): a class's sign-ups, event details, cancel-all, whom to ask
        "signup_count_class_none": {"class_name": "9Б", "unconfirmed": True},
        "signup_which_number": {"count": 4},
        "event_details": {
            "items": [
                {"event": EVENT, "going": 2, "capacity": 2, "mine": None, "over": False},
                {"event": EVENT, "going": 1, "capacity": None, "mine": "going", "over": False},
            ],
            "seats": True,
            "more": 1,
            "student": True,
        },
        "event_details_not_found": {"reference": "экскурсию"},
        "unsign_all": {"items": [EVENT, EVENT], "more": 1},
        "unsign_all_done": {"events": [EVENT, EVENT]},
        "unsign_kept": {"count": 2},
        "unsign_sure": {"event": EVENT},
        "signup_declined": {},
        "signup_other_day": {"event": EVENT, "asked": date(2026, 12, 3)},
        "poll_absent_score": {"value": 4},
        "poll_answered": {
            "absent": False,
            "rating": 5,
            "recommend": 9,
            "comment": "паяльники старые",
            "open_until": datetime(2026, 12, 15, 17, 30, tzinfo=UTC),
        },
        "waiting_place": {"items": [{"event": EVENT, "place": 2, "of": 3}], "going": 1},
        "organiser_question": {"event": EVENT, "role": "student"},
        "signup_count_several": {"events": [EVENT, EVENT]},
        "still_on": {"events": [EVENT]},
        "still_on_nothing": {"reference": "лекция 18 декабря", "cancelled": EVENT},
        "signup_count_overview": {
            "rows": [
                {"event": EVENT, "going": 1, "waiting": 2},
                {"event": EVENT, "going": 0, "waiting": 0},
            ],
            "more": 3,
        },
        "move_not_found": {"reference": "олимпиаду", "words": ["олимпиада"]},
        "move_which": {"when": "30 декабря"},
        "correction_no_event_on_day": {"day": date(2026, 12, 14)},
        "ask_edit_saved": {"field": "venue"},
        "edit_value_not_understood": {"field": "audience"},
        "edit_same": {"field": "venue"},
        "edit_event_over": {},
        "edit_not_found": {"reference": "лекцию"},
        "edit_which_event": {"field": "venue", "value": "ауд. 310"},
        "updated": {
            "edits": [
                {"field": "venue", "old": "ауд. 100", "new": "ауд. 310"},
                {"field": "audience", "old": Audience(grades=frozenset({9})), "new": Audience()},
                {"field": "title", "old": "Лекция", "new": "Лекция о космосе"},
                {"field": "when", "old": EVENT, "new": EVENT},
                {"field": "organiser", "old": "Школа", "new": "КГТУ", "added": True},  # owner77
            ],
            "withdrawing": {"students": 3, "waiting": 1, "why": "parents"},  # staff74
        },
        "school_year_reset_question": {
            "vacations": [SCHOOL_WINTER],
            "terms": [{"number": 2, "start": None, "end": date(2026, 12, 25)}],
            "term_kind": "quarter",
            "lessons": True,
            "lessons_start": time(8, 30),
            "lesson_hours": [{"grades": [5, 9], "end": time(14, 30), "weekdays": [4]}],
            "study_days": True,
            "no_lessons": [],
            "nothing": False,
        },
        "school_year_reset_undone": {
            "vacations": [SCHOOL_WINTER],
            "default": False,
        },
        "school_year_reset_not_undone": {"late_minutes": 15, "vacations": [SCHOOL_WINTER]},
        "looks_like_move": {"day": date(2026, 12, 11), "verb": "переносим"},
        "data_deletion": {"role": "student"},
        "draft_stale_dropped": {"title": "Лекция", "count": 1, "days": 7},
        "draft_replaced": {
            "title": "Лекция",
            "start": datetime.fromisoformat("2026-12-06T11:00"),
            "end": None,
            "all_day": False,
            "venue": "музей",
        },
        "draft_choice_dropped": {"titles": ["Экскурсия", "Квиз"], "more": 0},
        "draft_choice_later": {"titles": ["Экскурсия", ""], "more": 1},
        "place_kept": {"venue": "актовый зал"},
        "when_kept": {"start": datetime.fromisoformat("2026-12-15T16:00"), "year": False},
        "day_kept": {"day": datetime.fromisoformat("2027-01-15T00:00"), "year": True},
        "audience_kept": {"audience": Audience(grades=frozenset({10}))},
        "title_shortened": {"title": "Необычная лекция"},
        "agreement_as_yes": {"role": "partner"},
        "draft_kept": {"title": "Экскурсия", "field": "time"},
        "draft_choice_unclear": {
            "pending": 1,
            "pending_title": "Лекция",
            "new": 2,
            "new_title": "Экскурсия",
            "new_titles": ["Экскурсия", ""],
        },
        "draft_choice_line_first": {
            "pending": 8,
            "pending_title": "Лекция",
            "new": 8,
            "new_title": "Экскурсия",
            "new_titles": ["Экскурсия", "Квиз"],
        },
        "draft_choice_again": {
            "pending": 1,
            "pending_title": "Лекция",
            "new": 1,
            "new_title": "Экскурсия",
        },
        "draft_choice_kept": {
            "pending": 1,
            "pending_title": "Лекция",
            "new": 1,
            "new_title": "Экскурсия",
        },
        "draft_choice_corrected": {
            "pending": 1,
            "pending_title": "Лекция",
            "new": 1,
            "new_title": "Экскурсия",
            "shown": {
                "title": "Экскурсия",
                "start": datetime.fromisoformat("2026-12-06T12:00"),
                "end": None,
                "all_day": False,
                "venue": "музей",
            },
        },
        "city_report": {
            "first": date(2026, 9, 1),
            "last": date(2026, 11, 30),
            "total": Figures(2, 10, 4, 4, 4.5, 50, 0.4, 1),
            "schools": [("Гимназия №32", Figures(2, 10, 4, 4, 4.5, 50, 0.4, 1))],
            "partners": [
                {
                    "name": "КГТУ",
                    "figures": Figures(1, 6, 3, 3, 4.67, 33, 0.5, 1),
                    "schools": ["Гимназия №32"],
                }
            ],
        },
    }
)
# safety40 #2: a city's stuck parts, as bot.core.features.stuck_parts.view gives them
STUCK_OUT = {
    "number": 1,
    "school": "Лицей №23",
    "outgoing": True,
    "kind": "moved",
    "title": "Лекция «ИИ в медицине»",
    "start": datetime(2026, 12, 16, 15, 0, tzinfo=UTC),
    "all_day": False,
    "more": 1,
    "tries": 8,
    "since": datetime(2026, 12, 4, 11, 42, tzinfo=UTC),
}
STUCK_IN = {**STUCK_OUT, "number": 2, "school": "Гимназия №32", "outgoing": False, "more": 0}
EXTRA.update(
    {
        "stuck_parts": {"items": [STUCK_OUT, STUCK_IN], "shown": 1},
        "stuck_part_retried": {"part": STUCK_IN},
        "stuck_part_dismissed": {"part": STUCK_OUT},
    }
)
EXTRA["report"] = {**EXTRA["report"], "stuck": [STUCK_OUT, STUCK_IN]}
# safety41 #3: audited dismissals, as bot.core.features.stuck_parts.dismissed_views gives them
DISMISSED = {
    **STUCK_OUT,
    "by_school": "Лицей №23",
    "by_name": "Ирина Павловна",
    "by_vk_id": 7002,
    "at": datetime(2026, 12, 4, 12, 5, tzinfo=UTC),
}
EXTRA["stuck_parts"] = {**EXTRA["stuck_parts"], "dismissed": [DISMISSED]}
EXTRA["pick_answer_stale"] = {"card_open": True, "asking": True}  # safety41 #4
EXTRA["card_question_no_card"] = {"asked": "clashes"}  # conv41 (walk ah, AH5)
EXTRA["organiser_not_theirs"] = {"own": "КГТУ", "named": "Музей янтаря"}  # organiser76
EXTRA["organiser_of_saved"] = {"role": "partner", "own": "КГТУ"}  # newcomer75
EXTRA["organiser_unknown"] = {"named": "музей"}  # owner77
EXTRA["organiser_give_refused"] = {"own": "Музей янтаря", "named": "КГТУ"}  # owner77
EXTRA["organiser_which_event"] = {"named": "КГТУ", "days": []}  # owner77
EXTRA["organiser_which"] = {  # organiser77; review78: it had no sample and failed
    "name": "Музей",
    "choices": ["Музей янтаря", "Музей Мирового океана"],
}
EXTRA["event_card"] = {**EXTRA["event_card"], "organiser_note": {"name": "КГТУ", "new": True}}
EXTRA["event_card"]["guest"] = "МЧС"  # owner77
EXTRA["saved"] = {**EXTRA.get("saved", {}), "partner": {"name": "КГТУ", "new": True}}
# chat51: a saved event's clashes asked by its title; a question after a draft, unread
EXTRA["event_clashes_which"] = {
    "items": [{"number": 1, "event": EVENT}, {"number": 2, "event": EVENT}],
    "reference": "экскурсия",
    "more": 1,
}
EXTRA["also_asked_unread"] = {"asked": "А ярмарка когда-нибудь?"}
# «с чем пересекается «Зимняя сказка» 10 декабря?» naming a day no such event is held (chat53)
EXTRA["event_details_not_found"] = {
    "reference": "зимняя сказка",
    "asked_days": (date(2026, 12, 10), date(2026, 12, 10)),
}
EXTRA["participant_withdrawn"] = {"now_for": "parents", "waiting": True}  # staff72
LOCALES = sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir())
RENDERED = [
    (locale, template)
    for locale in LOCALES
    for template in template_ids(locale=locale)
    if not template.startswith(("_", "export/"))  # macros; export labels have their own tests
]


@pytest.mark.parametrize(("locale", "template"), RENDERED)
def test_every_template_renders(locale: str, template: str) -> None:
    context = {**SAMPLE, **EXTRA.get(template, {})}
    text = Renderer(locale).render(template, context)
    assert text.strip()
    assert "{{" not in text
    assert "{%" not in text


def test_button_labels() -> None:
    assert Renderer().button_label(Button("save", {"a": "save"})) == "Сохранить"


def test_formatting_helpers() -> None:
    renderer = Renderer()
    assert renderer.when(EVENT) == "15 декабря (вт), 15:00–16:30"
    assert renderer.audience(Audience()) == "все классы"
    assert renderer.audience(Audience(grades=frozenset({5}))) == "5-е классы"


@pytest.mark.parametrize(
    ("count", "verb"),
    [(1, "записался"), (21, "записался"), (2, "записались"), (11, "записались"), (5, "записались")],
)
def test_a_verb_agrees_with_the_number(count: int, verb: str) -> None:
    """Newcomer walk 2026-12-02n, #13: «записались 1 ученик» → «записался 1 ученик»."""
    renderer = Renderer()
    context = {"going": count, "waiting": 0, "capacity": None, "classes": [], "event": EVENT}
    assert f": {verb} {count} учени" in renderer.render("signup_count", context)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 12, 15), date(2026, 12, 15), "15 декабря (вт)"),
        (date(2026, 12, 7), date(2026, 12, 13), "7–13 декабря"),
        (date(2026, 11, 30), date(2026, 12, 6), "30 ноября — 6 декабря"),
        (date(2026, 12, 15), None, "с 15 декабря"),
        (date(2026, 12, 1), date(2026, 12, 31), "декабрь"),
        (date(2026, 2, 1), date(2026, 2, 28), "февраль"),
    ],
)
def test_period(start: date, end: date | None, expected: str) -> None:
    assert Renderer().period(start, end) == expected


@pytest.mark.parametrize(
    ("audience", "nominative", "genitive"),
    [
        (Audience(), "все классы", "всех классов"),
        (Audience(grades=frozenset({9, 10, 11})), "9–11 классы", "9–11 классов"),
        (Audience(grades=frozenset({8})), "8-е классы", "8-х классов"),
        (Audience(classes=frozenset({"10Б", "10А"})), "10А, 10Б", "10А, 10Б"),
        (Audience(grades=frozenset({5, 7}), classes=frozenset({"9А"})), "5, 7 классы, 9А", None),
    ],
)
def test_audience_wording(audience: Audience, nominative: str, genitive: str | None) -> None:
    renderer = Renderer()
    assert renderer.audience(audience) == nominative
    if genitive is not None:
        assert renderer.audience(audience, genitive=True) == genitive


def test_all_day_range_and_nested_quotes() -> None:
    renderer = Renderer()
    days = EventView(
        start=datetime(2026, 12, 12, tzinfo=UTC),
        end=datetime(2026, 12, 14, tzinfo=UTC),
        all_day=True,
        end_given=True,
    )
    assert renderer.when(days) == "12–13 декабря"
    assert renderer.render("cancelled", {"event": {**EVENT, "title": "Лекция «Космос»"}}) == (
        "Отменено ❌ «Лекция „Космос“», 15 декабря (вт), 15:00–16:30."
    )
    assert grade_runs([11, 9, 10, 5]) == [(5, 5), (9, 11)]
    assert [plural(n, "день,дня,дней") for n in (1, 2, 5, 11, 21, 112)] == [
        "1 день",
        "2 дня",
        "5 дней",
        "11 дней",
        "21 день",
        "112 дней",
    ]


@pytest.mark.parametrize("template", template_ids())
def test_titles_with_quotes_are_not_nested_in_the_same_quotes(template: str) -> None:
    """A title that has its own «…» is shown as «Лекция „Космос“», never «Лекция «Космос»»
    (found by the console walk-through: polls, sign-ups and notices quoted raw titles)."""
    if template.startswith(("_", "export/")):
        return
    context: dict[str, Any] = {**SAMPLE, **EXTRA.get(template, {})}
    for key in ("event", "other", "next"):
        value = context.get(key)
        if isinstance(value, dict):
            context[key] = EventView({**value, "title": "Лекция «Космос»"})
    if isinstance(context.get("title"), str):
        context["title"] = "Лекция «Космос»"
    text = Renderer().render(template, context)
    assert "«Лекция «" not in text, text


def test_poll_questions_agree_with_any_title() -> None:
    """«Как прошло «Лекция»?» does not agree in gender; the poll names «мероприятие»."""
    renderer = Renderer()
    poll = renderer.render("poll", {"event": EVENT})
    assert poll.startswith("Как прошло мероприятие «Лекция»")
    nudge = renderer.render("poll_nudge", {"event": EVENT})
    assert "опрос о мероприятии «Лекция»" in nudge


def test_change_card_when_nobody_is_told_reads_as_one_phrase() -> None:
    """«📨 Сообщу: никому: это касается только вас.» had two colons and promised to send
    something; a change only the author sees says so plainly."""
    told = {"organisers": [], "clash_organisers": [], "curators": False, "students": 0}
    card = Renderer().render(
        "change_card", {**SAMPLE, "kind": "move", "new": EVENT, "told": {**told, "anyone": False}}
    )
    assert "📨 Сообщать никому не нужно — это касается только вас.\nОтветьте" in card
    assert "Сообщу: никому" not in card
    told_card = Renderer().render("change_card", {**SAMPLE, **EXTRA["change_card"]})
    assert "📨 Сообщу: организатору (КГТУ), кураторам" in told_card
    assert ".\nОтветьте «да» или «нет»." in told_card


def test_an_edit_notice_puts_each_old_value_on_its_own_line() -> None:
    """Newcomer walk 2026-12-01g, #9: «…9Б (Партнёр)Место было: ауд. 204» ran together."""
    old = EventView({**EVENT, "venue": "ауд. 105", "title": "Лекция о роботах"})
    context = {"kind": "updated", "old": old, "event": EVENT, "author_org": "КГТУ", "why": []}
    context |= {"by_curator": False, "clashes": []}
    text = Renderer().render("change_notice", context)
    assert "\nМесто было: ауд. 105" in text, text


# A sentence or list item that runs into the next with no space or line break between them:
# «…21:00.Чтобы перенести», «пока никто2.», «Какую запись отменить?1.» (walk r, #7). Under
# `trim_blocks` a block tag ending a line of text («…{% endif %}») eats the newline after it;
# such a line ends in «+%}» when the newline is meant.
RUN_ON = re.compile(r"[а-яё»)][.?!:][А-ЯЁ0-9]|[а-яё][0-9]+\. |\S[✅⏳✔✖]")
# Variants that take the branches the plain sample does not (a one-event save with copies, a
# bare «не пойду», every status of a many-sign-up reply, the class teacher's overview).
RUN_ON_VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("hand_over", {"events": [], "classes": [], "responsible": False}),  # walk t #19
    ("ask_date", {"doubts": [], "days": 2, "days_example": (date(2026, 12, 31), date(2027, 1, 1))}),
    (  # span26: a month of daily meetings is asked as all days or one day
        "ask_date",
        {
            "doubts": ["span_cut"],
            "span": (date(2027, 1, 1), date(2027, 1, 30)),
            "start": datetime.fromisoformat("2027-01-01T13:00"),
            "all_day": False,
            "daily": True,
            "meetings": 30,
        },
    ),
    (  # span26: an answer to the span question not understood, asked in its words
        "ask_date_again",
        {
            "span": (date(2026, 12, 15), date(2026, 12, 17)),
            "start": datetime.fromisoformat("2026-12-15T13:00"),
            "daily": True,
            "meetings": 0,
        },
    ),
    # conv42, AI4: «запиши меня» after an open-ended empty answer, no list before it
    (
        "empty_answer_pick",
        {"start": date(2026, 12, 21), "end": None, "number": None, "student": True, "listed": 0},
    ),
    # conv46: a past day of another year named with it
    (
        "empty_answer_pick",
        {
            "start": date(2026, 5, 31),
            "end": date(2026, 5, 31),
            "number": None,
            "student": True,
            "listed": 0,
            "years": True,
        },
    ),
    # conv40, AG11: an empty week names the next event after it
    ("no_events", {"start": date(2026, 12, 7), "end": date(2026, 12, 13), "next_event": EVENT}),
    # conv40, AG8: a question on the card answered from it (its clashes, none, its classes)
    (
        "card_unchanged",
        {
            "count": 1,
            "event": EVENT,
            "asked": "clashes",
            "clashes": [{"event": EVENT, "reasons": ["audience", "venue"]}],
        },
    ),
    ("card_unchanged", {"count": 1, "event": EVENT, "asked": "clashes", "clashes": []}),
    ("card_unchanged", {"count": 1, "event": EVENT, "asked": "classes"}),
    ("span_answer_stale", {"first": date(2026, 12, 15), "last": date(2026, 12, 17)}),
    ("day_answer_stale", {"day": datetime.fromisoformat("2026-12-24T11:30")}),
    ("pick_answer_stale", {"card_open": False, "asking": True}),  # safety41 #4
    ("pick_answer_stale", {"card_open": False, "asking": False}),
    ("stuck_parts", {"items": [], "shown": 0, "city": True, "dismissed": [DISMISSED]}),
    ("event_card", {"days_stated": 2, "days_span": timedelta(days=1), "in_vacation": True}),
    (  # walk r #22: a clock time and an offset, and what they mean for the next event
        "reminder_times_set",
        {
            "offsets": [60],
            "default": False,
            "clock": {"eve": True, "at": time(19, 0)},
            "next": {"event": EVENT, "at": [datetime(2026, 12, 8, 19, tzinfo=UTC)]},
        },
    ),
    ("reminder_times_set", {"offsets": [], "default": False, "next": {"event": EVENT, "at": []}}),
    *(  # remind66: each question about a one-off reminder
        ("remind_at_moment", {"role": "student", "reason": r, "reference": "", "event": EVENT})
        for r in ("past", "after_end", "no_clock", "no_moment")
    ),
    (  # chat72: «напомни про квиз», the usual leads offered as buttons
        "remind_at_moment",
        {
            "role": "student",
            "reason": "no_moment",
            "reference": "квиз",
            "event": EVENT,
            "leads": True,
        },
    ),
    ("buttons/remind_lead", {"at": time(19, 0)}),
    ("buttons/remind_lead", {"minutes": 60}),
    ("remind_at_moment", {"role": "student", "reason": "no_event", "reference": "квиз"}),
    ("moment_reminders_forgotten", {"reference": "квиз", "items": []}),
    ("moment_reminders_forgotten", {"reference": "", "items": []}),
    ("remind_at_moment", {"role": "student", "reason": "which_event", "items": [EVENT, EVENT]}),
    ("moment_reminders_list", {"items": []}),  # remind69: none kept
    ("moment_reminders_forgotten", {"reference": "", "items": [], "number": 4}),
    ("moment_reminders_forgotten", {"reference": "", "items": [], "number": 0}),  # safety72
    *(  # safety72 #3: a run's move keeps its length; one going on opens again
        ("change_card", {"kind": "move", "new": EVENT, "run_kept": kept})
        for kept in (
            {"days": 21, "last": date(2026, 12, 23), "began": date(2026, 11, 30)},
            {"days": 3, "last": date(2026, 12, 16), "began": None},
        )
    ),
    (  # chat74: «продли выставку до 10 января» — only the last day changes
        "change_card",
        {
            "kind": "move",
            "event": EventView({**EVENT, "last_day": date(2026, 12, 20)}),
            "new": EventView({**EVENT, "last_day": date(2027, 1, 10)}),
        },
    ),
    *(  # safety72 #2: a one-off reminder's event no longer for the student
        ("moment_reminder_dropped", {"reason": r, "class_name": c})
        for r in ("parents", "other_class")
        for c in ("9Б", None)
    ),
    ("remind_at_moment", {"role": "student", "reason": "too_many", "cap": 20, "event": EVENT}),
    (  # chat74: «за 3 часа до экскурсии в 9», the excursion at 15:00
        "remind_at_moment",
        {
            "role": "partner",
            "reason": "lead_clock",
            "reference": "экскурсии",
            "event": EVENT,
            "event_at": time(9, 0),
            "before": 180,
            "lead_at": datetime(2026, 12, 10, 12, tzinfo=UTC),
        },
    ),
    *(  # chat74: a reminder asked under an open card
        (
            "remind_at_moment",
            {"reason": "draft_open", "said": "напомни в 9", "title": "Лекция", "reference": r},
        )
        for r in ("", "экскурсию")
    ),
    (
        "remind_at_moment",
        {
            "role": "student",
            "reason": "which_event",
            "items": [EVENT, EVENT],
            "at": datetime(2026, 12, 14, 8, tzinfo=UTC),
        },
    ),
    (
        "moment_reminder_set",
        {"reference": "", "event": EVENT, "at": datetime(2026, 12, 14, 8, tzinfo=UTC)},
    ),
    (
        "poll_answered",
        {
            "absent": True,
            "rating": None,
            "recommend": None,
            "comment": None,
            "open_until": datetime(2026, 12, 15, 17, 30, tzinfo=UTC),
        },
    ),
    ("signed_up", {"dropped": EVENT, "reminders": [datetime(2026, 12, 14, 15, 0, tzinfo=UTC)]}),
    ("signup_waiting", {"dropped": EVENT}),
    ("signup_unavailable", {"reason": "not_student", "role": "staff"}),
    ("signup_unavailable", {"reason": "not_student", "role": "partner"}),
    ("card_question_no_card", {"asked": "classes", "role": "partner"}),
    ("card_question_no_card", {"asked": "clashes", "role": "student"}),
    ("saved", {"count": 1, "copies": 1, "drafts": 0}),
    ("saved", {"count": 3, "lines": 3, "copies": 1, "drafts": 0}),
    ("unsign_which", {"title": "", "items": [EVENT, EVENT]}),
    ("organiser_question", {"event": EVENT, "role": "student", "companion": True}),
    ("organiser_question", {"event": None, "role": "staff", "companion": True}),
    ("organiser_question", {"event": EVENT, "role": "student", "timing": True}),
    ("organiser_question", {"event": None, "role": "staff", "timing": True}),
    ("class_unknown", {"written": "12Я", "first": "А", "last": "Н"}),
    ("class_unknown", {"written": "12Я", "first": "А", "last": "Н", "plan": True}),  # chat57
    ("event_card", {"gathering": "у школы в 10:30"}),
    (
        "clash_overview",
        {
            "items": [],
            "more": 0,
            "horizon_days": 60,
            "clash_classes": Audience(classes=frozenset({"9Б"})),
        },
    ),
    (
        "signed_up_many",
        {
            "items": [
                {"event": EVENT, "status": "going", "number": 1},
                {"event": EVENT, "status": "already", "held": "going", "number": 2},
                {"event": EVENT, "status": "going", "number": 3},
            ],
            "reminders": [datetime(2026, 12, 14, 15, 0, tzinfo=UTC)],
        },
    ),
    (
        "signup_count_overview",
        {
            "rows": [
                {"event": EVENT, "going": 0, "waiting": 0},
                {"event": EVENT, "going": 2, "waiting": 1},
            ],
            "more": 0,
        },
    ),
]


@pytest.mark.parametrize(
    ("template", "variant"),
    [(t, {}) for _, t in RENDERED if not t.startswith("export")] + RUN_ON_VARIANTS,
)
def test_no_sentence_runs_into_the_next(template: str, variant: dict[str, Any]) -> None:
    """Every template, with the sample data (and the variants above), puts a space or a line
    break after each sentence and list item (walk r, #7)."""
    context = {**SAMPLE, **EXTRA.get(template, {}), **variant}
    text = Renderer().render(template, context)
    assert not RUN_ON.findall(text), text


def test_event_card_lists_a_session_of_several_days_whole() -> None:
    # «Пробный тур 1 — 14 марта. Основной тур 15 — 24 марта» (branch multi26): each stage
    # is a session of days, listed with its last day, never as its first day alone
    first = (datetime(2027, 3, 1), datetime(2027, 3, 14))  # noqa: DTZ001 (wall clock)
    second = (datetime(2027, 3, 15), datetime(2027, 3, 24))  # noqa: DTZ001 (wall clock)
    context = {**SAMPLE, **EXTRA["event_card"], "sessions": [first, second]}
    text = Renderer().render("event_card", context)
    assert "• 1 марта (пн) — 14 марта (вс)" in text
    assert "• 15 марта (пн) — 24 марта (ср)" in text


def test_a_student_of_a_class_no_longer_invited_is_told_which_classes_it_is_for() -> None:
    """staff74: participant_withdrawn for an event narrowed to another class."""
    context = {**SAMPLE, "now_for": "other_class", "waiting": False}
    context["audience"] = Audience(classes=frozenset({"10А", "10Б"}))
    text = Renderer().render("participant_withdrawn", context)
    assert "теперь для 10А, 10Б — ваш класс не приглашён, поэтому ваша запись снята." in text
