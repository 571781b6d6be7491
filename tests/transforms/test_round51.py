"""Shapes of session 51 (real web texts), on invented text: a person's words nested in a
paper's quotation, quoted apart with their own speaker."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers


def test_a_person_named_inside_a_papers_quotation_speaks_the_nested_words() -> None:
    text = (
        "Hürriyet gazetesi şöyle yazdı: \"Kongrede konuşan Bakan Mehmet Yılmaz, 'Vergi "
        "oranlarını bu yıl kesinlikle artırmayacağız' dedi. Muhalefet ise tepki gösterdi.\""
    )
    assert attributions(text) == [(None, "Hürriyet"), ("Mehmet Yılmaz", None)]
    assert quotes(text)[1]["text"] == "Vergi oranlarını bu yıl kesinlikle artırmayacağız"


def test_a_pronoun_inside_a_papers_quotation_is_the_person_it_named_not_the_paper() -> None:
    text = (
        "Le Monde écrit : « Interrogé à la sortie du conseil, Jean Dupont a d'abord hésité, "
        "puis “nous ne céderons jamais devant la rue”, a-t-il lancé. »"
    )
    assert [speaker for speaker, _ in attributions(text)] == [None, "Jean Dupont"]


def test_words_nested_in_a_persons_quotation_stay_part_of_it() -> None:
    text = (
        "« Les habitants de la “vallée des oubliés” attendent toujours la route promise », "
        "a déclaré le maire Paul Martin."
    )
    assert attributions(text) == [("Paul Martin", None)]


def test_a_title_nested_in_a_papers_quotation_is_no_quotation() -> None:
    text = (
        "The Times wrote: \"The minister, Alan Brooke, launched his memoir 'A Life in the "
        "Service of the Crown' at a packed hall on Monday.\""
    )
    assert len(quotes(text)) == 1


def test_two_quotations_joined_by_and_share_the_clause_after_the_second() -> None:
    text = (
        "“A grande diferença entre o Governo e as oposições é que falam em caos”, e o "
        "Executivo, “quando vê problemas, encontra desafios para procurar soluções e "
        "respostas concretas, com trabalho, com diálogo e com a paciência de quem sabe que "
        "nada se resolve de um dia para o outro, nem nas urgências, nem na floresta, nem nos "
        "aeroportos”, afirmou o primeiro-ministro António Costa."
    )
    assert speakers(text) == ["António Costa", "António Costa"]


def test_a_quotation_joined_to_the_next_by_someone_elses_words_is_not_shared() -> None:
    text = (
        "Yıldırım gülerek “Birini kapattık, biri kaldı” dedi. Muhabirlerin, “Ama 400 "
        "arkadaşımız işsiz kaldı” demesi üzerine de Yıldırım, “onlar da bizim gibi işsiz "
        "kaldı” ifadelerini kullandı."
    )
    assert speakers(text)[1] is None
