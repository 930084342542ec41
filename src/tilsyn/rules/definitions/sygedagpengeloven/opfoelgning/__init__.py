"""Follow-up of sickness-benefit cases (sygedagpengeloven kap. 6)."""
