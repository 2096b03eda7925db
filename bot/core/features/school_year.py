"""The school calendar in the chat: curators set terms, vacations and lesson hours
(«каникулы с 29 декабря по 11 января»); anyone asks «когда каникулы?»."""

from __future__ import annotations

from typing import Protocol

from bot.core.dialog import Dialog
from bot.core.features.context import Context, Routes
from bot.core.language.school_year import (
    BellsSetting,
    LessonsSetting,
    ResetSchoolYear,
    SchoolYearBatch,
    SchoolYearQuestion,
    SchoolYearRequest,
    StudyDays,
    TermSetting,
    VacationSetting,
)
from bot.core.models import Person
from bot.core.ports import Directory, SettingsStore
from bot.core.replies import Reply
from bot.core.school_settings import school_year_reply


class SchoolYearPorts(Directory, SettingsStore, Protocol):
    """The school calendar is one setting."""


async def on_school_year(
    ctx: Context[SchoolYearPorts], person: Person, dialog: Dialog, request: SchoolYearRequest
) -> list[Reply]:
    """A school-year question (anyone) or setting (curators only; see school_settings)."""
    return [await school_year_reply(ctx.store, person, request, ctx.wall_now().date())]


ROUTES: Routes = dict.fromkeys(
    (
        VacationSetting,
        TermSetting,
        LessonsSetting,
        BellsSetting,
        StudyDays,
        SchoolYearBatch,
        SchoolYearQuestion,
        ResetSchoolYear,
    ),
    on_school_year,
)
