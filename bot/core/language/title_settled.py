"""The chosen title phrase completed from the rest of the post and fitted to a card: a bare kind
takes its named or fuller mention, a bare feast the day named before, a bare stage its
contest, a ceremony its event, an opening what it opens; a headline's kind the name the body
gives it; a kind only described its named mention; then the performers, the name, the owner
and the card's length (title_finish.py). Used by title.py (concise_title)."""

from __future__ import annotations

import re
from itertools import chain

from bot.core.language.title_choice import named_after_subject, same_subject, stage_of_event
from bot.core.language.title_contests import ceremony_of_contest, same_contest, with_game
from bot.core.language.title_cues import CUE_VERB
from bot.core.language.title_finish import (
    CEREMONY,
    fit,
    of_named_event,
    of_what_opens,
    with_name,
    with_owner,
)
from bot.core.language.title_heading_body import repeated_around_name
from bot.core.language.title_named import (
    fuller_mention,
    proper_event,
    repeated_fuller,
    stands_for_event,
    with_inserted_adjectives,
)
from bot.core.language.title_named_as import named_again, named_mention, only_described
from bot.core.language.title_offers import APPEARANCES
from bot.core.language.title_opening import opened_in_full
from bot.core.language.title_performer import with_performers
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_pick import Pick, named_with
from bot.core.language.title_quotes import as_written, labelled_name, named_as_kind
from bot.core.language.title_repeated import repeats_words
from bot.core.language.title_score import WEAK
from bot.core.language.title_stages import (
    BARE_STAGE,
    BARE_STAGE_NOUN,
    LONE_STAGE,
    contest_before,
    held_in_stages,
    stage_of_headline,
)
from bot.core.language.title_visits import with_headline_performer
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    QUOTE,
    bare_kind,
    is_genitive,
    kind_key,
    phrase_kind_key,
)
from bot.core.language.told_past import told_in_past

# kinds a chat message writes short ("олимп. по биологии"), written out in the title
_FULL_KIND = {"олимп.": "Олимпиада", "соревн.": "Соревнования", "конф.": "Конференция"}
_ABBREVIATED = re.compile(r"(?i)^(?:олимп|соревн|конф)\.")
# a feast or a generic event word: bare, it means the day or the event the post named before
_FEAST = re.compile(r"(?i)праздник|мероприяти|акци|программ|соревновани|представлени")
HEADLINE_DATED = True  # title53: a headline's kind named in the event's own sentence
NAMED_NEXT = True  # title53: the event sentence's kind named by the next sentence's subject


def mention_saying_more(
    text: str, phrase: str, elsewhere: tuple[tuple[int, int], ...] = ()
) -> str | None:
    """The body's mention repeating a bare kind and saying more (repeated_fuller), or one
    giving a kind of whom ("Первенство России") its subject or name ("… по дзюдо"); None
    when the phrase is neither or the post has no such mention."""
    bare = bare_kind(phrase)
    if not bare and not _without_subject(phrase):
        return None
    longer = repeated_fuller(text, phrase, elsewhere)
    if longer is None and not bare:
        # "Чемпионат баскетбольной лиги" above "финал Чемпионата школьной баскетбольной лиги"
        return with_inserted_adjectives(text, phrase, elsewhere)
    if longer is None or bare or longer[len(phrase) :].lstrip().startswith(("по ", "«")):
        return longer
    return None  # "выставка роботов школьников": whose again, no subject


def _without_subject(phrase: str) -> bool:
    """Whether a kind phrase of at most three words has a genitive after its kind but neither
    a quoted name nor a subject with "по" ("Первенство России", not "Первенство России по
    дзюдо"): whose event it is, not what it is about, so a fuller mention below may say."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3
        and "«" not in phrase
        and KIND.match(words[0]) is not None
        and all(is_genitive(w) for w in words[1:])
    )


def finished(pick: Pick, chosen: str) -> str:
    """The chosen phrase completed from the rest of the post and fitted to a card; a kind
    only described ("Экологическая акция") gives way to the post's named mention of the same
    kind ("акция «Чистый берег»", title_named_as.named_mention)."""
    title = _finished_as_is(pick, chosen)
    if NAMED_MENTION and only_described(title):
        mention = named_mention(pick.text, title, pick.elsewhere)
        if mention is not None:
            return _finished_as_is(pick, mention)
    if NAMED_AGAIN and (again := named_again(pick.text, title, pick.elsewhere)) is not None:
        # "… проходят сеансы массового катания. Сеансы под названием «Ура! Каникулы!»": the
        # same kind said again with its name (title_named_as.named_again)
        return again
    return title


NAMED_AGAIN = True  # title75: a kind named later with a naming word takes that name

NAMED_MENTION = True  # whether a kind only described gives way to its named mention


def _finished_as_is(pick: Pick, chosen: str) -> str:
    """The chosen phrase completed from the rest of the post and fitted to a card."""
    text, event_sentence = pick.text, pick.event_sentence
    phrase = with_game(text, pick.headline, _settled(pick, chosen))
    phrase = _ABBREVIATED.sub(lambda m: _FULL_KIND[m.group(0).lower()], phrase, count=1)
    phrase = stage_of_headline(text, pick.headline, phrase)
    phrase = with_performers(text, event_sentence, phrase)
    if APPEARANCES and pick.headline[1] > pick.headline[0]:
        # "Хор гимназии выступит в филармонии" above "… к большому концерту, который пройдёт
        # 14 марта": the concert is the choir's (title_visits.py)
        phrase = with_headline_performer(phrase, text[pick.headline[0] : pick.headline[1]])
    named = with_name(text, phrase, pick.headline[0], pick.elsewhere)
    return fit(with_owner(text, named))


def _settled(pick: Pick, phrase: str) -> str:
    """The chosen phrase completed from the rest of the post: a bare kind takes its named
    or fuller mention, a bare feast the day named before, a bare stage its competition, a
    ceremony its event, an opening what it opens."""
    text, named, qualified = pick.text, pick.named, pick.qualified
    if " " not in phrase:  # "Лекция состоится…" after "…на лекцию «Химия вокруг нас»"
        key = kind_key(phrase)
        phrase = (
            named.get(key)
            or qualified.get(key)
            or fuller_mention(text, key, pick.elsewhere)
            or phrase
        )
        if " " not in phrase:
            # "пройдёт первенство ПФО по боксу … Турнир откроют 2 марта": a bare contest word
            # stands for the contest the post has named under another such word
            contests = chain(named.get_all().items(), qualified.items())
            phrase = same_contest(contests, key) or phrase
        if " " not in phrase and _FEAST.match(phrase):
            # "… отметить День рыбака. Праздник пройдёт 12 июля"; "…приглашает на открытие
            # городской ёлки. Праздник начнётся…": the feast is the event named before
            if pick.days:
                phrase = kind_phrase(text, *pick.days[0])
            else:
                others = [*named.get_all().values(), *qualified.values()]
                phrase = others[0] if others else phrase
        if " " not in phrase and (label := labelled_name(text)):
            phrase = f"{phrase} {label}"  # "Лекция – 15 декабря … Тема: «Химия вокруг нас»"
    elif (
        "«" not in phrase
        and (name := named.get(phrase_kind_key(phrase))) is not None
        and (
            phrase.lower() in name.lower()
            or repeats_words(phrase, name)
            or (_headline_kind(pick, phrase, name) and not stage_of_event(phrase))
            or _headline_kind_dated(pick, phrase, name)
            or _named_next(pick, phrase, name)
            or named_after_subject(phrase, name)
            or repeated_around_name(text, phrase, name, 0)
        )
    ):
        # "Конкурс чтецов" named elsewhere "… конкурс чтецов «Живая классика»"; a headline's
        # "олимпиада о символах республики" named in the body "олимпиаду «Символы Якутии»"
        phrase = name
    elif (longer := mention_saying_more(text, phrase, pick.elsewhere)) is not None:
        phrase = longer  # "Открытый турнир" of a headline, "открытый турнир по шахматам" below
    elif LONE_STAGE.match(phrase) and (of := held_in_stages(text)) is not None:
        # "Второй этап" of "Олимпиаду проведут в два этапа": "Второй этап олимпиады"
        phrase = next((w for w in (f"{phrase} {w}" for w in of) if len(w) <= MAX_TITLE), phrase)
    elif (bare := BARE_STAGE.match(phrase)) is not None:
        # "Школьный этап конкурса" of "… Всероссийского конкурса сочинений": the event named
        key = kind_key(bare.group(1))
        fuller = (
            named.get(key),
            qualified.get(key),
            same_contest(chain(pick.named.get_all().items(), pick.qualified.items()), key),
        )
        phrase = next((f for f in fuller if f and not BARE_STAGE.match(f)), phrase)
    if "«" not in phrase and (whole := named_as_kind(text, phrase_kind_key(phrase))) is not None:
        phrase = whole  # "Диктант" of a post about «Диктант Победы»: the name says it all
    elif "«" not in phrase and (proper := proper_event(text, phrase)) is not None:
        phrase = proper  # "Состязания пройдут …" after "… проведения 4-го Кубка губернатора"
    elif "«" not in phrase and pick.subjects and stands_for_event(phrase):
        # "спортивного соревнования, которое пройдёт …" in a post where "… гонка «Лыжня
        # России» состоится": the generic word stands for the event named as a subject
        phrase = named_with(pick, pick.subjects[0])
    phrase = of_named_event(phrase, named.get_all) if CEREMONY.match(phrase) else phrase
    if BARE_STAGE_NOUN.match(phrase) and (contest := contest_before(text, phrase)) is not None:
        phrase = f"{phrase} {contest}"  # «…турнир по шахматам. Завтра финал»: «Финал турнира по …»
    phrase = ceremony_of_contest(text, phrase)  # "Открытие соревнований": of which
    return _name_as_written(pick, opened_in_full(text, of_what_opens(text, phrase), pick.elsewhere))


def _headline_kind(pick: Pick, phrase: str, name: str) -> bool:
    """Whether `phrase` is the news headline's own kind phrase (the headline tells which
    event the post is about) and `name` holds a proper name, capitalised («Символы Якутии»;
    not a word in scare quotes, "диктант «по-настоящему тотальным»")."""
    start, end = pick.headline
    quote = QUOTE.search(name)
    return (
        end > start
        and quote is not None
        and quote.group(0)[1:2].isupper()
        and phrase_kind_key(phrase) in pick.text[start:end].lower().replace("ё", "е")
        and same_subject(phrase, quote.group(0))
    )


def _headline_kind_dated(pick: Pick, phrase: str, name: str) -> bool:
    """Whether `phrase` is the headline's own kind phrase, with no name, and the body names
    that kind as the subject of a sentence whose verb announces it («… проведут квест об
    истории города» and «Квест «Мой Череповец» состоится сегодня»): whatever the headline
    says it is about, that sentence names the event (a mention of the kind elsewhere may be
    another event of that kind: same_subject decides those)."""
    start, end = pick.headline
    quote = QUOTE.search(name)
    key = phrase_kind_key(phrase)
    if (
        not HEADLINE_DATED
        or end <= start
        or quote is None
        or not quote.group(0)[1:2].isupper()
        or stage_of_event(phrase)
        or key not in pick.text[start:end].lower().replace("ё", "е")
    ):
        return False
    at = pick.named.named_at(key)
    if at is None or at < end:
        return False
    opening = max(pick.text.rfind(c, 0, at) for c in ".!?\n") + 1
    if pick.text[opening:at].strip(' «"-–—'):
        return False  # the name is no subject opening its sentence
    verb = CUE_VERB.search(pick.text, at, at + 120)
    return verb is not None and not _SENTENCE_END.search(pick.text, at + len(name), verb.start())


_SENTENCE_END = re.compile(r"[.!?\n]")


def _named_next(pick: Pick, phrase: str, name: str) -> bool:
    """Whether the unnamed `phrase` stands in the event's own sentence and the sentence right
    after it opens with the same kind and a capitalised quoted name, as its subject («…
    состоится благотворительный концерт учащихся … . Концертная программа «Самый детский
    день» посвящена …»): the next sentence names the event just announced."""
    sentence = pick.event_sentence
    quote = QUOTE.search(name)
    if (
        not NAMED_NEXT
        or sentence is None
        or quote is None
        or not quote.group(0)[1:2].isupper()
        or stage_of_event(phrase)
        or phrase.lower() not in pick.text[sentence[0] : sentence[1]].lower()
    ):
        return False
    at = pick.named.named_at(phrase_kind_key(phrase))
    return (
        at is not None
        and at >= sentence[1]
        and not pick.text[sentence[1] : at].strip(" .!?…\n")
        # "Праздник «…» в ноябре собрал 20 команд": a past one of that kind, another event
        and not told_in_past(pick.text, at, at + len(name))
    )


def _name_as_written(pick: Pick, phrase: str) -> str:
    """ "Премьера «Теремка»" of a headline, when the body writes "премьера спектакля
    «Теремок»": that mention of the kind, else the name as the body writes it."""
    quote = QUOTE.search(phrase)
    if quote is None:
        return phrase
    written = as_written(pick.text, quote.group(0))
    if written is None:
        return phrase
    mention = pick.named.holding(phrase_kind_key(phrase), written)
    if mention is None and WEAK.match(phrase):
        # "программа «Ночи музеев»": the programme of the event the body names in full,
        # "… к акции «Ночь музеев»"
        mention = next((p for p in pick.named.get_all().values() if written in p), None)
    return mention or phrase.replace(quote.group(0), written)
