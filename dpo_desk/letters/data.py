"""What a letter says: plain frozen dataclasses, filled by the services layer.

No Qt, no SQL. Every sequence field is a tuple; lists passed by callers are turned into
tuples in ``__post_init__`` so a ``LetterData`` stays hashable-ish and immutable. Dates are
``datetime.date``; the letter engine formats them in the letter's language.

Text fields are plain text exactly as typed: the engine escapes them before layout, so
never pre-escape or add markup here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from dpo_desk.domain.rights import Channel, Right


def _tuplify(obj: Any) -> None:
    """Turn list fields of a frozen dataclass instance into tuples (in place)."""
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, list):
            object.__setattr__(obj, f.name, tuple(value))


class _Frozen:
    def __post_init__(self) -> None:
        _tuplify(self)


#: The supervisory authority named by default (France).
CNIL_NAME = "Commission nationale de l'informatique et des libertés (CNIL)"
CNIL_ADDRESS: tuple[str, ...] = ("3 place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07")
CNIL_URL = "www.cnil.fr"


@dataclass(frozen=True)
class Organisation(_Frozen):
    """The controller sending the letter, its DPO and its supervisory authority."""

    name: str
    address: tuple[str, ...] = ()
    #: Legal identity for the footer, e.g. "SAS au capital de 10 000 € · RCS Paris 123 456 789".
    registration: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_address: tuple[str, ...] = ()
    authority_name: str = CNIL_NAME
    authority_address: tuple[str, ...] = CNIL_ADDRESS
    authority_url: str = CNIL_URL
    logo: Path | None = None
    signature_name: str = ""
    signature_title: str = ""
    #: Place printed before the date: "Paris, le 21 novembre 2026".
    city: str = ""


@dataclass(frozen=True)
class Recipient(_Frozen):
    """The addressee of the letter (data subject, heir, executor...)."""

    name: str
    address: tuple[str, ...] = ()
    email: str = ""


@dataclass(frozen=True)
class CaseInfo(_Frozen):
    """The request the letter answers. Deadlines come computed from the domain layer."""

    reference: str
    received: date
    rights: tuple[Right, ...] = ()
    channel: Channel | str = ""
    due: date | None = None
    extension_notice_by: date | None = None
    extended_due: date | None = None
    #: Human-readable lines explaining how the deadline was computed (domain layer).
    deadline_explanation: tuple[str, ...] = ()
    #: Why the identity is reasonably in doubt (Art. 12(6)) and what is asked.
    doubt_reason: str = ""
    #: e.g. "The period is suspended from 12 March 2025 until we receive ...".
    suspension_info: str = ""
    #: The last day the DPO gave to answer the identity request (past it, the step
    #: expires and the request may be refused for want of identification).
    identity_answer_by: date | None = None
    extension_reasons: tuple[str, ...] = ()
    #: One of ``REFUSAL_REASONS`` keys (see kinds.py), or "" for free text only.
    refusal_code: str = ""
    refusal_text: str = ""
    outcome_notes: tuple[str, ...] = ()
    actions_done: tuple[str, ...] = ()
    #: What the identity request asks for, derived from the identity step (never empty
    #: for an identity request: see ``services.letters.build``).
    identity_asked: tuple[str, ...] = ()
    #: True when the identity request asks for a copy of an ID document.
    asks_id_copy: bool = False
    #: True when the confirmation concerns rectification, erasure or restriction, whose
    #: recipients must be told (GDPR Art. 19); only then the letter speaks of them.
    notify_recipients: bool = False


@dataclass(frozen=True)
class ProcessingActivity(_Frozen):
    """One register entry as it concerns the data subject (Art. 15(1)(a)(b)(d)(g)(h))."""

    name: str
    purposes: tuple[str, ...] = ()
    legal_basis: str = ""
    data_categories: tuple[str, ...] = ()
    subject_categories: tuple[str, ...] = ()
    source: str = ""
    retention: str = ""
    recipients: tuple[str, ...] = ()
    #: Description of automated decision-making incl. profiling, its logic and
    #: consequences (Art. 15(1)(h)); None when there is none.
    automated_decision: str | None = None
    #: For an automated decision (Art. 15(1)(h); CJEU C-203/22, Dun & Bradstreet Austria):
    #: the logic involved, its significance and its envisaged consequences for the person.
    decision_logic: str = ""
    decision_significance: str = ""
    decision_consequences: str = ""


@dataclass(frozen=True)
class RecipientEntry(_Frozen):
    """A recipient of the data, possibly in a third country (Art. 15(1)(c), 15(2))."""

    name: str
    category: str = ""
    country: str = ""
    #: True when the recipient is outside the EU/EEA (a transfer, Chapter V).
    third_country: bool = False
    #: e.g. "adequacy decision (EU-US Data Privacy Framework)", "no adequacy decision".
    adequacy_status: str = ""
    #: e.g. "adequacy decision", "SCC 2021/914 module 2", "BCR", "Art. 49 derogation".
    safeguard_kind: str = ""
    #: Name of the document holding the safeguard, e.g. "DPA of 3 May 2024, Annex III".
    safeguard_document: str = ""
    #: How the data subject obtains a copy, e.g. "on request to dpo@example.fr".
    copy_how: str = ""


@dataclass(frozen=True)
class DirectiveInfo(_Frozen):
    """A particular post-mortem directive registered with us (Loi 78-17 art. 85)."""

    person_name: str
    registered_on: date | None = None
    content: tuple[str, ...] = ()
    executor_name: str = ""
    executor_contact: str = ""


@dataclass(frozen=True)
class HeirsInfo(_Frozen):
    """A request from heirs or an executor after a death (Loi 78-17 art. 85)."""

    deceased_name: str
    death_date: date | None = None
    notifier_name: str = ""
    #: e.g. "heir", "executor named in the directive", "notary".
    notifier_capacity: str = ""
    directive_found: bool = False
    #: The evidence actually received (e.g. "death certificate"), as the letter names it.
    evidence_received: tuple[str, ...] = ()
    directive_content: tuple[str, ...] = ()
    actions_executed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DataSection(_Frozen):
    """One table of the data copy annex: a title and key/value rows."""

    title: str
    rows: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", tuple((str(k), str(v)) for k, v in self.rows))


@dataclass(frozen=True)
class DataCopy(_Frozen):
    """The copy of the data (Art. 15(3)), printed as an annex."""

    sections: tuple[DataSection, ...] = ()
    note: str = ""
    #: The copy is not in this letter: it is sent separately, by the due date (the
    #: letter says so instead of claiming an annex; GDPR Art. 15(3), CJEU C-487/21).
    follows_separately: bool = False


@dataclass(frozen=True)
class LetterData(_Frozen):
    """Everything a letter needs. ``kind`` is a key of ``KINDS``; ``lang`` 'fr' or 'en'."""

    kind: str
    lang: str
    date: date
    organisation: Organisation
    addressee: Recipient
    case: CaseInfo
    activities: tuple[ProcessingActivity, ...] = ()
    recipients: tuple[RecipientEntry, ...] = ()
    directive: DirectiveInfo | None = None
    heirs: HeirsInfo | None = None
    data_copy: DataCopy | None = None
    #: A free paragraph from the DPO (blank lines separate paragraphs), via [[free_text]].
    free_text: str = ""
    #: The law of the case (``domain.regimes.Regime.key``): authority, remedies, citations.
    regime: str = "gdpr-fr"
