"""What every use case needs: the open store, who acts, and what time it is.

``Context`` lives in :mod:`dpo_desk.store.context` (the audit chain in ``store.audit``
and ``backup`` need it below the services); it is re-exported here for the services and
their callers.
"""

from __future__ import annotations

from dpo_desk.store.context import Context, StoreNotOpen, current_user

__all__ = ["Context", "StoreNotOpen", "current_user"]
