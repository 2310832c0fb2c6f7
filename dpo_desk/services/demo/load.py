"""``dpo-desk demo``: fill an empty store with a realistic organisation, its registers and
a few dozen cases in every state, through the same services a DPO uses (so every demo
change is audited like a real one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from dpo_desk.domain.text import fold
from dpo_desk.errors import UserError
from dpo_desk.services import audit, cases, identity, workflow
from dpo_desk.services import incident_actions as incident_act
from dpo_desk.services import incidents as inc
from dpo_desk.services.context import Context
from dpo_desk.services.demo.catalogue import (
    ACTIVITIES,
    ACTIVITIES_FR,
    AUTOMATED_EN,
    CASES,
    ORGANISATION,
    RECIPIENTS,
    RECIPIENTS_FR,
)
from dpo_desk.services.demo.register_extra import DETAILS, MEASURES, details_for
from dpo_desk.services.organisation import update_profile
from dpo_desk.services.registers import scope
from dpo_desk.store.models import (
    Case,
    PostMortemDirective,
    ProcessingActivity,
    Recipient,
    SecurityMeasure,
    Transfer,
)


@dataclass(frozen=True)
class DemoReport:
    cases: int
    activities: int
    recipients: int
    directives: int
    incidents: int = 0


def _incidents(ctx: Context) -> int:
    """Three entries of the breach register, one per path a DPO meets: a clock still
    running, a breach notified to the CNIL in two phases, a Quebec incident with no risk
    of serious injury, decided and closed."""
    now = ctx.now()
    running = inc.add_incident(
        ctx,
        inc.NewIncident(
            title="Ordinateur portable volé au service paie",
            aware_at=now - timedelta(hours=30),
            origin="device-lost-or-stolen",
            cause="external-malicious",
            people_count=240,
            subject_categories=["salariés"],
            data_categories=["identity", "financial"],
            circumstances="Vol dans un véhicule ; disque non chiffré d'après le service "
            "informatique (à confirmer).",
            consequences="Usage frauduleux possible des coordonnées bancaires des salariés.",
            measures_taken="Compte de l'agent désactivé ; plainte déposée.",
            measures_proposed="Chiffrement de tous les postes portables d'ici fin janvier.",
            person_advice="Surveillez vos relevés bancaires et signalez toute opération "
            "inconnue à votre banque.",
        ),
    )
    incident_act.assess(
        ctx,
        running.reference,
        "risk",
        "Coordonnées bancaires de 240 salariés ; chiffrement du disque non établi.",
    )
    notified = inc.add_incident(
        ctx,
        inc.NewIncident(
            title="Compte d'un sous-traitant de messagerie compromis",
            aware_at=now - timedelta(days=12),
            reporter="processor",
            reporter_detail="CloudMail Inc.",
            origin="hacking",
            cause="external-malicious",
            people_count=1800,
            subject_categories=["clients"],
            data_categories=["identity", "contact"],
            recipients=["CloudMail Inc."],
            circumstances="Le compte d'administration du prestataire de messagerie a été "
            "utilisé depuis l'étranger pour exporter la liste des abonnés.",
            consequences="Courriels d'hameçonnage se faisant passer pour nous.",
            measures_taken="Mots de passe réinitialisés ; accès du sous-traitant suspendu.",
        ),
    )
    incident_act.assess(
        ctx,
        notified.reference,
        "risk",
        "Adresses électroniques et noms : risque d'hameçonnage ciblé.",
    )
    incident_act.record_notice(
        ctx,
        notified.reference,
        "authority",
        now - timedelta(days=11),
        "initial",
        channel="CNIL online service",
    )
    incident_act.record_notice(
        ctx,
        notified.reference,
        "authority",
        now - timedelta(days=4),
        "complementary",
        channel="CNIL online service",
    )
    quebec = inc.add_incident(
        ctx,
        inc.NewIncident(
            title="Courriel de confirmation envoyé au mauvais client",
            aware_at=now - timedelta(days=40),
            origin="wrong-recipient",
            cause="internal-accidental",
            people_count=1,
            quebec_people=1,
            circumstances="Erreur de saisie de l'adresse lors d'un envoi manuel.",
            subject_categories=["clients"],
            data_categories=["identity", "contact"],
            consequences="Aucune : le destinataire a supprimé le message.",
            measures_taken="Le destinataire a confirmé la suppression du courriel.",
        ),
    )
    incident_act.assess(
        ctx,
        quebec.reference,
        "none",
        "Un nom et une adresse de livraison, destinataire identifié qui a supprimé le message.",
        qc_sensitivity="low",
        qc_consequences="low",
        qc_likelihood="low",
        qc_serious=False,
        qc_reasons="Aucun risque de préjudice sérieux : "
        "renseignements peu sensibles, message supprimé.",
    )
    incident_act.decide(
        ctx,
        quebec.reference,
        False,
        "Aucun risque : message supprimé par son destinataire, qui l'a confirmé par écrit.",
    )
    incident_act.close(ctx, quebec.reference)
    return 3


def _registers(ctx: Context) -> tuple[int, int]:
    with ctx.db.write() as session:
        by_name: dict[str, Recipient] = {}
        for spec in RECIPIENTS:
            fr = RECIPIENTS_FR.get(spec["name"], {})
            rec = Recipient(
                name=spec["name"],
                category=spec["category"],
                service=spec["service"],
                country=spec["country"],
                texts_fr={k: v for k, v in fr.items() if k != "safeguard_document"},
            )
            transfer = spec.get("transfer")
            if transfer:
                rec.transfers.append(
                    Transfer(
                        country=spec["country"],
                        adequacy_status=transfer["adequacy_status"],
                        adequacy_checked_on=ctx.today(),
                        safeguard=transfer["safeguard"],
                        scc_module=transfer.get("scc_module", ""),
                        safeguard_document=transfer["safeguard_document"],
                        texts_fr={k: v for k, v in fr.items() if k == "safeguard_document"},
                        valid_from=date.fromisoformat(transfer["valid_from"]),
                    )
                )
            session.add(rec)
            by_name[rec.name] = rec
        session.flush()
        for rec in by_name.values():
            audit.record(
                session,
                ctx,
                "recipient.create",
                "recipient",
                str(rec.id),
                {"name": rec.name, "country": rec.country},
            )
        measures = {m["name"]: SecurityMeasure(**m) for m in MEASURES}
        session.add_all(measures.values())
        for spec in ACTIVITIES:
            extra = details_for(spec["name"], ctx.today())
            act = ProcessingActivity(
                name=spec["name"],
                purposes=spec["purposes"],
                legal_basis=spec["legal_basis"],
                data_categories=spec["data_categories"],
                subject_categories=spec["subject_categories"],
                sources=spec["sources"],
                retention=spec["retention"],
                retention_rule=spec["retention_rule"],
                automated_decision=spec.get("automated_decision", ""),
                texts_fr=ACTIVITIES_FR.get(spec["name"], {}),
                **AUTOMATED_EN.get(spec["name"], {}),
                recipients=[by_name[n] for n in spec["recipients"]],
                **extra,
                measures=[measures[n] for n in DETAILS.get(spec["name"], {}).get("measures", [])],
            )
            session.add(act)
            session.flush()
            audit.record(
                session,
                ctx,
                "activity.create",
                "processing_activity",
                str(act.id),
                {"name": act.name},
            )
        return len(ACTIVITIES), len(RECIPIENTS)


def _directives(ctx: Context) -> int:
    today = ctx.today()
    with ctx.db.write() as session:
        rows = [
            PostMortemDirective(
                person_name="Thérèse Lambert",
                name_key=fold("Thérèse Lambert"),
                person_email="therese.lambert@example.fr",
                registered_on=today - timedelta(days=700),
                action="communicate",
                scope="Order history and customer reviews",
                instructions="Send my order history to my daughter, then delete my account.",
                designated_person="Sophie Lambert",
                designated_contact="sophie.lambert@example.fr",
                consent_evidence="Signed form received by post, specific to these directives",
            ),
            PostMortemDirective(
                person_name="Marcel Dufour",
                name_key=fold("Marcel Dufour"),
                registered_on=today - timedelta(days=300),
                action="delete",
                scope="All data held by Atelier Précieux",
                instructions="Tout supprimer, y compris les avis.",
                consent_evidence="Online form with a dedicated consent box, 2 steps",
            ),
        ]
        session.add_all(rows)
        session.flush()
        for row in rows:
            audit.record(
                session,
                ctx,
                "directive.create",
                "post_mortem_directive",
                str(row.id),
                {"action": row.action},
            )
        return len(rows)


#: The demo organisation is French: what its DPO writes (and its letters print) is French.
#: The demo enters each case's history on the day it is loaded: an answer after the
#: deadline is then late, and says why (as a DPO would have to).
_LATE = "Demo data: this case's history was entered after the fact"


def _advance(ctx: Context, ref: str, received: date, plan: str) -> None:
    if plan == "new":
        return
    if plan == "identity-asked":
        identity.request_identity(
            ctx,
            ref,
            "L'adresse électronique diffère de celle du compte client",
            received + timedelta(days=1),
        )
        return
    identity.verify_identity(ctx, ref, "customer-account")
    if plan in ("in-progress", "overdue"):
        return
    if plan == "extended":
        workflow.extend(
            ctx,
            ref,
            "Plusieurs demandes simultanées et des archives à consulter",
            received + timedelta(days=20),
            evidence="compte rendu de la réunion hebdomadaire protection des données",
        )
    elif plan == "answered":
        workflow.transition(ctx, ref, "answered", late_reason=_LATE)
    elif plan == "closed":
        workflow.transition(ctx, ref, "answered", late_reason=_LATE)
        workflow.transition(ctx, ref, "closed", "Reply handed over in store", late_reason=_LATE)
    elif plan == "refused":
        workflow.transition(
            ctx,
            ref,
            "refused",
            "manifestly-unfounded",
            facts="La même demande a été envoyée 14 fois en 3 jours, chaque "
            "fois après une réponse complète",
            late_reason=_LATE,
        )
    elif plan == "withdrawn":
        workflow.transition(ctx, ref, "withdrawn", "The customer withdrew by phone")
    elif plan == "forwarded":
        workflow.transition(ctx, ref, "forwarded", "Sent to PayLater Europe Ltd, the controller")


def _scope_as_customer(ctx: Context, reference: str) -> None:
    """The demo's access requesters are customers: their scope is what the suggestion
    ticks for "customers" (as a DPO would accept it)."""
    view = scope.scope_of(ctx, reference, ["customers"])
    picked = [i for i in view.items if i.suggested]
    scope.set_scope(
        ctx,
        reference,
        [i.item_id for i in picked if i.kind == scope.ACTIVITY],
        [i.item_id for i in picked if i.kind == scope.RECIPIENT],
        [i.item_id for i in picked if i.kind == scope.TRANSFER],
    )


def load_demo(ctx: Context) -> DemoReport:
    """Fill an empty store; refuse if it already holds cases (nothing is mixed)."""
    with ctx.db.read() as session:
        if session.scalar(select(func.count(Case.id))):
            raise UserError(
                "the store already holds cases: the demo loads only into an empty data directory"
            )
    update_profile(ctx, ORGANISATION)
    activities, recipients = _registers(ctx)
    directives = _directives(ctx)
    today = ctx.today()
    count = 0
    for name, email, rights, channel, days_ago, plan in CASES:
        received = today - timedelta(days=days_ago)
        detail = cases.add_case(
            ctx,
            cases.NewCase(
                name=name,
                email=email,
                rights=rights,
                channel=channel,
                received=received,
                address="12 avenue des Tilleuls\n69003 Lyon",
                assignee="Claire Martin",
            ),
        )
        if "access" in rights:
            _scope_as_customer(ctx, detail.reference)
        _advance(ctx, detail.reference, received, plan)
        count += 1
    return DemoReport(count, activities, recipients, directives, _incidents(ctx))
