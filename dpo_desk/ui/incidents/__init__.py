"""The incident register in the window: the list page, the detail tabs, the intake."""
