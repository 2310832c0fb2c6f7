"""Refused combinations (kind x state x rule set), each with its one-line message, and the
workflow rules the law imposes (issue 11, items 2-3)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dpo_desk.errors import UserError
from dpo_desk.services import cases, identity, letters, workflow


def _case(ctx, rights=("access",), jurisdiction="FR", received=date(2026, 1, 26)) -> str:
    return cases.add_case(
        ctx,
        cases.NewCase(
            name="Anne Roy",
            rights=list(rights),
            received=received,
            channel="post",
            jurisdiction=jurisdiction,
            address="1 rue Basse\n75002 Paris",
        ),
    ).reference


REFUSED = [
    # kind, rule set, rights, how to prepare, expected message
    (
        "extension",
        "CA-QC",
        ("access",),
        None,
        "the law of this case (Quebec, P-39.1) has no 'extension' letter",
    ),
    ("extension", "BR", ("access",), None, "has no 'extension' letter"),
    ("directive-ack", "GB", ("post-mortem",), None, "has no 'directive-ack' letter"),
    ("safeguards", "CA", ("access",), None, "has no 'safeguards' letter"),
    ("refusal", "FR", ("access",), None, "a refusal letter needs a refused case"),
    ("refusal", "CA-QC", ("access",), None, "a refusal letter needs a refused case"),
    ("extension", "FR", ("access",), None, "no extension was decided for this case"),
    ("extension", "US-CA", ("access",), None, "no extension was decided for this case"),
    ("id-request", "FR", ("access",), None, "no identity information is being asked for"),
    ("id-request", "CA-QC", ("access",), None, "no identity information is being asked for"),
    ("confirmation", "FR", ("access",), None, "a confirmation is only for rectification"),
    ("confirmation", "GB", ("portability",), None, "a confirmation is only for rectification"),
    ("confirmation", "FR", ("erasure",), "withdraw", "the case was withdrawn: nothing"),
    ("access-reply", "FR", ("erasure",), None, "this case has no access request"),
    (
        "access-reply",
        "CA",
        ("access",),
        "identity",
        "cannot be sent to a case that is awaiting-identity",
    ),
    ("heirs-reply", "FR", ("access",), None, "this case is not a post-mortem request"),
]


@pytest.mark.parametrize(("kind", "code", "rights", "prepare", "message"), REFUSED)
def test_refused_combination_has_one_clear_message(
    ctx, kind, code, rights, prepare, message
) -> None:
    ref = _case(ctx, rights, code)
    if prepare == "withdraw":
        workflow.transition(ctx, ref, "withdrawn", "by phone")
    if prepare == "identity":
        identity.request_identity(ctx, ref, "address differs", document=False)
    with pytest.raises(UserError) as exc:
        letters.generate(ctx, ref, kind, "fr")
    text = str(exc.value)
    assert message in text and "\n" not in text
    assert letters.letters_of(ctx, ref) == []  # nothing kept
    assert kind not in letters.available_kinds(ctx, ref)


def test_available_kinds_follow_law_and_state(ctx) -> None:
    qc = _case(ctx, ("access",), "CA-QC")
    assert letters.available_kinds(ctx, qc) == ["acknowledgement", "access-reply"]
    fr = _case(ctx, ("erasure",), "FR")
    identity.request_identity(ctx, fr, "the e-mail differs", document=False)
    assert letters.available_kinds(ctx, fr) == ["acknowledgement", "id-request"]


def test_identity_request_lists_what_is_asked_and_quebec_has_no_month(ctx) -> None:
    from tests.letters._pdf import flat, pdf_text

    ref = _case(ctx, ("access",), "CA-QC")
    identity.request_identity(ctx, ref, "the address differs", document=False)
    text = flat(pdf_text(letters.generate(ctx, ref, "id-request", "fr").pdf))
    assert "numéro de client ou de compte" in text  # derived from the step, never empty
    assert "Nous ne vous demandons pas de copie de pièce d'identité" in text
    assert "un mois" not in text and "RLRQ, c. P-39.1, art. 30" in text
    # The day given to answer (30 days after the request by default) is in the letter.
    assert "La date limite pour nous les adresser est le 4 mars 2026." in text


def test_cli_says_whether_the_identity_wait_stops_the_clock(capsys, tmp_path) -> None:
    from dpo_desk.cli import main

    d = str(tmp_path / "d")
    for law, said in (
        ("CA-QC", "the deadline keeps running under this law"),
        ("FR", "deadline suspended"),
    ):
        assert (
            main(
                [
                    "--data-dir",
                    d,
                    "case",
                    "add",
                    "--name",
                    "Luc Tremblay",
                    "--right",
                    "access",
                    "--channel",
                    "post",
                    "--jurisdiction",
                    law,
                    "--json",
                ]
            )
            == 0
        )
        ref = json.loads(capsys.readouterr().out)["reference"]
        assert (
            main(
                [
                    "--data-dir",
                    d,
                    "case",
                    "identity",
                    ref,
                    "request",
                    "--reason",
                    "two customers with this name",
                    "--no-document",
                ]
            )
            == 0
        )
        assert said in capsys.readouterr().out


def test_late_letter_needs_a_reason_and_is_marked_late(ctx) -> None:
    ref = _case(ctx, ("erasure",), "FR", received=date(2025, 11, 3))
    workflow.transition(ctx, ref, "in-progress")
    with pytest.raises(UserError, match="this letter is late .due by 2025-12-03"):
        letters.generate(ctx, ref, "confirmation", "fr")
    gen = letters.generate(ctx, ref, "confirmation", "fr", late_reason="supplier was slow")
    (doc,) = letters.letters_of(ctx, ref)
    assert doc.id == gen.document_id and "late" in doc.flags.split()
    from dpo_desk.services.case_list import timeline

    (entry,) = [e for e in timeline(ctx, ref) if e.source == "document"]
    assert entry.details["late"] and entry.details["late_reason"] == "supplier was slow"


def test_art_19_only_for_rectification_erasure_restriction(ctx) -> None:
    from tests.letters._pdf import flat, pdf_text

    erasure = _case(ctx, ("erasure",))
    workflow.transition(ctx, erasure, "in-progress")
    text = flat(pdf_text(letters.generate(ctx, erasure, "confirmation", "fr").pdf))
    assert "(article 19 du RGPD)" in text and "liste sur simple demande" in text
    assert "aucun destinataire" not in text  # never claims there were none
    # Only the operation asked for: an erasure is not a rectification or a restriction.
    assert "nous informons chacun d'eux de cet effacement, à moins" in text
    assert "rectification" not in text and "limitation" not in text
    both = _case(ctx, ("rectification", "restriction"))
    workflow.transition(ctx, both, "in-progress")
    text = flat(pdf_text(letters.generate(ctx, both, "confirmation", "en").pdf))
    assert "we inform each of them of this rectification and restriction, unless" in text
    assert "erasure" not in text
    quebec = _case(ctx, ("erasure",), "CA-QC")
    workflow.transition(ctx, quebec, "in-progress")
    text = flat(pdf_text(letters.generate(ctx, quebec, "confirmation", "fr").pdf))
    assert "article 19" not in text and "RGPD" not in text
    consent = _case(ctx, ("consent-withdrawal",))
    workflow.transition(ctx, consent, "in-progress")
    text = flat(pdf_text(letters.generate(ctx, consent, "confirmation", "fr").pdf))
    assert "article 19" not in text and "destinataire" not in text


# -- workflow by law ----------------------------------------------------------------------


def test_refusing_a_marketing_objection_is_refused(ctx) -> None:
    ref = _case(ctx, ("prospecting-objection",))
    with pytest.raises(UserError, match=r"absolute \(GDPR Art. 21\(3\)\)"):
        workflow.transition(ctx, ref, "refused", "manifestly-unfounded", facts="x")
    assert cases.get_case(ctx, ref).summary.status == "received"


def test_identity_refusal_needs_a_failed_step_not_a_pending_one(ctx) -> None:
    ref = _case(ctx)
    with pytest.raises(UserError, match="needs an identity step that failed or expired"):
        workflow.transition(ctx, ref, "refused", "identity-not-established", facts="x")
    identity.request_identity(ctx, ref, "address differs", document=False)
    with pytest.raises(UserError, match="still awaited"):
        workflow.transition(ctx, ref, "refused", "identity-not-established", facts="x")
    identity.fail_identity(ctx, ref, "no answer to two letters")
    detail = workflow.transition(
        ctx, ref, "refused", "identity-not-established", facts="No answer to our letters of January"
    )
    assert detail.summary.status == "refused"


def test_identity_refusal_accepts_an_expired_step(ctx) -> None:
    # Asked on 5 Jan 2026, answer by 20 Jan; today is 2 Feb 2026 and nothing arrived.
    ref = _case(ctx, received=date(2026, 1, 2))
    res = identity.request_identity(
        ctx, ref, "address differs", date(2026, 1, 5), document=False, answer_by=date(2026, 1, 20)
    )
    (step,) = res.detail.identity
    assert (step.outcome, step.current, step.answer_by) == ("pending", "expired", date(2026, 1, 20))
    detail = workflow.transition(
        ctx,
        ref,
        "refused",
        "identity-not-established",
        facts="No answer to our letter of 5 January",
    )
    assert detail.summary.status == "refused"
    (step,) = detail.identity
    assert step.outcome == "expired"  # written down: the basis of the refusal
    assert detail.suspensions == [(date(2026, 1, 5), ctx.today())]  # nothing awaited now
    from dpo_desk.services.case_list import timeline

    assert [e for e in timeline(ctx, ref) if e.operation == "identity.expire"]


def test_identity_step_within_its_time_is_still_awaited(ctx) -> None:
    # Default 30 days: asked on 20 Jan 2026, answer by 19 Feb; today (2 Feb) is in time.
    ref = _case(ctx, received=date(2026, 1, 19))
    res = identity.request_identity(ctx, ref, "address differs", date(2026, 1, 20), document=False)
    assert res.detail.identity[0].answer_by == date(2026, 2, 19)
    assert res.detail.identity[0].current == "pending"
    with pytest.raises(UserError, match="still awaited"):
        workflow.transition(ctx, ref, "refused", "identity-not-established", facts="x")
    with pytest.raises(UserError, match="before the request"):
        identity.request_identity(
            ctx, _case(ctx), "doubt", date(2026, 1, 30), document=False, answer_by=date(2026, 1, 29)
        )


def test_identity_information_received_late_does_not_expire(ctx) -> None:
    ref = _case(ctx, received=date(2026, 1, 2))
    identity.request_identity(
        ctx, ref, "address differs", date(2026, 1, 5), document=False, answer_by=date(2026, 1, 10)
    )
    detail = identity.receive_identity(ctx, ref, date(2026, 1, 30))
    assert detail.identity[0].current == "pending"
    with pytest.raises(UserError, match="failed or expired"):
        workflow.transition(ctx, ref, "refused", "identity-not-established", facts="x")


def test_ground_must_answer_the_right_and_exist_under_the_law(ctx) -> None:
    access = _case(ctx, ("access",))
    with pytest.raises(UserError, match="cannot answer the right.s.: access"):
        workflow.transition(ctx, access, "refused", "legal-obligation", facts="x")
    qc = _case(ctx, ("access",), "CA-QC")
    with pytest.raises(UserError, match="'manifestly-unfounded' does not exist under"):
        workflow.transition(ctx, qc, "refused", "manifestly-unfounded", facts="x")
    with pytest.raises(UserError, match="write the facts"):
        workflow.transition(ctx, access, "refused", "no-data", facts=" ")


def test_backdated_extension_needs_evidence_and_shows_late(ctx) -> None:
    ref = _case(ctx, received=date(2026, 1, 26))
    with pytest.raises(UserError, match="before today: say where that decision is recorded"):
        workflow.extend(ctx, ref, "complex", date(2026, 1, 30))
    workflow.extend(ctx, ref, "complex", date(2026, 1, 30), evidence="minutes of 30 Jan")
    from dpo_desk.services.case_list import timeline

    (extend,) = [e for e in timeline(ctx, ref) if e.operation == "case.extend"]
    assert extend.details["late"] is True
    assert extend.details["evidence"] == "minutes of 30 Jan"


def test_closing_an_answered_case_needs_a_sent_reply_or_a_reason(ctx) -> None:
    ref = _case(ctx)
    workflow.transition(ctx, ref, "answered")
    with pytest.raises(UserError, match="no reply letter was marked sent"):
        workflow.transition(ctx, ref, "closed")
    detail = workflow.transition(ctx, ref, "closed", "reply handed over in person")
    assert detail.summary.status == "closed"
    sent = _case(ctx, rights=("rectification",))
    workflow.transition(ctx, sent, "in-progress")
    letters.mark_sent(ctx, letters.generate(ctx, sent, "confirmation", "fr").document_id)
    workflow.transition(ctx, sent, "answered")
    assert workflow.transition(ctx, sent, "closed").summary.status == "closed"


def test_cli_refuses_a_letter_the_law_has_not_in_one_line(capsys, tmp_path) -> None:
    from dpo_desk.cli import main

    d = str(tmp_path / "d")
    assert (
        main(
            [
                "--data-dir",
                d,
                "case",
                "add",
                "--name",
                "Luc Tremblay",
                "--right",
                "access",
                "--channel",
                "post",
                "--jurisdiction",
                "CA-QC",
            ]
        )
        == 0
    )
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    assert (
        main(["--data-dir", d, "letter", "DPO-2026-0001", "--kind", "extension", "--out", str(out)])
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert "(Quebec, P-39.1) has no 'extension' letter" in err and "\n" not in err
    assert not out.exists()
    assert main(["--data-dir", d, "letter", "DPO-2026-0001", "--list-kinds", "--json"]) == 0
    listed = capsys.readouterr().out
    assert '"extension"' not in listed
    bases = {row["kind"]: row["basis"] for row in json.loads(listed)}
    assert bases["acknowledgement"] == "CQLR, c. P-39.1, s. 32"  # not GDPR Art. 12(3)
    assert not any("GDPR" in basis for basis in bases.values())


def test_heirs_reply_names_only_the_evidence_received(ctx, tmp_path) -> None:
    from dpo_desk.services.registers import deaths
    from tests.letters._pdf import flat, pdf_text

    view = deaths.notify_death(
        ctx,
        deaths.DeathNotice(
            deceased_name="Thérèse Lambert",
            notifier_name="Sophie Lambert",
            capacity="heir",
            requests=["close-accounts"],
            death_date=date(2026, 1, 10),
            notifier_contact="5 rue des Lilas\n69006 Lyon",
        ),
    )
    deaths.record_action(ctx, view.id, "communicated-data", "order history sent")
    deaths.answer_heirs(ctx, view.id)
    text = flat(pdf_text(letters.generate(ctx, view.case_reference, "heirs-reply", "fr").pdf))
    assert "acte de décès" not in text and "pièces justificatives" not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_quebec_acknowledgement_cites_its_acts_one_way(ctx, lang: str) -> None:
    """The computation's bullets cite the acts as the letter's sentences do: "CQLR, c.
    P-39.1, s. 32" / "RLRQ, c. P-39.1, art. 32", and the Interpretation Act "CQLR, c. I-16"
    / "RLRQ, c. I-16" (the bullets said "CQLR P-39.1 s. 32" and "RLRQ c. I-16")."""
    from tests.letters._pdf import flat, pdf_text

    # 2 January + 30 days is Sunday 1 February: moved to Monday (the Interpretation Act)
    ref = _case(ctx, ("access",), "CA-QC", received=date(2026, 1, 2))
    text = flat(pdf_text(letters.generate(ctx, ref, "acknowledgement", lang).pdf))
    if lang == "en":
        assert "(CQLR, c. P-39.1, s. 32)" in text  # the sentence
        assert "(CQLR, c. P-39.1, s. 32: the day of receipt is not counted)" in text
        assert "(Interpretation Act (CQLR, c. I-16), s. 52 and 61(23))" in text
        assert "CQLR P-39.1" not in text and "CQLR I-16" not in text
    else:
        assert "(RLRQ, c. P-39.1, art. 32)" in text
        assert "(RLRQ, c. P-39.1, art. 32 : le jour de réception n'est pas compté)" in text
        assert "(Loi d'interprétation (RLRQ, c. I-16), art. 52 et 61(23))" in text
        assert "RLRQ c." not in text
    assert "2 February 2026" in text or "2 février 2026" in text
