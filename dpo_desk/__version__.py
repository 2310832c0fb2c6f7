"""The one source of the version: packaging, --version and the About dialog read it."""

__version__ = "0.1.0"
