"""DPO Desk: the desk of a Data Protection Officer.

Layers, each importing only those below it: ``ui`` -> ``services`` -> ``store``,
``letters``, ``backup`` -> ``domain``. The domain layer is pure Python (no Qt, no SQL).
"""

from dpo_desk.__version__ import __version__

__all__ = ["__version__"]
