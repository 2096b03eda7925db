"""Anchored rules (tokens.anchor) find exactly what a search over the whole text finds: the
windows around a month word or a clock time lose no match and invent none. Checked on every
text of the parser's corpora plus dense made-up lines, with some characters already taken."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from bot.core.language import intents, tokens
from bot.core.language.tokens import Scanner

assert intents  # its import registers every rule and its anchor
DATA = Path(__file__).resolve().parents[1] / "data"
CORPORA = (
    "events_dev.jsonl",
    "duckling_ru_time.jsonl",
    "real_posts_dev.jsonl",
    "real_posts_more.jsonl",
    "real_posts_heldout.jsonl",
    "real_posts_fresh.jsonl",
)
DENSE = [
    "с 1 по 5 декабря 2026 года, 8, 15 и 22 декабря в 15:00–16:30, до 10 дек. в 9.30 утра",
    "в понедельник, двадцать первое декабря 2026 г. с 10:00 до 12:00 и с 13.00 по 14.00 ч",
    "12.05.2026 - 14 мая 2026 года; завершится в 17:45 вечера; мар. 3, апр. 4 и 5 мая",
    "с 06.12.2026 по 09 января 2027 г. в 11:30 или в 12:30; каб. 2.11, ауд. 12.05",
    "для 5, 6, 7-х и 8-х классов, 9-11 кл., параллель 10; количество мест: 30, всего 25 мест",
    "с 01.12.2026 - 05.12.2026, 01.12-05.12, 1/12 по 5/12/26, в пятницу, 04.12.26 и до 10.12.",
    "не более 20 участников, до 40 человек, максимум 15 учеников; учащихся 10 - 11 классов",
    "Количество мест ограничено — 25 человек; число участников строго ограничено (12); "
    "максимальное количество участников — 30; ограниченное количество мест (18); лимит — 40",
    # starts12's spans with a day and a clock at each end, ordinal weekdays, upper ages and
    # a start said with how long it lasts (the corpora above never write them)
    "с 12 часов 18 сентября до 12 часов 20 сентября; с 10:00 5 марта до 18:00 7 марта; "
    "с 5 марта 10:00 по 7 марта 18:00; в последнюю пятницу декабря, в первую субботу "
    "следующего месяца; для детей до 14 и до 17 лет; 2 апреля выставка продлится до 12 апреля",
    # parse56's race results (race_results.py), anchored on their noun: no corpus text has one
    "лучший результат прошлого года 18:40, время победителя 25:10; рекорд — 1:02:15; норматив "
    "ГТО: 9:30; время начала 15:00",
    # chat60's grades dictated without commas (audience._SPOKEN_GRADES)
    "лекция для 7 8 классов, квиз для 9 10 11 классов; в 10 11 классы",
]


def _texts() -> list[str]:
    texts = list(DENSE)
    for name in CORPORA:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def _spans(text: str, pattern: re.Pattern[str], taken: list[tuple[int, int]]) -> list[tuple]:
    sc = Scanner(text)
    for start, end in taken:
        sc.take(start, end)
    return [(m.start(), m.end(), m.groups()) for m in sc.find(pattern)]


@pytest.mark.parametrize("pattern", list(tokens._ANCHORS), ids=lambda p: p.pattern[:30])
def test_anchored_search_equals_full_search(
    pattern: re.Pattern[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(10)
    cases = []
    for text in _texts():
        picks = rng.sample(range(len(text)), min(3, len(text)))
        spans = [(a, min(len(text), a + rng.randint(1, 6))) for a in picks]
        cases += [(text, []), (text, spans)]
    anchored = [_spans(text, pattern, taken) for text, taken in cases]
    monkeypatch.setattr(tokens, "_ANCHORS", {})
    monkeypatch.setattr(tokens, "_PLANS", {})  # the cached plans hold the anchors too
    full = [_spans(text, pattern, taken) for text, taken in cases]
    assert anchored == full
    assert any(anchored)  # the corpora do exercise the pattern
