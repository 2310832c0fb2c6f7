"""The access reply is about this person: the scope chosen on the case, the reply reading
only it, the French register texts, the Art. 15(1)(h) details."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dpo_desk.errors import UserError
from dpo_desk.services import cases, letters
from dpo_desk.services.context import Context
from dpo_desk.services.demo import load_demo
from dpo_desk.services.registers import scope
from dpo_desk.store.models import AuditEvent


def _text(pdf: bytes) -> str:
    raw = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(raw.split())


@pytest.fixture
def demo(ctx: Context) -> Context:
    load_demo(ctx)
    return ctx


def _new(ctx: Context, rights: list[str], channel: str = "email") -> str:
    new = cases.NewCase(
        name="Bérénice Aubry",
        rights=rights,
        received=ctx.today(),
        channel=channel,
        email="b.aubry@example.fr",
    )
    return cases.add_case(ctx, new).reference


def _ids(view: scope.ScopeView, kind: str, names: tuple[str, ...]) -> list[int]:
    return [i.item_id for i in view.items if i.kind == kind and i.label.startswith(names)]


def test_no_scope_no_access_reply(demo: Context) -> None:
    ref = _new(demo, ["access"])
    with pytest.raises(UserError, match="concern Bérénice Aubry") as refused:
        letters.generate(demo, ref, "access-reply", "fr", copy_separately=True)
    assert "Scope tab" in str(refused.value)
    assert letters.letters_of(demo, ref) == []  # nothing kept


def test_suggestion_follows_relationship_rights_and_channel(demo: Context) -> None:
    ref = _new(demo, ["access", "prospecting-objection"])
    view = scope.scope_of(demo, ref, ["prospects"])
    suggested = {i.label: i.why for i in view.items if i.kind == "activity" and i.suggested}
    assert set(suggested) == {"Prospecting and newsletters"}
    why = suggested["Prospecting and newsletters"]
    assert "persons: prospects" in why and "prospecting-objection" in why
    assert "channel: email" in why  # e-mail request, e-mail addresses held
    assert "prospects" in view.relationships and "staff" in view.relationships
    assert not any(i.chosen for i in view.items)  # a suggestion chooses nothing


def test_reply_tells_only_the_chosen_scope(demo: Context) -> None:
    ref = _new(demo, ["access"])
    view = scope.scope_of(demo, ref, ["customers"])
    acts = _ids(view, "activity", ("Customer orders", "Instalment payments"))
    recs = _ids(view, "recipient", ("Colis Express", "PayLater"))
    with pytest.raises(UserError, match="receives no data from the chosen activities"):
        scope.set_scope(demo, ref, acts[:1], _ids(view, "recipient", ("AdReach",)))
    chosen = scope.set_scope(demo, ref, acts, recs)
    assert {i.label for i in chosen.chosen if i.kind == "activity"} == {
        "Customer orders and delivery",
        "Instalment payments",
    }
    en = _text(letters.generate(demo, ref, "access-reply", "en", copy_separately=True).pdf)
    assert "Customer orders and delivery" in en and "Colis Express" in en
    for absent in (
        "Prospecting and newsletters",
        "Video surveillance",
        "AdReach Network",
        "Atlas Contact Center",
        "Banque Rhône",
    ):
        assert absent not in en, absent
    # Art. 15(1)(h), CJEU C-203/22: logic, significance, consequences from the register.
    assert "Logic involved" in en and "payment history with us" in en
    assert "Envisaged consequences for you" in en and "paid in one go" in en
    with demo.db.read() as session:
        last = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.operation == "case.scope")
            .order_by(AuditEvent.id.desc())
        ).first()
        assert last is not None and last.record_ref == ref
        assert len(json.loads(last.summary)["after"]) == 4


def test_french_letter_uses_french_register_texts(demo: Context) -> None:
    ref = _new(demo, ["access"])
    view = scope.scope_of(demo, ref, ["customers"])
    scope.set_scope(
        demo,
        ref,
        _ids(view, "activity", ("Customer orders",)),
        _ids(view, "recipient", ("Customer service", "Atlas")),
        _ids(view, "transfer", ("Atlas",)),
    )
    fr = _text(letters.generate(demo, ref, "access-reply", "fr", copy_separately=True).pdf)
    assert "Commandes et livraisons" in fr and "Service client (interne)" in fr
    assert "historique de commandes" in fr and "CCT 2021/914 module 2" in fr
    assert "Customer orders and delivery" not in fr and "order history" not in fr
    assert "Exécution d'un contrat (art. 6.1.b du RGPD)" in fr
    # No French text for this recipient: the English one is the fallback.
    assert "Atlas Contact Center SARL" in fr


def test_scope_is_final_once_the_reply_is_sent(demo: Context) -> None:
    ref = _new(demo, ["access"])
    view = scope.scope_of(demo, ref, ["customers"])
    acts = _ids(view, "activity", ("Customer reviews",))
    scope.set_scope(demo, ref, acts)
    assert scope.scope_of(demo, ref).editable
    reply = letters.generate(demo, ref, "access-reply", "en", copy_separately=True)
    letters.mark_sent(demo, reply.document_id)
    assert not scope.scope_of(demo, ref).editable
    with pytest.raises(UserError, match="its scope is final"):
        scope.set_scope(demo, ref, acts)
    with pytest.raises(UserError, match="at least one processing activity"):
        scope.set_scope(demo, _new(demo, ["access"]), [])


def test_the_copy_is_part_of_the_reply_or_said_to_follow(demo: Context, tmp_path) -> None:
    """GDPR Art. 15(3), CJEU C-487/21: no reply that claims an annex it does not hold."""
    ref = _new(demo, ["access"])
    view = scope.scope_of(demo, ref, ["customers"])
    scope.set_scope(demo, ref, _ids(view, "activity", ("Customer reviews",)))
    with pytest.raises(UserError, match=r"copy of the data \(GDPR Art. 15\(3\)\)"):
        letters.generate(demo, ref, "access-reply", "en")
    separate = _text(letters.generate(demo, ref, "access-reply", "fr", copy_separately=True).pdf)
    assert "vous est adressée séparément, au plus tard le 2 mars 2026" in separate
    assert "figure en annexe" not in separate and "Annexe : copie" not in separate
    data = tmp_path / "copy.csv"
    data.write_text("section,field,value\nCommandes,Commande,A-1024\n", encoding="utf-8")
    from dpo_desk.services.letters.build import read_data_copy

    annexed = _text(
        letters.generate(demo, ref, "access-reply", "fr", data_copy=read_data_copy(data)).pdf
    )
    assert "figure en annexe" in annexed and "A-1024" in annexed
    assert "séparément" not in annexed


def test_cli_case_scope(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from dpo_desk.cli import main

    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    ref = "DPO-2026-0007"  # Søren Kierkegård: an objection to prospecting, no access scope
    assert main(["--data-dir", d, "case-scope", ref, "--relationship", "prospects",
                 "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    act = next(i for i in items if i["label"] == "Prospecting and newsletters")
    assert act["suggested"] and not act["chosen"]
    assert main(["--data-dir", d, "case-scope", ref, "--activity", str(act["item_id"])]) == 0
    out = capsys.readouterr().out
    assert f"[x] activity {act['item_id']}: Prospecting and newsletters" in out
    assert main(["--data-dir", d, "case-scope", ref, "--activity", "9999"]) == 1
    assert "no active processing activity with id 9999" in capsys.readouterr().err


def test_recipient_and_transfer_texts_per_language(ctx: Context) -> None:
    from dpo_desk.services import registers

    with pytest.raises(UserError, match="unknown French text purposes"):
        registers.add_recipient(ctx, registers.NewRecipient(
            "Sales team", "internal", "Quotes", "FR", texts_fr={"purposes": "x"}))
    rec = registers.add_recipient(ctx, registers.NewRecipient(
        "Sales team", "internal", "Quotes", "FR",
        texts_fr={"name": "Équipe commerciale", "service": ""}))
    assert rec.texts_fr == {"name": "Équipe commerciale"}  # empty: English is the fallback
    registers.add_recipient(ctx, registers.NewRecipient("Atlas", "processor", "", "MA"))
    registers.add_transfer(ctx, "Atlas", registers.NewTransfer(
        country="MA", safeguard="scc", scc_module="2", safeguard_document="SCC module 2",
        texts_fr={"safeguard_document": "CCT module 2"}))
    atlas = next(r for r in registers.list_recipients(ctx) if r.name == "Atlas")
    assert atlas.transfers[0].texts_fr == {"safeguard_document": "CCT module 2"}


def test_an_import_keeps_french_texts_and_decision_details(demo: Context, tmp_path) -> None:
    """The import file has no French texts nor Art. 15(1)(h) details: re-importing the
    exported register must not wipe them (nothing is lost)."""
    from dpo_desk.services import registers

    path = tmp_path / "register.csv"
    registers.export_activities(demo, path)
    registers.import_activities(demo, path)
    act = registers.get_activity(demo, "Instalment payments")
    assert act.texts_fr["name"] == "Paiement en plusieurs fois"
    assert act.ad_logic.startswith("The score combines")


def test_scope_labels_in_french(demo: Context) -> None:
    view = scope.scope_of(demo, _new(demo, ["access"]), ["customers"])
    labels = {i.label: i.label_fr for i in view.items}
    assert labels["Customer orders and delivery"] == "Commandes et livraisons"
    assert labels["Customer service (internal) (FR)"] == "Service client (interne) (FR)"
    assert view.relationships_fr["customers"] == "clients"
