"""Incident documents: the authority summary (Art. 33(3), CNIL form), the CAI notice
(r. 3.1 s. 3) and the notice to the persons (Art. 34(2), s. 5), in French and English,
read back from the PDF; producing and marking sent records the notice."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dpo_desk.errors import UserError
from dpo_desk.services import incident_actions, incident_docs, incidents, organisation
from dpo_desk.services.context import Context

from ._pdf import embedded_fonts, flat, pdf_text

PARIS = ZoneInfo("Europe/Paris")
AWARE = datetime(2026, 1, 30, 23, 59, tzinfo=PARIS)  # FIXED_NOW is 2026-02-02 10:00 UTC


@pytest.fixture
def ref(ctx: Context) -> str:
    organisation.update_profile(
        ctx,
        {
            "name": "Librairie Martin SAS",
            "registration": "SIREN 512 345 678",
            "address": "12 rue des Lilas\n69003 Lyon",
            "city": "Lyon",
            "dpo_name": "Claire Dubois",
            "dpo_email": "dpo@librairie-martin.fr",
            "dpo_phone": "+33 4 72 00 00 00",
            "authority_name": "CNIL",
        },
    )
    d = incidents.add_incident(
        ctx,
        incidents.NewIncident(
            title="Vol d'un portable",
            aware_at=AWARE,
            origin="device-lost-or-stolen",
            cause="external-malicious",
            natures=["confidentiality"],
            people_count=240,
            records_count=2880,
            quebec_people=3,
            subject_categories=["salariés"],
            data_categories=["identity", "financial"],
            circumstances="Portable <b>non chiffré</b> volé dans un véhicule.",
            consequences="Risque de fraude bancaire.",
            measures_taken="Plainte déposée.",
            measures_proposed="Chiffrement des postes.",
            person_advice="Surveillez vos relevés bancaires.",
        ),
    )
    incident_actions.assess(
        ctx,
        d.reference,
        "high",
        "IBAN de 240 salariés",
        qc_sensitivity="high",
        qc_consequences="high",
        qc_likelihood="medium",
        qc_serious=True,
        qc_reasons="IBAN",
    )
    return d.reference


def test_authority_summary_in_both_languages(ctx: Context, ref: str) -> None:
    _, fr = incident_docs.produce(ctx, ref, "authority-summary", "fr")
    text = flat(pdf_text(fr))
    for expected in (
        "synthèse de notification (notification initiale)",
        "Date de prise de connaissance 30 janvier 2026 à 23 h 59 (CET)",
        "Échéance des 72 heures 2 février 2026 à 23 h 59 (CET)",
        "Origine (circonstances) équipement perdu ou volé",
        "acte externe malveillant",
        "environ 240",
        "environ 2880",
        "Conséquences probables, art. 33.3.c Risque de fraude bancaire.",
        "Mesures prises, art. 33.3.d Plainte déposée.",
        "dont données sensibles : données financières ou bancaires",
        "Contact (DPO), art. 33.3.b Claire Dubois, dpo@librairie-martin.fr",
    ):
        assert expected in text, expected
    assert "Portable <b>non chiffré</b> volé" in text  # markup in a value prints as typed
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {f.split("+")[-1] for f in embedded_fonts(fr)}
    _, en = incident_docs.produce(ctx, ref, "authority-summary", "en")
    text = flat(pdf_text(en))
    assert "Date of awareness 30 January 2026 at 23:59 (CET)" in text
    assert "Likely consequences, Art. 33(3)(c)" in text and "Data protection officer" in text


def test_cai_notice_has_the_regulation_fields(ctx: Context, ref: str) -> None:
    _, fr = incident_docs.produce(ctx, ref, "cai-notice", "fr")
    text = flat(pdf_text(fr))
    for expected in (
        "article 3 du Règlement sur les incidents de confidentialité",
        "Personnes concernées / résidant au Québec environ 240 / environ 3",
        "sensibilité : niveau élevé",
        "Renseignements personnels visés",
        "Mesures prises ou envisagées pour diminuer les risques de préjudice",
    ):
        assert expected in text, expected
    _, en = incident_docs.produce(ctx, ref, "cai-notice", "en")
    assert "likelihood of misuse: medium" in flat(pdf_text(en))
    gdpr_only = incidents.add_incident(ctx, incidents.NewIncident(title="x", aware_at=AWARE))
    with pytest.raises(UserError, match="does not fall under the Quebec act"):
        incident_docs.produce(ctx, gdpr_only.reference, "cai-notice", "fr")


def test_notice_to_persons_tells_what_the_law_requires(ctx: Context, ref: str) -> None:
    _, fr = incident_docs.produce(ctx, ref, "persons-notice", "fr")
    text = flat(pdf_text(fr))
    for expected in (
        "Ce qui s'est passé. Portable",
        "Quand. L'incident s'est produit à une "
        "date encore inconnue ; nous en avons eu connaissance le 30 janvier",
        "Les données concernées. État civil, identité, données financières",
        "Ce que vous pouvez faire. Surveillez vos relevés bancaires.",
        "dpo@librairie-martin.fr ou au +33 4 72 00 00 00",
        "Lyon, le 2 février 2026",
    ):
        assert expected in text, expected
    _, en = incident_docs.produce(ctx, ref, "persons-notice", "en")
    text = flat(pdf_text(en))
    assert "What you can do." in text and "or on +33 4 72 00 00 00" in text


def test_marking_sent_records_the_notice(ctx: Context, ref: str) -> None:
    info, _ = incident_docs.produce(ctx, ref, "authority-summary", "fr")
    d = incident_docs.mark_sent(
        ctx, ref, info.id, AWARE + timedelta(hours=20), channel="CNIL online service"
    )
    assert [(n.addressee, n.kind) for n in d.notices] == [("authority", "initial")]
    assert not d.summary.clock_running
    assert incident_docs.documents_of(ctx, ref)[0].sent_at is not None
    with pytest.raises(UserError, match="already sent"):
        incident_docs.mark_sent(ctx, ref, info.id)
    # The next summary is complementary (Art. 33(4)) and says so.
    nxt, pdf = incident_docs.produce(ctx, ref, "authority-summary", "en")
    assert nxt.notice_type == "complementary"
    assert "complementary notification" in flat(pdf_text(pdf))
    persons, _ = incident_docs.produce(ctx, ref, "persons-notice", "fr")
    d = incident_docs.mark_sent(ctx, ref, persons.id)
    assert d.notices[-1].addressee == "persons"


def test_a_late_summary_cannot_be_marked_sent_without_reasons(ctx: Context, ref: str) -> None:
    late = incidents.add_incident(
        ctx,
        incidents.NewIncident(
            title="found late", aware_at=datetime(2026, 1, 26, 9, 0, tzinfo=PARIS)
        ),
    ).reference
    info, _ = incident_docs.produce(ctx, late, "authority-summary", "fr")
    with pytest.raises(UserError, match="reasons for the delay are required"):
        incident_docs.mark_sent(ctx, late, info.id)
    assert incident_docs.documents_of(ctx, late)[0].sent_at is None  # nothing changed
    assert incidents.get_incident(ctx, late).notices == ()
    d = incident_docs.mark_sent(ctx, late, info.id, delay_reasons="forensics took a week")
    assert d.notices[0].late and d.notices[0].delay_reasons == "forensics took a week"
    _, pdf = incident_docs.produce(ctx, late, "authority-summary", "fr")
    assert "Motifs du retard (art. 33.1) forensics took a week" in flat(pdf_text(pdf))


def test_the_dpo_edited_template_wins(ctx: Context, ref: str) -> None:
    folder = ctx.data_dir / "letters" / "incidents"
    folder.mkdir(parents=True)
    (folder / "persons-notice.en.txt").write_text(
        "Our own subject {reference}\n\nCall us at {dpo_contact}.\n", "utf-8"
    )
    _, pdf = incident_docs.produce(ctx, ref, "persons-notice", "en")
    text = flat(pdf_text(pdf))
    assert f"Our own subject {ref}" in text and "What happened" not in text
