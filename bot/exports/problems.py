"""Why a plan file, or one of its rows, could not be read: codes the templates word.

The planner and the CLI render these codes through locales/ru (import_failed.j2,
cli/import_failed.j2, the `row_problem` macro); nothing here is shown to people as is.
"""

from __future__ import annotations

import enum


class RowProblem(enum.StrEnum):
    """Why one row could not become an event."""

    NO_TITLE = "no_title"
    NO_DATE = "no_date"
    BAD_DATE = "bad_date"
    IMPOSSIBLE_DATE = "impossible_date"  # 31.11, 29.02 of a common year: never shifted
    BAD_TIME = "bad_time"
    BAD_AUDIENCE = "bad_audience"
    END_BEFORE_START = "end_before_start"
    FORMULA = "formula_without_value"  # a formula the file keeps no computed value for
    TOO_LONG = "cell_too_long"
    CANCELLED = "cancelled"  # marked cancelled (status column or struck-through title)
    NOT_AN_EVENT = "not_an_event"  # a document's line read as a plan: no event in it
    # the «Организатор» cell fits several known partners alike («Музей» with two museums):
    # the offline import picks none and adds none (organiser79)
    UNCLEAR_ORGANISER = "unclear_organiser"


class FileProblem(enum.StrEnum):
    """Why a whole file could not be read."""

    UNSUPPORTED = "unsupported_format"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"  # the file itself is over the size limit
    UNPACKED_TOO_LARGE = "unpacked_too_large"  # a zip bomb: too big once unpacked
    TOO_MANY_ROWS = "too_many_rows"  # more event rows than one import takes
    SHEET_TOO_LARGE = "sheet_too_large"  # a sheet/table's extent, empty rows counted
    NO_HEADER = "no_header"
    WEEK_GRID = "week_grid"  # no header row, a table of days as columns, times as rows
    EMPTY = "empty"
    ALL_HIDDEN = "all_rows_hidden"  # every event row is hidden (by hand or by a filter)
    # what a file named .xlsx/.ods/.docx (or .xls/.doc) really is, when it is no plan format
    PASSWORD = "password_protected"  # Office's encrypted package (OLE2 «EncryptedPackage»)
    OLD_OFFICE = "old_office_format"  # Excel 97–2003 .xls or Word 97–2003 .doc (OLE2)
    PDF = "pdf"  # a PDF (a scan or a printout), whatever its name
    IMAGE = "image"  # a photo or a screenshot (PNG, JPEG, GIF, WebP)


class ImportFileError(Exception):
    """The file as a whole is unusable; `problem` is the code the planner words."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem
