"""The parser's output never depends on what the process parsed before (determ62): a message
parsed alone in a fresh process, and again after other messages (the same message with
another reference time, its whole post, posts that fill the title and venue caches), reads
the same. parse61 reported such a difference for the line below; it did not reproduce on
main 7964d0cf (corpus order vs reverse order, and alone, all agreed), so this guards it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

LINE = (
    "С 24 августа по 6 сентября столичное управление ГИБДД проведет общегородской"
    " профилактический рейд «Снова в школу»."
)
NOW = "2015-08-20T12:00"  # school wall clock
EARLIER = [  # my own texts around the line's words: a headline, a body, other organisers
    ("ГИБДД Москвы проведет акцию «Снова в школу»\n" + LINE, NOW),
    ("Столичное управление ГИБДД проведет рейд 1 сентября у школ.", NOW),
    ("Управление образования проведет профилактический рейд «Каникулы» с 1 по 7 июня.", NOW),
    ("Общегородской субботник пройдет 24 апреля в 10:00 в парке Горького.", NOW),
    (LINE, "2016-08-20T12:00"),
]


def _parsed(text: str, now: str) -> str:
    got = intent_to_json(parse_message(text, datetime.fromisoformat(now)))
    return json.dumps(got, ensure_ascii=False, sort_keys=True)


def _alone(text: str, now: str) -> str:
    """The message parsed by `python -m bot parse` in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "parse", "--now", now, text],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.dumps(json.loads(done.stdout), ensure_ascii=False, sort_keys=True)


def test_a_message_reads_the_same_after_others():
    first = _parsed(LINE, NOW)
    for text, now in EARLIER:
        _parsed(text, now)
    assert _parsed(LINE, NOW) == first
    assert json.loads(first)["title"] == "Общегородской профилактический рейд «Снова в школу»"


def test_a_message_reads_the_same_alone_in_a_fresh_process():
    for text, now in EARLIER:
        _parsed(text, now)
    assert _alone(LINE, NOW) == _parsed(LINE, NOW)
