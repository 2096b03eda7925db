"""Words around a date in a long post that mark it as not the event's own day.

- CLOSED: days the doors are shut ("30, 31 декабря — выходные дни", "санитарный день",
  "музей закрыт"), said in a sentence with no event cue;
- LESSON_ANY: a time given by a lesson ("после 7 урока", "3-4 урок"), taken with the other
  times of a sentence that dates something else;
- WINDOW_AFTER: the day a registration window opens, the words after the date ("С 1 марта
  открыта запись на смену…", "3 февраля стартовал приём заявок").
"""

from __future__ import annotations

import re

CLOSED = re.compile(
    r"\b(?:выходн\w*\s+д(?:ень|ни)|санитарн\w*\s+д(?:ень|ни)|не\s+работа\w*|закрыт\w*\s+для"
    r"|(?:музей|библиотека|выставка|зал|центр)\s+закрыт\w*)(?![а-я])"
)
WINDOW_AFTER = re.compile(
    r"[\s,]*(?:[а-я]+\s+){0,2}?(?:открыт\w*|начина\w*|начал\w*|стартует|стартовал\w*"
    r"|объявл\w*)\s+(?:[а-я]+\s+)?(?:запись|регистраци\w*|при[её]м\w*|подач\w*|набор\w*)"
)
LESSON_ANY = re.compile(
    r"(?:\b(?:после|на|с|до|перед)\s+)?\b\d{1,2}(?:\s*-\s*\d{1,2})?(?:-?[а-я]{1,2})?\s+урок[а-я]*"
)
