"""Screenshots of every screen, in English and in French, from a demonstration store.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshots.py [FOLDER]
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [FOLDER]

The store is a temporary directory filled by ``load_demo`` with a fixed clock (Monday
2 February 2026, 10:00 UTC), so the pictures are the same from one run to the next.
Default folder: ``docs/images/screens``. Nothing outside the temporary directory and the
output folder is written (the window layout goes to the temporary directory too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from dpo_desk.services import cases as case_service  # noqa: E402
from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.services.demo import load_demo  # noqa: E402
from dpo_desk.store.opening import open_store  # noqa: E402
from dpo_desk.ui import background, i18n  # noqa: E402
from dpo_desk.ui.background import TaskRunner  # noqa: E402
from dpo_desk.ui.context import AppContext, AppSignals  # noqa: E402
from dpo_desk.ui.main_window import MainWindow, build_main_window  # noqa: E402

FIXED_NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
SIZE = (1440, 900)


def settle(ms: int = 120) -> None:
    """Let the background work started so far deliver (the real threaded runner), then
    the window repaint."""
    QApplication.processEvents()
    deadline = time.monotonic() + 30
    while not background.all_idle() and time.monotonic() < deadline:
        QTest.qWait(10)
    QTest.qWait(ms)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(folder.parent) if folder.parent in path.parents else path)
    return path


def showcase_case(ctx: Context) -> str:
    """A case with a full history: extended after identity was verified."""
    for summary in case_service.list_cases(ctx, case_service.CaseFilter(statuses=("extended",))):
        return summary.reference
    return case_service.list_cases(ctx)[0].reference


def shoot_language(window: MainWindow, lang: str, folder: Path, ref: str) -> None:
    window.set_language(lang)
    settle()
    for i, key in enumerate(window.pages):
        page = window.show_page(key)
        if key == "cases" and page is not None:
            window.open_case(ref)
        save(window, folder, f"{lang}-{i + 1:02d}-{key}")
    cases_page = window.cases_page
    if cases_page is None:
        return
    window.show_page("cases")
    window.open_case(ref)
    view = cases_page.view
    for t in range(view.tabs.count()):
        view.tabs.setCurrentIndex(t)
        name = view.tabs.widget(t).__class__.__name__.removesuffix("Tab").lower()
        save(window, folder, f"{lang}-case-{t + 1}-{name}")
    view.tabs.setCurrentIndex(0)
    extend_ref = next(
        (
            s.reference
            for s in case_service.list_cases(
                window.app.ctx, case_service.CaseFilter(statuses=("in-progress",))
            )
        ),
        None,
    )
    if extend_ref:
        window.open_case(extend_ref)
        dialog = view.open_extend()
        if dialog is not None:
            dialog.reasons.setPlainText(  # type: ignore[attr-defined]
                "Plusieurs demandes simultanées et des archives sur deux sites"
                if lang == "fr"
                else "Several requests at once and archives on two sites"
            )
            save(dialog, folder, f"{lang}-dialog-extend")
            dialog.reject()
        refuse = view.open_transition("refused")
        if refuse is not None:  # the ground and its facts, asked once (issue 12)
            ground = refuse.ground  # type: ignore[attr-defined]
            ground.setCurrentIndex(ground.findData("legal-obligation"))
            refuse.facts.setPlainText(  # type: ignore[attr-defined]
                "Les factures sont conservées 10 ans (code de commerce, art. L123-22)"
                if lang == "fr"
                else "Invoices are kept for 10 years (French Commercial Code, L123-22)"
            )
            save(refuse, folder, f"{lang}-dialog-refuse")
            refuse.reject()
    intake = window.new_request()
    intake.name.setText("Lefèvre")
    intake._search()
    intake.email.setText("")
    intake.rights["access"].setChecked(True)
    intake.rights["erasure"].setChecked(True)
    intake.notes.setPlainText(
        "Lettre recommandée reçue à l'accueil, scannée."
        if lang == "fr"
        else "Registered letter received at reception."
    )
    save(intake, folder, f"{lang}-dialog-intake")
    intake.discard()


def shoot_input_safety(window: MainWindow, lang: str, folder: Path, tmp: Path) -> None:
    """Issue 12: a known person with new details, the Documents tab after the ID copy was
    destroyed by verification, and a refused date at its field."""
    fr = lang == "fr"
    ctx = window.app.ctx
    known = next(s for s in case_service.list_cases(ctx) if s.email)
    intake = window.new_request()
    intake.name.setText(known.subject_name)
    intake.email.setText("nouvelle.adresse@example.fr" if fr else "new.address@example.com")
    intake.address.setPlainText("12 rue des Lilas\n69003 Lyon")
    intake._search()
    settle()
    intake._use_match(intake.matches.item(0))
    intake.rights["access"].setChecked(True)
    save(intake, folder, f"{lang}-dialog-intake-known-person")
    intake.discard()

    intake = window.new_request()
    intake.name.setText("Jean Dupont")
    intake.rights["access"].setChecked(True)
    intake.received.line.setText("1950-02-31")
    intake.received.check()
    intake.save()
    save(intake, folder, f"{lang}-dialog-intake-date-error")
    intake.discard()

    from dpo_desk.services import documents, identity

    ref = case_service.add_case(
        ctx,
        case_service.NewCase(
            name="Camille Bernard",
            rights=["access"],
            received=FIXED_NOW,
            channel="post",
            address="3 place Bellecour\n69002 Lyon",
        ),
    ).reference
    scan = tmp / ("carte-identite.pdf.txt" if fr else "id-card-scan.txt")
    scan.write_text("Carte nationale d'identité — Camille Bernard")
    letter = tmp / ("courrier-demande.txt" if fr else "request-letter.txt")
    letter.write_text("Je souhaite obtenir une copie de mes données.")
    documents.attach(ctx, ref, scan, "id-evidence")
    documents.attach(ctx, ref, letter, "attachment")
    identity.verify_identity(ctx, ref, "document", "carte d'identité" if fr else "identity card")
    window.show_page("cases")
    window.open_case(ref)
    view = window.cases_page.view
    view.tabs.setCurrentWidget(view.documents)
    save(window, folder, f"{lang}-case-documents-after-verification")
    view.tabs.setCurrentIndex(0)


def sample_request(lang: str) -> bytes:
    """A request as a mail client sends it: encoded-word name, quoted-printable body, an
    ID scan and a PDF attached, the organisation's own Received: hop on top."""
    from email.message import EmailMessage

    fr = lang == "fr"
    msg = EmailMessage()
    msg["Received"] = "from mx.relay.example by mail.acme.example; Fri, 30 Jan 2026 10:15:12 +0100"
    msg["From"] = "Zoé Lefèvre <zoe.lefevre@mail.example.fr>"
    msg["To"] = "dpo@acme.example"
    msg["Subject"] = "Demande d'accès et d'effacement" if fr else "Access and erasure request"
    msg["Date"] = "Fri, 30 Jan 2026 10:14:00 +0100"
    msg["Message-ID"] = f"<shot-{lang}@mail.example.fr>"
    msg.set_content(
        "Bonjour,\n\nJe demande l'accès à mes données, puis leur effacement.\n"
        "Ci-joint ma carte d'identité.\n\nZoé Lefèvre"
        if fr
        else "Hello,\n\nI ask for access to my data, then for its erasure.\n"
        "My ID card is attached.\n\nZoé Lefèvre",
        cte="quoted-printable",
    )
    msg.add_attachment(
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        maintype="image",
        subtype="png",
        filename="carte-identite.png" if fr else "id-card.png",
    )
    msg.add_attachment(
        b"%PDF-1.4\n%%EOF\n",
        maintype="application",
        subtype="pdf",
        filename="facture.pdf" if fr else "invoice.pdf",
    )
    return msg.as_bytes()


def shoot_mail(window: MainWindow, lang: str, folder: Path, tmp: Path) -> None:
    """Issue 17: an e-mail dropped on the window opens the intake prefilled; once saved,
    the timeline shows the sealed original and its SHA-256."""
    from dpo_desk.ui import mail_drop

    window.set_language(lang)
    path = tmp / f"request-{lang}.eml"
    path.write_bytes(sample_request(lang))
    mail_drop.open_mail_files(window, window.app, [path], window.new_request)
    settle(300)
    intake = window.intake
    save(intake, folder, f"{lang}-dialog-intake-from-email")
    intake.save()
    settle(300)
    if intake.detail is not None and window.cases_page is not None:
        window.show_page("cases")
        window.open_case(intake.detail.reference)
        view = window.cases_page.view
        view.tabs.setCurrentWidget(view.timeline)
        save(window, folder, f"{lang}-case-timeline-from-email")
        view.tabs.setCurrentIndex(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a PNG of every screen (EN and FR).")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "docs" / "images" / "screens"))
    args = parser.parse_args(argv)
    folder = Path(args.folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["TZ"] = os.environ.get("TZ", "Europe/Paris")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from dpo_desk.app import register_bundled_fonts

    register_bundled_fonts()  # as the program does: names in every script show
    app.setFont(QFont("DejaVu Sans", 10))
    with tempfile.TemporaryDirectory(prefix="dpo-desk-shots-") as tmp:
        data = Path(tmp) / "data"
        store = open_store(data)
        tasks = TaskRunner()
        try:
            ctx = Context(
                db=store.db, data_dir=data, actor="claire.martin", clock=lambda: FIXED_NOW
            )
            load_demo(ctx)
            app_ctx = AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
            settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
            i18n.install("en")
            window = build_main_window(app_ctx, settings)
            window.setWindowState(Qt.WindowState.WindowNoState)  # first, then the size
            window.resize(*SIZE)
            window.show()
            settle(300)
            ref = showcase_case(ctx)
            for lang in ("en", "fr"):
                shoot_language(window, lang, folder, ref)
                shoot_input_safety(window, lang, folder, Path(tmp))
                shoot_mail(window, lang, folder, Path(tmp))
            window.close()
        finally:
            tasks.shutdown()
            store.close()
            i18n.install("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
