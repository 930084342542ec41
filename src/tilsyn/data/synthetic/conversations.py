"""Conversations: scheduled by the legal rhythm of each benefit, then kept, late or missed.

Each spell follows a regime (its contact course): fixed items with a deadline counted from an
anchor (first contact, start or first day of absence) and a window in which a diligent caseworker
holds them, then a regular continuation. Whether a deadline is met, late or missed depends on the
diligence of whoever holds the conversation, so timeliness differs by caseworker and team.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from tilsyn.data.contract import (
    CONVERSATION_FORMS,
    CONVERSATION_HOLDERS,
    CONVERSATION_KINDS,
    CONVERSATION_STATUSES,
)
from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import (
    NA_DAY,
    Days,
    Period,
    to_day,
    to_workday,
    year_of,
)
from tilsyn.data.synthetic.details import SpellDetails
from tilsyn.data.synthetic.draws import (
    BoolArray,
    IntArray,
    bernoulli,
    categorical_by_class,
    lognormal_days,
    uniform_int,
)
from tilsyn.data.synthetic.spells import SDP_SHORT, Spells
from tilsyn.data.synthetic.staff import Staff

Int8Array = npt.NDArray[np.int8]

JOB = CONVERSATION_KINDS.index("jobsamtale")
FOLLOW_UP = CONVERSATION_KINDS.index("opfoelgningssamtale")
JOINT = CONVERSATION_KINDS.index("faellessamtale")
CV = CONVERSATION_KINDS.index("cv_samtale")
OTHER = CONVERSATION_KINDS.index("andet")
JOBCENTRE = CONVERSATION_HOLDERS.index("jobcenter")
AKASSE = CONVERSATION_HOLDERS.index("akasse")
EXTERNAL = CONVERSATION_HOLDERS.index("anden_aktoer")
HELD = CONVERSATION_STATUSES.index("afholdt")
CANCELLED = CONVERSATION_STATUSES.index("aflyst")
NO_SHOW = CONVERSATION_STATUSES.index("udeblevet")
PERSONAL = CONVERSATION_FORMS.index("personligt")
PHONE = CONVERSATION_FORMS.index("telefon")
DIGITAL = CONVERSATION_FORMS.index("digitalt")
INTENSIFIED = 0  # index into CONVERSATION_PURPOSES

_ANCHOR_START, _ANCHOR_CONTACT, _ANCHOR_ABSENCE = 0, 1, 2
_INTENSIFIED_DAYS = 487  # the joint interview about intensified effort at 16 months


class _Item(NamedTuple):
    deadline: int  # days after the anchor
    window: int  # how many days before the deadline a diligent caseworker holds it
    kind: int
    holder: int


class _Regime(NamedTuple):
    anchor: int
    items: tuple[_Item, ...]
    every: int = 0  # continuation interval in days after the last item; 0 = none
    every_window: int = 30
    every_kind: int = JOB


_J, _A = JOBCENTRE, AKASSE
# Contact courses (LAB kap. 7 and sygedagpengeloven kap. 6 as summarised in domain-rules §§ 2-3).
_REGIMES: tuple[_Regime, ...] = (
    _Regime(_ANCHOR_START, ()),  # none: førtidspension
    # Kontanthjælp, uddannelseshjælp, SHO: first jobsamtale within a week of the first contact,
    # four in the first six months, then need-based: about every ten weeks here, since Tårnby
    # meets the interview focus measure (seed 004) and summons jobparate monthly (seed 001).
    _Regime(
        _ANCHOR_CONTACT,
        (
            _Item(7, 6, JOB, _J),
            _Item(60, 30, JOB, _J),
            _Item(120, 40, JOB, _J),
            _Item(180, 45, JOB, _J),
        ),
        every=70,
        every_window=30,
    ),
    # Jobafklaring, ressourceforløb, ledighedsydelse, revalidering: four in six months.
    _Regime(
        _ANCHOR_START,
        (
            _Item(30, 25, JOB, _J),
            _Item(75, 30, JOB, _J),
            _Item(130, 40, JOB, _J),
            _Item(180, 40, JOB, _J),
        ),
        every=80,
        every_window=35,
    ),
    # Dagpenge 2020-2023: a-kasse CV interview, four job-centre interviews and two joint ones.
    _Regime(
        _ANCHOR_START,
        (
            _Item(14, 10, CV, _A),
            _Item(30, 20, JOB, _J),
            _Item(80, 30, JOINT, _J),
            _Item(110, 25, JOB, _J),
            _Item(145, 25, JOB, _J),
            _Item(170, 20, JOINT, _J),
            _Item(182, 10, JOB, _J),
        ),
        every=91,
        every_window=40,
    ),
    # Dagpenge from 2024: the a-kasse holds three in the first three months, the job centre
    # three more before six months.
    _Regime(
        _ANCHOR_START,
        (
            _Item(14, 10, JOB, _A),
            _Item(45, 20, JOB, _A),
            _Item(88, 25, JOB, _A),
            _Item(118, 20, JOB, _J),
            _Item(150, 25, JOB, _J),
            _Item(182, 25, JOB, _J),
        ),
        every=91,
        every_window=40,
    ),
    # Sygedagpenge (category 2/3 or long): first follow-up by the end of week 8 from the first
    # day of absence, four in six months, then every four to six weeks.
    _Regime(
        _ANCHOR_ABSENCE,
        (
            _Item(56, 21, FOLLOW_UP, _J),
            _Item(95, 25, FOLLOW_UP, _J),
            _Item(135, 25, FOLLOW_UP, _J),
            _Item(180, 30, FOLLOW_UP, _J),
        ),
        every=42,
        every_window=14,
        every_kind=FOLLOW_UP,
    ),
    # Sygedagpenge from 2025, employed and expected back soon (§ 13 f): one follow-up.
    _Regime(_ANCHOR_ABSENCE, (_Item(56, 21, FOLLOW_UP, _J),)),
    # Fleksjob: a yearly contact and the follow-up after 2½ years.
    _Regime(
        _ANCHOR_START,
        (_Item(365, 60, OTHER, _J), _Item(912, 60, FOLLOW_UP, _J)),
        every=912,
        every_window=60,
        every_kind=FOLLOW_UP,
    ),
)  # fmt: skip
_NONE, _CASH, _LAB, _DP2020, _DP2024, _SDP, _SDP_LIGHT, _FLEX = range(len(_REGIMES))


def _tables() -> dict[str, npt.NDArray[np.int64]]:
    width = max(len(r.items) for r in _REGIMES)
    far = 10**7  # padding: a deadline no spell reaches
    out = {
        name: np.full((len(_REGIMES), width), far if name == "deadline" else 0, dtype=np.int64)
        for name in ("deadline", "window", "kind", "holder")
    }
    for r, regime in enumerate(_REGIMES):
        for k, item in enumerate(regime.items):
            for name in out:
                out[name][r, k] = getattr(item, name)
    out["n_items"] = np.array([len(r.items) for r in _REGIMES])
    out["anchor"] = np.array([r.anchor for r in _REGIMES])
    out["every"] = np.array([r.every for r in _REGIMES])
    out["every_window"] = np.array([r.every_window for r in _REGIMES])
    out["every_kind"] = np.array([r.every_kind for r in _REGIMES])
    return out


_T = _tables()


@dataclass
class Conversations:
    spell: IntArray
    date: Days
    kind: Int8Array
    form: Int8Array
    holder: Int8Array
    status: Int8Array
    individual: BoolArray
    caseworker: IntArray  # -1 for a-kasse conversations
    purpose: Int8Array  # -1 none, 0 intensiveret_indsats

    def take(self, index: IntArray | BoolArray) -> Conversations:
        return Conversations(**{k: v[index] for k, v in self.__dict__.items()})

    @staticmethod
    def concat(parts: list[Conversations]) -> Conversations:
        return Conversations(
            **{k: np.concatenate([p.__dict__[k] for p in parts]) for k in parts[0].__dict__}
        )

    def __len__(self) -> int:
        return len(self.spell)


def regime_of(spells: Spells, details: SpellDetails) -> IntArray:
    b = spells.benefit
    regime = np.full(len(spells), _NONE, dtype=np.int64)
    regime[np.isin(b, (cal.KONTANTHJAELP, cal.UDDANNELSESHJAELP, cal.SELVFORSOERGELSE))] = _CASH
    lab = (cal.JOBAFKLARING, cal.RESSOURCEFORLOEB, cal.LEDIGHEDSYDELSE, cal.REVALIDERING)
    regime[np.isin(b, lab)] = _LAB
    dagpenge = b == cal.DAGPENGE
    regime[dagpenge] = np.where(spells.start[dagpenge] >= to_day("2024-01-01"), _DP2024, _DP2020)
    long_sdp = (b == cal.SYGEDAGPENGE) & (spells.sdp_kind != SDP_SHORT)
    regime[long_sdp] = _SDP
    light = (
        long_sdp
        & (spells.start >= to_day("2025-01-01"))
        & (spells.employed == 1)
        & (details.expected_weeks > 0)
        & (details.expected_weeks <= 8 + 13)
    )
    regime[light] = _SDP_LIGHT
    regime[b == cal.FLEKSJOB] = _FLEX
    return regime


def generate_conversations(
    rng: np.random.Generator,
    spells: Spells,
    details: SpellDetails,
    staff: Staff,
    exemption: tuple[Days, Days],
    period: Period,
) -> Conversations:
    regime = regime_of(spells, details)
    due = _schedule(rng, spells, details, regime, period)
    _assign_holders(due, staff)
    scheduled = _apply_diligence(rng, due, staff)
    scheduled = _drop_during_exemption(scheduled, exemption)
    parts = [
        scheduled,
        _intensified(rng, spells, staff, period),
        _extras(rng, spells, staff, regime, period),
    ]
    rows = Conversations.concat(parts)
    rows = _statuses_and_rebooking(rng, rows, spells)
    _forms(rng, rows, regime)
    span_end = np.minimum(spells.end, period.end)
    keep = (rows.date >= period.start) & (rows.date <= span_end[rows.spell])
    rows = rows.take(keep)
    return rows.take(np.lexsort((rows.date, spells.person[rows.spell])))


def _anchor(spells: Spells, details: SpellDetails, regime: IntArray) -> Days:
    kind = _T["anchor"][regime]
    anchor = np.where(kind == _ANCHOR_CONTACT, details.first_contact, spells.start)
    anchor = np.where(kind == _ANCHOR_ABSENCE, details.first_absence, anchor)
    return np.where(anchor == NA_DAY, spells.start, anchor).astype(np.int32)


class _Due(NamedTuple):
    rows: Conversations  # date holds the deadline until diligence is applied
    window: IntArray
    is_first: BoolArray


def _schedule(
    rng: np.random.Generator,
    spells: Spells,
    details: SpellDetails,
    regime: IntArray,
    period: Period,
) -> _Due:
    """Explode every spell into its due conversations (deadline per row, not yet perturbed)."""
    idx = np.flatnonzero(regime != _NONE)
    r = regime[idx]
    anchor = _anchor(spells, details, regime)[idx].astype(np.int64)
    span_end = np.minimum(spells.end[idx], period.end).astype(np.int64)
    earliest = anchor[:, None] + _T["deadline"][r] - _T["window"][r]
    n_fixed = (earliest <= span_end[:, None]).sum(axis=1)
    n_items = _T["n_items"][r]
    every = _T["every"][r]
    safe_every = np.maximum(every, 1)
    base = anchor + _T["deadline"][r, np.maximum(n_items - 1, 0)]
    first_j = np.maximum(1, -((base - period.start) // safe_every))  # skip rows before the period
    last_j = (span_end + _T["every_window"][r] - base) // safe_every
    n_cont = np.where((every > 0) & (n_fixed == n_items), (last_j - first_j + 1).clip(0), 0)

    total = n_fixed + n_cont
    row_spell = np.repeat(idx, total)
    pos = np.arange(int(total.sum())) - np.repeat(np.cumsum(total) - total, total)
    fixed = pos < np.repeat(n_fixed, total)
    rr = regime[row_spell]
    k = np.where(fixed, pos, 0)
    j = np.repeat(first_j, total) + pos - np.repeat(n_fixed, total)
    jitter = uniform_int(rng, -10, 10, len(pos))
    deadline = np.where(
        fixed,
        np.repeat(anchor, total) + _T["deadline"][rr, k],
        np.repeat(base, total) + j * _T["every"][rr] + jitter,
    )
    n = len(pos)
    rows = Conversations(
        spell=row_spell,
        date=deadline.astype(np.int32),
        kind=np.where(fixed, _T["kind"][rr, k], _T["every_kind"][rr]).astype(np.int8),
        form=np.zeros(n, dtype=np.int8),
        holder=np.where(fixed, _T["holder"][rr, k], JOBCENTRE).astype(np.int8),
        status=np.full(n, HELD, dtype=np.int8),
        individual=np.ones(n, dtype=bool),
        caseworker=np.full(n, -1, dtype=np.int64),
        purpose=np.full(n, -1, dtype=np.int8),
    )
    window = np.where(fixed, _T["window"][rr, k], _T["every_window"][rr])
    return _Due(rows, window, pos == 0)


def _assign_holders(due: _Due, staff: Staff) -> None:
    """Job-centre rows of referred spells go to the external actor after the first interview."""
    rows = due.rows
    external = staff.spell_external[rows.spell]
    to_external = (rows.holder == JOBCENTRE) & (external >= 0) & ~due.is_first
    rows.holder[to_external] = EXTERNAL
    rows.caseworker = np.where(
        rows.holder == AKASSE,
        -1,
        np.where(to_external, external, staff.spell_caseworker[rows.spell]),
    )


def _apply_diligence(rng: np.random.Generator, due: _Due, staff: Staff) -> Conversations:
    """Held within the window before the deadline, late, or not at all."""
    rows, window = due.rows, due.window
    n = len(rows)
    diligence = np.where(rows.caseworker >= 0, staff.diligence[rows.caseworker.clip(0)], 0.0)
    diligence = np.where(rows.holder == AKASSE, cal.AKASSE_DILIGENCE, diligence)
    u = rng.random(n)
    on_time = u < diligence
    late = ~on_time & (u < diligence + (1 - diligence) * cal.LATE_SHARE_OF_MISSES)
    early_by = np.floor(rng.random(n) * (window + 1)).astype(np.int64)
    late_by = lognormal_days(rng, 12.0, 0.8, n).clip(1, 120)
    date = np.where(
        on_time,
        to_workday((rows.date - early_by).astype(np.int32), forward=False),
        to_workday((rows.date + late_by).astype(np.int32), forward=True),
    )
    rows.date = date.astype(np.int32)
    return rows.take(on_time | late)


def _drop_during_exemption(rows: Conversations, exemption: tuple[Days, Days]) -> Conversations:
    start, end = exemption[0][rows.spell], exemption[1][rows.spell]
    during = (start != NA_DAY) & (rows.date >= start) & (rows.date <= end)
    return rows.take(~during)


def _new_rows(
    spell: IntArray, date: Days, kind: int, holder: int, caseworker: IntArray
) -> Conversations:
    n = len(spell)
    return Conversations(
        spell=spell,
        date=date.astype(np.int32),
        kind=np.full(n, kind, dtype=np.int8),
        form=np.zeros(n, dtype=np.int8),
        holder=np.full(n, holder, dtype=np.int8),
        status=np.full(n, HELD, dtype=np.int8),
        individual=np.ones(n, dtype=bool),
        caseworker=caseworker,
        purpose=np.full(n, -1, dtype=np.int8),
    )


def _intensified(
    rng: np.random.Generator, spells: Spells, staff: Staff, period: Period
) -> Conversations:
    """Dagpenge at 16 months: a joint interview about intensified effort (LAB § 32)."""
    due = spells.start.astype(np.int64) + _INTENSIFIED_DAYS
    candidates = np.flatnonzero(
        (spells.benefit == cal.DAGPENGE) & (spells.end >= due - 30) & (due <= period.end + 30)
    )
    cw = staff.spell_caseworker[candidates]
    d = staff.diligence[cw]
    n = len(candidates)
    u = rng.random(n)
    on_time, late = u < d, (u >= d) & (u < d + (1 - d) * cal.LATE_SHARE_OF_MISSES)
    date = np.where(
        on_time,
        due[candidates] - uniform_int(rng, 0, 60, n),
        due[candidates] + uniform_int(rng, 1, 60, n),
    )
    keep = on_time | late
    rows = _new_rows(
        candidates[keep],
        to_workday(date[keep].astype(np.int32), forward=True),
        JOINT,
        JOBCENTRE,
        cw[keep],
    )
    rows.purpose[:] = INTENSIFIED
    return rows


def _extras(
    rng: np.random.Generator, spells: Spells, staff: Staff, regime: IntArray, period: Period
) -> Conversations:
    """Conversations outside the legal rhythm: 'andet', CV interviews, kategori-1 status calls."""
    parts = []
    span_start = np.maximum(spells.start, period.start).astype(np.int64)
    span_end = np.minimum(spells.end, period.end).astype(np.int64)
    span_years = (span_end - span_start + 1).clip(0) / 365.25
    active = np.isin(regime, (_CASH, _LAB, _DP2020, _DP2024, _SDP))
    n_other = rng.poisson(np.where(active, cal.OTHER_CONVERSATIONS_PER_YEAR * span_years, 0.0))
    spell = np.repeat(np.arange(len(spells)), n_other)
    date = span_start[spell] + np.floor(rng.random(len(spell)) * (span_end - span_start + 1)[spell])
    other = _new_rows(
        spell,
        to_workday(date.astype(np.int32), forward=True),
        OTHER,
        JOBCENTRE,
        staff.spell_caseworker[spell],
    )
    other.individual = bernoulli(rng, 0.5, len(spell)) == 0  # half are information meetings
    parts.append(other)

    cv = np.flatnonzero(
        (regime == _CASH) & (spells.target == cal.JOBPARAT) & bernoulli(rng, 0.3, len(spells))
    )
    cv_date = spells.start[cv] + uniform_int(rng, 7, 30, len(cv))
    parts.append(
        _new_rows(
            cv,
            to_workday(cv_date.astype(np.int32), forward=True),
            CV,
            JOBCENTRE,
            staff.spell_caseworker[cv],
        )
    )

    short_sdp = (spells.benefit == cal.SYGEDAGPENGE) & (spells.sdp_kind == SDP_SHORT)
    calls = np.flatnonzero(short_sdp & bernoulli(rng, 0.3, len(spells)))
    duration = (spells.end[calls] - spells.start[calls]).astype(np.int64)
    call_date = spells.start[calls] + uniform_int(rng, 0, duration, len(calls))
    status_calls = _new_rows(
        calls,
        to_workday(call_date.astype(np.int32), forward=True),
        FOLLOW_UP,
        JOBCENTRE,
        staff.spell_caseworker[calls],
    )
    status_calls.form = np.where(bernoulli(rng, 0.5, len(calls)), PHONE, DIGITAL).astype(np.int8)
    parts.append(status_calls)
    return Conversations.concat(parts)


def _statuses_and_rebooking(
    rng: np.random.Generator, rows: Conversations, spells: Spells
) -> Conversations:
    """Some summonses are cancelled or missed; most are rebooked a few days to weeks later."""
    n = len(rows)
    vulnerable = (spells.target[rows.spell] == cal.AKTIVITETSPARAT).astype(np.int64)
    probs = np.array(
        [
            [1 - cal.CANCELLED_SHARE - no_show, cal.CANCELLED_SHARE, no_show]
            for no_show in (cal.NO_SHOW_SHARE["default"], cal.NO_SHOW_SHARE["aktivitetsparat"])
        ]
    )
    drawn = categorical_by_class(rng, probs, vulnerable)
    status = np.array([HELD, CANCELLED, NO_SHOW], dtype=np.int8)[drawn]
    status[rows.purpose == INTENSIFIED] = HELD
    rows.status = status
    missed = np.flatnonzero((status != HELD) & bernoulli(rng, cal.REBOOK_SHARE, n))
    rebooked = rows.take(missed)
    rebooked.date = to_workday(
        (rebooked.date + uniform_int(rng, 3, 21, len(missed))).astype(np.int32), forward=True
    )
    rebooked.status[:] = HELD
    return Conversations.concat([rows, rebooked])


def _forms(rng: np.random.Generator, rows: Conversations, regime: IntArray) -> None:
    """Form by year (phone and video grew), personal attendance at the first sick-listing follow-up,
    and a few group meetings instead of individual job interviews."""
    n = len(rows)
    years = sorted(cal.FORM_SHARES_BY_YEAR)
    year = np.clip(year_of(rows.date), years[0], years[-1])
    shares = np.array([cal.FORM_SHARES_BY_YEAR[y] for y in years])
    form = categorical_by_class(rng, shares, (year - years[0]).astype(np.int64)).astype(np.int8)
    keep_form = rows.form != 0  # status calls already have theirs
    form[keep_form] = rows.form[keep_form]
    sdp_rows = regime[rows.spell] == _SDP
    first_sdp = sdp_rows & _first_per_spell(rows)
    personal = bernoulli(rng, cal.SDP_FIRST_FOLLOWUP_PERSONAL_SHARE, n)
    form[first_sdp] = np.where(personal[first_sdp], PERSONAL, PHONE)
    rows.form = form
    job = (rows.kind == JOB) & (rows.holder == JOBCENTRE)
    group = job & bernoulli(rng, cal.GROUP_MEETING_SHARE, n)
    rows.individual = rows.individual & ~group


def _first_per_spell(rows: Conversations) -> BoolArray:
    order = np.lexsort((rows.date, rows.spell))
    first = np.zeros(len(rows), dtype=bool)
    s = rows.spell[order]
    if len(s):
        first[order[np.r_[True, s[1:] != s[:-1]]]] = True
    return first


def first_held_dates(rows: Conversations, n_spells: int) -> Days:
    """Date of each spell's first held conversation (NA_DAY when none in the data)."""
    held = rows.status == HELD
    first = np.full(n_spells, np.iinfo(np.int32).max, dtype=np.int64)
    np.minimum.at(first, rows.spell[held], rows.date[held].astype(np.int64))
    return np.where(first == np.iinfo(np.int32).max, NA_DAY, first).astype(np.int32)
