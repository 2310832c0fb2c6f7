"""All tables, imported in one place so that ``Base.metadata`` knows every one."""

from dpo_desk.store.models.audit import AuditEvent
from dpo_desk.store.models.base import Base
from dpo_desk.store.models.cases import (
    Case,
    CaseRight,
    DataSubject,
    DeadlineEvent,
    Document,
    IdentityCheck,
    SubjectContact,
)
from dpo_desk.store.models.incidents import (
    Incident,
    IncidentNotice,
    incident_case,
    incident_document,
    incident_recipient,
)
from dpo_desk.store.models.mail import MailMessage
from dpo_desk.store.models.organisation import Organisation
from dpo_desk.store.models.registers import (
    CaseScope,
    DeathNotification,
    PostMortemDirective,
    ProcessingActivity,
    Recipient,
    RecipientNotice,
    SecurityMeasure,
    Transfer,
    TransferDisclosure,
    activity_measure,
    activity_recipient,
)
from dpo_desk.store.models.vault import MemberKeySlot, SealedBlob

__all__ = [
    "AuditEvent",
    "Base",
    "Case",
    "CaseScope",
    "CaseRight",
    "DataSubject",
    "DeadlineEvent",
    "DeathNotification",
    "Document",
    "IdentityCheck",
    "Incident",
    "IncidentNotice",
    "MailMessage",
    "MemberKeySlot",
    "Organisation",
    "PostMortemDirective",
    "ProcessingActivity",
    "Recipient",
    "SecurityMeasure",
    "RecipientNotice",
    "SealedBlob",
    "SubjectContact",
    "Transfer",
    "TransferDisclosure",
    "activity_measure",
    "activity_recipient",
    "incident_case",
    "incident_document",
    "incident_recipient",
]
