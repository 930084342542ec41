"""The rehabilitation team for category 3 sickness-benefit cases (sygedagpengeloven § 13 d)."""
