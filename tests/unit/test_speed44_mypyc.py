"""speed44: the parser modules mypyc's IR builder crashed on are written so that it compiles them.

`title_finish._before_dates` tested a part of speech against `(*_VERBS, "PREP")` and
`title_score.reported_before` iterated `re.findall`'s untyped list: both internal errors of
mypyc (tests/data/speed44.md), which kept the whole parser from compiling. Only mypyc's C
generation runs here (no C compiler needed): a crash makes it exit non-zero.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_GENERATE = (
    "import sys\nfrom mypyc.build import mypycify\nmypycify(sys.argv[2:], target_dir=sys.argv[1])\n"
)


@pytest.mark.skipif(importlib.util.find_spec("mypyc") is None, reason="mypyc (mypy) not installed")
def test_mypyc_generates_c_for_the_modules_it_once_refused(tmp_path: Path) -> None:
    modules = ["bot/core/language/title_finish.py", "bot/core/language/title_score.py"]
    done = subprocess.run(
        [sys.executable, "-c", _GENERATE, str(tmp_path), *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    generated = "".join(path.read_text(encoding="utf-8") for path in tmp_path.glob("*.c"))
    assert "_before_dates" in generated  # the two functions are compiled to C
    assert "reported_before" in generated
