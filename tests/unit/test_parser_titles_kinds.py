"""Concise titles (issue 10, point 6) by kind of writing: kinds named as a title of people or
as what the event is part of ("лауреат международного конкурса", "в рамках областного
фестиваля"), a named mention of the chosen kind elsewhere in the post, stages of a contest
named by a synonym, theatre and contest kinds, the nominative of kind nouns the dictionary
also reads as a man's name, rubrics and quoted headings, greetings and sentence headings,
clipped words and audiences before a name, clubs that recruit, a headline's quote after a
place noun, a series' name beside the event's, posters in capitals and a headline's inflected
name (more in test_parser_titles_kinds_more.py). Sentences written for each rule, not copied
from a corpus."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.morphology import to_nominative

NOW = datetime.fromisoformat("2026-11-30T10:00")


def _title(text: str) -> str:
    got = intent_to_json(parse_message(text, NOW))
    assert got["intent"] == "event", got
    title: str = got["title"]
    assert 0 < len(title) <= 80, title
    return title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a laureate's title names a contest that is not the event
            "Лауреаты всероссийского конкурса вокалистов выступят в школе. 12 декабря в 13:00 "
            "в актовом зале пройдёт концерт учащихся музыкальной школы.",
            "Концерт учащихся музыкальной школы",
        ),
        (  # winners of an olympiad meet scientists: the meeting is the event
            "Победители городской олимпиады по химии встретятся с учёными. 10 декабря в 15:00 "
            "в кабинете 214 состоится встреча с преподавателями химического факультета.",
            "Встреча с преподавателями химического факультета",
        ),
        (  # "в рамках" with adjectives before the series' kind
            "В рамках областного фестиваля «Книжная зима» 14 декабря в 12:00 в детской "
            "библиотеке пройдёт мастер-класс по изготовлению закладок.",
            "Мастер-класс по изготовлению закладок",
        ),
        (  # the soloist's title in a concert poster
            "Солист — дипломант международного конкурса имени Чайковского. 18 декабря в 19:00 "
            "в филармонии состоится концерт камерной музыки «Зимние вечера».",
            "Концерт камерной музыки «Зимние вечера»",
        ),
        (  # participants of a regional stage are guests, not the event
            "Участники регионального этапа олимпиады по физике проведут для пятиклассников "
            "опыты. 9 декабря в 14:30 в кабинете физики пройдёт практикум «Занимательная "
            "физика».",
            "Практикум «Занимательная физика»",
        ),
    ],
)
def test_a_side_kind_with_adjectives_is_not_the_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (  # the headline's "открытый урок" is named in the body
            "Министр проведёт открытый урок для школьников\n5 декабря министр просвещения "
            "проведёт открытый урок для школьников страны. Ученики гимназии присоединятся к "
            "трансляции и примут участие во Всероссийском открытом уроке «Шаг в профессию».",
            "открытый урок «Шаг в профессию»",
        ),
        (  # a regional contest mentioned bare first, with its name in a later sentence
            "В библиотеке 12 декабря в 14:00 пройдёт городской конкурс чтецов. Заявки на "
            "городской конкурс чтецов «Зимние строки» принимаются до 5 декабря по почте.",
            "Городской конкурс чтецов «Зимние строки»",
        ),
        (  # a school fair named in the last sentence
            "Приглашаем всех 19 декабря в 11:00 на благотворительную ярмарку в холле школы. "
            "Собранные на благотворительной ярмарке «Добрые руки» средства передадим приюту.",
            "Благотворительная ярмарка «Добрые руки»",
        ),
    ],
)
def test_a_kind_with_adjectives_takes_its_named_mention(text: str, needle: str) -> None:
    assert needle.lower() in _title(text).lower()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (  # "первый этап состязаний" of "турнир по баскетболу"
            "В гимназии пройдёт турнир по баскетболу среди 8-х классов. Первый этап состязаний "
            "состоится 10 декабря в 15:00 в спортзале.",
            "турнир по баскетболу",
        ),
        (  # "финал первенства" of "соревнования по лыжным гонкам"
            "Объявлены соревнования по лыжным гонкам для учащихся 5–7 классов. Финал "
            "первенства пройдёт 20 декабря в 11:00 на лыжной базе «Снежинка».",
            "соревнования по лыжным гонкам",
        ),
        (  # "второй тур соревнований" of "чемпионат по шашкам"
            "В школе стартует чемпионат по шашкам. Второй тур соревнований пройдёт 16 декабря "
            "в 14:00 в рекреации второго этажа.",
            "чемпионат по шашкам",
        ),
    ],
)
def test_a_bare_stage_names_the_contest_written_with_another_word(text: str, needle: str) -> None:
    assert needle in _title(text).lower()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "21 декабря в 12:00 в малом зале театра — музыкальная сказка «Снежная королева». "
            "Для детей от 5 лет, билеты в кассе театра.",
            "Музыкальная сказка «Снежная королева»",
        ),
        (
            "Театральная студия покажет новогоднюю сказку «Двенадцать месяцев» 26 декабря в "
            "17:00 в актовом зале.",
            "Новогодняя сказка «Двенадцать месяцев»",
        ),
        (
            "Состязания роботов «Робобитва» пройдут 13 декабря в 10:00 в технопарке.",
            "Состязания роботов «Робобитва»",
        ),
        (
            "Приглашаем 12 декабря в 15:00 поучаствовать в викторине о русских писателях. "
            "Встречаемся в читальном зале библиотеки, команды по 4 человека.",
            "Викторина о русских писателях",
        ),
    ],
)
def test_theatre_and_contest_kinds(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("words", "nominative"),
    [
        (["викторине"], ["викторина"]),
        (["интеллектуальной", "викторине"], ["интеллектуальная", "викторина"]),
        (["выставке"], ["выставка"]),
    ],
)
def test_a_kind_noun_is_never_read_as_a_name(words: list[str], nominative: list[str]) -> None:
    assert to_nominative(words, case="loct") == nominative


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a site's rubric under the date stamp
            "28.11.2026\nСпорт\nПервенство школы по волейболу\nВ субботу, 5 декабря, в 10:00 в "
            "спортзале школы №7 пройдёт первенство школы по волейболу среди 9–11 классов.",
            "Первенство школы по волейболу",
        ),
        (  # a heading that is one quoted name with its year
            "«Лыжня России-2027»\n12.01.2027\nСпорт\nВ воскресенье, 14 февраля, в 11:00 на "
            "лыжной базе состоится массовая гонка для школьников и их родителей.",
            "«Лыжня России-2027»",
        ),
        (  # a name of its own is no rubric
            "Библионочь\n24 апреля в 18:00 городская библиотека откроет двери до полуночи. "
            "Вход свободный, для всех возрастов.",
            "Библионочь",
        ),
        (  # a heading without kind keeps its place when the body names no more
            "Ночь музеев\n18 мая в 18:00 в краеведческом музее пройдёт всероссийская акция. "
            "Вход свободный до полуночи.",
            "Ночь музеев",
        ),
    ],
)
def test_rubrics_and_quoted_headings(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (  # a congratulation heading, the concert below
            "С Днём учителя!\nДорогие педагоги, спасибо за ваш труд. 5 октября в 12:00 в "
            "актовом зале состоится праздничный концерт «Спасибо, учитель».",
            "Праздничный концерт «Спасибо, учитель»",
        ),
        (  # a congratulation in the first sentence
            "С наступающим праздником, ребята! 28 декабря в 11:00 в спортзале пройдёт "
            "новогодний утренник для 1–4 классов. Костюмы приветствуются.",
            "Новогодний утренник",
        ),
        (  # a heading that is a sentence with an infinitive
            "Учиться никогда не поздно\nС 7 по 11 декабря в колледже пройдёт ярмарка "
            "образовательных программ для взрослых. Вход свободный.",
            "Ярмарка образовательных программ",
        ),
        (  # a heading naming no kind above a sentence that announces one
            "Зима в музее\nС 20 по 30 декабря в краеведческом музее пройдёт выставка "
            "новогодних игрушек прошлого века. Вход для школьников бесплатный.",
            "Выставка новогодних игрушек прошлого века",
        ),
        (  # the same with an opening
            "Новый сезон на катке\n12 декабря в 17:00 на стадионе «Юность» состоится открытие "
            "зимнего сезона. Прокат коньков работает до 21:00.",
            "Открытие зимнего сезона",
        ),
        (  # a kind after "по" is the subject of another
            "7 декабря в 12:00 для пятиклассников проведут экскурсию по выставке «Древние "
            "ремёсла» в краеведческом музее. Сбор у входа в 11:50.",
            "Экскурсия по выставке «Древние ремёсла»",
        ),
        (  # adjectives joined by "и" in a genitive chain
            "С 14 по 20 декабря в кинотеатре «Заря» пройдёт фестиваль детских и семейных "
            "фильмов. Билеты для школьников по 100 рублей.",
            "Фестиваль детских и семейных фильмов",
        ),
        (
            "Конкурс детского и юношеского рисунка пройдёт 10 декабря в 14:00 в доме "
            "творчества. Работы принимаются до 5 декабря.",
            "Конкурс детского и юношеского рисунка",
        ),
    ],
)
def test_greetings_and_sentence_headings_give_way_to_the_body(text: str, needle: str) -> None:
    assert needle in _title(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a clipped adjective in the subject, then the quoted name
            "Уважаемые коллеги! 15 декабря в 11:00 онлайн-урок по фин. грамотности «Мои первые "
            "деньги», ссылка для подключения придёт накануне. Подключаемся из кабинетов.",
            "Онлайн-урок по фин. грамотности «Мои первые деньги»",
        ),
        (
            "Внимание! 9 декабря в 14:00 пройдёт олимпиада по рус. языку для 5–6 классов. "
            "Место проведения — кабинет 12, с собой ручку.",
            "Олимпиада по рус. языку",
        ),
        (  # whom a contest is for, then its quoted name
            "12 декабря в 10:00 в спортзале школы №5 стартует турнир по мини-футболу среди "
            "сборных 7-х классов «Кожаный мяч». Болельщики приветствуются.",
            "Турнир по мини-футболу среди сборных 7-х классов «Кожаный мяч»",
        ),
        (
            "В библиотеке 16 декабря в 15:00 пройдёт викторина для читателей 3–4 классов "
            "«Зимние сказки». Команды по пять человек.",
            "Викторина для читателей 3–4 классов «Зимние сказки»",
        ),
    ],
)
def test_clipped_words_and_audiences_before_a_name(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # days the classes meet on are no subject; the club is what is announced
            "Школьный пресс-центр набирает ребят 7–10 кл! Занятия по вт и чт с 15:00 до 16:00 "
            "в каб. 3.07, первое занятие 15.12. Приходите с идеями",
            "Школьный пресс-центр",
        ),
        (
            "Театральная студия объявляет набор учеников 5–8 классов. Занятия по средам в "
            "16:00 в актовом зале, первое занятие 9 декабря.",
            "Театральная студия",
        ),
        (
            "Кружок робототехники набирает учеников начальной школы. Занятия по субботам в "
            "11:00 в кабинете информатики, первое — 12 декабря.",
            "Кружок робототехники",
        ),
    ],
)
def test_a_club_that_recruits_is_the_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (  # a headline's quoted name after "в парке" is the park's
            "В субботу в парке «Берёзовая роща» пройдёт экологическая акция «Чистый лес»\n"
            "12 декабря в 10:00 школьники и их родители уберут аллеи парка. Перчатки и мешки "
            "выдадут на месте.",
            "Экологическая акция «Чистый лес»",
        ),
        (
            "На стадионе «Динамо» состоится турнир по хоккею среди школьных команд\n"
            "Турнир пройдёт 19 декабря в 11:00. Заявки принимает учитель физкультуры.",
            "Турнир по хоккею",
        ),
        (  # a quoted name after a kind in the headline stays the event's
            "Школьников пригласили на конкурс «Зимние узоры»\nРаботы принимают до 10 декабря, "
            "награждение пройдёт 20 декабря в 14:00 в доме творчества.",
            "«Зимние узоры»",
        ),
    ],
)
def test_a_headline_quote_after_a_place_noun_is_the_place(text: str, needle: str) -> None:
    title = _title(text)
    assert needle in title
    assert "Берёзовая" not in title
    assert "Динамо" not in title


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (  # a series' quoted name, then the lecture's own
            "На лекции цикла «Наука в городе» «Как устроены чёрные дыры», которая пройдёт "
            "10 декабря в 18:00, расскажут о последних открытиях. Вход свободный.",
            "Лекция «Как устроены чёрные дыры»",
        ),
        (
            "На встрече клуба «Книголюб» «Зимние истории Паустовского» 17 декабря в 16:00 "
            "читатели обсудят рассказы. Приходите в читальный зал.",
            "Встреча «Зимние истории Паустовского»",
        ),
        (  # "называется": the kind's own name outweighs the series invited to
            "Школьников приглашают 12 декабря на «Научные каникулы» в технопарк. Занятие "
            "называется «Как работает робот». Начало в 11:00, вход свободный.",
            "«Как работает робот»",
        ),
        (
            "Родителей ждут 14 декабря на «Родительский университет». Лекция носит название "
            "«Подросток и гаджеты». Начало в 18:30 в актовом зале школы.",
            "Лекция «Подросток и гаджеты»",
        ),
        (  # "на лекции" is one lecture
            "На лекции в планетарии 9 декабря в 17:00 школьники узнают о кометах. Билеты в "
            "кассе планетария, для учащихся скидка.",
            "Лекция",
        ),
    ],
)
def test_the_events_own_name_among_a_series_names(text: str, needle: str) -> None:
    assert needle in _title(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a poster's line: the clock time, the show's name in capitals, its kind below
            "20 декабря\n12:00 СНЕЖНАЯ КОРОЛЕВА\nСпектакль для всей семьи по сказке Андерсена. "
            "Продолжительность 1 час 10 минут, возраст 6+.",
            "Спектакль «Снежная королева»",
        ),
        (
            "ЗИМНИЕ ЗАБАВЫ\nКонцерт детского хора школы искусств 23 декабря в 17:00 в "
            "концертном зале. Вход свободный.",
            "Концерт «Зимние забавы»",
        ),
        (
            "ТАЙНЫ ОКЕАНА\nВыставка откроется 5 декабря в 11:00 в краеведческом музее и "
            "продлится до конца января.",
            "Выставка «Тайны океана»",
        ),
        (  # no kind on the next line: the name alone
            "14 декабря\n18:00 ИОЛАНТА\nОпера в одном действии на музыку Чайковского. "
            "Билеты в кассе театра, для школьных групп скидка 20 процентов.",
            "Иоланта",
        ),
    ],
)
def test_a_posters_name_in_capitals_takes_the_kind_below(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the headline inflects the name; the body writes it as it is
            "Премьера «Золушки» состоится в детском театре\nВ детском театре 12 декабря в "
            "11:00 состоится премьера спектакля «Золушка». Билеты в кассе театра.",
            "Премьера спектакля «Золушка»",
        ),
        (
            "Школьники увидят выставку «Пернатых друзей»\n5 декабря в краеведческом музее "
            "открывается выставка «Пернатые друзья». Для школьных групп вход свободный.",
            "Выставка «Пернатые друзья»",
        ),
    ],
)
def test_a_headlines_inflected_name_is_written_as_the_body_writes_it(text: str, title: str) -> None:
    assert _title(text) == title
