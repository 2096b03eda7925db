"""Quotation marks other than «» read as «»: „…“, „…”, ”…” and “…” (the low opening mark
Russian typography uses for inner quotes, the right double mark written at both ends, as
Moldovan, Estonian and other sites print names — „Artico”, ”Тотальный диктант” — and the
English pair pasted from other pages, also when a straight " closes its “). The title and
venue rules look for names in «», so a post is read with these pairs written as «», each mark
replaced by one character so that offsets into the post stay valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.first_scan import compile_with_scan

__all__ = ["loose_as_guillemets", "straight_as_guillemets", "with_guillemets"]

# an opening mark: „ anywhere, ” only where a word would start (after a space, a line start
# or a bracket, before a letter or a digit); its closing mark is the next “ or ” on the line;
# the English “ closes with ” or, on pages that mix marks, with a straight " before no letter
_PAIR = re.compile(
    r"(?m)(„|(?:^|(?<=[\s(]))”(?=\w))([^„”“\n]{1,200})([“”])"
    r"|(“)([^„”“«»\"\n]{1,60})(”)"
    r"|(“)([^„”“«»\"\n]{1,60})(\")(?![\w])"
)


# a name in marks typed loosely (parse51): angle marks ‹…›, <…>, ‹…> and <…›; a straight "
# closed by » and « closed by a straight " (a keyboard's mark at one end, the editor's at the
# other). An angle-marked name opens with a capital letter right after its mark and its
# closing mark follows no space, dash or «=» (so «a < b, c > d», a heart «<3», a comparison
# «<10 лет» and an arrow «->» stay), and holds no «@», «/» or «:» (an address, a link, a
# clock: «<Ivanov@mail.ru>»; fixquote52, review51 #3); a straight opening mark never follows
# a letter or a digit (5" is inches), and a straight closing mark is no inner quote's
# («Фильм "Брат"»: a » follows it on its line). One space before an angle closing mark is
# allowed when the mark follows a word of the sentence («на стадионе <Балтика >») and is
# followed by a space, a punctuation mark or the line's end (review52 #6; «<Выход > и вход»
# at a line's start and «<Заря >>» stay). Last, a name between two question marks a page's
# encoding left for its quote marks («в центре ?Наука и технологии?»): a question mark never
# opens a word, so one after a space and right before a letter or a digit, closed by another
# right after a word and before a space or a punctuation mark, is a quote mark (fresh73;
# «Что?Где?Когда?» and a question «…концерт? Ждём» stay)
_LOOSE = compile_with_scan(
    r"(?<![\w<‹])[‹<](?=[A-ZА-ЯЁ])([^‹›<>«»\"\n@/:]{1,60}?)(?<![\s=-])[›>]"
    r"|(?<=[A-Za-zА-ЯЁа-яё] )[‹<](?=[A-ZА-ЯЁ])([^‹›<>«»\"\n@/:]{0,59}?[^\s=-]) [›>]"
    r"(?=[\s.,;:!?)]|$)"
    r"|(?<![\w\"])\"(?=[A-ZА-ЯЁ\d])([^\"«»\n]{1,60}?)»"
    r"|«([^\"«»\n]{1,60}?)\"(?!\w)(?![^«\n]*»)"
    r"|(?<=\s)\?(?=[A-ZА-ЯЁ\d])([^?«»\"\n]{0,59}?[\w.])\?(?=[\s.,;:!)]|$)"
)


# the last few texts read: a post is read with its marks so written by the title, the venue,
# the mention and the occasion rules (five calls a long post, each over the whole post)
@lru_cache(maxsize=8)
def with_guillemets(text: str) -> str:
    """`text` with each „…“, „…”, ”…” and “…” pair, and an English “ a straight " closes
    (a page's mixed marks: "“Гоман юнацтва" (положение)"), written «…» (same length); so too
    a name in angle marks (‹Балтика>, <Родина>) or in mismatched ones ("Балтика», «Юность").
    Other marks, and an opening mark with no closing one on its line, as written."""
    if "„" in text or "”" in text or "“" in text:
        text = _PAIR.sub(lambda m: f"«{m.group(2) or m.group(5) or m.group(8)}»", text)
    return loose_as_guillemets(text)


def loose_as_guillemets(text: str) -> str:
    """`text` with a name in angle marks (‹Балтика>, <Родина>), in mismatched ones
    ("Балтика», «Юность") or between question marks (?Радуга?) written «…» (same length);
    every other mark as written. A message
    is read with them so written (intents.parse_message): the venue and title rules look for
    names in «»."""
    if "‹" not in text and "<" not in text and '"' not in text and "?" not in text:
        return text
    return _LOOSE.sub(_as_guillemets, text)


_NAME_WORDS = 5  # words of a name in angle marks at most: more is a sentence between signs


def _as_guillemets(m: re.Match[str]) -> str:
    """A loosely quoted name `m` written «…»; a span of more than _NAME_WORDS words between
    angle marks as written (a sentence between two signs is no name)."""
    angled = m.group(1) or m.group(2)
    if angled is not None and len(angled.split()) > _NAME_WORDS:
        return m.group(0)
    if m.group(2) is not None:  # «<Балтика >»: the space moves after the mark (same length)
        return f"«{m.group(2)}» "
    return f"«{m.group(1) or m.group(3) or m.group(4) or m.group(5)}»"


# a straight "…" pair around words (`Квест "Морские узлы"`): the opening mark not right after a
# letter, digit or another mark, the closing one not right before a letter or digit, and no
# space just inside either; `5"` or an unpaired mark is left as written
_STRAIGHT_PAIR = re.compile(r'(?<![\w"])"(?=[^\s"])([^"\n]{0,200}?[^\s"])"(?!\w)')


def straight_as_guillemets(text: str, opening: str = "«", closing: str = "»") -> str:
    """`text` with each straight "…" pair written `opening`…`closing` (Russian typography's
    «…» by default; „…“ for quotes inside quotes), for text shown to people: titles written
    with a keyboard's straight quotes (newcomer walk 2026-12-04ag, AG5). Other marks as
    written."""
    if '"' not in text:
        return text
    return _STRAIGHT_PAIR.sub(lambda m: f"{opening}{m.group(1)}{closing}", text)
