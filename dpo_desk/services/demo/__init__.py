"""Demonstration data: a French online jeweller and a few dozen realistic cases."""

from dpo_desk.services.demo.load import load_demo

__all__ = ["load_demo"]
