"""The annual report against a generated store of 10,000 cases: every figure recounted
from the store with plain SQL, and each headline figure found in the PDF read back."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from dpo_desk import backup
from dpo_desk.cli import main as cli_main
from dpo_desk.domain.annual_report import AnnualFigures
from dpo_desk.errors import UserError
from dpo_desk.services import incident_actions, incidents
from dpo_desk.services.context import Context
from dpo_desk.services.registers.recipient_rules import NewRecipient
from dpo_desk.services.registers.recipients import add_recipient
from dpo_desk.services.reports.annual import write_annual_report
from dpo_desk.services.reports.gather import annual_figures
from dpo_desk.services.reports.texts import headlines
from dpo_desk.store.opening import open_store
from tests._tools import generated_store, load_tool

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
START, END = date(2025, 1, 1), date(2025, 12, 31)


@dataclass
class Big:
    ctx: Context
    db_path: Path
    figures: AnnualFigures


def _at(ctx: Context, moment: datetime) -> None:
    ctx.clock = lambda: moment


def _events_of_2025(ctx: Context) -> None:
    """Three breaches, a register change and a verified backup, done through the services
    on days of 2025 (the generator makes requests only)."""
    _at(ctx, datetime(2025, 6, 20, 10, 0, tzinfo=UTC))
    new = dict(
        origin="device-lost-or-stolen",
        cause="external-malicious",
        people_count=40,
        data_categories=["identity"],
    )
    aware = datetime(2025, 6, 2, 9, 0, tzinfo=PARIS)
    quick = incidents.add_incident(
        ctx, incidents.NewIncident(title="Stolen laptop", aware_at=aware, **new)
    ).reference  # type: ignore[arg-type]
    incident_actions.record_notice(ctx, quick, "authority", aware + timedelta(hours=30), "initial")
    late = incidents.add_incident(
        ctx, incidents.NewIncident(title="Mail to the wrong client", aware_at=aware, **new)
    ).reference  # type: ignore[arg-type]
    incident_actions.record_notice(
        ctx,
        late,
        "authority",
        aware + timedelta(hours=100),
        "initial",
        delay_reasons="the processor told us on day 4",
    )
    incident_actions.record_notice(ctx, late, "persons", aware + timedelta(hours=120))
    none = incidents.add_incident(
        ctx, incidents.NewIncident(title="Encrypted USB key lost", aware_at=aware, **new)
    ).reference  # type: ignore[arg-type]
    incident_actions.decide(ctx, none, False, "encrypted, key not on the device")
    add_recipient(ctx, NewRecipient(name="Colis Express SARL", category="processor"))
    _at(ctx, datetime(2025, 11, 15, 10, 0, tzinfo=UTC))
    assert backup.create(ctx) is not None
    _at(ctx, NOW)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Big]:
    with generated_store(tmp_path_factory.mktemp("annual10k"), 10_000, 3, NOW) as ctx:
        _events_of_2025(ctx)
        figures, _org = annual_figures(ctx, START, END)
        yield Big(ctx, ctx.data_dir / "dpo_desk.sqlite3", figures)


def _sql(big: Big, query: str, *args: object) -> list[tuple]:
    with sqlite3.connect(big.db_path) as conn:
        return conn.execute(query, args).fetchall()


def _refusal_days(big: Big) -> dict[str, date]:
    out: dict[str, date] = {}
    for ref, at, summary in _sql(
        big,
        "SELECT record_ref, at, summary FROM audit_event "
        "WHERE operation = 'case.transition' ORDER BY id",
    ):
        if json.loads(summary).get("to") == "refused":
            moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
            out.setdefault(ref, moment.astimezone(PARIS).date())
    return out


def test_request_counts_match_the_store(big: Big) -> None:
    f = big.figures
    between = "received_on BETWEEN '2025-01-01' AND '2025-12-31'"
    assert f.received == _sql(big, f"SELECT count(*) FROM cases WHERE {between}")[0][0] > 500
    assert (
        f.complaints
        == _sql(big, f"SELECT count(*) FROM cases WHERE {between} AND kind = 'complaint'")[0][0]
    )
    assert f.per_channel == dict(
        _sql(big, f"SELECT channel, count(*) FROM cases WHERE {between} GROUP BY channel")
    )
    assert f.per_right == dict(
        _sql(
            big,
            "SELECT r.right, count(*) FROM case_right r JOIN "
            f"cases c ON c.id = r.case_id WHERE c.{between} "
            "GROUP BY r.right",
        )
    )
    months = dict(
        _sql(
            big,
            f"SELECT strftime('%Y-%m', received_on), count(*) FROM cases "
            f"WHERE {between} GROUP BY 1",
        )
    )
    assert {k: v for k, v in f.per_month.items() if v} == months
    assert (
        f.extensions
        == _sql(
            big,
            "SELECT count(*) FROM cases WHERE extended_on BETWEEN '2025-01-01' AND '2025-12-31'",
        )[0][0]
        > 0
    )
    asked = "requested_on BETWEEN '2025-01-01' AND '2025-12-31'"
    assert (f.id_requested, f.id_received, f.id_verified, f.id_failed) == _sql(
        big,
        f"SELECT count(*), sum(received_on IS NOT NULL), sum(outcome = 'verified'), "
        f"sum(outcome = 'failed') FROM identity_check WHERE {asked}",
    )[0]


def test_refusals_answers_and_times_match_the_store(big: Big) -> None:
    f = big.figures
    refused_on = _refusal_days(big)
    grounds: Counter[str] = Counter()
    delays = []
    for ref, received, answered, outcome, reason in _sql(
        big, "SELECT reference, received_on, answered_on, outcome, outcome_reason FROM cases"
    ):
        day = (
            refused_on.get(ref)
            if outcome == "refused"
            else (date.fromisoformat(answered) if answered else None)
        )
        if day is not None and START <= day <= END:
            delays.append((day - date.fromisoformat(received)).days)
            if outcome == "refused":
                grounds[reason] += 1
    assert f.refusals == dict(grounds) and sum(grounds.values()) > 10
    assert f.answered == len(delays)
    delays.sort()
    assert f.median_days == delays[(len(delays) + 1) // 2 - 1]
    assert f.p90_days == delays[-(-9 * len(delays) // 10) - 1]


def test_on_time_rate_matches_a_count_in_the_store(big: Big) -> None:
    refused_on = _refusal_days(big)
    stopped = {
        r[0]
        for r in _sql(
            big, "SELECT case_id FROM deadline_event WHERE kind = 'suspension' AND ends_on IS NULL"
        )
    }
    on_time = judged = 0
    for cid, ref, status, outcome, due, notice_by, ext_on, ext_due, answered in _sql(
        big,
        "SELECT id, reference, status, outcome, due_date, "
        "extension_notice_by, extended_on, extended_due_date, "
        "answered_on FROM cases",
    ):
        if status in ("withdrawn", "forwarded") or outcome in ("withdrawn", "forwarded"):
            continue
        deadline = ext_due if ext_on and notice_by and ext_on <= notice_by else due
        if deadline is None:
            continue
        answer = refused_on.get(ref).isoformat() if outcome == "refused" else answered
        if answer and answer <= deadline:
            day, good = answer, True
        elif not answer and cid in stopped:
            continue
        else:
            day, good = (date.fromisoformat(deadline) + timedelta(days=1)).isoformat(), False
        if "2025-01-01" <= day <= "2025-12-31":
            judged += 1
            on_time += good
    f = big.figures
    assert (f.on_time, f.judged) == (on_time, judged)
    assert 0 < f.late < f.judged


def test_incidents_registers_and_backups_of_the_year(big: Big) -> None:
    f = big.figures
    assert (f.incidents, f.notified_authority, f.notified_within_72h) == (3, 2, 1)
    assert (f.not_notified, f.notified_persons) == (1, 1)
    assert f.register_changes == {"recipients": 1}
    assert (f.backups_verified, f.backups_failed) == (1, 0)
    # the same store a year later shows none of it
    later, _ = annual_figures(big.ctx, date(2026, 1, 1), date(2026, 12, 31))
    assert later.incidents == 0 and later.backups_verified == 0


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_shows_every_headline_figure(big: Big, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"report-{lang}.pdf"
    result = write_annual_report(big.ctx, START, END, lang, out)
    assert result.figures.received == big.figures.received
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    rows = headlines(big.figures, lang)
    assert len(rows) == 6
    for heading, figure, _sentence in rows:
        # pypdf reads the French thin no-break space back as a plain space
        assert heading in first and _plain(figure) in _plain(first), (heading, figure)
    whole = _pdf_text(out)
    assert ("Annual report" if lang == "en" else "Rapport annuel") in first
    assert "Art. 12(3)" in whole if lang == "en" else "art. 12.3" in whole
    assert reader.metadata is not None and reader.metadata.title


def test_csv_of_the_same_figures(big: Big, tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    write_annual_report(big.ctx, START, END, "en", out, fmt="csv")
    rows = {
        line.split(",")[0]: line.rsplit(",", 1)[1]
        for line in out.read_text(encoding="utf-8").splitlines()[1:]
    }
    assert rows["received"] == str(big.figures.received)
    assert rows["on_time"] == str(big.figures.on_time)
    assert rows["p90_days"] == str(big.figures.p90_days)


def test_the_command_line_writes_the_report(tmp_path: Path, capsys) -> None:
    data = tmp_path / "small"
    load_tool("generate_store").generate(data, 300, seed=5, now=NOW, registers=False)
    pdf = tmp_path / "cli.pdf"
    code = cli_main(
        [
            "--data-dir",
            str(data),
            "report",
            "annual",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--lang",
            "fr",
            "--out",
            str(pdf),
            "--json",
        ]
    )
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    store = open_store(data)
    try:
        ctx = Context(db=store.db, data_dir=store.data_dir, clock=lambda: NOW)
        expected, _ = annual_figures(ctx, START, END)
    finally:
        store.close()
    assert printed["received"] == expected.received > 0
    assert printed["on_time"] == expected.on_time
    assert "Rapport annuel" in PdfReader(pdf).pages[0].extract_text()
    code = cli_main(
        [
            "--data-dir",
            str(data),
            "report",
            "annual",
            "--from",
            "2025-12-31",
            "--to",
            "2025-01-01",
            "--out",
            str(tmp_path / "bad.pdf"),
        ]
    )
    assert code == 1 and "before it starts" in capsys.readouterr().err
    assert not (tmp_path / "bad.pdf").exists()


def test_bad_period_or_language_is_refused_and_nothing_written(big: Big, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError, match="before it starts"):
        write_annual_report(big.ctx, END, START, "en", out)
    with pytest.raises(UserError, match="unknown language"):
        write_annual_report(big.ctx, START, END, "de", out)
    with pytest.raises(UserError, match="does not exist"):
        write_annual_report(big.ctx, START, END, "en", tmp_path / "no" / "x.pdf")
    assert not out.exists()


def test_gathering_runs_no_cycle_collection_and_gives_the_same_figures(
    big: Big, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report's records all live until counted: a collection during the gathering
    frees nothing and, at a million cases, froze the window (bulk_objects). At 10,000 cases
    the records alone would trigger hundreds of young collections; none may run, and the
    collector is on again afterwards. Counted around the gathering itself: once the pause
    ends, the allocations it counted start a young collection at once, in whichever
    thread allocates next (under pytest-xdist, its messaging thread)."""
    import gc

    from dpo_desk.services.reports import gather as gathering

    def collections() -> int:
        return sum(stat["collections"] for stat in gc.get_stats())

    watched: list[tuple[bool, int]] = []
    real = gathering.gather

    def counted(*args: object, **kwargs: object) -> object:
        before = collections()
        try:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            watched.append((gc.isenabled(), collections() - before))

    monkeypatch.setattr(gathering, "gather", counted)
    assert gc.isenabled()
    figures, _org = annual_figures(big.ctx, START, END)
    assert watched == [(False, 0)]
    assert gc.isenabled()
    assert figures == big.figures
