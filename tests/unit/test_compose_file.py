"""docker-compose.yml (issue 14's operations): Docker is not on the test machine, so the file
is checked as the compose specification reads it — PostgreSQL with a pg_isready healthcheck,
two webhook workers built from the Dockerfile that wait for a healthy database and report
their own health through GET /health, settings from `.env` (keys listed in .env.example)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def workers(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in spec["services"].items() if name != "db"}


def test_postgres_service_is_the_official_image_with_pg_isready() -> None:
    db = compose()["services"]["db"]
    assert db["image"].split(":")[0] == "postgres"
    test = " ".join(db["healthcheck"]["test"])
    assert "pg_isready" in test
    assert "pgdata" in " ".join(db["volumes"])  # the data outlives the container


def test_two_webhook_workers_wait_for_a_healthy_database() -> None:
    found = workers(compose())
    assert len(found) == 2
    for service in found.values():
        assert service["build"] == "."
        assert (ROOT / "Dockerfile").exists()
        assert service["command"][:4] == ["python", "-m", "bot", "webhook"]
        assert service["depends_on"] == {"db": {"condition": "service_healthy"}}
        assert service["env_file"] == ".env"
        assert service["environment"]["BOT_DB"].startswith("postgresql://")
        assert "@db:5432/" in service["environment"]["BOT_DB"]


def test_worker_healthcheck_asks_the_health_endpoint_of_its_own_port() -> None:
    for service in workers(compose()).values():
        check = " ".join(service["healthcheck"]["test"])
        port = service["command"][service["command"].index("--port") + 1]
        assert f"127.0.0.1:{port}/health" in check
        assert all(p.endswith(f":{port}") for p in service["ports"])


def test_env_example_names_every_variable_the_file_uses() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    keys = {line.split("=")[0] for line in example.splitlines() if "=" in line}
    assert "POSTGRES_PASSWORD" in text
    assert "POSTGRES_PASSWORD" in keys
    assert {"VK_TOKEN", "VK_SECRET", "VK_CONFIRMATION"} <= keys
    assert ".env" in (ROOT / ".gitignore").read_text().split()


def test_workers_can_serve_a_city_without_a_password_in_the_schools_file() -> None:
    """newcomer61: the README's «A city: … docker compose» must run a city, i.e. every worker
    can read a schools config (BOT_SCHOOLS, a file in a mounted folder), and that file's `db`
    needs no password written in it (libpq's PGPASSWORD, from POSTGRES_PASSWORD, gives it)."""
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert "BOT_SCHOOLS=/config/schools.toml" in example
    for service in workers(compose()).values():
        assert "POSTGRES_PASSWORD" in service["environment"]["PGPASSWORD"]
        mounts = [v.split(":") for v in service.get("volumes", [])]
        assert ["./config", "/config", "ro"] in mounts
    toml = (ROOT / "schools.example.toml").read_text(encoding="utf-8")
    assert "postgresql://soglasovano@db:5432/soglasovano" in toml
    assert "secret@db" not in toml
