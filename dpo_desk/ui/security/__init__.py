"""The desktop program's security: unlocking or setting up the encryption at start-up,
the lock screen and idle lock, the clipboard guard, and the backup scheduler.

``app.run`` calls two functions: ``unlock_and_open(data_dir)`` before the window exists,
``start(window, store)`` after it is shown.
"""

from dpo_desk.ui.security.session import SecuritySession, session_for, start
from dpo_desk.ui.security.unlock import unlock_and_open

__all__ = ["SecuritySession", "session_for", "start", "unlock_and_open"]
