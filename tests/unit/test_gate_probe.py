"""A Scanner gate opening with a digit is searched from the sign after it
(bot/core/language/gate_probe.py): the probe occurs in exactly the texts the gate occurs in,
for every gate the parser registers and for gates written to break the rewrite (digits of
another script, the sign at the text's edges, an alternation, a class of several signs), and
gates of other shapes are left alone."""

from __future__ import annotations

import re

import pytest

import bot.core.language.intents  # noqa: F401  (registers every rule's gates)
from benchmarks.corpus_score import load
from bot.core.language import tokens
from bot.core.language.gate_probe import digit_led_probe

TRICKY = [
    "٣-١٢-٢٠",  # Arabic-Indic digits: \d matches them, the probe's lookbehind too
    "1-12-2",
    "-12-2",
    "1-",
    "-1",
    "5-х классов, 10-ых",
    "12.05.26 и 3/4",
    "1 - 12 - 2",
    "",
    "-",
]


def _texts() -> list[str]:
    posts = [case["text"] for case in load("real_posts_dev.jsonl")]
    posts += [case["text"] for case in load("real_posts_fresh.jsonl")]
    return posts + [tokens.normalize(t) for t in posts] + TRICKY


def _occurs_alike(gate: re.Pattern[str], probe: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert (gate.search(text) is None) == (probe.search(text) is None), (gate.pattern, text)


def test_every_registered_digit_led_gate_occurs_where_its_probe_does() -> None:
    texts = _texts()
    probed = 0
    for gates in tokens._GATES.values():
        for gate in gates:
            probe = digit_led_probe(gate)
            if probe is not None:
                probed += 1
                _occurs_alike(gate, probe, texts)
    assert probed >= 4  # the numeric-date, ISO-date and "5-х" gates at least


@pytest.mark.parametrize(
    "source", [r"\d-\d\d-\d", r"\d[./-]\d", r"\d,\d|абв", r"\d:[0-5]\d\b", r"\d/\d(?!\d)"]
)
def test_gates_written_to_break_the_probe_occur_alike(source: str) -> None:
    gate = re.compile(source)
    probe = digit_led_probe(gate)
    assert probe is not None
    _occurs_alike(gate, probe, [*_texts(), "1,2", "абв", "12:30", "1/2", "1/23", "ab1:5"])


@pytest.mark.parametrize(
    "source",
    [r"\d+-\d", r"\d[\s-]\d", r"\d?-\d", r"(\d)-\d", r"\d\s*,\s*\d", r"-\d", r"\d.\d"],
)
def test_other_shapes_are_left_alone(source: str) -> None:
    assert digit_led_probe(re.compile(source)) is None
    assert digit_led_probe(re.compile(r"\d-\d", re.IGNORECASE)) is None
