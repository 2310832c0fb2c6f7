"""The audit trail in words a DPO reads: operations and their details, in both languages.

The trail stores English codes (``directive.create``, ``{"from": "in-progress"}``) so that
it stays verifiable and greppable; the window shows each code with a label ("Post-mortem
directive registered", "From: In progress") through Qt's translator. A code with no label
is shown as stored (never hidden): a new operation is still visible before it is named.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dpo_desk.domain.registers import DIRECTIVE_ACTIONS, HEIRS_REQUESTS, NOTIFIER_CAPACITIES
from dpo_desk.errors import Term
from dpo_desk.ui import i18n
from dpo_desk.ui.widgets import labels

_CTX = "AuditText"

# Operation families, for the "All of …" filter choices.
FAMILIES: dict[str, object] = {
    "activity": QT_TRANSLATE_NOOP("AuditText", "Processing activities"),
    "backup": QT_TRANSLATE_NOOP("AuditText", "Backups"),
    "case": QT_TRANSLATE_NOOP("AuditText", "Requests"),
    "death": QT_TRANSLATE_NOOP("AuditText", "Death notifications"),
    "directive": QT_TRANSLATE_NOOP("AuditText", "Post-mortem directives"),
    "document": QT_TRANSLATE_NOOP("AuditText", "Documents"),
    "export": QT_TRANSLATE_NOOP("AuditText", "Exports"),
    "identity": QT_TRANSLATE_NOOP("AuditText", "Identity checks"),
    "letter": QT_TRANSLATE_NOOP("AuditText", "Letters"),
    "organisation": QT_TRANSLATE_NOOP("AuditText", "Organisation"),
    "recipient": QT_TRANSLATE_NOOP("AuditText", "Recipients"),
    "register": QT_TRANSLATE_NOOP("AuditText", "Registers"),
    "report": QT_TRANSLATE_NOOP("AuditText", "Reports"),
    "session": QT_TRANSLATE_NOOP("AuditText", "Sessions"),
    "subject": QT_TRANSLATE_NOOP("AuditText", "Data subjects"),
    "transfer": QT_TRANSLATE_NOOP("AuditText", "Transfers"),
}

# What an entry is about (the stored entity), for the Record column.
ENTITIES: dict[str, object] = {
    "backup": QT_TRANSLATE_NOOP("AuditText", "Backup"),
    "data_subject": QT_TRANSLATE_NOOP("AuditText", "Data subject"),
    "death_notification": QT_TRANSLATE_NOOP("AuditText", "Death notification"),
    "document": QT_TRANSLATE_NOOP("AuditText", "Document"),
    "export": QT_TRANSLATE_NOOP("AuditText", "Export"),
    "organisation": QT_TRANSLATE_NOOP("AuditText", "Organisation"),
    "post_mortem_directive": QT_TRANSLATE_NOOP("AuditText", "Post-mortem directive"),
    "processing_activity": QT_TRANSLATE_NOOP("AuditText", "Processing activity"),
    "recipient": QT_TRANSLATE_NOOP("AuditText", "Recipient"),
    "session": QT_TRANSLATE_NOOP("AuditText", "Session"),
    "transfer": QT_TRANSLATE_NOOP("AuditText", "Transfer"),
    "register": QT_TRANSLATE_NOOP("AuditText", "Register"),
    "report": QT_TRANSLATE_NOOP("AuditText", "Annual report"),
}

# Identity policies, as chosen in Settings.
POLICIES: dict[str, object] = {
    "proportionate": QT_TRANSLATE_NOOP("AuditText", "proportionate"),
    "strict": QT_TRANSLATE_NOOP("AuditText", "strict"),
}

# The keys of the stored details.
KEYS: dict[str, object] = {
    "from": QT_TRANSLATE_NOOP("AuditText", "From"),
    "to": QT_TRANSLATE_NOOP("AuditText", "To"),
    "reason": QT_TRANSLATE_NOOP("AuditText", "Reason"),
    "rights": QT_TRANSLATE_NOOP("AuditText", "Rights"),
    "channel": QT_TRANSLATE_NOOP("AuditText", "Channel"),
    "due": QT_TRANSLATE_NOOP("AuditText", "Due"),
    "jurisdiction": QT_TRANSLATE_NOOP("AuditText", "Rules"),
    "received_on": QT_TRANSLATE_NOOP("AuditText", "Received on"),
    "decided_on": QT_TRANSLATE_NOOP("AuditText", "Decided on"),
    "requested_on": QT_TRANSLATE_NOOP("AuditText", "Requested on"),
    "doubt": QT_TRANSLATE_NOOP("AuditText", "Reason for doubt"),
    "policy": QT_TRANSLATE_NOOP("AuditText", "Identity policy"),
    "warning": QT_TRANSLATE_NOOP("AuditText", "Warning shown"),
    "document_kind": QT_TRANSLATE_NOOP("AuditText", "Document"),
    "method": QT_TRANSLATE_NOOP("AuditText", "Method"),
    "purged": QT_TRANSLATE_NOOP("AuditText", "Copies destroyed"),
    "name": QT_TRANSLATE_NOOP("AuditText", "Name"),
    "name_key": QT_TRANSLATE_NOOP("AuditText", "Name"),
    "country": QT_TRANSLATE_NOOP("AuditText", "Country"),
    "action": QT_TRANSLATE_NOOP("AuditText", "Action"),
    "kind": QT_TRANSLATE_NOOP("AuditText", "Kind"),
    "media_type": QT_TRANSLATE_NOOP("AuditText", "File type"),
    "count": QT_TRANSLATE_NOOP("AuditText", "Count"),
    "rows": QT_TRANSLATE_NOOP("AuditText", "Rows"),
    "file": QT_TRANSLATE_NOOP("AuditText", "File"),
    "error": QT_TRANSLATE_NOOP("AuditText", "Error"),
    "requests": QT_TRANSLATE_NOOP("AuditText", "Requests"),
    "capacity": QT_TRANSLATE_NOOP("AuditText", "Capacity"),
    "lang": QT_TRANSLATE_NOOP("AuditText", "Language"),
    "sent_on": QT_TRANSLATE_NOOP("AuditText", "Sent on"),
    "format": QT_TRANSLATE_NOOP("AuditText", "Format"),
    "start": QT_TRANSLATE_NOOP("AuditText", "First day"),
    "end": QT_TRANSLATE_NOOP("AuditText", "Last day"),
}

_YES_NO = (QT_TRANSLATE_NOOP("AuditText", "no"), QT_TRANSLATE_NOOP("AuditText", "yes"))


def tr(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def family(prefix: str) -> str:
    """``case`` → "Requests"; an unknown family as stored."""
    source = FAMILIES.get(prefix.rstrip("."))
    return tr(source) if source else prefix


def record(entity: str, ref: str) -> str:
    """The Record column: a case's reference alone, else "Data subject 32"."""
    if entity == "case":
        return ref
    source = ENTITIES.get(entity)
    name = tr(source) if source else entity
    return f"{name} {ref}" if ref and ref != "-" else name


def key_label(key: str) -> str:
    """A detail's name: our own label, else the field label of the refusal catalogue
    (organisation fields), else the key as stored."""
    source = KEYS.get(key)
    if source:
        return tr(source)
    return Term(key).render(i18n.current())


def _pair(table: dict[str, tuple[str, str]], value: str) -> str | None:
    found = table.get(value)
    return None if found is None else found[1 if i18n.current() == "fr" else 0]


def value_text(key: str, value: Any) -> str:
    """A stored value in words: states, rights, channels, methods, dates, yes/no."""
    if isinstance(value, bool):
        return tr(_YES_NO[int(value)])
    if isinstance(value, list):
        if key == "rights":
            return labels.rights([str(v) for v in value])
        return ", ".join(value_text(key, v) for v in value)
    if isinstance(value, dict) and set(value) == {"from", "to"}:
        return f"{value_text(key, value['from'])} → {value_text(key, value['to'])}"
    if not isinstance(value, str):
        return str(value)
    if key in ("from", "to"):
        return labels.state(value)
    if key == "rights":
        return labels.right(value)
    if key == "channel":
        return labels.channel(value)
    if key == "method":
        return labels.method(value)
    if key == "reason" and value in labels.REFUSALS:
        return labels.refusal(value)
    if key in ("kind", "document_kind") and value in labels.OPERATIONS:
        return labels.operation(value)
    if key == "policy" and value in POLICIES:
        return tr(POLICIES[value])
    if key == "action":
        return _pair(DIRECTIVE_ACTIONS, value) or value
    if key == "capacity":
        return _pair(NOTIFIER_CAPACITIES, value) or value
    if key == "requests":
        return _pair(HEIRS_REQUESTS, value) or value
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return labels.fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value


def details(data: dict[str, Any]) -> str:
    """``{"from": "received", "to": "in-progress"}`` → "From: Received; To: In progress".

    A before/after pair (``[old, new]``) reads "old → new"; empty values are left out.
    """
    french = i18n.current() == "fr"
    sep, join = (" : ", " ; ") if french else (": ", "; ")
    parts = []
    for key, value in data.items():
        if value in ("", None, [], {}):
            continue
        if isinstance(value, list) and len(value) == 2 and key not in ("rights", "requests"):
            before = value_text(key, value[0]) if value[0] not in ("", None) else "—"
            shown = f"{before} → {value_text(key, value[1])}"
        else:
            shown = value_text(key, value)
        parts.append(f"{key_label(key)}{sep}{shown}")
    return join.join(parts)


def summary_text(raw: str, limit: int = 300) -> str:
    """The stored JSON summary as one readable line (at most ``limit`` characters)."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return raw[:limit]
    if not isinstance(data, dict):
        return str(data)[:limit]
    text = details(data)
    return text if len(text) <= limit else text[: limit - 1] + "…"
