"""Fixtures of the security tests: the encrypted-store fixtures and helpers shared with
tests/backup, defined once in tests/_crypto_fixtures.py (imported here, not loaded as a
plugin, so that its autouse fast Scrypt applies to this folder only)."""

from _crypto_fixtures import *  # noqa: F403  (fixtures, and names the tests import)
