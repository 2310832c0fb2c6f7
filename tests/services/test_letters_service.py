"""Letters built from the store: content read back from the PDF, archive immutability."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.errors import UserError
from dpo_desk.services import cases, letters, workflow
from dpo_desk.services.demo import load_demo


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def demo(ctx):
    load_demo(ctx)
    return ctx


def _ref(ctx, name: str) -> str:
    return next(c.reference for c in cases.list_cases(ctx) if c.subject_name == name)


def test_access_reply_has_every_article_15_element(demo) -> None:
    ref = _ref(demo, "Дмитрий Иванов")
    text = " ".join(
        _text(
            letters.generate(
                demo,
                ref,
                "access-reply",
                "en",
                late_reason="waited for the archives",
                copy_separately=True,
            ).pdf
        ).split()
    )
    assert "Дмитрий Иванов" in text and ref in text
    compact = text.replace(" ", "")
    for element in ("15(1)(a)", "15(1)(b)", "15(1)(c)", "15(1)(d)", "15(1)(g)", "15(1)(h)"):
        assert element in compact
    # (c) third-country recipients and (2) their safeguards
    assert "Atlas Contact Center SARL" in text and "Morocco" in text
    assert "Standard contractual clauses" in text and "module 2" in text
    assert "CloudMail Inc." in text and "adequacy decision" in text
    # (e) the other rights, (f) the complaint to the authority
    assert "rectification" in text.lower() and "CNIL" in text
    # (h) automated decision with its logic
    assert "human review" in text.lower()


def test_acknowledgement_states_the_deadline_in_the_letters_language(demo) -> None:
    ref = cases.add_case(
        demo,
        cases.NewCase(
            name="Élodie Lefèvre",
            rights=["erasure"],
            received=date(2026, 1, 5),
            channel="post",
            address="3 rue Neuve\n69001 Lyon",
        ),
    ).reference
    fr = _text(letters.generate(demo, ref, "acknowledgement", "fr").pdf)
    assert "5 février 2026" in fr and "Élodie Lefèvre" in fr
    en = _text(letters.generate(demo, ref, "acknowledgement", "en").pdf)
    assert "5 February 2026" in en


def test_refusal_names_the_cnil_and_the_courts(demo) -> None:
    ref = _ref(demo, "Νίκος Κωνσταντίνου")
    text = _text(letters.generate(demo, ref, "refusal", "fr", late_reason="copie").pdf)
    assert "CNIL" in text and "manifestement infondée" in text
    assert "14 fois en 3 jours" in text  # the facts written at the refusal
    assert "juridiction" in text.lower() or "tribunal" in text.lower()


def test_a_sent_letter_is_immutable_and_never_replaced(demo, tmp_path: Path) -> None:
    ref = _ref(demo, "Élodie Lefèvre")
    first = letters.generate(demo, ref, "acknowledgement", "fr")
    sent = letters.mark_sent(demo, first.document_id)
    assert sent.sent_at is not None
    with pytest.raises(UserError, match="already sent"):
        letters.mark_sent(demo, first.document_id)
    second = letters.generate(demo, ref, "acknowledgement", "fr")
    assert second.document_id != first.document_id
    kept = letters.letters_of(demo, ref)
    assert [d.id for d in kept] == [first.document_id, second.document_id]
    assert kept[0].sha256 == first.sha256 and kept[0].sent_at is not None
    out = letters.export_pdf(demo, first.document_id, tmp_path / "copy.pdf")
    assert out.read_bytes() == first.pdf


def test_a_tampered_archive_is_not_marked_sent(demo) -> None:
    ref = _ref(demo, "Élodie Lefèvre")
    gen = letters.generate(demo, ref, "acknowledgement", "fr")
    files = list((demo.data_dir / "letters").iterdir())
    assert len(files) == 1
    files[0].write_bytes(files[0].read_bytes()[:-10] + b"tampered!!")
    with pytest.raises(UserError):
        letters.mark_sent(demo, gen.document_id)


def test_extension_letter_gives_the_new_date(demo) -> None:
    ref = cases.add_case(
        demo,
        cases.NewCase(name="A B", rights=["access"], received=date(2025, 1, 31), channel="post"),
    ).reference
    workflow.extend(
        demo, ref, "Several requests at once", date(2025, 2, 20), evidence="e-mail of 20 Feb"
    )
    text = _text(letters.generate(demo, ref, "extension", "en", late_reason="re-sent").pdf)
    assert "28 April 2025" in text and "Several requests at once" in text


def test_cli_letter(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    out = tmp_path / "ack.pdf"
    code = main(
        [
            "--data-dir",
            d,
            "letter",
            "DPO-2026-0001",
            "--kind",
            "acknowledgement",
            "--lang",
            "en",
            "--out",
            str(out),
            "--mark-sent",
        ]
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "Élodie Lefèvre" in _text(out.read_bytes())
    capsys.readouterr()
    assert (
        main(
            [
                "--data-dir",
                d,
                "letter",
                "DPO-2026-0001",
                "--kind",
                "acknowledgement",
                "--out",
                str(tmp_path / "missing" / "x.pdf"),
            ]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err


def test_heirs_reply_justifies_what_was_done(demo) -> None:
    from dpo_desk.services.registers import deaths

    view = deaths.notify_death(
        demo,
        deaths.DeathNotice(
            deceased_name="Thérèse Lambert",
            notifier_name="Sophie Lambert",
            capacity="executor",
            requests=["execute-directives"],
            death_date=date(2026, 1, 10),
            deceased_email="therese.lambert@example.fr",
            notifier_contact="5 rue des Lilas\n69006 Lyon",
        ),
    )
    deaths.record_action(demo, view.id, "communicated-data", "order history sent")
    deaths.answer_heirs(demo, view.id)
    text = " ".join(
        _text(letters.generate(demo, view.case_reference, "heirs-reply", "fr").pdf).split()
    )
    assert "Sophie Lambert" in text and "Thérèse Lambert" in text
    assert "Données communiquées — order history sent" in text
    assert "1 janvier" not in text and "10 janvier 2026" in text
    assert "article 85" in text


def test_letterhead_settings_reach_the_letter(demo, tmp_path: Path) -> None:
    from dpo_desk.services.organisation import update_profile

    update_profile(demo, {}, settings={"letterhead_signature": "Claire Martin\nDéléguée RGPD"})
    ref = _ref(demo, "Élodie Lefèvre")
    text = _text(letters.generate(demo, ref, "acknowledgement", "fr").pdf)
    assert "Claire Martin" in text and "Déléguée RGPD" in text


def test_acknowledgement_explains_the_due_date_not_an_undecided_extension(demo) -> None:
    ref = cases.add_case(
        demo,
        cases.NewCase(name="A B", rights=["access"], received=date(2025, 1, 31), channel="post"),
    ).reference
    ack = " ".join(_text(letters.generate(demo, ref, "acknowledgement", "en").pdf).split())
    assert "28 Feb 2025" in ack and "Reading A" not in ack
    workflow.extend(
        demo, ref, "Several requests at once", date(2025, 2, 20), evidence="e-mail of 20 Feb"
    )
    ext = " ".join(
        _text(letters.generate(demo, ref, "extension", "en", late_reason="re-sent").pdf).split()
    )
    assert "Reading A" not in ext and "contested" not in ext and "28 April 2025" in ext
