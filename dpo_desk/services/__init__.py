"""Use cases: one function per thing a DPO does, each one transaction, each one audited.

Services take a ``Context`` (the store, who acts, the clock) and return plain frozen
dataclasses, never ORM objects, so the GUI can hand results across threads safely.
"""
