"""Questions about who signed up for an event, asked by its organiser or the curator (newcomer
walk 2026-12-01k, #11: «сколько записалось на лекцию?», «кто записался на зарядку?» were «не
понял»; the counts were only in «итоги» and the plan file).

The shape: «сколько» or «кто» (optionally «человек», «учеников», «ребят»), a verb of signing
up or going («записалось», «записались», «записался», «идёт», «идут», «придёт», «придут»),
and optionally «на» and the event — its title words and/or its day. A class teacher's own
forms name the class (walk 2026-12-02r, #8): «кто из моего класса записался?», «сколько из
9Б записалось», «кто из 9б идёт на экскурсию», «мои ученики», «записались ли мои на
экскурсию?». Nothing else: «сколько стоит экскурсия?» or «кто проводит лекцию?» are not
these questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.tokens import normalize

OWN_CLASS = "*"  # AskedSignups.class_name of «из моего класса», «мои ученики»

_WHO = r"(?:(?:а|и|ну)\s+)?(?:сколько|кто(?:\s+именно)?)"
_PEOPLE = r"(?:\s+(?:человек|учеников|учащихся|ребят|детей|школьников))?"
# «из моего класса», «из нашего класса», «из моих», «из 9Б», «из 9 б класса»
_FROM_CLASS = (
    r"(?:\s+из\s+(?:(?P<own>(?:моего|нашего|своего)\s+класса|моих|наших|своих)"
    r"|(?P<cls>(?:1[01]|[1-9])\s*-?\s*[а-я])(?![а-я0-9])(?:\s+класса)?))?"
)
_VERB = (
    r"(?:записал(?:ось|ись|ся|ась)|запис(?:ано|аны)|ид[её]т|идут|прид[её]т|придут|пойд[её]т|пойдут)"
)
_EVENT = r"(?:\s+(?:на|к)\s+(?P<reference>.+?))?"
# «уже», «всего», «ещё», «тоже» before the verb: «кто ещё идёт?» (newcomer walk 2026-12-03x, X7)
_QUESTION = re.compile(
    rf"^{_WHO}{_PEOPLE}{_FROM_CLASS}(?:\s+(?:уже|всего|сейчас|ещ[её]|тоже))?\s+{_VERB}{_EVENT}\s*\??$"
)
# «записались ли мои на экскурсию?», «мои записались?», «мои ученики идут на лекцию?»,
# «мой класс записался?», «мои ученики» (a class teacher's own pupils)
_OWN_PUPILS = re.compile(
    r"^(?:(?:а|и|ну)\s+)?(?:(?:(?:записал(?:ись|ся)|ид[уе]т)\s+ли\s+)?"
    r"(?:мои|наши)(?:\s+(?:ученики|дети|ребята))?|(?:мой|наш)\s+класс)"
    r"(?:\s+(?:уже\s+)?(?:записал(?:ись|ся)|ид[уе]т|пойд[уе]т)(?:\s+ли)?)?{event}\s*\??$".replace(
        "{event}", _EVENT
    )
)
_SAYS_PUPILS = re.compile(r"ученик|дети|ребят|класс|запис|ид[уе]т|пойд")
# a wish to see names: «фамилии», «кто именно», «поимённо», «список учеников»
_NAMES = re.compile(r"(?<![а-я])(?:фамили\w*|имена|поим[её]нно|кто\s+именно|списк\w*\s+учеников)")


@dataclass(frozen=True, slots=True)
class AskedSignups:
    """A sign-up question: `reference` the event as written ("" for none), `class_name` the
    class asked about («9Б»; OWN_CLASS for «из моего класса», «мои ученики»; None: every
    class), `names` whether the names of those signed up were asked for."""

    reference: str
    class_name: str | None = None
    names: bool = False


def signup_question(text: str) -> AskedSignups | None:
    """The sign-up question `text` asks (its event, the class asked about, names wanted),
    or None when `text` is not such a question. A trailing «фамилии» or «имена» («кто из 9б
    идёт на экскурсию? фамилии») asks for names, which the answer says are not shown."""
    said = " ".join(normalize(text).strip(" .!").split())
    names = bool(_NAMES.search(said))
    said = re.sub(r"[?,.!\s]+(?:их\s+)?(?:фамилии|имена|поим[её]нно)(?:\s+пожалуйста)?$", "", said)
    found = _QUESTION.match(said)
    if found is not None:
        if found.group("own"):
            class_name: str | None = OWN_CLASS
        elif found.group("cls"):
            class_name = re.sub(r"[\s-]", "", found.group("cls")).upper()
        else:
            class_name = None
    else:
        found = _OWN_PUPILS.match(said)
        if found is None:
            return None
        asked = said[: found.start("reference")] if found.group("reference") else said
        if not _SAYS_PUPILS.search(asked):
            return None  # «мои» alone is «мои мероприятия»
        class_name = OWN_CLASS
    reference = (found.group("reference") or "").strip(' ?«»"')
    return AskedSignups(reference, class_name, names)


# «а я какой в очереди?», «какое у меня место в листе ожидания?», «я какая по счёту в
# очереди», «какой я в листе ожидания», «сколько передо мной в очереди» (walk 2026-12-02r, #18)
_QUEUE = r"(?:в\s+)?(?:очеред[иь]|лист[еу]?\s+ожидания|списк[еу]\s+ожидания)"
_WAITING_PLACE = re.compile(
    r"^(?:(?:а|и|ну|скажите|подскажите)\s+)*"
    r"(?:(?:я\s+)?(?:как(?:ой|ая|ое)|котор(?:ый|ая))(?:\s+я)?(?:\s+по\s+сч[её]ту)?"
    r"|как(?:ое|ой)\s+(?:у\s+меня\s+)?(?:мо[её]\s+)?(?:место|номер)(?:\s+у\s+меня)?"
    r"|сколько\s+(?:человек\s+)?(?:передо\s+мной|впереди(?:\s+меня)?))"
    rf"\s+{_QUEUE}(?:\s+(?:на|к)\s+\S.*?)?\s*\??$"
)


def asks_waiting_place(text: str) -> bool:
    """Whether `text` asks the person's own place on the waiting lists they are on («а я
    какой в очереди?», «какое у меня место в листе ожидания?»; walk 2026-12-02r, #18).
    An event named after it («… в очереди на экскурсию») is allowed and not needed: every
    list the person waits on is answered."""
    line = " ".join(normalize(text).replace(",", " ").split())
    return _WAITING_PLACE.match(line) is not None
