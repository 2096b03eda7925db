"""Nouns of action: what a verb of holding says takes place when no kind of event names it.

"В субботу пройдёт вручение аттестатов", "проходил приём нормативов ГТО", "состоится
посадка деревьев": Russian names many events by the action done at them, a noun made from
a verb (вручить → вручение, принять → приём, посадить → посадка). When such a noun is the
subject of "пройдёт / состоится / проходил", the sentence says the action is an event, and
its phrase ("Вручение аттестатов выпускникам") is the event's name — not the object of the
action ("Аттестаты") a headline may give.

The nouns are read by pymorphy3's lemma: the regular verbal nouns in -ние/-тие
(вручение, чествование, открытие), and a short list of the other common formations
(_ACTIONS). Used by title_held (held_event's subjects). Round 42, tests/data/title77.md."""

from __future__ import annotations

from bot.core.language.title_words import word_parses

# verbal nouns not in -ние/-тие that announcements hold as events
_ACTIONS = frozenset(
    {
        "сдача", "приём", "прием", "посадка", "уборка", "выдача", "запуск", "просмотр",
        "обход", "выборы", "чистка", "выезд", "раздача", "вывоз", "отбор", "розыгрыш",
        "проверка", "перекличка", "эвакуация",
    }
)  # fmt: skip
_SUFFIXES = ("ние", "тие")
# nouns in -ние that name a thing, a state or a plan rather than an action held at a time
_NOT_ACTIONS = frozenset(
    {
        "здание", "знание", "мнение", "задание", "расписание", "название", "желание",
        "настроение", "внимание", "образование", "учреждение", "отделение", "управление",
        "объединение", "положение", "решение", "сообщение", "событие", "явление",
        "поколение", "изменение", "условие", "заявление", "приглашение", "занятие",
    }
)  # fmt: skip


def action_noun(word: str) -> bool:
    """Whether pymorphy3's likeliest noun reading of `word` is a noun of action: a lemma in
    -ние/-тие of at least six letters outside _NOT_ACTIONS, or one of _ACTIONS."""
    for parse in word_parses(word):
        if parse.tag.POS != "NOUN":
            continue
        lemma = parse.normal_form
        if lemma in _ACTIONS:
            return True
        return len(lemma) >= 6 and lemma.endswith(_SUFFIXES) and lemma not in _NOT_ACTIONS
    return False
