"""The schools config of a city deployment: what it reads, and one clear line for each
mistake (the CLI exits with 2 and changes nothing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import ConfigError
from bot.schools_config import load_city_config

ROOT = Path(__file__).resolve().parents[2]
ENV = {
    "TA": "token-a",
    "SA": "secret-a",
    "TB": "token-b",
    "SB": "secret-b",
    "BLANK": "  ",
    "PADDED": "secret-a ",
}

SCHOOL_A = """
[[school]]
key = "g32"
name = "Гимназия №32"
aliases = ["32 гимназия"]
group_id = 101
token_env = "TA"
secret_env = "SA"
tz = "Europe/Kaliningrad"
curators = [1, 2]
"""
SCHOOL_B = """
[[school]]
key = "l23"
name = "Лицей №23"
group_id = 202
token_env = "TB"
secret_env = "SB"
tz = "Asia/Omsk"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schools.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_two_school_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "g32.txt").write_text("каникулы с 29 декабря по 11 января\n", encoding="utf-8")
    text = 'db = "data"\ncity_viewers = [9]\n' + SCHOOL_A + 'calendar = "g32.txt"\n' + SCHOOL_B
    city = load_city_config(write(tmp_path, text), ENV)
    assert city.db == tmp_path / "data"  # relative to the file's folder
    assert city.city_viewers == frozenset({9})
    a, b = city.schools
    assert (a.key, a.name, a.aliases, a.group_id) == ("g32", "Гимназия №32", ("32 гимназия",), 101)
    assert (a.token, a.secret, a.tz, a.curators) == (
        "token-a",
        "secret-a",
        ZoneInfo("Europe/Kaliningrad"),
        frozenset({1, 2}),
    )
    assert a.calendar == tmp_path / "g32.txt"
    assert (b.aliases, b.curators, b.calendar, b.confirmation) == ((), frozenset(), None, None)
    assert city.by_group()[202] is b


def test_a_postgres_url_is_kept_as_it_is(tmp_path: Path) -> None:
    text = 'db = "postgresql://bot@db:5432/city"\n' + SCHOOL_A
    assert load_city_config(write(tmp_path, text), ENV).db == "postgresql://bot@db:5432/city"


def test_the_example_file_reads(tmp_path: Path) -> None:
    env = dict.fromkeys(("VK_TOKEN_G32", "VK_SECRET_G32", "VK_TOKEN_L23", "VK_SECRET_L23"), "x")
    city = load_city_config(ROOT / "schools.example.toml", env)
    assert [s.key for s in city.schools] == ["g32", "l23"]


BROKEN = [
    ("db = [1]\n" + SCHOOL_A, "db: нужна непустая строка"),
    (SCHOOL_A, "не указано `db`"),
    ('db = "d"\n', "нет таблиц [[school]]"),
    ('db = "d"\nschools = 1\n' + SCHOOL_A, "неизвестное поле schools"),
    ('db = "d"\ncity_viewers = ["x"]\n' + SCHOOL_A, "city_viewers: нужен список id ВКонтакте"),
    (
        'db = "d"\n' + SCHOOL_A.replace('key = "g32"', 'key = "G-32"'),
        "ключ «G-32» — нужны строчные латинские буквы",
    ),
    ('db = "d"\n' + SCHOOL_A.replace('name = "Гимназия №32"\n', ""), "не указано поле `name`"),
    (
        'db = "d"\n' + SCHOOL_A.replace("group_id = 101", 'group_id = "101"'),
        "group_id — номер сообщества",
    ),
    ('db = "d"\n' + SCHOOL_A.replace('"TA"', '"NOPE"'), "переменная окружения NOPE не задана"),
    ('db = "d"\n' + SCHOOL_A.replace('"SA"', '"BLANK"'), "переменная окружения BLANK не задана"),
    (
        'db = "d"\n' + SCHOOL_A.replace('"SA"', '"PADDED"'),
        "переменной окружения PADDED пробелы по краям",
    ),
    (
        'db = "d"\n' + SCHOOL_A.replace("Europe/Kaliningrad", "Mars/Base"),
        "неизвестный часовой пояс «Mars/Base»",
    ),
    ('db = "d"\n' + SCHOOL_A.replace("[1, 2]", "[true]"), "curators: нужен список id ВКонтакте"),
    ('db = "d"\n' + SCHOOL_A.replace("curators", "curator"), "неизвестное поле curator"),
    ('db = "d"\n' + SCHOOL_A + 'calendar = "missing.txt"\n', "файла календаря"),
    ('db = "d"\n' + SCHOOL_A.replace('["32 гимназия"]', '[""]'), "aliases — список названий"),
    ('db = "d"\n' + SCHOOL_A + SCHOOL_A.replace("101", "303"), "у двух школ одинаковый key «g32»"),
    (
        'db = "d"\n' + SCHOOL_A + SCHOOL_B.replace("202", "101"),
        "у двух школ одинаковый group_id 101",
    ),
    ('db = "d"\n[[school\n', "это не файл TOML"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN)
def test_each_mistake_is_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_city_config(write(tmp_path, text), ENV)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="не получилось прочитать файл школ"):
        load_city_config(tmp_path / "nope.toml", ENV)


def test_the_cli_exits_2_with_the_line_and_starts_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, 'db = "d"\n' + SCHOOL_A.replace('"TA"', '"UNSET_TOKEN_VAR"'))
    done = subprocess.run(
        [sys.executable, "-m", "bot", "webhook", "--schools", str(path)],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "переменная окружения UNSET_TOKEN_VAR не задана" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "d").exists()


def test_migrate_with_bot_schools_migrates_every_school(tmp_path: Path) -> None:
    path = write(tmp_path, 'db = "stores"\n' + SCHOOL_A + SCHOOL_B)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "BOT_SCHOOLS": str(path), **ENV},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "схемы всех школ (g32, l23) обновлены" in done.stdout
    assert sorted(p.name for p in (tmp_path / "stores").iterdir() if p.suffix == ".sqlite3") == [
        "g32.sqlite3",
        "l23.sqlite3",
    ]


# Two schools a message cannot tell apart: «для лицея №23» would silently go to the first.
AMBIGUOUS = [
    ('db = "d"\n' + SCHOOL_A + SCHOOL_B.replace("Лицей №23", "гимназия № 32"), "Гимназия №32"),
    (
        'db = "d"\n' + SCHOOL_A.replace('["32 гимназия"]', '["Лицей №23"]') + SCHOOL_B,
        "Лицей №23",
    ),
    ('db = "d"\n' + SCHOOL_A + SCHOOL_B.replace("Лицей №23", "32-я гимназия"), "32"),
]


@pytest.mark.parametrize(("text", "named"), AMBIGUOUS)
def test_two_schools_with_one_name_are_refused(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_city_config(write(tmp_path, text), ENV)
    message = str(error.value)
    assert "g32" in message
    assert "l23" in message
    assert named in message
    assert "\n" not in message


def test_different_schools_with_one_number_are_fine(tmp_path: Path) -> None:
    text = 'db = "d"\n' + SCHOOL_A + SCHOOL_B.replace("Лицей №23", "Лицей №32")
    city = load_city_config(write(tmp_path, text), ENV)
    assert [s.key for s in city.schools] == ["g32", "l23"]


def test_a_city_viewer_who_is_also_a_curator_is_refused(tmp_path: Path) -> None:
    """The city role is read-only in every community, so a viewer listed as a school's
    curator could not do a curator's work there: the file must choose."""
    text = 'db = "d"\ncity_viewers = [2]\n' + SCHOOL_A + SCHOOL_B
    with pytest.raises(ConfigError) as error:
        load_city_config(write(tmp_path, text), ENV)
    message = str(error.value)
    assert "city_viewers" in message
    assert "g32" in message
    assert " 2 " in message
    assert "\n" not in message
