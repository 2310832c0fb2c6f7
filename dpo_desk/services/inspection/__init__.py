"""The inspection pack (issue 18): build it, and check one."""

from dpo_desk.services.inspection.pack import (
    PackCancelled,
    PackOptions,
    PackPreview,
    PackResult,
    build_pack,
    preview,
)
from dpo_desk.services.inspection.verify import PackCheck, verify_pack

__all__ = [
    "PackCancelled",
    "PackCheck",
    "PackOptions",
    "PackPreview",
    "PackResult",
    "build_pack",
    "preview",
    "verify_pack",
]
