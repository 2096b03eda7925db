""".ci/run fails when the tests fail, and still runs the linters (a fresh-clone run of
2026-12-02 exited 0 with a failed test: `set -e` ignores a failure inside an `&&` list).

The script runs in a scratch copy with stub commands on PATH: `python3 -m venv` makes a
`.venv/bin` of stubs whose `python -m pytest` exits with the status under test and whose
linters leave a mark, so no real install, test run or linter is started."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STUB = """#!/usr/bin/env bash
name=$(basename "$0")
echo "$name $*" >> "{log}"
if [ "$name" = python3 ] && [ "$1" = -m ] && [ "$2" = venv ]; then
    mkdir -p "$3/bin"
    for tool in pip python ruff mypy; do cp "$0" "$3/bin/$tool"; done
    exit 0
fi
if [ "$name" = python ] && [ "$2" = pytest ]; then exit {pytest_status}; fi
exit 0
"""


def _run_ci(tmp_path: Path, pytest_status: int) -> tuple[int, list[str]]:
    """Run a copy of .ci/run with stubs; its exit status and the stub calls in order."""
    project = tmp_path / "project"
    (project / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", project / ".ci" / "run")
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    log = tmp_path / "calls.log"
    stub = stubs / "python3"
    stub.write_text(STUB.format(log=log, pytest_status=pytest_status), encoding="utf-8")
    stub.chmod(stub.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", str(project / ".ci" / "run")], env=env, capture_output=True, timeout=60
    )
    calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return done.returncode, [call.split()[0] for call in calls]


@pytest.mark.skipif(
    not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")) and not shutil.which("initdb"),
    reason="without PostgreSQL's binaries .ci/run would install them first",
)
@pytest.mark.parametrize(("pytest_status", "expected"), [(0, 0), (1, 1), (5, 5)])
def test_ci_fails_exactly_when_the_tests_fail_and_always_runs_the_linters(
    tmp_path: Path, pytest_status: int, expected: int
) -> None:
    status, calls = _run_ci(tmp_path, pytest_status)
    assert status == expected
    assert calls[-3:] == ["ruff", "ruff", "mypy"]
    # the PostgreSQL pass runs only after the first pass succeeded
    assert calls.count("python") == (2 if pytest_status == 0 else 1)


def test_ci_runs_the_readmes_test_command() -> None:
    """The brief: `.ci/run` calls exactly the README's test command (pip's `-q` aside), so a
    newcomer's run and CI's are one run; stop 60 added `-n 2` to both."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(
        line
        for line in readme.splitlines()
        if line.startswith("python3 -m venv") and "pytest" in line
    )
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command.replace("pip install -e", "pip install -q -e") in script
    assert "-n 2 --dist worksteal" in command
