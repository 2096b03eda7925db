"""Venues of enterprises and of a place named fully away from its preposition (venue54):
"на АО «…»" (an enterprise takes "на" as "на заводе" does), a company's noun before its
unquoted name ("посетили компанию Стройтехмаш"), and a headline's generic "в школе … района"
that the body names with its proper adjective ("ученики Сосновской средней школы …")."""

from __future__ import annotations

from tests.title_probe import long_post_venue as parsed_venue


def test_an_enterprise_by_its_legal_form_after_na_is_the_venue() -> None:
    text = (
        "Экскурсия для девятиклассников прошла 14 ноября на ПАО «Уралхиммаш».\n"
        "Ребята увидели цеха и поговорили с инженерами.\n"
        "В следующем месяце школьников также ждут в ООО «Горизонт»."
    )
    assert "Уралхиммаш" in (parsed_venue(text) or "")


def test_an_enterprise_by_its_legal_form_after_na_in_a_coming_event() -> None:
    text = "20 апреля старшеклассники отправятся на экскурсию на АО «Волжский трубный завод»."
    assert "Волжский трубный завод" in (parsed_venue(text) or "")


def test_na_before_an_exam_abbreviation_stays_no_venue() -> None:
    text = "Выпускники сдают ЕГЭ 29 мая, результаты придут на ЕГЭ-портал."
    assert "ЕГЭ" not in (parsed_venue(text) or "")


def test_a_visited_company_with_its_unquoted_name_is_the_venue() -> None:
    text = (
        "15 марта ученики 8 класса посетили компанию Стройтехмаш. "
        "Им показали, как собирают подъёмные краны."
    )
    assert "Стройтехмаш" in (parsed_venue(text) or "")


def test_a_company_of_friends_is_no_venue() -> None:
    text = "В субботу, 12 октября, ребята в компании друзей пойдут в кино «Мир»."
    assert "компан" not in (parsed_venue(text) or "").lower()


def test_a_headline_generic_school_gives_way_to_the_body_named_one() -> None:
    text = (
        "Урок безопасности в школе Кировского района\n"
        "Вчера у учеников Сосновской средней школы Кировского района прошёл необычный урок. "
        "Его провёл инспектор дорожной полиции."
    )
    assert "Сосновск" in (parsed_venue(text) or "")


def test_a_named_school_of_another_district_stays_apart() -> None:
    text = (
        "Концерт в школе Кировского района\n"
        "5 мая в школе Кировского района пройдёт концерт, на него приедут ученики "
        "Сосновской средней школы Ленинского района."
    )
    assert "Сосновск" not in (parsed_venue(text) or "")


def test_a_boarding_house_where_the_programme_runs_is_the_venue() -> None:
    text = (
        "С 3 по 7 февраля для детей спасателей проводятся разные мероприятия. "
        "В пансионате «Сосновый бор», где они живут, для ребят подготовлена особая программа. "
        "В первый день они сходили в кинотеатр и побывали в бассейне."
    )
    assert "Сосновый бор" in (parsed_venue(text) or "")


def test_an_archive_is_a_place() -> None:
    text = "Вчера в районном архиве побывали ученики 9 класса, им показали старые документы."
    assert "архив" in (parsed_venue(text) or "")


def test_an_archivist_is_no_place() -> None:
    text = "Вчера в школе №3 выступил архивист, он рассказал ученикам о своей профессии."
    assert "архив" not in (parsed_venue(text) or "")


def test_a_sea_port_is_a_place() -> None:
    text = "12 апреля в морском порту пройдёт экскурсия для учеников 10 класса."
    assert "порт" in (parsed_venue(text) or "")


def test_a_sport_or_a_portrait_is_no_port() -> None:
    text = "12 апреля в школе №5 пройдёт праздник спорта, ребята нарисуют портрет чемпиона."
    assert "порт" not in (parsed_venue(text) or "").replace("спорт", "")


def test_a_verb_ends_the_places_genitive_chain() -> None:
    text = "12 апреля в городском музее Заречного района были организованы экскурсии для детей."
    assert "были" not in (parsed_venue(text) or "")
