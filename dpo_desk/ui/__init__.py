"""The desktop program (Qt only): widgets, models, dialogs. It calls services, never SQL."""
