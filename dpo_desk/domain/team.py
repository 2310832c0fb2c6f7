"""The roles of a DPO team on a server (issue 16).

Minimal version written by the "collab" piece (four-eyes review needs to know who may
approve); the "roles" piece owns the fuller module (``PG_ROLE``, ``Action``, ``can``).
A solo desk has no team role (``Context.team_role is None``): its one person is the DPO.
"""

from __future__ import annotations

from enum import StrEnum


class TeamRole(StrEnum):
    """A person's role in the team, read from the server (``pg_has_role``)."""

    DPO = "dpo"
    DEPUTY = "deputy"
    ASSISTANT = "assistant"
    AUDITOR = "auditor"


#: The PostgreSQL group role of each app role (cluster-wide, NOLOGIN).
PG_ROLE: dict[TeamRole, str] = {role: f"dpo_desk_{role.value}" for role in TeamRole}

#: Who may approve a letter under four-eyes review: the DPO or the deputy (issue 16;
#: the "four-eyes principle" of internal control: the person who drafts is not the one
#: who releases).
APPROVERS = frozenset({TeamRole.DPO, TeamRole.DEPUTY})
