"""The four roles of a DPO team, and the PostgreSQL group role behind each.

Minimal version written by piece "srv" (connecting a desk to a server): the role names
only. Piece "roles" owns this module and adds ``Action`` and ``can(role, action)``.
"""

from __future__ import annotations

from enum import StrEnum


class TeamRole(StrEnum):
    DPO = "dpo"
    DEPUTY = "deputy"
    ASSISTANT = "assistant"
    AUDITOR = "auditor"


#: Each person's login is a member of exactly one of these (cluster-wide, NOLOGIN).
PG_ROLE: dict[TeamRole, str] = {
    TeamRole.DPO: "dpo_desk_dpo",
    TeamRole.DEPUTY: "dpo_desk_deputy",
    TeamRole.ASSISTANT: "dpo_desk_assistant",
    TeamRole.AUDITOR: "dpo_desk_auditor",
}
