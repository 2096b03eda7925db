"""The operator who starts the bot with a bad VK token, group id or secret gets one clear
Russian line (locales/ru/cli/config_error.j2) and the process refuses to start (review64:
the VK transport's ConfigErrors were English text printed after «Ошибка настройки:»;
safety66 #3). The real `python -m bot` against the local VK server."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e import test_vk_city as city
from tests.e2e.vk_server import GROUP_ID, FakeVK

ENGLISH = re.compile(r"\b(is|was|not|the|belongs|has|have|set|by|cannot|same)\b")


async def run_bot(
    tmp_path: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot *args` to its end, in a thread (the local VK server answers meanwhile)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("VK_", "BOT_"))}
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        cwd=tmp_path,
        env=base | env,
        timeout=60,
        text=True,
    )


def the_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one stderr line of a refused start (exit code 2), checked to be Russian."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    line = lines[0]
    assert line.startswith("Ошибка настройки:"), line
    assert not ENGLISH.search(line), line
    return line


@pytest.mark.parametrize("command", ["run", "webhook"])
async def test_no_token_is_said_in_russian(vk: FakeVK, tmp_path: Path, command: str) -> None:
    env = {"VK_API_URL": f"{vk.base_url}/method/", "VK_SECRET": "s3cret"}
    env["BOT_DB"] = str(tmp_path / "bot.db")
    line = the_line(await run_bot(tmp_path, env, command, *_port(command)))
    assert "VK_TOKEN" in line, line
    assert "не задан" in line, line


@pytest.mark.parametrize("command", ["run", "webhook"])
async def test_a_refused_token_is_said_in_russian(vk: FakeVK, tmp_path: Path, command: str) -> None:
    env = {"VK_TOKEN": "no-such-token", "VK_API_URL": f"{vk.base_url}/method/"}
    env |= {"VK_SECRET": "s3cret", "BOT_DB": str(tmp_path / "bot.db")}
    line = the_line(await run_bot(tmp_path, env, command, *_port(command)))
    assert "VK_TOKEN" in line, line
    assert "отклонил" in line, line


async def test_a_group_id_of_another_community_is_said_in_russian(
    vk: FakeVK, tmp_path: Path
) -> None:
    env = {"VK_TOKEN": "test-token", "VK_API_URL": f"{vk.base_url}/method/"}
    env |= {"VK_GROUP_ID": str(GROUP_ID + 1), "BOT_DB": str(tmp_path / "bot.db")}
    line = the_line(await run_bot(tmp_path, env, "run"))
    assert f"VK_GROUP_ID={GROUP_ID}" in line, line
    assert str(GROUP_ID + 1) in line, line


@pytest.mark.parametrize(("secret", "said"), [(None, "не задан"), ("s3cret ", "пробелы")])
async def test_a_missing_or_spaced_secret_is_said_in_russian(
    vk: FakeVK, tmp_path: Path, secret: str | None, said: str
) -> None:
    env = {"VK_TOKEN": "test-token", "VK_API_URL": f"{vk.base_url}/method/"}
    env["BOT_DB"] = str(tmp_path / "bot.db")
    if secret is not None:
        env["VK_SECRET"] = secret
    line = the_line(await run_bot(tmp_path, env, "webhook", *_port("webhook")))
    assert "VK_SECRET" in line, line
    assert said in line, line
    assert not (tmp_path / "bot.db").exists()


async def test_a_city_whose_schools_share_a_secret_refuses_before_opening_anything(
    tmp_path: Path,
) -> None:
    """Two communities with one secret: the webhook refuses (attack 2026-12-03ad, #3) — and
    now before it opens a school's store or asks VK anything: it used to start every
    school's app (stores made, tokens checked, calendars saved) and refuse only when the
    web server was built."""
    vk = FakeVK(
        communities={"token-a": city.GROUP_A, "token-b": city.GROUP_B},
        managers_of={city.GROUP_A: (), city.GROUP_B: ()},
    )
    await vk.start()
    try:
        (tmp_path / "schools.toml").write_text(city.CONFIG, encoding="utf-8")
        env = {**city.ENV, "VK_SECRET_L23": city.ENV["VK_SECRET_G32"]}
        env |= {"VK_API_URL": f"{vk.base_url}/method/", "BOT_SCHOOLS": "schools.toml"}
        done = await run_bot(tmp_path, env, "webhook", *_port("webhook"))
        line = the_line(done)
        assert "g32" in line, line
        assert "l23" in line, line
        assert "секрет" in line, line
        assert not (tmp_path / "schools").exists() or not any((tmp_path / "schools").iterdir())
        assert not vk.calls, vk.calls[:3]
    finally:
        await vk.stop()


def _port(command: str) -> tuple[str, ...]:
    return ("--host", "127.0.0.1", "--port", "0") if command == "webhook" else ()
