"""The forms of months and weekdays the date rules read ("января", "в пятницу"), shared by the
typo corrector (typos.py) and the clipped-word reader (weekday_abbreviations.py)."""

from __future__ import annotations

MONTH_FORMS = [
    "январь",
    "января",
    "январе",
    "февраль",
    "февраля",
    "феврале",
    "март",
    "марта",
    "марте",
    "апрель",
    "апреля",
    "апреле",
    "май",
    "мая",
    "мае",
    "июнь",
    "июня",
    "июне",
    "июль",
    "июля",
    "июле",
    "август",
    "августа",
    "августе",
    "сентябрь",
    "сентября",
    "сентябре",
    "октябрь",
    "октября",
    "октябре",
    "ноябрь",
    "ноября",
    "ноябре",
    "декабрь",
    "декабря",
    "декабре",
]

# the months' names in the nominative, January first (every third of MONTH_FORMS)
MONTH_NOMINATIVES: tuple[str, ...] = tuple(MONTH_FORMS[::3])

WEEKDAY_FORMS = [
    "понедельник",
    "понедельника",
    "вторник",
    "вторника",
    "среда",
    "среду",
    "среды",
    "четверг",
    "четверга",
    "пятница",
    "пятницу",
    "пятницы",
    "суббота",
    "субботу",
    "субботы",
    "воскресенье",
    "воскресенья",
]
