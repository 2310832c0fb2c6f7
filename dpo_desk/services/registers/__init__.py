"""The registers a DPO keeps, as use cases: processing activities (GDPR Art. 30),
recipients and transfers (Chapter V) with what was disclosed on cases, post-mortem
directives and death notifications (Loi 78-17 art. 84-85).

Every function is one thing a DPO does: one transaction, audited, inputs checked with
``UserError`` refusals, frozen results (``dto``).
"""

from __future__ import annotations

from dpo_desk.services.registers.activities import (
    NewActivity,
    add_activity,
    delete_activity,
    get_activity,
    list_activities,
    set_details,
    update_activity,
)
from dpo_desk.services.registers.activities_io import export_activities, import_activities
from dpo_desk.services.registers.activity_extra import (
    ActivityDetails,
    NewMeasure,
    Party,
    add_measure,
    delete_measure,
    list_measures,
    set_transfer_tia,
    update_measure,
)
from dpo_desk.services.registers.activity_replies import erasure_assessment, for_access_reply
from dpo_desk.services.registers.deaths import (
    DeathNotice,
    answer_heirs,
    attach_death_evidence,
    get_notification,
    heirs_reply,
    list_notifications,
    marketing_allowed,
    notify_death,
    purge_death_evidence,
    record_action,
)
from dpo_desk.services.registers.directives import (
    NewDirective,
    add_directive,
    export_directives,
    find_directives,
    get_directive,
    import_directives,
    list_directives,
    revoke_directive,
)
from dpo_desk.services.registers.disclosures import disclose_transfers, disclosures_of
from dpo_desk.services.registers.recipients import (
    NewRecipient,
    NewTransfer,
    add_recipient,
    add_transfer,
    delete_recipient,
    delete_transfer,
    export_recipients,
    get_recipient,
    import_recipients,
    list_recipients,
    safeguards_for,
    update_recipient,
    update_transfer,
)

__all__ = [
    "ActivityDetails",
    "NewMeasure",
    "Party",
    "add_measure",
    "delete_measure",
    "list_measures",
    "set_transfer_tia",
    "update_measure",
    "DeathNotice",
    "NewActivity",
    "NewDirective",
    "NewRecipient",
    "NewTransfer",
    "add_activity",
    "add_directive",
    "add_recipient",
    "add_transfer",
    "answer_heirs",
    "attach_death_evidence",
    "delete_activity",
    "delete_recipient",
    "delete_transfer",
    "disclose_transfers",
    "disclosures_of",
    "erasure_assessment",
    "export_activities",
    "export_directives",
    "export_recipients",
    "find_directives",
    "for_access_reply",
    "get_activity",
    "get_directive",
    "get_notification",
    "get_recipient",
    "heirs_reply",
    "import_activities",
    "import_directives",
    "import_recipients",
    "list_activities",
    "list_directives",
    "list_notifications",
    "list_recipients",
    "marketing_allowed",
    "notify_death",
    "purge_death_evidence",
    "record_action",
    "revoke_directive",
    "safeguards_for",
    "set_details",
    "update_activity",
    "update_recipient",
    "update_transfer",
]
