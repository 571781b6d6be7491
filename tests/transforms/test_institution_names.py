"""An institution's name in its dictionary form: the head and its adjectives in the
nominative, the complements in the case the name needs."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions
from transforms.institution_names import dictionary_form


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        # Russian: genitive, locative; masculine, feminine and neuter heads
        ("Министерства водных ресурсов", "Министерство водных ресурсов"),
        ("Министерстве юстиции Норвегии", "Министерство юстиции Норвегии"),
        ("Федерального агентства лесного хозяйства", "Федеральное агентство лесного хозяйства"),
        ("Исполнительного комитета", "Исполнительный комитет"),
        ("Высшего суда", "Высший суд"),
        ("Центральной избирательной комиссии", "Центральная избирательная комиссия"),
        ("мэрии Каунаса", "мэрия Каунаса"),
        ("пресс-службе администрации", "пресс-служба администрации"),
        ("акимате Алматинской области", "акимат Алматинской области"),
        ("Ростуризме", "Ростуризм"),
        # Armenian: the head's case ending or article goes, the genitives before it stay
        ("Պաշտպանության նախարարության", "Պաշտպանության նախարարություն"),
        ("Ջրային կոմիտեի", "Ջրային կոմիտե"),
        ("Իսլանդիայի Կենտրոնական բանկից", "Իսլանդիայի Կենտրոնական բանկ"),
        ("Սպահանի հայոց թեմի առաջնորդարանը", "Սպահանի հայոց թեմի առաջնորդարան"),
        ("ԱԻՆ-ից", "ԱԻՆ"),
        # Ukrainian
        (
            "Тернопільській обласній військовій адміністрації",
            "Тернопільська обласна військова адміністрація",
        ),
        ("Національного інституту спадщини Румунії", "Національний інститут спадщини Румунії"),
        ("Державному агентстві водних ресурсів", "Державне агентство водних ресурсів"),
        ("Державної прикордонної служби України", "Державна прикордонна служба України"),
        # Polish: adjectives before and after the head, the urząd/urzędu stem
        ("Okręgowego Urzędu Górniczego", "Okręgowy Urząd Górniczy"),
        ("Regionalnej Dyrekcji Ochrony Środowiska", "Regionalna Dyrekcja Ochrony Środowiska"),
        ("ministerstwa", "ministerstwo"),
        # Romanian: the article of the genitive, a feminine head's adjectives
        ("Ministerului Mediului", "Ministerul Mediului"),
        ("Societății Naționale a Sării", "Societatea Națională a Sării"),
        ("Serviciului Geologic de Stat", "Serviciul Geologic de Stat"),
        # Turkish and Azerbaijani: the case after the possessive
        ("Bölge Müdürlüğünden", "Bölge Müdürlüğü"),
        ("Ekoloji ve Doğal Kaynaklar Bakanlığından", "Ekoloji ve Doğal Kaynaklar Bakanlığı"),
        ("Su Ehtiyatları Dövlət Agentliyinin", "Su Ehtiyatları Dövlət Agentliyi"),
        ("Fövqəladə Hallar Nazirliyinə", "Fövqəladə Hallar Nazirliyi"),
        # Georgian: the head last, an ergative adjective before it
        ("თურქეთის მეტეოროლოგიურმა სამსახურმა", "თურქეთის მეტეოროლოგიური სამსახური"),
        ("სოფლის მეურნეობის სამინისტროში", "სოფლის მეურნეობის სამინისტრო"),
        ("ტურიზმის ეროვნული ადმინისტრაციის", "ტურიზმის ეროვნული ადმინისტრაცია"),
        # a review's counter-examples: -kiego/-kiej, Romanian -e/-ene, capitals, Georgian
        ("Uniwersytetu Jagiellońskiego", "Uniwersytet Jagielloński"),
        ("Mazowieckiej Komendy Wojewódzkiej Policji", "Mazowiecka Komenda Wojewódzka Policji"),
        ("Comisiei Europene", "Comisia Europeană"),
        ("Autorității Electorale Permanente", "Autoritatea Electorală Permanentă"),
        ("SĄDU OKRĘGOWEGO", "SĄD OKRĘGOWY"),
        ("TBC ბანკმა", "TBC ბანკი"),
    ],
)
def test_the_head_and_its_adjectives_go_to_the_nominative(written: str, nominative: str) -> None:
    assert dictionary_form(written) == nominative


@pytest.mark.parametrize(
    "written",
    [
        "Yellowstone National Park",  # "Park" is a Polish head, but nothing here is Polish
        "Ministry of Defence",
        "Transport Scotland",
        "Перевозчиком компания",  # a noun before the head: no adjective to agree
        "Министерство обороны",
        "Staatsbosbeheer",
        "Минздрава Российской Федерации",  # a noun before the head, no adjective
        "Апарату Верховної Ради",
        "Газпром банка",
        "Rady Children's Hospital",  # nothing says Polish
        "Արմեն Պետրոսյանը",  # a person: no body's noun
        "«Մաշավերա Մայնինգ»",
        "Zarządzania Kryzysowego",  # no "zarząd" in a case
    ],
)
def test_names_already_nominative_or_unknown_stay_as_written(written: str) -> None:
    assert dictionary_form(written) == written


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "«Ремонт завершат к осени», — сообщили в Министерстве транспорта Казахстана.",
            "Министерство транспорта Казахстана",
        ),
        (
            "«Роботи погоджено», — повідомили в Тернопільській обласній військовій адміністрації.",
            "Тернопільська обласна військова адміністрація",
        ),
        (
            'Ulaştırma ve Altyapı Bakanlığından yapılan açıklamada, "Köprü yıl sonunda açılacak" '
            "denildi.",
            "Ulaştırma ve Altyapı Bakanlığı",
        ),
    ],
)
def test_a_quotation_records_the_institution_in_its_dictionary_form(
    text: str, institution: str
) -> None:
    assert attributions("Новини\n\n" + text) == [(None, institution)]


def test_the_text_around_tells_ukrainian_from_russian() -> None:
    name = "Генерального штабу ЗСУ"
    assert dictionary_form(name, "йдеться в повідомленні Генерального штабу ЗСУ") == (
        "Генеральний штаб ЗСУ"
    )
    assert dictionary_form("Державного агентства") == "Державное агентство"  # Russian alone
