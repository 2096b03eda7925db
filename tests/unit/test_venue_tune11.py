"""Venues of long posts (issue 10, point 5), round venues11: general mechanisms seen failing on
the venues of the released sets (eval8 released for tuning, and what earlier rounds left),
tried on sentences written for each rule (not copied from any post) and on ones each rule
must leave alone."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue

# --- the organiser as the venue: a named organisation opening its clause as the subject of
# --- a verb of hosting ("X приглашает", "X проводит") when the post names no other place ----


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # an abbreviation and its quoted name
            "ДДТ «Радуга» приглашает ребят 5 мая в 12:00 на весенний праздник с играми.",
            "ДДТ «Радуга»",
        ),
        (  # an organisation noun and its quoted name, no place noun
            "Музейное объединение «Северный путь» проводит 12 апреля конкурс чтецов "
            "для школьников.",
            "Музейное объединение «Северный путь»",
        ),
        (  # a unit of a place ("филиал") governing the place in the genitive
            "Филиал краеведческого музея имени «Первые строители» проводит 3 марта "
            "викторину для младших школьников.",
            "музея имени «Первые строители»",
        ),
        (  # a verb of hosting in the perfective ("устроит")
            "Музей истории города устроит 9 января новогодний утренник для малышей.",
            "Музей истории города",
        ),
        (  # a lone abbreviation inviting to its own premises
            "КГТУ приглашает школьников 5 мая в 12:00 на день открытых дверей.",
            "КГТУ",
        ),
    ],
)
def test_the_named_organiser_is_the_venue(text: str, venue: str) -> None:
    assert venue in (parsed_venue(text) or "")


def test_an_airport_is_a_place() -> None:
    text = "Аэропорт Храброво приглашает школьников 14 мая в 11:00 на экскурсию по терминалу."
    assert "Аэропорт Храброво" in (parsed_venue(text) or "")


def test_a_named_organiser_yields_to_the_place_the_post_names() -> None:
    text = (
        "Музейное объединение «Северный путь» проводит 12 апреля в 15:00 конкурс чтецов "
        "в городской библиотеке имени Гайдара."
    )
    assert "библиотек" in (parsed_venue(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Администрация района проводит 12 апреля конкурс чтецов для школьников.",
        # an ensemble invites to its concert: no premises of its own
        "Ансамбль народной песни «Зорька» приглашает 12 апреля на весенний концерт.",
        # co-organisers: not one organisation's name
        "Комитет по делам молодёжи совместно с ДДТ «Ровесник» проводит 12 апреля слёт.",
        # a word of a quoted name opening a "sentence"
        "Проект «Наука. ВДНХ» приглашает 12 апреля на лекцию о звёздах.",
        # the event itself as the subject of a reflexive verb
        "Фестиваль «Музейная весна» проводится 12 апреля для школьников города.",
    ],
)
def test_no_organisation_is_read_where_none_hosts(text: str) -> None:
    assert parsed_venue(text) is None


# --- "площадкой … станет X": a place named as the predicate of "станет"/"будет" -------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Площадкой городского фестиваля науки 20 мая станет Северный технический колледж.",
            "Северный технический колледж",
        ),
        (
            "Основной площадкой праздника в нашем районе 9 мая будет поляна у Синего озера.",
            "поляна у Синего озера",
        ),
    ],
)
def test_a_site_named_as_the_predicate_is_the_venue(text: str, venue: str) -> None:
    assert venue in (parsed_venue(text) or "")


# --- an organisation's abbreviation and the name it stands for ------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # an abbreviation with a conjunction's small letter, then its quoted name
            "12 февраля в 10:00 в ПКиО «Берёзовый лог» пройдут лыжные гонки для школьников.",
            "ПКиО «Берёзовый лог»",
        ),
        (  # straight quotes
            'Эстафета пройдёт 12 февраля в 10:00 в ЦПКиО "Сосновый бор".',
            'ЦПКиО "Сосновый бор"',
        ),
        (  # "на площадке" of an abbreviation with a small letter inside
            "Олимпиада пройдёт 3 марта в 10:00 на площадке КФ РАНХиГС.",
            "КФ РАНХиГС",
        ),
        (  # "на площадке" of an abbreviation named after someone
            "Выставка будет работать 13 и 14 ноября на площадке ДК им. А. Попова.",
            "ДК им. А. Попова",
        ),
        (  # "в помещении" of an organisation with a quoted name
            "Турнир состоится 27 декабря в 14:00 в помещении СШ «Ладья».",
            "СШ «Ладья»",
        ),
    ],
)
def test_an_abbreviated_organisation_keeps_its_name(text: str, venue: str) -> None:
    assert venue in (parsed_venue(text) or "")


# --- a place in brackets, in the nominative ------------------------------------------------


def test_a_bracketed_place_in_the_nominative_is_the_venue() -> None:
    text = "Городской забег «Весна» 12 апреля в 10:00, г. Тверь (Театральная площадь)."
    assert "Театральная площадь" in (parsed_venue(text) or "")


# --- a generic place: "в каждом музее", "в любой школе" names no venue ----------------------


def test_a_place_with_a_universal_quantifier_is_no_venue() -> None:
    text = (
        "5 мая в 12:00 приглашаем на встречу «Старые игрушки». В каждом музее есть вещи с "
        "историей, и мы расскажем о наших."
    )
    assert parsed_venue(text) is None


# --- "областной центр" with nothing naming it is the region's capital, not a building ---------


def test_a_bare_regional_centre_is_a_town_not_the_venue() -> None:
    text = (
        "Завтра в областном центре стартует форум волонтёров. Откроет его конференция, "
        "которая пройдёт в центре молодёжных инициатив «Импульс»."
    )
    assert "Импульс" in (parsed_venue(text) or "")


def test_a_named_regional_centre_is_a_place() -> None:
    text = "15 мая в 12:00 в областном центре детского творчества пройдёт выставка рисунков."
    assert "областной центр детского творчества" in (parsed_venue(text) or "")


def test_an_organiser_after_a_fronted_adverbial_is_the_venue() -> None:
    text = "1 мая в 12:00 ПКиО «Дубки» приглашает всех на открытие летнего сезона."
    assert "ПКиО «Дубки»" in (parsed_venue(text) or "")


def test_an_organisation_joining_an_action_is_its_host() -> None:
    text = (
        "Городское музейное объединение «Старый порт» уже в пятый раз присоединилось к "
        "акции «Ночь музеев»: 18 мая с 18:00 до полуночи всех ждут экскурсии."
    )
    assert "объединение «Старый порт»" in (parsed_venue(text) or "")


def test_a_first_name_cut_short_after_imeni_keeps_the_surname() -> None:
    text = (
        "12 мая в 12:00 на сцене Северного областного театра кукол им. Вал. Петрова покажут сказку."
    )
    assert "им. Вал. Петрова" in (parsed_venue(text) or "")


def test_a_park_run_across_is_the_venue() -> None:
    text = "Забег пройдёт 16 мая в 10:00 по территории Парка ветеранов труда, старт у фонтана."
    assert "Парк ветеранов труда" in (parsed_venue(text) or "")


def test_a_name_quoted_within_a_name_is_kept_whole() -> None:
    text = (
        "Праздник пройдёт 21 марта в 14:00 в музее-заповеднике «Усадьба «Ольховка» им. Н. Петрова»."
    )
    assert "«Усадьба «Ольховка»»" in (parsed_venue(text) or "")


def test_a_settlements_undeclined_name_after_its_genitive_is_kept() -> None:
    text = "Концерт пройдёт 20 мая в 17:00 в Доме культуры посёлка Кедровый, вход свободный."
    assert "Кедровый" in (parsed_venue(text) or "")


def test_a_capitalised_adjective_of_another_noun_is_no_apposition() -> None:
    text = (
        "3 апреля в 12:00 в Малом зале филармонии Молодёжный театр покажет детям спектакль "
        "«Репка» по мотивам народной сказки."
    )
    assert "филармонии Молодёжный" not in (parsed_venue(text) or "")


# --- a place name after "на" in a clause of taking place: a street, a square, a quarter ------


def test_a_place_name_after_na_is_the_venue() -> None:
    text = "24 мая в 16:00 на Нижней Покровке состоится уличный концерт духового оркестра."
    assert "Нижняя Покровка" in (parsed_venue(text) or "")


def test_the_organisation_after_a_bare_address_is_its_owner() -> None:
    text = (
        "Конкурс поделок пройдёт с 3 по 20 апреля. Работы принимаются по адресу: "
        "ул. Садовая, д. 5, МБУ ДО «Дом ремёсел»."
    )
    assert "МБУ ДО «Дом ремёсел», ул. Садовая, д. 5" in (parsed_venue(text) or "")
