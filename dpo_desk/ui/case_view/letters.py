"""The Letters tab of the case view: the letters widget of ``dpo_desk.ui.letters``."""

from dpo_desk.ui.letters.case_letters import CaseLettersWidget as LettersTab

__all__ = ["LettersTab"]
