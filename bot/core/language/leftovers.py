"""What is left of a message once the parser's rules took their parts: the title tidied
out of it (no labels, fillers, dangling prepositions or stray punctuation), the content words
of a query and the organisation they name, and the emoji and list markers blanked first."""

from __future__ import annotations

import re
import unicodedata

from bot.core.language import title_words
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known, parses, to_nominative
from bot.core.language.notices import without_notices
from bot.core.language.organiser_openers import without_organiser_opener
from bot.core.language.title import KIND, without_trailing_tags
from bot.core.language.title_chat import (
    from_host_invitation,
    without_duration_limit,
    without_group_marks,
    without_measured_result,
    without_negated_sentences,
    without_own_class,
    without_pending_detail,
    without_room_stub,
)
from bot.core.language.title_kind_subject_words import WHEN_ADVERBS
from bot.core.language.title_more import without_more_opener
from bot.core.language.title_phrase import EVALUATIVE
from bot.core.language.title_sentences import names_event_again
from bot.core.language.tokens import normalize

_QUERY_WORDS = frozenset(
    {
        "что",
        "чем",
        "какие",
        "какое",
        "какой",
        "куда",
        "где",
        "когда",
        "есть",
        "ли",
        "будет",
        "будут",
        "было",
        # the other yes/no openings of a question («Пройдёт ли лекция 9 декабря в 15.00?»)
        "был",
        "была",
        "были",
        "пройдёт",
        "пройдет",
        "пройдут",
        "прошёл",
        "прошел",
        "прошла",
        "прошло",
        "прошли",
        # the other yes/no openings and the plan's past (fixchat47): «Проходила ли …»,
        # «Состоится ли …», «Планировалось ли …» name no organiser
        "проходил",
        "проходила",
        "проходило",
        "проходили",
        "состоится",
        "состоятся",
        "состоялся",
        "состоялась",
        "состоялось",
        "состоялись",
        "планировалось",
        "планировались",
        "намечалось",
        "намечались",
        "будит",
        "что-нибудь",
        "что-то",
        "нибудь",
        "у",
        "нас",
        "на",
        "в",
        "во",
        "для",
        "по",
        "мероприятия",
        "мероприятий",
        "мероприятие",
        "события",
        "событий",
        "план",
        "расписание",
        "афиша",
        "анонс",
        "список",
        "календарь",
        "покажи",
        "покажите",
        "показать",
        "мне",
        "сходить",
        "пойти",
        "посетить",
        "интересного",
        "интересное",
        "запланировано",
        "запланированы",
        "планируется",
        "планируются",
        "проходит",
        "проходят",
        "а",
        "и",
        "ну",
        "скажи",
        "скажите",
        "подскажи",
        "подскажите",
        # sending or telling the plan (chat57: intents_asks._SENDING_LEAD)
        "расскажи",
        "расскажите",
        "пришли",
        "пришлите",
        "скинь",
        "скиньте",
        "отправь",
        "отправьте",
        "пожалуйста",
        "можно",
        "классу",
        "классам",
        "ученикам",
        "ребятам",
        "нам",
        "всех",
        "всего",
        "весь",
        "вся",
        "все",
        "бывает",
        "идет",
        "идут",
        "еще",
        "ещё",
        "намечено",
        "намечается",
        "проводится",
        "проводятся",
        "от",
        "привет",
        "здравствуйте",
        "добрый",
        "доброе",
        "день",
        "утро",
        "вечер",
        "спасибо",
    }
)
LABELS = re.compile(
    r"(?im)(?:^|(?<=[\s,.;]))(?:дата(?:\s+проведения)?|время(?:\s+проведения)?|аудитория"
    r"|место(?:\s+проведения)?|для|кабинет|адрес|участники|классы?|начало|окончание"
    r"|продолжительность|целевая\s+аудитория|когда|где)\s*:"
)
_FILLERS = re.compile(
    r"(?i)\b(?:состоится|состоятся|пройд[её]т|пройдут|проводится|будет\s+проводиться"
    r"|будет\s+проходить|приглашаем(?:\s+вас)?(?:\s+на)?|планируется)(?![а-яё])"
    # the count of days the verb says the event lasts («пройдёт два дня», «будет проходить
    # всего три дня»): how long, read by day_count, never the event's name
    r"(?:\s+(?:всего|лишь|только))?(?:\s+(?:в\s+течение\s+)?(?:[2-9]|две|два|двух|три|тр[её]х"
    r"|четыре|четыр[её]х|пять|пяти)\s+(?:дня|дней)(?![а-яё]))?"
)
# a place said back to one named before («Там же пройдёт ярмарка», «…, там же, где в прошлый
# раз», «в том же месте»): where, said by pointing, never the event's name (parse78)
_SAME_PLACE = re.compile(
    r"(?i)(?<![а-яё])(?:(?:там|здесь)\s+же|(?:в|на)\s+том\s+же\s+месте)(?![а-яё])"
    r"(?:\s*,?\s*где\s+[^,.;!?\n]*)?"
)
# a year said as an adverbial of time («в этом году», «в прошлом году»): when, no name (run
# only on a line holding «году»)
_YEAR_SAID = re.compile(
    r"(?i)(?<![а-яё])в\s+(?:этом|текущем|нынешнем|(?:поза)?прошлом|следующем|будущем)\s+"
    r"(?:учебном\s+)?году(?![а-яё])"
)
_DANGLING = r"(?:в|во|на|с|со|для|по|к|ко|у|от|до|и|а|или|из|при|около)"
_DANGLING_END = re.compile(rf"(?i)(?:\s+|^){_DANGLING}\s*$")
_DANGLING_START = re.compile(rf"(?i)^{_DANGLING}(?:\s+|$)")
_DANGLING_BEFORE_PUNCT = re.compile(rf"(?i)(?<![\wа-яё-]){_DANGLING}\s*(?=[,.;:!?)])")
# brackets left empty, or holding only a restricting particle whose words were taken
# ("(только 10–11 классы)" once the classes are read: "(только)")
_EMPTY_BRACKETS = re.compile(r"(?i)\(\s*[,.;:\s-]*(?:(?:только|лишь|для|кроме)[,.;:\s-]*)?\)")
_SPACE_BEFORE_PUNCT = compile_with_scan(r"\s+([,.;:!?)])")
_REPEATED_PUNCT = re.compile(r"([,.;:])(?:\s*[,.;:])+")
# where and when people gather before the event («(сбор в 9:45)», «, собираемся у ворот»,
# «(место встречи — у фонтана)», «(отправление автобуса в 11:00)»): how to get there, not
# its name — in brackets or in a clause after a comma (a title opening with «Сбор
# макулатуры» is not touched: only a note after the name is)
_GATHERING = (
    r"(?:сбор|собира[её]мся|собер[её]мся|встречаемся|мест[оа]\s+(?:встречи|сбора)"
    r"|отправлени[ея]|отправляемся|отъезд|выезд)(?![а-яё])"
)
_GATHERING_OPENS = re.compile(rf"(?i){_GATHERING}")
_GATHERING_NOTE = re.compile(rf"(?i)\(\s*{_GATHERING}[^()]*\)|,\s*{_GATHERING}[^,.;!?()\n]*")
_TITLE_LABEL = re.compile(
    r"(?i)^\s*(?:мероприятие|название(?:\s+мероприятия)?|событие|тема|что)\s*:"
)
_EDGE_PUNCT = " \t,.;:-–—!/|·•*_+=#"
# a letter's opener ("Добрый день!", "Уважаемые коллеги!") before the message proper
GREETING = re.compile(
    r"(?i)^\s*(?:добрый\s+(?:день|вечер)|доброе\s+утро|здравствуйте|приветствую|привет"
    r"|уважаемые[^!.\n]{0,60}|дорогие[^!.\n]{0,60}|коллеги|друзья)\s*[!.,]+\s*"
)
# a letter's lead-in before the news itself ("Информируем, что …", "Сообщаем о том, что …")
LETTER_LEAD = re.compile(
    r"(?i)^\s*(?:информируем|сообщаем|доводим\s+до\s+(?:вашего\s+)?сведения|напоминаем"
    r"|уведомляем|ставим\s+в\s+известность)(?:\s+вас)?\s*,?\s*(?:о\s+том\s*,?\s*)?что\s+"
)
# a sentence that asks for something or gives contacts, not the event's name
SIDE_SENTENCE = re.compile(
    r"(?i)^(?:просим|просьба|убедительная\s+просьба|регистрац\w*|зарегистр\w*|запис\w*"
    r"|заявк\w*|справк\w*|контакт\w*|тел\b\.?|телефон\w*|подробн\w*|ссылк\w*|вопрос\w*"
    r"|ответственн\w*|e-?mail|почта|приходите|ждём|ждем|вход\s+(?:свободный|бесплатный|по)"
    r"|билеты|стоимость|при\s+себе|организатор\w*|режисс[её]р\w*)(?![а-яё])"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
# who leads it ("проведёт доцент кафедры …", "ведущий — …"): a person, not the event's name
_LEADER = re.compile(
    r"(?i)\s*[,—–-]?\s*(?:(?<![а-яё])котор\w+\s+)?(?<![а-яё])(?:(?P<holds>провед[её]т|проводит"
    r"|проведут|проводят|организу[ею]т|организуют)|прочита\w+|ведущ\w+|расскаж\w+|выступ\w+"
    r"|организатор\w*(?=\s*[—–:-])|режисс[её]р\w*)(?![а-яё])(?P<said>[^.!?]*)"
)
_CLAUSE_SPLIT = re.compile(r",\s+")
_ON_KIND = re.compile(r"(?i)(?<![а-яё])на\s+((?:[а-яё-]+\s+){0,2})$")
# a bare number with a colon left by a time read elsewhere ("до 15: проведения")
_NUMBER_FRAGMENT = re.compile(r"(?i)(?:^|\s)(?:до|с|со|от|в|во|к)?\s*\d{1,2}\s*:(?!\d)")


def without_gathering_note(title: str) -> str:
    """`title` without a note of where and when people gather (`_GATHERING_NOTE`: «Лекция
    (сбор)» gives «Лекция», «Экскурсия, сбор у школы» gives «Экскурсия»); `title` itself
    when it has none or nothing would be left."""
    rest = _GATHERING_NOTE.sub(" ", title)
    if rest == title:
        return title
    rest = _tidy_line(rest)
    return rest[:1].upper() + rest[1:] if has_words(rest) else title


def tidy_title(remainder: str) -> str:
    """Turn what is left of a message into a title: no labels, fillers, stray punctuation."""
    lines = []
    remainder = without_negated_sentences(remainder)  # «Лекция не состоится. Концерт …»
    for index, raw in enumerate(remainder.splitlines()):
        if index == 0:  # "Мы приглашаем на …": the writer, before the fillers go
            bare = GREETING.sub("", raw, count=1).lstrip()
            if (opened := without_organiser_opener(bare)) is not bare:
                raw = opened
            elif (invited := from_host_invitation(bare)) is not bare:
                raw = invited  # «Музей янтаря приглашает на занятие»
        line = LABELS.sub(" ", raw)
        line = _TITLE_LABEL.sub(" ", line)
        line = _FILLERS.sub(" ", line)
        line = _SAME_PLACE.sub(" ", line)
        if "году" in line:
            line = _YEAR_SAID.sub(" ", line)
        # a group's number, a room word without its number, a length of time: no name
        line = without_room_stub(without_group_marks(without_duration_limit(line)))
        line = without_measured_result(line)  # «, лучший результат 28:40»: a runner's time
        line = without_own_class(line)  # «…, мой класс»: who comes (walk 2026-12-02o, #16)
        line = without_pending_detail(line)  # «(время уточним)»: a note (walk o, #15)
        line = _tidy_line(line)
        if has_words(line):
            lines.append(line)
    joined = ". ".join(_without_repeated_headings(lines))
    title = _tidy_line(_without_side_sentences(without_notices(joined)))
    title = _without_when_adverb(title)
    title = _shown_by_name(title)
    title = _without_list_tail(_without_call_mark(title))
    title = without_trailing_tags(_without_praise(title))
    title = without_more_opener(title)  # «Ещё одна встреча с ветераном» (chat78)
    return title[:1].upper() + title[1:]


_TITLE_WORD = re.compile(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*", re.IGNORECASE)


def _without_repeated_headings(lines: list[str]) -> list[str]:
    """`lines` (a title's lines, in order) without a line whose words the next line opens
    with, word by word in their pymorphy3 normal forms: a heading that the next sentence
    repeats and narrows («Мастер-класс» over «Мастер-класс по гончарному делу», «Концерт»
    over «Концерт хора») is no part of the name of its own (chat65's leftover, chat66). A
    heading the next line does not repeat stays («Неделя науки» / «Лекция о вулканах»)."""
    if len(lines) < 2:
        return lines
    lemmas = [[_lemma(w) for w in _TITLE_WORD.findall(line)] for line in lines]
    kept = []
    for index, line in enumerate(lines):
        words, after = lemmas[index], lemmas[index + 1] if index + 1 < len(lemmas) else []
        if not (words and len(after) > len(words) and after[: len(words)] == words):
            kept.append(line)
    return kept


def _lemma(word: str) -> str:
    """`word`'s likeliest pymorphy3 normal form, or the word lower-cased when unknown."""
    read = parses(word.lower())
    return read[0].normal_form if read else word.lower()


# the event's placeholder («Мероприятие состоится …») and the labels of its details («время
# 15:00», «дата 18.12»), as pymorphy3 lemmas: alone in their part, what they stood for was read
_BARE_LABELS = frozenset({"мероприятие", "событие", "время", "дата", "место", "начало"})
# a title's parts after its first: each after a comma, a semicolon or a full stop
_PART_BREAK = re.compile(r"[,;.]\s+")


def without_bare_labels(title: str) -> str:
    """`title` without a later part (after «,», «;» or «.») that is one word, the event's
    placeholder or a detail's label (`_BARE_LABELS`) — «Концерт хора. Мероприятие» of
    «Приглашаем на концерт хора. Мероприятие состоится 12 мая», «Кросс, время» of «Кросс 12
    мая, время 15:00» give «Концерт хора», «Кросс»: its verb, day or clock was read, so the
    word names nothing. A part with words of its own («Мероприятие для всей семьи») stays,
    and so do the first part and a part inside a quoted name («Квиз «Кино, время, песни»»).
    Run on a chat line's title after the choice of a concise title (intents): a long
    leftover with such a part still goes to that choice."""
    breaks = list(_PART_BREAK.finditer(title))
    if not breaks:
        return title
    kept, start = [], 0
    for end, after in [(m.start(), m.end()) for m in breaks] + [(len(title), len(title))]:
        part = title[start:end]
        word = part.strip(" .!?")
        inside = title.count("«", 0, start) > title.count("»", 0, start)  # «Кино, время, …»
        bare = start > 0 and not inside and _WORD_ONLY.fullmatch(word) is not None
        if not (bare and any(p.normal_form in _BARE_LABELS for p in parses(word.lower())[:1])):
            kept.append(title[start:after] if after < len(title) else part)
        start = after
    return _tidy_line("".join(kept)) if len(kept) <= len(breaks) else title


_WORD_ONLY = re.compile(r"[А-ЯЁа-яё]+")


# the last word of a title's first sentence, unquoted, before its end or its full stop
_LAST_WORD = re.compile(r"\s+([А-ЯЁа-яё]+)(?=\.?(?:\s|$))")


def _without_when_adverb(title: str) -> str:
    """A chat line's title without an adverb of time or repetition closing its first
    sentence after a kind ("Конкурс по чтению снова" of "Конкурс по чтению снова пройдёт 17
    декабря …"): the verb it qualified was read as the date's, and the adverb tells when,
    not which event (title_kind_subject_words.WHEN_ADVERBS). `title` itself otherwise."""
    first_end = title.find(". ")
    first = title if first_end < 0 else title[:first_end]
    last = next(reversed(list(_LAST_WORD.finditer(first))), None)
    if last is None or last.end() != len(first.rstrip(".")) or "«" in first[last.start() :]:
        return title
    if last.group(1).lower() not in WHEN_ADVERBS or KIND.search(first[: last.start()]) is None:
        return title
    return first[: last.start()] + title[len(first) :]


def _without_praise(title: str) -> str:
    """A title opening with an adjective that praises or sizes the event before its kind
    ("Небольшое торжество для первоклассников", title_phrase.EVALUATIVE) without it: what
    the writer says of the event is no part of its name. `title` itself otherwise."""
    first = re.match(r"([А-ЯЁа-яё-]+)\s+", title)
    if first is None or not EVALUATIVE.match(first.group(1)):
        return title
    if not any(p.tag.POS == "ADJF" for p in parses(first.group(1))[:2]):
        return title
    rest = title[first.end() :]
    kind = KIND.search(rest)
    if kind is None or len(rest[: kind.start()].split()) > 2 or "«" in rest[: kind.start()]:
        return title  # no kind right after it: the adjective may be a name's own word
    return rest[:1].upper() + rest[1:]


# a list's closing «and so on» ending a title: «и пр.», «и др.», «и т. д.», «и т. п.», «и
# прочее», «и так далее», «и тому подобное» (maybe after a comma)
_LIST_TAIL = re.compile(
    r"(?i)[\s,]*(?<![а-яё])и\s+(?:пр|др|т\.\s*[дп]|прочее|прочего|прочие|так\s+далее"
    r"|тому\s+подобное)\.?\s*$"
)


def _without_list_tail(title: str) -> str:
    """`title` without the «и пр.», «и др.», «и т. д.» closing a list at its end («Ярмарка
    поделок, выпечки и пр.» → «Ярмарка поделок, выпечки»): the writer's «and so on» stands
    for what the list leaves unsaid, no word of the event's name. A title that is nothing
    but the tail keeps it."""
    m = _LIST_TAIL.search(title)
    if m is None or not has_words(title[: m.start()]):
        return title
    return title[: m.start()]


# up to three words opening a title, without a quote or a comma, closed by "!"
_CALL_MARK = re.compile(r"^((?:[А-ЯЁа-яё-]+ ){0,2}[А-ЯЁа-яё-]+)!+(?=[\s,;]|$)")


def _without_call_mark(title: str) -> str:
    """A bare kind without the exclamation mark of the call it was cut from ("Приглашаем на
    спектакль! …" gives "Спектакль …", attack w t2): the mark belongs to the call, not to the
    event's name. A quoted name keeps its own ("«Здравствуй, лето!»"), and so does a line
    whose words before the mark do not end in a kind."""
    call = _CALL_MARK.match(title)
    if call is None:
        return title
    if not any(kind.end() == len(call.group(1)) for kind in KIND.finditer(call.group(1))):
        return title  # the words before the mark end in no kind
    return call.group(1) + title[call.end() :]


# "Спектакль, Театр покажет спектакль «Морозко»": a bare kind, then who shows that kind by
# its quoted name (a verb of showing: покажет, представит, сыграет)
_SHOWN_NAMED = re.compile(
    r"(?i)^([а-яё-]+)[\s,.;:!—–-]+(?:(?:[а-яё-]+|«[^«»]{1,40}»)\s+){1,4}?"
    r"(?:покаж|представ|сыгра)[а-яё]*\s+"
    r"([а-яё-]+)\s+(«[^«»]{2,80}»)[.!]?$"
)


def _shown_by_name(title: str) -> str:
    """A bare kind and a clause showing the same kind by its name ("Спектакль, Театр покажет
    спектакль «Морозко»") give the kind and that name ("Спектакль «Морозко»", attack w #14);
    `title` itself otherwise."""
    m = _SHOWN_NAMED.match(title)
    if m is None or KIND.fullmatch(m.group(1)) is None:
        return title
    if m.group(1).lower()[:5] != m.group(2).lower()[:5]:
        return title  # another kind: "Концерт, театр покажет спектакль «…»"
    return f"{m.group(1)} {m.group(3)}"


def _without_side_sentences(title: str) -> str:
    """The title without a letter's opener and without the sentences that ask for something
    or give contacts ("Просим подтвердить участие", "Справки по телефону …")."""
    for lead in (GREETING, LETTER_LEAD):
        rest = lead.sub("", title, count=1)
        if rest is not title and rest != title and has_words(rest):
            title = rest
    title = without_organiser_opener(title)  # "у нас встреча …", "мы проводим квиз …"
    if ":" in title:
        title = _NUMBER_FRAGMENT.sub(" ", title)
    parts = _SENTENCE_SPLIT.split(title.strip())
    kept = parts[:1]
    for part in parts[1:]:  # «Фестиваль Радуга. Фестиваль»: the event named again (parse75)
        if not _side_sentence(part) and not names_event_again(part, " ".join(kept)):
            kept.append(part)
    kept = [_without_leader(_without_side_clauses(p)) for p in kept]
    return _kind_in_nominative(_from_invited_kind(" ".join(kept)))


# a sentence giving a slogan: «Наш девиз: «…»», «Девиз акции — «…»», «Лозунг дня: …»
_SLOGAN_OPENS = re.compile(
    r"(?i)(?:(?:наш|наши|её|его|их|главный)[^\S\n]+)?(?:девиз|лозунг|слоган)"
)


def _side_sentence(sentence: str) -> bool:
    """Whether a later sentence of a leftover is about the event rather than its name: one
    asking for something or giving contacts (SIDE_SENTENCE), or one opening with its finite
    verb and naming no event ("Участвуют сборные 5–6 классов", "Приглашаются учащиеся"): a
    sentence that opens with its predicate tells who comes or what happens, and a name is a
    noun phrase (pymorphy3's likeliest reading of the first word, no kind, no quote)."""
    if SIDE_SENTENCE.match(sentence) or _GATHERING_OPENS.match(sentence):
        return True  # «… Сбор у школы в 7:00»: where people gather (parse75)
    if title_words.SLOGAN_QUOTES and _SLOGAN_OPENS.match(sentence):
        return True  # «… Наш девиз: «Мы вместе!»»: what the event is held under (title82)
    if KIND.search(sentence) is not None or any(mark in sentence for mark in '«"“'):
        return False
    first = re.match(r"[А-ЯЁа-яё-]+", sentence)
    found = parses(first.group(0)) if first is not None else ()
    return bool(found) and found[0].tag.POS == "VERB"


def _without_leader(sentence: str) -> str:
    """The sentence without who leads the event ("…, проведёт доцент кафедры …"), unless the
    verb governs the event itself: a kind after it, and before it no kind and no subject
    ("героям проведут акцию «…»": the action, not its leader)."""
    rest = _LEADER.sub("", sentence)
    if rest == sentence or not has_words(rest):
        return sentence
    if KIND.search(rest) is None:
        held = next((m for m in _LEADER.finditer(sentence) if KIND.search(m.group(0))), None)
        subject = _has_subject(rest) and not _DANGLING_START.match(rest.strip())
        if held is not None and held.group("holds") and subject:
            # «ООО «Ромашка» проводит мастер-класс по лепке», «Библиотека организует
            # экскурсию»: the verb's subject is the organiser, its object the event (never
            # «В библиотеке … проведут …»: a place, no subject)
            return held.group("said").strip()
        if held is not None and not _has_subject(rest):
            return sentence
        if held is None and any(m.group("holds") for m in _LEADER.finditer(sentence)):
            return sentence  # «… проводят в области «Неделю …»»: no kind read after it
    return rest


def _has_subject(words: str) -> bool:
    """Whether `words` name who holds the event: a quoted name or a noun whose likeliest
    reading is in the nominative ("Детский хор «Радуга» проводит кастинг"; pymorphy3)."""
    if any(mark in words for mark in '«"“'):
        return True
    for word in re.findall(r"[А-ЯЁа-яё-]+", words):
        found = parses(word.lower())
        if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "nomn":
            return True
    return False


def _from_invited_kind(title: str) -> str:
    """ "детей в возрасте лет на утренник" (what "Приглашаем … на утренник" leaves): the
    invited people are no part of the name, the title starts at the kind it invites to."""
    kind = KIND.search(title)
    if kind is None or kind.start() == 0:
        return title
    before = _ON_KIND.search(title, 0, kind.start())
    if before is None or not _only_the_invited(title[: before.start()]):
        return title  # "Поездка на концерт": the trip is the event
    words = [*before.group(1).split(), kind.group(0)]
    if not all(any(p.tag.POS in ("ADJF", "PRTF") for p in parses(w)[:2]) for w in words[:-1]):
        return title
    named = " ".join(to_nominative(words))
    return named[:1].upper() + named[1:] + title[kind.end() :]


def _without_side_clauses(sentence: str) -> str:
    """ "Мастер-класс по лепке, запись у классного руководителя": the clause after a comma
    that asks for a sign-up or gives contacts is left out too."""
    if "," not in sentence:
        return sentence
    clauses = _CLAUSE_SPLIT.split(sentence)
    kept = [clauses[0], *(c for c in clauses[1:] if not SIDE_SENTENCE.match(c))]
    return ", ".join(kept)


_AUDIENCE_WORDS = frozenset({"в", "и", "их", "с", "от", "до", "возрасте", "лет", "года", "классов"})


def _only_the_invited(words: str) -> bool:
    """Whether the words before "на <kind>" only name who is invited ("детей в возрасте",
    "учеников 9 классов"): people (animate nouns), numbers and age or grade words."""
    for word in re.findall(r"[А-ЯЁа-яё]+", words):
        low = word.lower()
        if low in _AUDIENCE_WORDS:
            continue
        if not any(
            "anim" in p.tag or p.tag.POS in ("ADJF", "NUMR", "NPRO") for p in parses(low)[:2]
        ):
            return False
    return True


def _kind_in_nominative(title: str) -> str:
    """ "Лекцию проведёт …" left "Лекцию": a kind opening the title is put in the nominative
    (pymorphy3), so the card reads "Лекция"."""
    first = re.match(r"[А-ЯЁа-яё-]+", title)
    if first is None or not KIND.fullmatch(first.group(0)):
        return title
    word = first.group(0).lower()
    if not is_known(word) or any(p.tag.case == "nomn" for p in parses(word)):
        return title  # "Лекции": already a nominative; "Квиз": a guess, kept as written
    word = to_nominative([first.group(0)])[0]
    rest = title[first.end() :]
    if (subject := _PERSON_AND_VERB.match(rest)) is not None and _person_acts(subject):
        # «На празднике Иван Петров прочитает стихи»: the kind stood in the locative, the
        # person after it is the next verb's subject, never the event's name (fresh73)
        end = rest.find(".", subject.end(1))
        rest = rest[end:] if end >= 0 else ""
        again = _NEXT_SENTENCE_WORD.match(rest)
        if again is not None and _lemma(again.group(1)) == _lemma(word):
            return rest[again.start(1) :]  # «… Концерт состоится …»: the kind said again
    return word + rest


# up to three capitalised words and the verb after them («Иван Петров прочитает»), or the
# sentence's end when a leader's verb was taken out before (_without_leader)
_PERSON_AND_VERB = re.compile(
    r"((?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,3})(?:\s+([а-яё]+)|\s*(?=[.!?]|$))"
)
_NEXT_SENTENCE_WORD = re.compile(r"[.!?]\s+([А-ЯЁа-яё-]+)")


def _person_acts(found: re.Match[str]) -> bool:
    """Whether the capitalised words of `found` are a person's names in the nominative
    (pymorphy3's likeliest reading a first name, surname or patronymic) and the word after
    them, if any, is a verb (its likeliest reading): a clause's subject and its verb."""
    for name in found.group(1).split():
        read = parses(name.lower())
        if not read or not {"Name", "Surn", "Patr"} & read[0].tag.grammemes:
            return False
        if read[0].tag.case != "nomn":
            return False
    if found.group(2) is None:
        return True
    verb = parses(found.group(2))
    return bool(verb) and verb[0].tag.POS == "VERB"


def _tidy_line(line: str) -> str:
    line = " ".join(line.split())
    for _ in range(4):
        before = line
        line = _EMPTY_BRACKETS.sub(" ", line)
        line = _DANGLING_BEFORE_PUNCT.sub("", line)
        line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
        line = _REPEATED_PUNCT.sub(r"\1", line)
        line = " ".join(line.split()).strip(_EDGE_PUNCT)
        line = _DANGLING_END.sub("", line)
        line = _DANGLING_START.sub("", line).strip(_EDGE_PUNCT)
        if line == before:
            break
    return _balance_quotes(line)


def _balance_quotes(line: str) -> str:
    if line.count("(") < line.count(")"):
        line = line.replace(")", "", line.count(")") - line.count("("))
    if line.count("(") > line.count(")"):
        line += ")"
    return line


_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


def has_words(text: str) -> bool:
    """Whether `text` holds a word of two letters or more (digits and punctuation alone
    are no words)."""
    return _TWO_LETTERS.search(text) is not None


def content_words(remainder: str) -> list[str]:
    """The words of a query's `remainder` (letters, digits, hyphens) longer than one
    character that are not query words (_QUERY_WORDS: «что», «когда», «будет» …, compared
    normalized), in order."""
    words = re.findall(r"[\wа-яА-ЯёЁ-]+", remainder)
    return [w for w in words if normalize(w).strip("-") not in _QUERY_WORDS and len(w) > 1]


def query_organiser(words: list[str]) -> str | None:
    """An organisation named in a query: capitalised words such as "КГТУ" or "Музей"."""
    names = [w for w in words if w[:1].isupper() and not w.isdigit()]
    return " ".join(names) if names else None


# a list marker first on its line: the blanks before it are those of its own line, so each
# line start reads its own line only (review 2026-12-02, H4: `^(\s*)` ran over the whole run
# of line breaks after every line start of it, quadratic — 4.3 s of an 8,000-character
# message). The same markers are blanked as before: a marker after blank lines is after
# blanks on its own line too
_LIST_MARKER = re.compile(r"(?m)^([^\S\n]*+)(?:\d{1,2}[.)]|[-•*●▪–—])(?=\s++\S)")


def strip_symbols(text: str) -> str:
    """Replace emoji, pictographs and list markers with spaces (keeps the text's length)."""
    text = _LIST_MARKER.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    return _SYMBOL_CANDIDATES.sub(_blank_symbol, text)


# characters that may be pictographs or marks (letters, digits and plain punctuation never are)
_SYMBOL_CANDIDATES = re.compile(r"[^\w\s.,;:!?()\[\]«»\"'/\\%+=<>&@#*-]")


def _blank_symbol(m: re.Match[str]) -> str:
    ch = m.group(0)
    kept = ch in _KEPT_SYMBOLS  # "№"; a modifier minus is a dash ("7 ˗ 10 мая")
    return " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Mn") and not kept else ch


_KEPT_SYMBOLS = frozenset("№\u02d7")
