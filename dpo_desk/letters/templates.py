"""Letter templates the DPO can edit: a plain-text format, parsed here.

Format of ``<kind>.<lang>.txt`` (UTF-8):

- lines starting with ``#`` are comments (ignored);
- the first other non-blank line is the subject (the engine prints "Objet :" before it);
- then paragraphs separated by blank lines; the lines of a paragraph are joined with a
  space, so editors that wrap lines do no harm;
- a line starting with ``- `` is a bullet item;
- a line that is only ``[[name]]`` is a block the engine expands (see ``BLOCKS``);
- ``{field}`` placeholders are filled from ``FIELDS`` only; anything else in braces
  prints as typed;
- ``**text**`` prints in bold. No other markup: ``<b>`` prints as ``<b>``.

Shipped templates live in ``resources/letters`` and are never written to. The DPO's
edited copies live in ``<user_dir>/letters`` and win when present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dpo_desk import fsio
from dpo_desk.errors import InvalidValue
from dpo_desk.letters.kinds import KINDS, LANGS
from dpo_desk.letters.resources import shipped_templates_dir

#: Placeholders a template may use, with what they hold (shown to the DPO).
FIELDS: dict[str, str] = {
    "reference": "case reference, e.g. DPO-2026-0042",
    "letter_date": "date of the letter",
    "received_date": "date the request was received",
    "due_date": "one-month deadline (Art. 12(3))",
    "extension_notice_by": "last day to notify an extension",
    "extended_due_date": "deadline after the extension",
    "rights": "rights exercised, e.g. 'Access, Erasure'",
    "rights_articles": "rights with their articles",
    "channel": "how the request reached us",
    "organisation_name": "our organisation's name",
    "organisation_address": "our postal address, on one line",
    "dpo_name": "the DPO's name",
    "dpo_email": "the DPO's e-mail address",
    "dpo_address": "the DPO's postal address, on one line",
    "authority_name": "supervisory authority (default CNIL)",
    "authority_address": "its postal address, on one line",
    "authority_url": "its website",
    "city": "place of the letter",
    "signature_name": "signatory",
    "signature_title": "signatory's title",
    "recipient_name": "addressee's name",
    "recipient_email": "addressee's e-mail",
    "doubt_reason": "why the identity is in doubt (Art. 12(6))",
    "suspension_info": "how the deadline is suspended",
    "refusal_reason": "ground of refusal (from the refusal code)",
    "refusal_text": "the DPO's explanation of the refusal",
    "person_name": "author of a post-mortem directive",
    "directive_date": "date the directive was registered",
    "executor_name": "person designated to execute the directive",
    "deceased_name": "deceased person",
    "death_date": "date of death",
    "notifier_name": "heir or executor writing to us",
    "notifier_capacity": "their capacity (heir, executor...)",
    "law": "the law of the case, e.g. 'RGPD', 'GDPR', 'RLRQ, c. P-39.1'",
    "dpo_role": "who answers, as the law names the role",
    "reply_period": "the reply period in words, e.g. 'one month', '30 days'",
    "other_rights": "the other rights as the law of the case words them (after 'You may')",
    "cite_reply": "the rule setting the reply period, e.g. 'GDPR Art. 12(3)'",
    "cite_identity": "the rule on identity information, e.g. 'GDPR Art. 12(6)'",
    "cite_extension": "the rule allowing an extension",
    "cite_refusal": "the rule on informing of a refusal, e.g. 'GDPR Art. 12(4)'",
    "cite_access": "the rule giving the right of access",
    "cite_copy": "the rule on the copy of the data",
    "cite_rights": "the rules giving the other rights",
    "cite_free": "the rule making the request free of charge",
}

#: Blocks (a line ``[[name]]``) the engine expands into lists or tables.
BLOCKS: dict[str, str] = {
    "deadline_explanation": "how the deadline was computed (list)",
    "rights": "the rights exercised, with their articles (list)",
    "activities": "one table per processing: purposes, categories, retention, source...",
    "recipients": "table of recipients, with country and transfer safeguard",
    "transfers": "table of third-country recipients and their safeguards only",
    "automated_decisions": "automated decisions with their logic, or a statement there are none",
    "extension_reasons": "reasons for the extension (list)",
    "actions_done": "what was done (list)",
    "outcome_notes": "notes on the outcome (list)",
    "notified_recipients": "recipients informed under Art. 19 (list)",
    "refusal": "the ground of refusal (from the refusal code) and the DPO's explanation",
    "ack_note": "what the acknowledgement adds under the case's law (California: 10 days)",
    "remedies": "the remedies under the case's law: authority, courts, time limits (list)",
    "refusal_help": "who helps the person understand the refusal, where the law says so",
    "extension_possible": "that the period may be extended, where the law allows it",
    "identity_asked": "what the identity request asks for (list, from the identity step)",
    "identity_copy": "what happens to an ID copy, only when one is asked for",
    "identity_clock": "whether the period stops while the information is awaited",
    "recipients_notice": "recipients told of a rectification, erasure or restriction (Art. 19)",
    "heirs_evidence": "what evidence the heirs sent and that it will be deleted",
    "directive": "summary table of the post-mortem directive",
    "heirs": "summary table of the heirs' request",
    "heirs_actions": "what was done for the heirs (list)",
    "free_text": "the DPO's free paragraph for this letter",
    "signature": "place of the signature (added at the end when absent)",
    "data_copy": "the copy of the data, as an annex starting on a new page",
    "data_copy_statement": "where the copy of the data is: in the annex, or sent separately "
    "by the due date (GDPR Art. 15(3); its equivalent under the law of the case)",
}

_BLOCK_RE = re.compile(r"^\[\[([a-z_]+)\]\]$")


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    name: str


Item = Para | Bullets | Block


@dataclass(frozen=True)
class Template:
    subject: str
    items: tuple[Item, ...]
    source: Path | None = None


def parse_template(text: str, source: Path | None = None) -> Template:
    """Parse the template format described in the module docstring."""
    subject = ""
    items: list[Item] = []
    para: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if para:
            items.append(Para(" ".join(para)))
            para.clear()
        if bullets:
            items.append(Bullets(tuple(bullets)))
            bullets.clear()

    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not subject:
            subject = line
            continue
        if not line:
            flush()
            continue
        block = _BLOCK_RE.match(line)
        if block:
            flush()
            items.append(Block(block.group(1)))
        elif line.startswith("- "):
            if para:
                flush()
            bullets.append(line[2:].strip())
        elif bullets and raw[:1].isspace():
            bullets[-1] += " " + line  # continuation of a bullet item
        else:
            if bullets:
                flush()
            para.append(line)
    flush()
    return Template(subject=subject, items=tuple(items), source=source)


def _check(kind: str, lang: str) -> None:
    if kind not in KINDS:
        raise InvalidValue(
            "unknown letter kind {kind!r}; use one of: {kinds}", kind=kind, kinds=", ".join(KINDS)
        )
    if lang not in LANGS:
        raise InvalidValue(
            "unknown letter language {lang!r}; use one of: {langs}",
            lang=lang,
            langs=", ".join(LANGS),
        )


def template_filename(kind: str, lang: str) -> str:
    _check(kind, lang)
    return f"{kind}.{lang}.txt"


def shipped_template_path(kind: str, lang: str) -> Path:
    return shipped_templates_dir() / template_filename(kind, lang)


def user_templates_dir(user_dir: Path) -> Path:
    return user_dir / "letters"


def template_path(kind: str, lang: str, user_dir: Path | None = None) -> Path:
    """The template to use: the DPO's edited copy in ``user_dir/letters`` if present."""
    name = template_filename(kind, lang)
    if user_dir is not None:
        edited = user_templates_dir(user_dir) / name
        if edited.is_file():
            return edited
    return shipped_templates_dir() / name


def _resolve(kind: str, lang: str, templates_dir: Path | None) -> Path:
    name = template_filename(kind, lang)
    if templates_dir is not None:
        candidate = templates_dir / name
        if candidate.is_file():
            return candidate
    return shipped_templates_dir() / name


def export_template_for_editing(kind: str, lang: str, user_dir: Path) -> Path:
    """Copy the shipped template into ``user_dir/letters`` and return its path.

    An existing edited copy is kept as is (never overwritten); the shipped file is only
    read.
    """
    target = user_templates_dir(user_dir) / template_filename(kind, lang)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fsio.atomic_write(target, shipped_template_path(kind, lang).read_bytes())
    return target


@lru_cache(maxsize=64)
def _load_cached(path: str, mtime_ns: int, size: int) -> Template:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return parse_template(text, Path(path))


def load_template(kind: str, lang: str, templates_dir: Path | None = None) -> Template:
    """Parsed template for ``kind``/``lang``; ``templates_dir`` holds edited copies."""
    path = _resolve(kind, lang, templates_dir)
    st = path.stat()
    return _load_cached(str(path), st.st_mtime_ns, st.st_size)
