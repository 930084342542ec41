"""Synthetic job-centre case data for demos, tests and benchmarks (`tilsyn generate`).

The generator simulates citizens' benefit histories in a Tårnby-like municipality and the job
centre's work on them (conversations, offers, Min Plan, exemptions, revurderinger, hours and
payments), with realistic compliance and non-compliance. See `docs/synthetic-data.md`.
"""

from __future__ import annotations

from tilsyn.data.synthetic.generator import GenerationSummary, generate

__all__ = ["GenerationSummary", "generate"]
