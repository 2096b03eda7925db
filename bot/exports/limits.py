"""Limits every uploaded plan file is read under, and the zip checks that enforce them.

.xlsx, .ods and .docx are zip packages; a few kilobytes can unpack to gigabytes (a "zip
bomb", a shared-strings bomb) or describe a million empty rows. Before any reader touches
a package, `open_package` checks the central directory (member count, declared unpacked
sizes, compression ratio) and then unpacks every member once in 64 KiB chunks, counting
real bytes, so a header that lies about its size is caught too (zipfile stops at the
declared size and the CRC check fails). Memory stays bounded by `max_unpacked`.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from bot.exports.problems import FileProblem, ImportFileError

CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds for one upload. Sizes in bytes; rows and columns as the sheet counts them."""

    max_bytes: int = 5 * 1024 * 1024  # the file as sent
    max_unpacked: int = 32 * 1024 * 1024  # all zip members together, unpacked
    max_ratio: int = 100  # unpacked/packed, checked for members over `ratio_floor`
    ratio_floor: int = 1024 * 1024
    max_members: int = 2_000
    max_sheet_rows: int = 10_000  # per sheet or table, empty rows counted
    max_columns: int = 32
    max_cells: int = 320_000  # merged ranges together may cover this many cells
    max_sheets: int = 60  # sheets of a workbook, tables of a document
    max_cell_chars: int = 2_000
    max_events: int = 2_000  # event rows of one import


DEFAULT_LIMITS = Limits()


def check_size(data: bytes, limits: Limits) -> None:
    """Raise TOO_LARGE for a file over `max_bytes`."""
    if len(data) > limits.max_bytes:
        raise ImportFileError(FileProblem.TOO_LARGE)


def open_package(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The zip package, checked: raises ImportFileError(UNREADABLE) for a broken zip and
    (UNPACKED_TOO_LARGE) for one over the limits, before anything is parsed."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        ValueError,
        OSError,
    ) as exc:
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    _check_directory(members, limits)
    _check_contents(package, members, limits)
    return package


def _check_directory(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > limits.max_members:
        raise ImportFileError(FileProblem.UNPACKED_TOO_LARGE)
    total = 0
    for info in members:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and info.file_size / packed > limits.max_ratio:
            raise ImportFileError(FileProblem.UNPACKED_TOO_LARGE)
    if total > limits.max_unpacked:
        raise ImportFileError(FileProblem.UNPACKED_TOO_LARGE)


def _check_contents(
    package: zipfile.ZipFile, members: list[zipfile.ZipInfo], limits: Limits
) -> None:
    """Unpack each member once without keeping it: real sizes and CRCs, not declared ones."""
    total = 0
    for info in members:
        if info.is_dir():
            continue
        try:
            with package.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    total += len(chunk)
                    if total > limits.max_unpacked:
                        raise ImportFileError(FileProblem.UNPACKED_TOO_LARGE)
        except ImportFileError:
            raise
        except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError, EOFError) as exc:
            raise ImportFileError(FileProblem.UNREADABLE) from exc
        except zlib.error as exc:  # a damaged deflate stream (fuzzing, 2026-12-02)
            raise ImportFileError(FileProblem.UNREADABLE) from exc
        except RuntimeError as exc:  # an encrypted member
            raise ImportFileError(FileProblem.UNREADABLE) from exc


def read_member(package: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """One member's bytes (already size-checked by open_package); KeyError if missing."""
    info = package.getinfo(name)
    if info.file_size > limits.max_unpacked:
        raise ImportFileError(FileProblem.UNPACKED_TOO_LARGE)
    return package.read(info)
