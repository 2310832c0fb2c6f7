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
    from dpo_desk.services.letters.data_copy import read_data_copy

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
    assert main(["--data-dir", d, "case-scope", ref, "--relationship", "prospects", "--json"]) == 0
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
        registers.add_recipient(
            ctx,
            registers.NewRecipient(
                "Sales team", "internal", "Quotes", "FR", texts_fr={"purposes": "x"}
            ),
        )
    rec = registers.add_recipient(
        ctx,
        registers.NewRecipient(
            "Sales team",
            "internal",
            "Quotes",
            "FR",
            texts_fr={"name": "Équipe commerciale", "service": ""},
        ),
    )
    assert rec.texts_fr == {"name": "Équipe commerciale"}  # empty: English is the fallback
    registers.add_recipient(ctx, registers.NewRecipient("Atlas", "processor", "", "MA"))
    registers.add_transfer(
        ctx,
        "Atlas",
        registers.NewTransfer(
            country="MA",
            safeguard="scc",
            scc_module="2",
            safeguard_document="SCC module 2",
            texts_fr={"safeguard_document": "CCT module 2"},
        ),
    )
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


def _scoped_case(demo: Context, jurisdiction: str) -> str:
    ref = cases.add_case(
        demo,
        cases.NewCase(
            name="Marie-Ève Tremblay",
            rights=["access"],
            received=demo.today(),
            channel="post",
            jurisdiction=jurisdiction,
            address="1200 rue Sainte-Catherine O.\nMontréal (Québec) H3B 1K9",
        ),
    ).reference
    view = scope.scope_of(demo, ref, ["customers"])
    scope.set_scope(demo, ref, _ids(view, "activity", ("Customer orders and delivery",)))
    return ref


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quebec_access_reply_cites_quebec_law_not_the_gdpr(
    demo: Context, tmp_path, lang: str
) -> None:
    from dpo_desk.services.letters.data_copy import read_data_copy

    data = tmp_path / "copy.csv"
    data.write_text(
        'section,field,value\nCommandes,2026-10-02,"Commande 48113, 89,90 $"\n', encoding="utf-8"
    )
    qc = _text(
        letters.generate(
            demo, _scoped_case(demo, "CA-QC"), "access-reply", lang, data_copy=read_data_copy(data)
        ).pdf
    )
    eu = _text(
        letters.generate(
            demo, _scoped_case(demo, "FR"), "access-reply", lang, data_copy=read_data_copy(data)
        ).pdf
    )
    assert "Commande 48113, 89,90 $" in qc  # the quoted comma is kept whole
    if lang == "fr":
        assert "Annexe : copie de vos données personnelles (RLRQ, c. P-39.1, art. 27)" in qc
        assert (
            "fondée exclusivement sur un traitement automatisé de vos renseignements "
            "personnels (RLRQ, c. P-39.1, art. 12.1)" in qc
        )
        assert "Finalités (art. 15.1.a)" in eu and "(article 22 du RGPD)" in eu
        assert "(article 15.3 du RGPD)" in eu
    else:
        assert "Annex: copy of your personal data (CQLR, c. P-39.1, s. 27)" in qc
        assert "(CQLR, c. P-39.1, s. 12.1)" in qc
        assert "Purposes (Art. 15(1)(a))" in eu and "(GDPR Art. 22)" in eu
    if lang == "fr":  # P-39.1 ss. 28 and 28.1: no restriction, no general objection
        assert "ou la cessation de leur diffusion (RLRQ, c. P-39.1, art. 28 et 28.1)" in qc
        assert "limitation" not in qc and "limitation de leur traitement" in eu
    else:
        assert "or that its dissemination cease (CQLR, c. P-39.1, ss. 28 and 28.1)" in qc
        assert "restriction" not in qc and "restriction of its processing" in eu
    for gdpr_only in ("15.1.", "15(1)", "art. 22", "Art. 22", "15.3", "15(3)"):
        assert gdpr_only not in qc, gdpr_only
    heading = "transferts internationaux" if lang == "fr" else "international transfers"
    assert heading in qc and heading in eu


def test_a_quebec_access_reply_without_copy_is_refused_citing_quebec_law(demo: Context) -> None:
    ref = _scoped_case(demo, "CA-QC")
    with pytest.raises(UserError) as caught:
        letters.generate(demo, ref, "access-reply", "fr")
    assert "(CQLR, c. P-39.1, s. 27)" in str(caught.value)
    assert "(RLRQ, c. P-39.1, art. 27)" in caught.value.render("fr")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "section,field,value\nCommandes,2026-10-02,Commande 48113 — 89,90 $\n",
            "line 2 has more than 3 cells; put a value that holds a comma between double quotes",
        ),
        ("section,field,value\nCommandes,2026-10-02\n", "line 2 has fewer than 3 cells"),
        ("section,field\nCommandes,2026-10-02\n", "columns section, field, value are required"),
    ],
)
def test_a_data_copy_csv_that_would_lose_a_cell_is_refused(
    tmp_path, content: str, message: str
) -> None:
    from dpo_desk.services.letters.data_copy import read_data_copy

    data = tmp_path / "copy.csv"
    data.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        read_data_copy(data)


def test_a_data_copy_that_is_not_utf8_is_refused_in_words(tmp_path) -> None:
    from dpo_desk.services.letters.data_copy import read_data_copy

    data = tmp_path / "copie.csv"
    data.write_bytes("section,field,value\nIdentité,Nom,Hélène\n".encode("cp1252"))
    with pytest.raises(UserError) as caught:
        read_data_copy(data)
    assert caught.value.render("fr") == (
        "copie.csv : ce n'est pas du texte UTF-8 ; enregistrez le fichier en CSV UTF-8 ou en JSON"
    )


def test_a_transfer_under_an_adequacy_decision_is_said_once(demo: Context) -> None:
    """CloudMail Inc. (United States) receives data under the adequacy decision (GDPR
    Art. 45): the reply said "décision d'adéquation ; Décision d'adéquation (art. 45 du
    RGPD)", the same fact twice. A country without one still says so beside its
    safeguard (Atlas, Morocco: standard contractual clauses)."""
    ref = _new(demo, ["access"])
    view = scope.scope_of(demo, ref, ["customers", "prospects"])
    scope.set_scope(
        demo,
        ref,
        _ids(view, "activity", ("Prospecting and newsletters", "Customer orders")),
        _ids(view, "recipient", ("CloudMail", "Atlas")),
        _ids(view, "transfer", ("CloudMail", "Atlas")),
    )
    for lang, said, twice, without in (
        (
            "fr",
            "Décision d'adéquation (art. 45 du RGPD)",
            "décision d'adéquation ; Décision",
            "pas de décision d'adéquation ;",
        ),
        (
            "en",
            "Adequacy decision (GDPR Art. 45)",
            "adequacy decision; Adequacy",
            "no adequacy decision;",
        ),
    ):
        text = " ".join(
            _text(
                letters.generate(demo, ref, "access-reply", lang, copy_separately=True).pdf
            ).split()
        )
        assert said in text and twice not in text, lang
        assert without in text, lang
