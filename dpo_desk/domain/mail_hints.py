"""Rights a message seems to exercise, from its words (French and English).

Only a suggestion: the DPO confirms every right before the case is saved in the window
(a wrong guess costs a tick, a missed one a deadline). Words are matched accent- and
case-free on whole words, so "accès", "ACCES" and "acces" are one word and "process"
never reads as "accès". An ID copy among the attachments is recognised by its name.
"""

from __future__ import annotations

import re

from dpo_desk.domain.rights import Right
from dpo_desk.domain.text import fold

#: (right, patterns on the folded text). Each rule carries its legal source.
RULES: tuple[tuple[Right, tuple[str, ...]], ...] = (
    # GDPR Art. 15: the right of access, and its copy (Art. 15(3)).
    (
        Right.ACCESS,
        (
            r"acces",
            r"access",
            r"copie de mes donnees",
            r"copie des donnees",
            r"copy of (?:my|the) (?:personal )?data",
            r"subject access",
            r"quelles donnees",
            r"what (?:personal )?data",
            r"droit d'acces",
        ),
    ),
    # GDPR Art. 16: rectification of inaccurate data.
    (
        Right.RECTIFICATION,
        (
            r"rectification",
            r"rectifier",
            r"corriger",
            r"correction",
            r"rectify",
            r"correct my",
            r"inexacte?s?",
        ),
    ),
    # GDPR Art. 17: erasure, "the right to be forgotten".
    (
        Right.ERASURE,
        (
            r"suppression",
            r"supprimer",
            r"supprimez",
            r"effacement",
            r"effacer",
            r"effacez",
            r"droit a l'oubli",
            r"delete my (?:data|account|details)",
            r"erase",
            r"erasure",
            r"right to be forgotten",
            r"remove my data",
        ),
    ),
    # GDPR Art. 18: restriction of processing.
    (
        Right.RESTRICTION,
        (
            r"limitation du traitement",
            r"limiter le traitement",
            r"restriction of processing",
            r"restrict (?:the )?processing",
        ),
    ),
    # GDPR Art. 21(1): objection on grounds relating to the person's situation.
    (Right.OBJECTION, (r"opposition", r"je m'oppose", r"object to", r"objection")),
    # GDPR Art. 21(2)-(3), and Art. L34-5 CPCE: objection to direct marketing, which
    # "STOP" and an unsubscribe request are (CNIL).
    (
        Right.PROSPECTING_OBJECTION,
        (
            r"stop",
            r"desabonnement",
            r"desabonner",
            r"desinscri\w*",
            r"unsubscribe",
            r"prospection",
            r"newsletter",
            r"direct marketing",
            r"plus de publicite",
        ),
    ),
    # GDPR Art. 20: portability.
    (
        Right.PORTABILITY,
        (r"portabilite", r"portability", r"format structure", r"machine[- ]readable"),
    ),
    # GDPR Art. 7(3): withdrawal of consent.
    (
        Right.CONSENT_WITHDRAWAL,
        (
            r"retire mon consentement",
            r"retrait (?:de mon|du) consentement",
            r"withdraw (?:my )?consent",
        ),
    ),
    # GDPR Art. 22(3): human intervention on an automated decision.
    (
        Right.HUMAN_REVIEW,
        (r"decision automatisee", r"automated decision", r"intervention humaine", r"human review"),
    ),
    # GDPR Art. 77 (the authority) / internal complaint handling.
    (Right.COMPLAINT, (r"reclamation", r"plainte", r"complaint")),
)

_COMPILED = tuple(
    (right, re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)"))
    for right, patterns in RULES
)

#: Words in an attachment's name that say it is an identity document (EDPB Guidelines
#: 01/2022 §78: such a copy is kept only until the identity is verified, then destroyed).
ID_WORDS = frozenset(
    {"cni", "id", "identite", "identity", "passeport", "passport", "permis", "sejour", "idcard"}
)


def suggest_rights(*texts: str) -> list[Right]:
    """The rights the words of ``texts`` (subject, body) point to, in the order of
    ``RULES``; empty when none does."""
    folded = fold(" ".join(texts)).replace("\u2019", "'")
    return [right for right, pattern in _COMPILED if pattern.search(folded)]


def attachment_kind(name: str) -> str:
    """``id-evidence`` for a file whose name says it is an ID copy, else ``attachment``."""
    words = set(re.split(r"[^a-z0-9]+", fold(name)))
    return "id-evidence" if words & ID_WORDS else "attachment"
