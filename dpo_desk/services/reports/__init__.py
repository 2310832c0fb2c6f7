"""Reports the DPO hands to management: the annual report (figures, PDF, export)."""
