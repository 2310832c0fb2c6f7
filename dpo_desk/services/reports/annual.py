"""The DPO's action "write the annual report": figures gathered in one read transaction,
written as a PDF (or the same figures as CSV), the writing audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dpo_desk.domain.annual_report import AnnualFigures
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.exports import to_csv, write_export
from dpo_desk.services.reports import pdf
from dpo_desk.services.reports.gather import annual_figures
from dpo_desk.services.reports.texts import (
    LANGS,
    channel_label,
    ground_label,
    register_label,
    right_label,
    t,
)

FORMATS = ("pdf", "csv")
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    format: str
    figures: AnnualFigures


def figure_rows(f: AnnualFigures, lang: str) -> list[dict[str, str]]:
    """The report's figures as rows (key, label, value): the CSV a spreadsheet reads."""
    rows: list[tuple[str, str, object]] = [
        ("period.start", "", f.period.start.isoformat()),
        ("period.end", "", f.period.end.isoformat()),
        ("as_of", "", f.as_of.isoformat()),
        ("received", t("received", lang), f.received),
        ("complaints", t("complaints", lang), f.complaints),
        ("judged", t("judged", lang), f.judged),
        ("on_time", t("on_time", lang), f.on_time),
        (
            "on_time_rate",
            t("on_time_rate", lang),
            "" if f.on_time_rate is None else f"{f.on_time_rate:.4f}",
        ),
        ("answered", t("answered", lang), f.answered),
        ("median_days", t("median", lang), "" if f.median_days is None else f.median_days),
        ("p90_days", t("p90", lang), "" if f.p90_days is None else f.p90_days),
        ("extensions", t("extensions", lang), f.extensions),
        ("extensions_late_notice", t("ext_late", lang), f.extensions_late_notice),
        ("id_requested", t("id_requested", lang), f.id_requested),
        ("id_received", t("id_received", lang), f.id_received),
        ("id_verified", t("id_verified", lang), f.id_verified),
        ("id_failed", t("id_failed", lang), f.id_failed),
        ("incidents", t("incidents", lang), f.incidents),
        ("notified_authority", t("authority", lang), f.notified_authority),
        ("notified_within_72h", t("within_72h", lang), f.notified_within_72h),
        ("not_notified", t("not_notified", lang), f.not_notified),
        ("notified_persons", t("persons", lang), f.notified_persons),
        ("backups_verified", t("backups", lang), f.backups_verified),
        ("backups_failed", t("backups_failed", lang), f.backups_failed),
        ("restores", t("restores", lang), f.restores),
    ]
    rows += [(f"month.{k}", k, v) for k, v in f.per_month.items()]
    rows += [(f"right.{k}", right_label(k, lang), v) for k, v in f.per_right.items()]
    rows += [(f"channel.{k}", channel_label(k, lang), v) for k, v in f.per_channel.items()]
    rows += [(f"refusal.{k}", ground_label(k, lang), v) for k, v in f.refusals.items()]
    rows += [(f"register.{k}", register_label(k, lang), v) for k, v in f.register_changes.items()]
    return [{"key": k, "label": label, "value": str(v)} for k, label, v in rows]


def write_annual_report(
    ctx: Context,
    start: date,
    end: date,
    lang: str,
    out: Path,
    fmt: str = "pdf",
    progress: Progress | None = None,
) -> ReportResult:
    """Write the annual report for ``start``..``end`` (both included) to ``out``; audited
    (period, language and format: the figures are in the file, not in the log)."""
    if lang not in LANGS:
        raise UserError(
            "unknown language {lang!r}; use one of: {langs}", lang=lang, langs=", ".join(LANGS)
        )
    if fmt not in FORMATS:
        raise UserError(
            "unknown format {fmt!r}; use one of: {formats}", fmt=fmt, formats=", ".join(FORMATS)
        )
    say = progress or (lambda _step, _done, _total: None)
    say("gather", 0, 3)
    figures, organisation = annual_figures(ctx, start, end)
    say("render", 1, 3)
    if fmt == "pdf":
        data = pdf.render(figures, lang, organisation)
    else:
        data = to_csv(figure_rows(figures, lang), ("key", "label", "value"))
    say("write", 2, 3)
    write_export(Path(out), data)
    with ctx.db.write() as session:
        audit.record(
            session,
            ctx,
            "report.annual",
            "report",
            f"{start}..{end}",
            {"lang": lang, "format": fmt, "start": start, "end": end},
        )
    say("done", 3, 3)
    return ReportResult(Path(out), fmt, figures)
