"""The audit trail, as the services write and read it.

The hash chain itself lives in :mod:`dpo_desk.store.audit` (so that ``backup`` records a
backup and walks the chain without importing a service); every name is re-exported here,
and the services call ``audit.record`` through this module.
"""

from __future__ import annotations

from dpo_desk.store.audit import (
    ANCHOR_FILE,
    GENESIS,
    SUMMARY_MAX,
    AnchoredReport,
    ChainReport,
    VerifyCancelled,
    VerifyProgress,
    _digest,
    checkpoint,
    count,
    head_hash,
    lock_chain,
    record,
    verify,
    verify_anchored,
)

__all__ = [
    "ANCHOR_FILE",
    "GENESIS",
    "SUMMARY_MAX",
    "AnchoredReport",
    "ChainReport",
    "VerifyCancelled",
    "VerifyProgress",
    "_digest",
    "checkpoint",
    "count",
    "head_hash",
    "lock_chain",
    "record",
    "verify",
    "verify_anchored",
]
