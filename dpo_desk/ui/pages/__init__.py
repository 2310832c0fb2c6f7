"""Screens of the main window, in navigation order: (key, module, class name).

A module that does not exist yet is skipped by the main window.
"""

PAGES: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "dpo_desk.ui.pages.dashboard", "DashboardPage"),
    ("cases", "dpo_desk.ui.pages.cases", "CasesPage"),
    ("incidents", "dpo_desk.ui.pages.incidents", "IncidentsPage"),
    ("directives", "dpo_desk.ui.pages.directives", "DirectivesPage"),
    ("recipients", "dpo_desk.ui.pages.recipients", "RecipientsPage"),
    ("processing", "dpo_desk.ui.pages.processing", "ProcessingPage"),
    ("letters", "dpo_desk.ui.pages.letters", "LettersPage"),
    ("backups", "dpo_desk.ui.pages.backups", "BackupsPage"),
    ("audit", "dpo_desk.ui.pages.audit", "AuditPage"),
    ("reports", "dpo_desk.ui.pages.reports", "ReportsPage"),
    ("settings", "dpo_desk.ui.pages.settings", "SettingsPage"),
)

# Each screen's title, as its class's ``title()`` translates it (``tr()`` context = the
# class name): the navigation lists every screen before it is built, on its first visit
# (start-up, issue 19). A test checks these against the built screens' ``title()``.
TITLES: dict[str, str] = {
    "dashboard": "Dashboard",
    "cases": "Cases",
    "incidents": "Incidents",
    "directives": "Post-mortem directives",
    "recipients": "Recipients and transfers",
    "processing": "Register of processing",
    "letters": "Letters",
    "backups": "Backups and retention",
    "audit": "Audit trail",
    "reports": "Reports",
    "settings": "Settings",
}
