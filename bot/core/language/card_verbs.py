"""The verbs that set or change a card's day or time: a lexical class, not a word list of
examples (chat66, review64b).

Russian has no grammar that tells «поменяй на завтра» (set the day) from «скинь на завтра»,
«подскажи на завтра», «глянь на завтра» (send, tell, look at the plan of the day): each is a
transitive or intransitive perfective imperative with «на» + a day. What tells them apart is
the verb's meaning, so the verbs that change are a class of their own — moving (move_phrases.
MOVE_LEMMAS: «перенести», «сдвинуть», «передвинуть»), changing (move_phrases.CHANGE_LEMMAS:
«поменять», «изменить») and placing or fixing a value («поставить», «назначить», «сделать»,
«перекинуть», «отложить», «исправить», «заменить», «указать», «оставить», «переписать»,
«запланировать», «давать» of «давай на …») — each in both aspects. The class is closed on
purpose: a verb it does not hold (every verb of asking, showing, sending or telling, and any
verb not thought of) fails safe — the message is read as usual (a question about the plan,
or not understood), and the card is never moved by a verb nobody listed.
"""

from __future__ import annotations

from bot.core.language.move_phrases import CHANGE_LEMMAS, MOVE_LEMMAS

# pymorphy3 normal forms of the verbs of placing or fixing a value (both aspects)
_PLACING = frozenset(
    {
        "поставить",
        "ставить",
        "переставить",
        "переставлять",
        "назначить",
        "назначать",
        "сделать",
        "делать",
        "перекинуть",
        "перекидывать",
        "подвинуть",
        "двигать",
        "отложить",
        "откладывать",
        "исправить",
        "исправлять",
        "заменить",
        "заменять",
        "указать",
        "указывать",
        "оставить",
        "оставлять",
        "переписать",
        "переписывать",
        "запланировать",
        "планировать",
        "перепланировать",
        "установить",
        "устанавливать",
        "давать",
    }
)
SETTING_LEMMAS = MOVE_LEMMAS | CHANGE_LEMMAS | _PLACING


def sets_value(lemma: str) -> bool:
    """Whether the verb of pymorphy3 normal form `lemma` sets or changes a card's day or
    time (module docstring); False for every other verb."""
    return lemma in SETTING_LEMMAS
