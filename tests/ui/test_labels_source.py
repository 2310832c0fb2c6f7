"""The window's labels of rights and channels come from their one source, the domain
(``domain.rights``), in English and in French: the window only picks the language."""

from __future__ import annotations

import pytest

from dpo_desk.domain import rights as rights_domain
from dpo_desk.domain.rights import Channel, Right
from dpo_desk.ui import i18n
from dpo_desk.ui.widgets import labels


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp: object) -> object:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_right_labels_are_the_domains(lang: str) -> None:
    assert labels.language() == lang
    for right in Right:
        assert labels.right(right.value) == rights_domain.short_label(right, lang)
        assert labels.right_with_article(right.value) == (
            f"{rights_domain.label(right, lang)} ({rights_domain.article(right, lang)})"
        )


def test_channel_labels_are_the_domains(lang: str) -> None:
    for channel in Channel:
        assert labels.channel(channel.value) == rights_domain.channel_label(channel, lang)
    # and the words a DPO reads, so that a change of the source shows here
    expected = {"en": ("Post", "Web form"), "fr": ("Courrier", "Formulaire web")}[lang]
    assert (labels.channel("post"), labels.channel("web-form")) == expected


def test_every_right_and_channel_has_both_languages() -> None:
    assert set(rights_domain.LABELS) == set(Right)
    assert set(rights_domain.CHANNEL_LABELS) == set(Channel)
    assert set(rights_domain.CHANNEL_PHRASES) == set(Channel)
    for en, fr in [*rights_domain.LABELS.values(), *rights_domain.CHANNEL_LABELS.values()]:
        assert en and fr


def test_an_unknown_stored_word_is_shown_as_stored() -> None:
    assert labels.channel("pigeon") == "pigeon"
    assert labels.right("nonsense") == "nonsense"
