"""Titles of a class's own lesson-like entries: what a school puts in its plan for a class's
timetable, not an event one signs up for (round 19, after newcomer walk 2026-12-02v F8: a
9А test was offered to students as «Записаться: 2»).

The title opens with the kind of entry, as Russian school timetables name them:

- a written check: «Контрольная работа …», «Контрольная по …», «Самостоятельная работа»,
  «Проверочная работа», «Диагностическая работа», «Срезовая работа», «ВПР …», «Диктант»,
  «Зачёт …», «Тестирование по …» is left out (it may be an open event, «Тестирование ГТО»);
- a lesson: «Урок …», «Классный час», «Пробный ОГЭ / ЕГЭ / экзамен» (students are
  seated by the school, not signed up).

Only the opening words count: «Мастер-класс «Контрольная точка»» or «Экскурсия на урок в
музей» are events. Whether the entry is the school's own (not a partner's «Урок финансовой
грамотности») is the caller's to check (bot.core.students.is_class_work).

Pure: no store, no clock.
"""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

_CLASS_WORK = re.compile(
    r"^(?:(?:административн\w*|итогов\w*|входн\w*|четвертн\w*|годов\w*)\s+)?"
    r"(?:(?:контрольн|самостоятельн|проверочн|диагностическ|срезов)\w*(?:\s+работ\w*)?"
    r"|впр|диктант\w*|зач[её]т\w*|урок\w*|классн\w*\s+час\w*"
    r"|пробн\w*\s+(?:огэ|егэ|гиа|экзамен\w*))(?![\w-])"
)


def is_class_work_title(title: str) -> bool:
    """Whether `title` names a class's own lesson-like entry (a test, a dictation, a lesson,
    a class hour, a mock exam) by its opening words."""
    return _CLASS_WORK.match(normalize(title.strip().lstrip('«"').strip())) is not None
