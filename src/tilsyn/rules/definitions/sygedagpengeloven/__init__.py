"""Sickness benefit (lov om sygedagpenge)."""
