"""The words by which a text announces an event rather than asks or reports: its organisers
invite to it («приглашаем», «приглашает», «приглашают») or tell it ahead («пройдёт»,
«состоится», «начнётся», «откроется», «стартует», «проведём»). A leaf module: regex
alternations (lower-case, no groups that capture, to be put inside a pattern's own
`(?<![а-яё])(?:…)(?![а-яё])` word bounds), no compiled pattern of its own.

Three readers build their patterns from them, and each means something else by
«announces», so each keeps its pattern and says what it adds:

- intents_asks.INVITATION — a call to come after a question's first sentence («Что нас
  ждёт в декабре? Приходите …»): INVITING with «приходите» and «ждём вас/всех», never a
  verb told ahead (a question's second sentence may say «пройдёт» and still ask);
- named_day_report._AHEAD — anything in a post that looks forward, which makes the named
  day's event the post's rather than a report's: INVITING, TOLD_AHEAD and the calls and
  sign-ups («приходите», «ждём», «записывайтесь», «приглашаются», «будут проходить»);
- dateless_post._ANNOUNCES — a sentence that names the event it announces, its day
  missing: INVITING and TOLD_AHEAD with «будет проводиться», «будут организованы» and the
  verbs of an event begun today («стартовала», «открылась»: dateless_post._BEGUN_VERBS).
"""

from __future__ import annotations

# the organisers inviting: «приглашаем», «приглашает», «приглашают»
INVITING = r"приглаша(?:ем|ет|ют)"
# an event told ahead by a verb of its taking place, beginning or opening, in the future
TOLD_AHEAD = (
    r"пройд[её]т|пройдут|состо(?:ится|ятся)|провед[её]м|начн[её]тся|начнутся"
    r"|откро(?:ется|ются)|стартует|стартуют"
)
