"""BOT_DB chooses the backend: a SQLite path by default, a postgresql:// URL for PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings, redact_url
from bot.storage import is_postgres_url


def test_sqlite_path_is_the_default() -> None:
    settings = Settings.from_env({})
    assert settings.db_url is None
    assert settings.db_target == Path("soglasovano.db")
    assert settings.db_label == "soglasovano.db"


def test_postgres_url_selects_postgresql_and_hides_the_password() -> None:
    url = "postgresql://bot:s3cret@db.local:5432/school"
    settings = Settings.from_env({"BOT_DB": url})
    assert settings.db_url == url
    assert settings.db_target == url
    assert is_postgres_url(settings.db_target)
    assert settings.db_label == "postgresql://bot:***@db.local:5432/school"
    assert "s3cret" not in settings.db_label


def test_other_values_stay_sqlite_paths() -> None:
    for value in ("plan.db", "/var/lib/bot/plan.db", "postgresql.db", "sqlite:///x.db"):
        settings = Settings.from_env({"BOT_DB": value})
        assert (settings.db_url, settings.db_path) == (None, Path(value))
        assert not is_postgres_url(settings.db_target)
    assert redact_url("postgres://u@h/db") == "postgres://u@h/db"
