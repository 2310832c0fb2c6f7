"""widgets of the desktop program."""
