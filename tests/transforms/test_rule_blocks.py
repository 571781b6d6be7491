"""A horizontal rule is a block without lines: no check may read its first line."""

from __future__ import annotations

import pytest

from transforms.document import document_to_dict, parse_document


@pytest.mark.parametrize("rule", ["---", "* * *", "___"])
def test_a_rule_between_the_first_paragraphs_of_a_web_text_parses(rule: str) -> None:
    # a horizontal rule is a block without lines: the headline check read its first line
    text = (
        "Der Spiegel’den Türkçe manşet\n\nAlmanya’nın saygın haftalık dergisi ilk kez bir "
        f"kapağını Türkçe yayımladı.\n\n{rule}\n\nDerginin yeni sayısının kapak konusu hem "
        "Türkçe hem de Almanca.\n\nDerginin yayın yönetmeni Klaus Brinkbäumer, “Bu kapak "
        "bir çağrıdır, okurlarımızla konuşmak istiyoruz” dedi."
    )
    doc = document_to_dict(parse_document(text.encode("utf-8")))
    assert [q["speaker"] for q in doc["quotes"]] == ["Klaus Brinkbäumer"]  # type: ignore[index]
