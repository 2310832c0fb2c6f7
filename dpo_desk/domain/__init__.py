"""Pure rules of the trade: rights, deadlines, lifecycle, validation. No Qt, no SQL."""
