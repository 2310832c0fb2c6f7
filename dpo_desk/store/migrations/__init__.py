"""Alembic migrations; run programmatically by ``dpo_desk.store.migrate``."""
