"""Rendering every kind of letter, reading the PDF back with pypdf."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from pathlib import Path

import pytest

from dpo_desk import fsio
from dpo_desk.letters import (
    FIELDS,
    KINDS,
    CaseInfo,
    DataCopy,
    DataSection,
    ProcessingActivity,
    Recipient,
    fonts,
    list_kinds,
    render,
    render_letter,
    render_letter_bytes,
)
from dpo_desk.letters.sample import sample_letter

from ._pdf import embedded_fonts, flat, page_texts, pdf_text, reader

ALL = [(k.key, lang) for k in list_kinds() for lang in ("fr", "en")]
DATE_TEXT = {"fr": "21 novembre 2026", "en": "21 November 2026"}


@pytest.mark.parametrize(("kind", "lang"), ALL)
def test_every_kind_renders_in_both_languages(kind: str, lang: str, tmp_path: Path) -> None:
    data = sample_letter(kind, lang)
    result = render_letter(data, tmp_path / f"{kind}.{lang}.pdf")
    pdf = result.path.read_bytes()
    assert result.pages >= 1
    assert result.pages == len(reader(pdf).pages)
    assert result.size == len(pdf)
    assert result.sha256 == hashlib.sha256(pdf).hexdigest()
    assert pdf.startswith(b"%PDF-")
    text = flat(pdf_text(pdf))
    assert "DPO-2026-0042" in text
    assert "Élodie Lefèvre" in text
    assert DATE_TEXT[lang] in text
    assert ("Paris, le 21 novembre 2026" if lang == "fr" else "Paris, 21 November 2026") in text
    assert ("Objet :" if lang == "fr" else "Subject:") in text
    assert f"Page 1 / {result.pages}" in text
    assert not [f for f in FIELDS if "{" + f + "}" in text]  # every placeholder filled
    assert "[[" not in text
    assert result.warnings == ()
    # only the bundled fonts, all embedded (no stray Helvetica)
    assert embedded_fonts(pdf) <= {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}


def test_kinds_registry() -> None:
    keys = [k.key for k in list_kinds()]
    assert keys == list(KINDS)
    assert set(keys) == {
        "acknowledgement",
        "id-request",
        "extension",
        "access-reply",
        "confirmation",
        "refusal",
        "safeguards",
        "directive-ack",
        "heirs-reply",
    }
    for k in list_kinds():
        assert k.label("fr") and k.label("en") and k.label("fr") != k.label("en")


@pytest.mark.parametrize(
    "name", ["Élodie Lefèvre", "Дмитрий Иванов", "Γιώργος Παπαδόπουλος", "王伟"]
)
def test_names_in_every_script_print_as_typed(name: str) -> None:
    data = sample_letter(
        "acknowledgement", "fr", addressee=Recipient(name, ("1 rue X", "75001 PARIS"))
    )
    pdf = render_letter_bytes(data)
    text = pdf_text(pdf)
    assert name in text
    if name == "王伟":
        assert "DroidSansFallback" in embedded_fonts(pdf)


def test_arabic_renders_with_a_font_that_has_the_glyphs() -> None:
    name = "محمد العربي"
    data = sample_letter("acknowledgement", "en", addressee=Recipient(name, ("Rabat",)))
    out = render._render(data, None)
    assert out[1] >= 1
    assert "DejaVuSans" in embedded_fonts(out[0])
    assert all(fonts.primary_has(ch) for ch in name if not ch.isspace())
    if not fonts.HAS_SHAPING:
        assert any("shaping" in w for w in out[2])


HOSTILE = ['<img src="http://127.0.0.1:9/x">', "S&P <b>", "0.1 <A <0.9", "<b>Bob</b> & A & B"]


@pytest.mark.parametrize("value", HOSTILE)
def test_markup_in_values_prints_literally_and_fetches_nothing(value: str) -> None:
    base = sample_letter("access-reply", "en")
    act = dataclasses.replace(base.activities[0], name=value, purposes=(value,))
    data = dataclasses.replace(
        base,
        addressee=Recipient(value, (value, "75001 PARIS")),
        activities=(act,),
        free_text=value,
        data_copy=DataCopy((DataSection(value, ((value, value),)),)),
        case=dataclasses.replace(base.case, reference=value),
    )
    text = pdf_text(render_letter_bytes(data))
    assert text.count(value) >= 5


def test_bidi_override_is_shown_escaped_and_flagged() -> None:
    data = sample_letter("acknowledgement", "en", addressee=Recipient("scan\u202efdp.exe", ("X",)))
    pdf, _, warnings = render._render(data, None)
    text = pdf_text(pdf)
    assert "scan[U+202E]fdp.exe" in text
    assert "\u202e" not in text
    assert any("U+202E" in w for w in warnings)


def test_control_characters_are_stripped_newlines_kept() -> None:
    data = sample_letter(
        "acknowledgement",
        "en",
        addressee=Recipient("Bob\x00\x07 Smith\x1b", ("X",)),
        free_text="first line\nsecond\x0c line",
    )
    text = pdf_text(render_letter_bytes(data))
    assert "Bob Smith" in text
    assert "first line\nsecond line" in text


ART15 = {
    "fr": [
        "Finalités (art. 15.1.a)",
        "Gérer votre compte client",
        "Catégories de données (art. 15.1.b)",
        "Historique des commandes",
        "Destinataires (art. 15.1.c)",
        "Durée de conservation (art. 15.1.d)",
        "factures 10 ans",
        "rectification ou l'effacement",
        "limitation",
        "vous opposer",
        "réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL)",
        "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
        "Source des données (art. 15.1.g)",
        "Décision automatisée (art. 15.1.h)",
        "score de risque",
        "retarder la livraison",
        "article 15 du RGPD",
        "CloudCRM Inc.",
        "États-Unis",
        "Maroc",
        "Atlas Contact Center SARL",
        "CCT 2021/914 module 2",
        "Contrat de sous-traitance du 3 mai 2024, annexe III",
        "Annexe : copie de vos données personnelles",
        "Commande 2026011",
    ],
    "en": [
        "Purposes (Art. 15(1)(a))",
        "Categories of data (Art. 15(1)(b))",
        "Recipients (Art. 15(1)(c))",
        "Retention period (Art. 15(1)(d))",
        "rectification or erasure",
        "restriction",
        "object to its processing",
        "lodge a complaint with the supervisory authority",
        "CNIL",
        "Source of the data (Art. 15(1)(g))",
        "Automated decision (Art. 15(1)(h))",
        "risk score",
        "GDPR Art. 15",
        "United States",
        "Morocco",
        "SCC 2021/914 module 2",
        "Annex: copy of your personal data",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_access_reply_has_every_article_15_element(lang: str) -> None:
    text = flat(pdf_text(render_letter_bytes(sample_letter("access-reply", lang))))
    missing = [s for s in ART15[lang] if s not in text]
    assert not missing


def test_access_reply_states_absence_of_automated_decisions_and_transfers() -> None:
    base = sample_letter("access-reply", "en")
    data = dataclasses.replace(
        base,
        activities=(dataclasses.replace(base.activities[0], automated_decision=None),),
        recipients=base.recipients[:1],
    )
    text = flat(pdf_text(render_letter_bytes(data)))
    assert "No decision based solely on automated processing" in text
    assert "not transferred outside the European Union" in text


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        ("acknowledgement", "fr", ["au plus tard le 30 novembre 2026", "Calcul de cette date"]),
        ("acknowledgement", "en", ["at the latest by 30 November 2026"]),
        ("extension", "fr", ["au plus tard le 29 janvier 2027", "ce délai est prolongé", "12.3"]),
        ("extension", "en", ["by 29 January 2027", "this period is extended", "12(3)"]),
        ("id-request", "fr", ["est suspendu", "12.6", "diffère de celle de votre compte"]),
        ("id-request", "en", ["is suspended from 2 November", "12(6)", "differs from the one"]),
        (
            "refusal",
            "fr",
            ["CNIL", "tribunal judiciaire", "12.4", "art. 77 du RGPD", "art. 79 du RGPD"],
        ),
        ("refusal", "en", ["CNIL", "tribunal judiciaire", "12(4)", "GDPR Art. 77", "GDPR Art. 79"]),
        ("refusal", "en", ["legal obligation (GDPR Art. 17(3)(b))", "Code de commerce"]),
        ("confirmation", "fr", ["article 19", "Colis Express SARL", "Compte client clôturé"]),
        ("safeguards", "en", ["SCC 2021/914 module 2", "Morocco", "2021/914 of 4 June 2021"]),
        ("directive-ack", "fr", ["article 85", "révoquer", "Camille Lefèvre"]),
        ("heirs-reply", "fr", ["Jean Lefèvre", "2 septembre 2026", "sans frais", "article 85"]),
        ("heirs-reply", "en", ["Jean Lefèvre", "2 September 2026", "free of charge"]),
    ],
)
def test_kind_specific_content(kind: str, lang: str, expected: list[str]) -> None:
    text = flat(pdf_text(render_letter_bytes(sample_letter(kind, lang))))
    assert [s for s in expected if s not in text] == []


def test_long_annex_spans_pages_with_page_numbers() -> None:
    rows = tuple((f"Row {i:03d}", f"value {i} " * 3) for i in range(200))
    data = sample_letter("access-reply", "en", data_copy=DataCopy((DataSection("Orders", rows),)))
    pdf = render_letter_bytes(data)
    pages = page_texts(pdf)
    n = len(pages)
    assert n >= 5
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} / {n}" in text
    full = "\n".join(pages)
    assert "Row 000" in full and "Row 199" in full
    # the header row repeats on every annex page
    assert sum("Field" in p and "Value" in p for p in pages) >= 3


def test_empty_placeholder_is_reported() -> None:
    base = sample_letter("acknowledgement", "en")
    data = dataclasses.replace(base, case=dataclasses.replace(base.case, due=None))
    _, _, warnings = render._render(data, None)
    assert "placeholder {due_date} is empty" in warnings


def test_address_sits_in_the_envelope_window() -> None:
    """The addressee's lines are inside the always-visible window zone (x 100-190 mm,
    y 50-84 mm from the top)."""
    pdf = render_letter_bytes(sample_letter("acknowledgement", "fr"))
    page = reader(pdf).pages[0]
    hits: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() in {"Élodie Lefèvre", "69007 LYON"}:
            hits.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    assert len(hits) == 2
    mm = 72 / 25.4
    for x, y in hits:
        assert 100 <= x / mm <= 190
        assert 50 <= 297 - y / mm <= 84


def test_dates_at_the_edges_of_the_calendar() -> None:
    base = sample_letter("acknowledgement", "fr")
    case = dataclasses.replace(base.case, received=date(1, 1, 1), due=date(9999, 12, 31))
    text = flat(pdf_text(render_letter_bytes(dataclasses.replace(base, case=case))))
    assert "31 décembre 9999" in text


def test_lists_become_tuples() -> None:
    case = CaseInfo("R", date(2026, 1, 1), actions_done=["a", "b"])  # type: ignore[arg-type]
    assert case.actions_done == ("a", "b")
    act = ProcessingActivity("x", purposes=["p"])  # type: ignore[arg-type]
    assert isinstance(act.purposes, tuple)


def test_unknown_kind_or_language_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        render_letter_bytes(dataclasses.replace(sample_letter(), kind="nope"))
    with pytest.raises(ValueError, match="language"):
        render_letter_bytes(dataclasses.replace(sample_letter(), lang="de"))


def test_failure_mid_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "letter.pdf"

    def boom(self: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(render._NumberedCanvas, "save", boom)
    with pytest.raises(OSError, match="disk full"):
        render_letter(sample_letter("acknowledgement", "fr"), out)
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"previous version")

    def boom(fd: int) -> None:
        raise OSError("ENOSPC")

    monkeypatch.setattr(fsio.os, "fsync", boom)  # the one safe-write path (dpo_desk.fsio)
    with pytest.raises(OSError, match="ENOSPC"):
        render_letter(sample_letter("acknowledgement", "fr"), out)
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_written_file_is_private(tmp_path: Path) -> None:
    result = render_letter(sample_letter("acknowledgement", "fr"), tmp_path / "a.pdf")
    assert result.path.stat().st_mode & 0o077 == 0


def test_logo_is_printed_and_a_broken_logo_is_only_a_warning(tmp_path: Path) -> None:
    from PIL import Image

    good = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (120, 20, 60)).save(good)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    base = sample_letter("acknowledgement", "fr")
    ok = dataclasses.replace(base, organisation=dataclasses.replace(base.organisation, logo=good))
    pdf, _, warnings = render._render(ok, None)
    assert b"/Subtype /Image" in pdf and warnings == ()
    broken = dataclasses.replace(
        base, organisation=dataclasses.replace(base.organisation, logo=bad)
    )
    pdf, _, warnings = render._render(broken, None)
    assert any("logo" in w for w in warnings)
    assert "Élodie Lefèvre" in pdf_text(pdf)
