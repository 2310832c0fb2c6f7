"""Who may do what on a team desk (issue 16): the four roles and their matrix.

Pure rules, read by the window (to hide what a role may not do) and written down once
more on the server by ``dpo_desk.store.team_roles`` as GRANTs and row-level security
policies, so that what the window hides the server also refuses.

The matrix follows the split of duties the GDPR expects around the DPO (Art. 38(3) and
39: the DPO decides and answers for the handling of requests; Art. 12(3)-(5): refusing
a request, extending its period and sending the reply are the controller's decisions,
taken through the DPO, not by the staff who prepare them; CNIL deliberation 2021-122:
the audit log is read by whoever controls the processing, never written by hand):

- DPO: everything.
- deputy: everything but the settings and a restore.
- assistant: intake, drafts, documents; may not refuse, extend, approve, mark a letter
  sent, delete or anonymise, nor touch the settings or a restore.
- auditor: reads everything (cases, registers, the audit log), writes nothing.
"""

from __future__ import annotations

from enum import StrEnum


class TeamRole(StrEnum):
    """A person's role on a team desk; stored as the PostgreSQL group they belong to."""

    DPO = "dpo"
    DEPUTY = "deputy"
    ASSISTANT = "assistant"
    AUDITOR = "auditor"


#: The cluster-wide NOLOGIN group role of each app role (shared by every team database).
PG_ROLE: dict[TeamRole, str] = {
    TeamRole.DPO: "dpo_desk_dpo",
    TeamRole.DEPUTY: "dpo_desk_deputy",
    TeamRole.ASSISTANT: "dpo_desk_assistant",
    TeamRole.AUDITOR: "dpo_desk_auditor",
}


class Action(StrEnum):
    """What a person does on the desk, at the grain the roles differ."""

    READ = "read"  # cases, documents, letters
    READ_AUDIT = "read-audit"  # the audit log and its verification
    READ_REGISTERS = "read-registers"
    INTAKE = "intake"  # a new case, its person, identity steps
    DRAFT = "draft"  # generate a letter (unsent)
    DOCUMENTS = "documents"  # attach, replace, purge an unsent document
    EDIT_CASE = "edit-case"  # notes, scope, assignment, ordinary moves
    REGISTERS = "registers"  # processing activities, recipients, transfers...
    INCIDENTS = "incidents"
    REFUSE = "refuse"
    EXTEND = "extend"
    MARK_SENT = "mark-sent"
    APPROVE = "approve"  # four-eyes approval of a letter
    CLOSE = "close"  # answered / closed
    DELETE = "delete"  # delete or anonymise a case or a person
    SETTINGS = "settings"
    RESTORE = "restore"
    TEAM = "team"  # add or remove members


_READS = frozenset({Action.READ, Action.READ_AUDIT, Action.READ_REGISTERS})

#: The matrix. A role missing an action may not do it.
MATRIX: dict[TeamRole, frozenset[Action]] = {
    TeamRole.DPO: frozenset(Action),
    TeamRole.DEPUTY: frozenset(Action) - {Action.SETTINGS, Action.RESTORE, Action.TEAM},
    TeamRole.ASSISTANT: _READS | {Action.INTAKE, Action.DRAFT, Action.DOCUMENTS, Action.EDIT_CASE},
    TeamRole.AUDITOR: _READS,
}


#: The action a move of the lifecycle is (``domain.lifecycle``): deciding a case's outcome
#: (refused, answered, closed, withdrawn, forwarded) is the DPO's or the deputy's; the
#: other moves (in progress, awaiting identity) are ordinary work on a case.
MOVES: dict[str, Action] = {
    "refused": Action.REFUSE,
    "extended": Action.EXTEND,
    "answered": Action.CLOSE,
    "closed": Action.CLOSE,
    "withdrawn": Action.CLOSE,
    "forwarded": Action.CLOSE,
}


def action_of_move(target: str) -> Action:
    """The action of moving a case to the state ``target``."""
    return MOVES.get(str(target), Action.EDIT_CASE)


def can(role: TeamRole | None, action: Action) -> bool:
    """May ``role`` do ``action``? ``None`` is the solo desk, whose one person is the DPO."""
    return action in MATRIX[role or TeamRole.DPO]


#: Who may approve a letter under four-eyes review: the DPO or the deputy (issue 16;
#: the "four-eyes principle" of internal control: the person who drafts is not the one
#: who releases). The same as the matrix's APPROVE action.
APPROVERS = frozenset(role for role in TeamRole if Action.APPROVE in MATRIX[role])
