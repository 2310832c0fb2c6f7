"""What other desks changed on a team server, for the window's live refresh (issue 16).

The listener itself is machinery (``store.notify``: its own connection, LISTEN, the
coalescing of bursts); the window reaches it through this module, as it reaches every
other part of the data through the services (docs/architecture.md).
"""

from __future__ import annotations

from dpo_desk.store.notify import ChangeBatch, ChangeListener, OwnConnections

__all__ = ["ChangeBatch", "ChangeListener", "OwnConnections"]
