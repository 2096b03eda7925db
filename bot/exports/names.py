"""File names that say what a narrowed export is for: "plan-kgtu-2026-12-01--2026-12-31.xlsx",
"week-9b-2026-12-07.pdf". Names stay ASCII (VK's docs upload and every shell accept them):
Russian letters are transliterated, anything else becomes a hyphen."""

from __future__ import annotations

from datetime import date

from bot.exports.files import ExportFile, ExportFormat, export_filename

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
            *("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o"),
            *("p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", ""),
            *("e", "yu", "ya"),
        ),
        strict=True,
    )
)


def ascii_slug(name: str, limit: int = 40) -> str:
    """ "КГТУ" -> "kgtu", "9Б" -> "9b", "Музей янтаря" -> "muzey-yantarya" (lower-case ASCII
    letters, digits and single hyphens, at most `limit` characters; ъ and ь are dropped)."""
    text = "".join(_TRANSLIT.get(ch, ch) for ch in name.lower())
    slug = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in slug.split("-") if part)[:limit].strip("-")


def scoped_filename(
    fmt: ExportFormat, first_day: date, last_day: date | None, scope: str | None
) -> str:
    """bot.exports.files.export_filename with the partner or class after the prefix."""
    name = export_filename(fmt, first_day, last_day)
    slug = ascii_slug(scope or "")
    if not slug:
        return name
    prefix, rest = name.split("-", 1)
    return f"{prefix}-{slug}-{rest}"


def scoped(
    file: ExportFile, fmt: ExportFormat, first: date, last: date | None, scope: str
) -> ExportFile:
    """The same file named for its scope (a PDF is named by its week's Monday, `first`)."""
    period_end = None if fmt is ExportFormat.PDF else last
    filename = scoped_filename(fmt, first, period_end, scope)
    return ExportFile(filename, file.content_type, file.data)
