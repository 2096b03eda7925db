"""An institution's legal form written before its name («ФГБОУ ВО «Новгородский
государственный университет»», «в ГБОУ ВПО Московском педагогическом институте», «МБУК
«Дом культуры»», «в МБУК Центральной библиотеке»): the abbreviation says what kind of body
owns the place (федеральное государственное бюджетное образовательное учреждение высшего
образования), never which place it is. Read without it, the place rules see the name itself
the way they see it written alone; before, «ФГБОУ ВО» or «ГБОУ ВПО» was the venue (the
abbreviation after «в» read as an organisation) and «МБУК Центральной» stayed in the title
(fresh56, left alone).

The form's shape: an owner's letters (Ф, Г, М, О, Ч, Н: federal, state, municipal, regional,
private, non-state), the kind of funding (Б, А, К: бюджетное, автономное, казённое) and/or
of institution (Д, П, О: дошкольное, профессиональное, образовательное) and «У»
(учреждение), with the field after it (К: культуры, ДО: дополнительного образования);
then, optionally, the level of education (ВО, ВПО, СПО, ДО, ДПО, НПО). A university's own
abbreviation («МГУ», «КГТУ», «БФУ») has none of the funding or institution letters before
its «У» and stays. The form is blanked only right before a name — an opening quote or a
capitalised word in lower case after it («Московском», «Центральной») — so «в МАОУ СОШ №5»
(the school's type is the name) keeps its abbreviations. A quoted name after the form is
the place itself (`quoted_after_form`, read by venue_more's abbreviation rule): «в ФГБОУ ВО
«Новгородский государственный университет»» → «Новгородский государственный университет»."""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan

_LEVEL = r"(?:ВО|ВПО|СПО|ДО|ДПО|НПО)"
_FORM_WORDS = (
    rf"(?:[ФГМОЧН]{{0,3}}(?:[БАК][ДП]?О?|[ДП]?О)У(?:К|ДО)?(?:[^\S\n]+{_LEVEL})?|О?УВПО)"
    r"(?![\w-])"
)
_FORM = compile_with_scan(rf"(?<![\w-]){_FORM_WORDS}[^\S\n]+(?=[А-ЯЁ][а-яё])")
_FORM_AT = re.compile(_FORM_WORDS)
# the institution's own name in quotes right after its form: «ФГБОУ ВО «Новгородский …»»
_QUOTED_NAME = re.compile(r"[^\S\n]+[«\"]([^«»\"\n]{3,80})[»\"]")
_GATE = compile_with_scan(r"[БАКО]У|УВПО")


def without_legal_forms(text: str) -> str:
    """`text` with each legal form standing before an institution's name blanked with spaces
    (the same length, so every offset still points at the written text). Read only: the
    description and the shown words come from the text as written (intents._as_written)."""
    if not _GATE.search(text):
        return text
    return _FORM.sub(lambda m: " " * len(m.group(0)), text)


def quoted_after_form(text: str, start: int) -> re.Match[str] | None:
    """The institution's quoted name (group 1) after the legal form opening at `start`
    («ФГБОУ ВО «Новгородский государственный университет»»), or None when no legal form
    opens there or no quoted name follows it."""
    form = _FORM_AT.match(text, start)
    return _QUOTED_NAME.match(text, form.end()) if form else None
