"""Caseworkers: job-centre teams sized by caseload, one external actor, and who holds which case.

Every caseworker draws a diligence (the chance of meeting a given deadline) around the team mean,
and a few are markedly weaker, so timeliness varies by caseworker and team as management reviews
find in practice (seeds 000 and 001).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import Period, to_day, years_to_days
from tilsyn.data.synthetic.draws import FloatArray, IntArray, bernoulli
from tilsyn.data.synthetic.population import Municipality
from tilsyn.data.synthetic.spells import SDP_SHORT, Candidates, Spells

_TEAM_CODES = tuple(cal.TEAMS)
_FIRST_NAMES = (
    "Anne", "Mette", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Pia", "Tina",
    "Sofie", "Ida", "Maja", "Julie", "Nadia", "Fatima", "Charlotte", "Helle", "Karen", "Birgitte",
    "Lars", "Jens", "Peter", "Michael", "Henrik", "Søren", "Thomas", "Martin", "Jesper", "Anders",
    "Rasmus", "Mads", "Kasper", "Ali", "Omar", "Jonas", "Morten", "Niels", "Christian", "Frederik",
)  # fmt: skip
_LAST_NAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen",
    "Laursen", "Henriksen", "Lund", "Holm", "Schmidt", "Kristiansen", "Clausen", "Simonsen",
)  # fmt: skip


@dataclass
class Staff:
    """The caseworkers table plus what the generator needs to know about each caseworker."""

    ids: list[str]
    names: list[str]
    teams: list[str]
    organisations: list[str]
    diligence: FloatArray
    spell_caseworker: IntArray  # responsible job-centre caseworker per spell
    spell_external: IntArray  # external actor's caseworker per spell, -1 when not referred

    def person_caseworker(self, spells: Spells, n_persons: int) -> IntArray:
        """Caseworker of each person's latest spell (spells are sorted by person, start)."""
        last = np.searchsorted(spells.person, np.arange(n_persons), side="right") - 1
        return self.spell_caseworker[last]


def assign_staff(
    rng: np.random.Generator,
    spells: Spells,
    persons: Candidates,
    municipalities: Sequence[Municipality],
    period: Period,
) -> Staff:
    centres = _job_centres(municipalities)
    centre_of_municipality = np.array(
        [centres.index(m.host_code) for m in municipalities], dtype=np.int64
    )
    prefixes = _prefixes([m for m in municipalities if m.code in centres], centres)
    centre = centre_of_municipality[persons.municipality[spells.person]]
    team = _team_of_spell(spells, persons)
    workload = _workload(spells, period)

    roster = _Roster()
    spell_caseworker = np.full(len(spells), -1, dtype=np.int64)
    for c, centre_code in enumerate(centres):
        organisation = f"Jobcenter {_name_of(municipalities, centre_code)}"
        for t, code in enumerate(_TEAM_CODES):
            team_name, caseload, mean = cal.TEAMS[code]
            mask = (centre == c) & (team == t)
            n = max(cal.MIN_CASEWORKERS_PER_TEAM, int(np.ceil(workload[mask].sum() / caseload)))
            first = roster.add(rng, n, f"{prefixes[c]}-{code}", team_name, organisation, mean)
            spell_caseworker[mask] = first + _spread(rng, n, int(mask.sum()))
    referred = _referred(rng, spells)
    n_external = max(
        cal.MIN_CASEWORKERS_PER_TEAM,
        int(np.ceil(workload[referred].sum() / cal.EXTERNAL_CASELOAD)),
    )
    first = roster.add(
        rng,
        n_external,
        cal.EXTERNAL_PREFIX,
        cal.EXTERNAL_TEAM,
        cal.EXTERNAL_ORGANISATION,
        cal.EXTERNAL_DILIGENCE,
    )
    spell_external = np.full(len(spells), -1, dtype=np.int64)
    spell_external[referred] = first + _spread(rng, n_external, int(referred.sum()))
    return Staff(
        ids=roster.ids,
        names=roster.names,
        teams=roster.teams,
        organisations=roster.organisations,
        diligence=np.concatenate(roster.diligence),
        spell_caseworker=spell_caseworker,
        spell_external=spell_external,
    )


def _job_centres(municipalities: Sequence[Municipality]) -> list[str]:
    return list(dict.fromkeys(m.host_code for m in municipalities))


def _name_of(municipalities: Sequence[Municipality], code: str) -> str:
    return next(m.name for m in municipalities if m.code == code)


def _prefixes(hosts: Sequence[Municipality], centres: Sequence[str]) -> list[str]:
    """'T' for Tårnby; the municipality code where two job centres share an initial."""
    by_code = {m.code: m for m in hosts}
    initials = [_ascii(by_code[c].name)[:1].upper() or c for c in centres]
    return [i if initials.count(i) == 1 else c for i, c in zip(initials, centres, strict=True)]


def _ascii(text: str) -> str:
    text = text.replace("Æ", "AE").replace("Ø", "O").replace("Å", "A")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _team_of_spell(spells: Spells, persons: Candidates) -> IntArray:
    team = np.array([_TEAM_CODES.index(cal.TEAM_OF_BENEFIT[b]) for b in range(cal.N_BENEFITS)])[
        spells.benefit
    ]
    young = spells.start - persons.birth[spells.person] < years_to_days(cal.YOUTH_AGE_LIMIT)
    cash = np.isin(spells.benefit, (cal.KONTANTHJAELP, cal.SELVFORSOERGELSE))
    team[young & cash] = _TEAM_CODES.index("UNG")
    return team.astype(np.int64)


def _workload(spells: Spells, period: Period) -> FloatArray:
    """Each spell's share of the period: summed per team it is the average open caseload."""
    days = np.minimum(spells.end, period.end) - np.maximum(spells.start, period.start) + 1
    return days.clip(0).astype(np.float64) / period.days


def _referred(rng: np.random.Generator, spells: Spells) -> npt.NDArray[np.bool_]:
    after = spells.start >= to_day(cal.EFFORT_BOOST_DATE)
    share = np.zeros(len(spells))
    for benefit, (before_share, after_share) in cal.EXTERNAL_REFERRAL.items():
        mask = spells.benefit == benefit
        share[mask] = np.where(after[mask], after_share, before_share)
    share[(spells.benefit == cal.KONTANTHJAELP) & (spells.target != cal.JOBPARAT)] = 0.0
    share[(spells.benefit == cal.SYGEDAGPENGE) & (spells.sdp_kind == SDP_SHORT)] = 0.0
    return bernoulli(rng, share, len(spells))


def _spread(rng: np.random.Generator, n_caseworkers: int, n_cases: int) -> IntArray:
    """Cases to caseworkers; unequal weights stand for part-time staff and uneven caseloads."""
    weights = rng.uniform(0.6, 1.4, n_caseworkers)
    return rng.choice(n_caseworkers, size=n_cases, p=weights / weights.sum()).astype(np.int64)


def _diligence(rng: np.random.Generator, n: int, mean: float) -> FloatArray:
    """Spread evenly around the team mean, the weakest markedly weaker, in random order.

    Stratified rather than drawn independently, so that even a two-person team has a strong
    and a weak caseworker and the variation managers look for is always there.
    """
    spread = np.linspace(-1.5, 1.5, n) if n > 1 else np.zeros(1)
    value = mean + cal.DILIGENCE_SD * (spread + rng.normal(0, 0.25, n))
    n_weak = max(1, round(n * cal.WEAK_CASEWORKER_SHARE)) if n > 1 else 0
    value[:n_weak] -= cal.WEAK_DILIGENCE_PENALTY
    return rng.permutation(value.clip(*cal.DILIGENCE_RANGE))


class _Roster:
    """Caseworkers as they are added, team by team."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.names: list[str] = []
        self.teams: list[str] = []
        self.organisations: list[str] = []
        self.diligence: list[FloatArray] = []

    def add(
        self,
        rng: np.random.Generator,
        n: int,
        id_prefix: str,
        team: str,
        organisation: str,
        mean_diligence: float,
    ) -> int:
        """Add n caseworkers; returns the index of the first."""
        first_index = len(self.ids)
        first = rng.integers(0, len(_FIRST_NAMES), n)
        last = rng.integers(0, len(_LAST_NAMES), n)
        for i in range(n):
            self.ids.append(f"{id_prefix}-{i + 1:02d}")
            self.names.append(f"{_FIRST_NAMES[first[i]]} {_LAST_NAMES[last[i]]}")
            self.teams.append(team)
            self.organisations.append(organisation)
        self.diligence.append(_diligence(rng, n, mean_diligence))
        return first_index
