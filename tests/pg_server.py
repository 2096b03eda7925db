"""A throwaway PostgreSQL cluster for the tests: Debian's own binaries, 127.0.0.1 only.

`PgCluster.start()` runs initdb into a fresh temporary folder and starts the server on a free
port (TCP on 127.0.0.1 and a unix socket in the same folder); `stop()` shuts it down and
deletes the folder. PostgreSQL refuses to run as root, so as root (CI, this machine) both run
as the `postgres` system user through runuser, in a folder that user owns.

Every test database is created from a template that already holds the newest schema, so a
test starts from an empty, migrated database in a few tens of milliseconds.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

TEMPLATE = "soglasovano_template"


def find_bin_dir() -> Path | None:
    """Debian's newest /usr/lib/postgresql/N/bin holding initdb and pg_ctl, else PATH's."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
    )
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


def make_folder() -> Path:
    """A fresh folder for data, log and socket; as root under /tmp, which the postgres
    user can traverse (a TMPDIR inside /root could not be)."""
    parent = "/tmp" if os.geteuid() == 0 and Path("/tmp").is_dir() else None
    return Path(tempfile.mkdtemp(prefix="sogl-pg-", dir=parent))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgCluster:
    """One running server; `url(db)` gives a libpq URL for a database on it."""

    bin_dir: Path
    folder: Path = field(default_factory=make_folder)
    port: int = field(default_factory=free_port)
    _names: count[int] = field(default_factory=count)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def next_database_name(self) -> str:
        return f"test_{next(self._names)}"

    def start(self) -> None:
        """initdb + pg_ctl start; raises RuntimeError with the server log on failure."""
        as_user = self._runas()
        if as_user:
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self._run(
            [
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=200 -c shared_buffers=32MB"
        )
        self._run(
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )

    def stop(self) -> None:
        """Stop the server at once (the data is thrown away) and delete the folder."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(
                    [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
                )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _runas(self) -> bool:
        return os.geteuid() == 0

    def _run(self, command: list[str]) -> None:
        if self._runas():
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n"
                f"{done.stderr}\n{tail}"
            )
