"""speed78: the shared analysis of a text (post_analysis) answers exactly what each reader's
own reading answered, and the readers ask it instead of re-reading the text.

The readers before: `capitals.in_normal_case` listed every letter and summed `isupper` over
them; `begun_runs.told_begun` and `begun_today_runs` lower-cased and split the post and each
sentence and asked pymorphy3 about every word of each; `title_score.passive_agent` split
each kind's clause and asked pymorphy3 about every word. The old readings are written out
below and compared over sentences written for this test (capitals, Latin, «ё», digits,
hyphens, words cut by a range's edges).
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from bot.core.language import post_analysis
from bot.core.language.begun_runs import told_begun
from bot.core.language.begun_today_runs import with_run_begun_today
from bot.core.language.capitals import in_normal_case
from bot.core.language.morphology import parses
from bot.core.language.post_analysis import Analysis, analysis, begun_verb
from bot.core.language.title_score import _passive_participle, passive_agent
from bot.core.models import EventDraft

_OLD_WORD = re.compile(r"[а-яё]+")
_OLD_LETTER = re.compile(r"[A-Za-zА-ЯЁа-яё]")
_OLD_CLAUSE_WORD = re.compile(r"[А-ЯЁа-яё]+")
_BEGIN = frozenset({"стартовать", "начаться", "начинаться", "открыться", "открываться"})

TEXTS = [
    "Конкурс стартовал 3 марта. Он продлится до 24 марта.",
    "Неделя началась 6 марта! Закончится неделя 17 марта.",
    "Выставка переоткрылась после ремонта; открытие - в 12:00.",
    "Фестиваль начнётся завтра, регистрация уже открылась на сайте.",
    "Методическим объединением учителей был проведён конкурс чтецов.",
    "Кружком юных краеведов проведена викторина «Мой край».",
    "Встреча с ветераном завершилась концертом 9-го мая в 2024г.",
    "НА БОЛЬШОЙ ПЕРЕМЕНЕ 12 ДЕКАБРЯ В 10:00 ПРОЙДЁТ ФЛЕШМОБ",
    "ЛЕКЦИЯ «Школа Ёлок» — Ёжики и ёлки, Workshop ROBOT-2025 начался.",
    "МЧС и ГИБДД: Урок Безопасности. Start в 9:00",
    "",
    "12:00 — 15:00",
    "Стартовала акция\nОткрывался сезон\tначинался праздник",
]


def _old_told_begun(sentence: str) -> bool:
    for word in _OLD_WORD.findall(sentence.lower()):
        for parse in parses(word):
            if parse.tag.POS == "VERB" and parse.normal_form in _BEGIN:
                if parse.tag.tense == "past":
                    return True
                break
    return False


def _old_passive(clause: str) -> bool:
    return any(
        {"PRTS", "pssv"} <= p.tag.grammemes
        for w in _OLD_CLAUSE_WORD.findall(clause)
        for p in parses(w)[:1]
    )


def _ranges(text: str) -> list[tuple[int, int | None]]:
    """Every (start, end) of `text`, end past its length and None too."""
    out: list[tuple[int, int | None]] = [(0, None)]
    for start in range(len(text) + 1):
        out += [(start, end) for end in range(start, len(text) + 3)]
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_the_forms_of_a_range_are_the_runs_of_its_lower_case(text: str) -> None:
    read = Analysis(text)
    for start, end in _ranges(text):
        assert read.forms(start, end) == _OLD_WORD.findall(text[start:end].lower()), (start, end)


@pytest.mark.parametrize("text", TEXTS)
def test_a_range_told_begun_as_its_sentence_read_alone(text: str) -> None:
    read = Analysis(text)
    assert read.told_begun() == _old_told_begun(text)
    for start, end in _ranges(text):
        assert read.told_begun(start, end) == _old_told_begun(text[start:end]), (start, end)
    assert told_begun(text) == _old_told_begun(text)


def test_a_word_cut_by_the_range_is_read_as_cut() -> None:
    text = "Выставка переоткрылась вчера"
    at = text.index("открылась")
    assert not Analysis(text).told_begun()  # «переоткрылась» is no verb of beginning
    assert Analysis(text).told_begun(at, len(text)) == _old_told_begun(text[at:])
    assert Analysis(text).told_begun(at, at + 9) == _old_told_begun("открылась")
    assert begun_verb("стартовал")
    assert begun_verb("началась")
    assert not begun_verb("начнётся")
    assert not begun_verb("стартует")


@pytest.mark.parametrize("text", TEXTS)
def test_a_clause_holds_a_passive_participle_as_read_word_by_word(text: str) -> None:
    read = Analysis(text)
    for start, end in _ranges(text):
        stop = len(text) if end is None else end
        assert read.any_word(_passive_participle, start, end) == _old_passive(text[start:stop]), (
            start,
            end,
        )


def test_the_passive_agent_still_read() -> None:
    text = "Методическим объединением учителей был проведён конкурс чтецов."
    assert passive_agent(text, 0)
    assert not passive_agent("Встреча с ветераном завершилась концертом.", len("Встреча с "))


@pytest.mark.parametrize("text", TEXTS)
def test_the_letter_counts_are_the_letters_and_their_capitals(text: str) -> None:
    letters = _OLD_LETTER.findall(text)
    assert Analysis(text).letter_counts() == (len(letters), sum(c.isupper() for c in letters))


def test_a_text_in_capitals_still_read_in_normal_case() -> None:
    shouted = "НА БОЛЬШОЙ ПЕРЕМЕНЕ 12 ДЕКАБРЯ В 10:00 ПРОЙДЁТ ФЛЕШМОБ"
    assert in_normal_case(shouted) == "На большой перемене 12 декабря в 10:00 пройдёт флешмоб"
    headline = "ВНИМАНИЕ! Завтра в актовом зале пройдёт концерт для родителей."
    assert in_normal_case(headline) is headline
    assert in_normal_case("МЧС 9А") == "МЧС 9А"  # too few letters to tell


def test_one_analysis_a_text_and_each_form_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A post of several sentences: told_begun of the post and of each sentence, and the
    begun-today run, ask pymorphy3 about each form once (before: once per sentence asked,
    again for the post, again for begun_today_runs' own split)."""
    text = (
        "В субботу, 7 декабря, начался большой семейный фестиваль. Ключевым событием "
        "программы первого дня станет запуск воздушных змеев. Он начнётся с трёх часов "
        "дня. Ну а 9 декабря на площади будут работать площадки фестиваля."
    )
    asked: list[str] = []

    def counted(form: str) -> bool:
        asked.append(form)
        return begun_verb(form)

    monkeypatch.setattr(post_analysis, "_MARKS", {})
    read = analysis(text)
    assert read is analysis(text)  # made once for a text
    spans = [(0, text.index(".") + 1), (text.index("Ключевым"), text.index("дня.") + 4)]
    for start, end in [(0, None), *spans, *spans]:
        read.any_word(counted, start, end)
    assert sorted(asked) == sorted(set(_OLD_WORD.findall(text.lower())))
    draft = EventDraft(title="Семейный фестиваль", start=_at(2026, 12, 9, 15))
    run = with_run_begun_today(draft, text, _at(2026, 12, 7, 10))
    assert run.all_day
    assert run.start == _at(2026, 12, 7)
    assert run.end == _at(2026, 12, 9)


def _at(year: int, month: int, day: int, hour: int = 0) -> datetime:
    """The school's naive wall-clock time the parser takes."""
    return datetime(year, month, day, hour)  # noqa: DTZ001 - naive wall clock
