"""Reassessment before the duration limit (sygedagpengeloven § 24)."""
