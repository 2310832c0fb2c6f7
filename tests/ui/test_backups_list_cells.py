"""The Backups table's counts read as numbers of the DPO's language: a million cases is
"1 000 000" in French and "1,000,000" in English, not "1000000"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale

from dpo_desk.services.backups import BackupInfo
from dpo_desk.ui.pages.backups_list import cells


def _info(ok: bool = True) -> BackupInfo:
    info = BackupInfo(
        Path("/b/dpo-desk-20261207T001306643004Z.dpobak"),
        datetime(2026, 12, 7, 0, 13, tzinfo=UTC),
        1_588_899_712,
        ok,
    )
    info.counts = {"cases": 1_000_000, "document": 568_583}
    info.audit_count = 6_738_710
    return info


def test_counts_grouped_in_french_and_english() -> None:
    fr = cells(_info(), "✓ Intègre", QLocale(QLocale.Language.French, QLocale.Country.France))
    assert [c.replace("\u202f", " ").replace("\xa0", " ") for c in fr[3:6]] == [
        "1 000 000",
        "568 583",
        "6 738 710",
    ]
    en = cells(_info(), "✓ Sound", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert en[3:6] == ["1,000,000", "568,583", "6,738,710"]
    assert en[1] == "1.48 GiB" and en[6] == "dpo-desk-20261207T001306643004Z.dpobak"


def test_a_bad_backup_tells_no_trail_count() -> None:
    en = cells(_info(ok=False), "✗ Damaged", QLocale(QLocale.Language.English))
    assert en[5] == "—"


def test_the_progress_relay_passes_stage_changes_and_the_end_not_every_member(qtbot) -> None:
    """441,000 members at a million cases: a report per member was 441,000 queued
    signals for a bar a person reads a few times a second."""
    from dpo_desk.ui.pages.backups_tasks import ProgressRelay

    relay = ProgressRelay()
    got: list[tuple[str, int, int]] = []
    relay.moved.connect(lambda s, d, t: got.append((s, d, t)))
    relay.report("audit", 0, 10)
    for done in range(1, 5000):
        relay.report("verify", done, 5000)
    relay.report("verify", 5000, 5000)
    relay.report("done", 5000, 5000)
    assert got[0] == ("audit", 0, 10) and got[1] == ("verify", 1, 5000)
    assert got[-2:] == [("verify", 5000, 5000), ("done", 5000, 5000)]
    assert len(got) < 50
