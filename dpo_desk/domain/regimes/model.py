"""What a law's letter facts are made of (``Regime``, ``Authority``), and the letter kinds
the laws choose from. The laws themselves are in ``gdpr``, ``canada`` and ``americas``."""

from __future__ import annotations

from dataclasses import dataclass, field

#: A text in English and French.
Bi = tuple[str, str]


def pick(text: Bi, lang: str) -> str:
    """The French or English half of a ``Bi``."""
    return text[1] if lang == "fr" else text[0]


@dataclass(frozen=True)
class Authority:
    """The body a person complains to."""

    name: Bi
    address: tuple[str, ...]
    url: str


@dataclass(frozen=True)
class Regime:
    """The letter facts of one law.

    Attributes:
        key: ``gdpr-fr``, ``uk-gdpr``, ``qc``, ``pipeda``, ``ccpa``, ``lgpd``.
        short: The law's short name, for one-line messages.
        law: The law's name as a letter writes it ("RGPD" in French, "GDPR" in English).
        authority: The supervisory authority.
        remedies: Full sentences, one per remedy, with their time limits; ``{authority}``,
            ``{address}`` and ``{url}`` are filled with the authority's details.
        cite: Citations by role (reply, identity, extension, refusal, access, complaint,
            recipients_notice), each in both languages.
        kinds: The letter kinds this law has.
        period: The reply period in words ("un mois", "30 days").
        identity_stops_clock: True where awaiting identity information stops the period.
        help_line: A sentence the refusal adds (Quebec: the person in charge helps).
        grounds: Refusal grounds available under this law, each with its citation.
    """

    key: str
    #: The law's short name in messages ("GDPR", "Quebec P-39.1").
    short: str
    law: Bi
    authority: Authority
    remedies: tuple[Bi, ...]
    cite: dict[str, Bi]
    kinds: frozenset[str]
    period: Bi
    identity_stops_clock: bool
    grounds: dict[str, Bi]
    help_line: Bi = ("", "")
    #: Who answers, as the law names the role ("our Data Protection Officer").
    dpo_role: Bi = ("our Data Protection Officer", "notre délégué à la protection des données")
    #: A sentence the acknowledgement adds under this law (California: 10 business days).
    ack_note: Bi = ("", "")
    #: The other rights a reply tells of, as this law words them (after "You may").
    other_rights: Bi = (
        "request rectification or erasure of your data, restriction of its processing, or "
        "object to its processing",
        "demander la rectification ou l'effacement de vos données, la limitation de leur "
        "traitement, ou vous opposer à leur traitement",
    )
    #: Words that belong to this law only: no letter under another law may print them.
    own_words: tuple[str, ...] = field(default=())

    def has_kind(self, kind: str) -> bool:
        return kind in self.kinds

    def citation(self, role: str, lang: str) -> str:
        return pick(self.cite.get(role, ("", "")), lang)


#: Every letter kind; a law lists those it has.
ALL_KINDS = frozenset(
    {
        "acknowledgement",
        "id-request",
        "extension",
        "access-reply",
        "confirmation",
        "refusal",
        "safeguards",
        "directive-ack",
        "heirs-reply",
    }
)
#: The kinds every law has.
COMMON_KINDS = frozenset(
    {"acknowledgement", "id-request", "access-reply", "confirmation", "refusal"}
)
