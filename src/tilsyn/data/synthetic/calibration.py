"""Every number the synthetic job centre is calibrated with, in one place.

Figures marked SOURCE come from the seed documents in the design notes (mainly seed 004, the
Tårnby committee minutes of 6 Aug 2024) or from the domain-rules notes; everything else is an
invented but plausible figure for a Danish suburban municipality, chosen so that the engines built
on the data (deadlines, focus measures, refund staircase, full-year persons) find both compliance
and non-compliance. `docs/synthetic-data.md` explains the calibration.
"""

from __future__ import annotations

from tilsyn.data.contract import BENEFITS, TARGET_GROUPS

# Benefit codes as small integers, in contract order.
DAGPENGE = BENEFITS.index("dagpenge")
KONTANTHJAELP = BENEFITS.index("kontanthjaelp")
UDDANNELSESHJAELP = BENEFITS.index("uddannelseshjaelp")
SELVFORSOERGELSE = BENEFITS.index("selvforsoergelsesydelse")
SYGEDAGPENGE = BENEFITS.index("sygedagpenge")
JOBAFKLARING = BENEFITS.index("jobafklaring")
RESSOURCEFORLOEB = BENEFITS.index("ressourceforloeb")
LEDIGHEDSYDELSE = BENEFITS.index("ledighedsydelse")
REVALIDERING = BENEFITS.index("revalidering")
FLEKSJOB = BENEFITS.index("fleksjob")
FOERTIDSPENSION = BENEFITS.index("foertidspension")
N_BENEFITS = len(BENEFITS)

NO_TARGET = -1
JOBPARAT = TARGET_GROUPS.index("jobparat")
AKTIVITETSPARAT = TARGET_GROUPS.index("aktivitetsparat")
UDDANNELSESPARAT = TARGET_GROUPS.index("uddannelsesparat")

# --- Municipalities -------------------------------------------------------------------------
# code -> (name, inhabitants, code of the municipality whose job centre runs its cases).
# SOURCE: Tårnby ~43,000 and Dragør ~14,500 inhabitants; Tårnby runs Dragør's cases (seed 001).
# The others are rounded public population figures so that other codes give sensible sizes.
MUNICIPALITIES: dict[str, tuple[str, int, str]] = {
    "185": ("Tårnby", 43_000, "185"),
    "155": ("Dragør", 14_500, "185"),
    "101": ("København", 660_000, "101"),
    "147": ("Frederiksberg", 104_000, "147"),
    "151": ("Ballerup", 52_000, "151"),
    "157": ("Gentofte", 75_000, "157"),
    "159": ("Gladsaxe", 70_000, "159"),
    "167": ("Hvidovre", 54_000, "167"),
    "169": ("Høje-Taastrup", 58_000, "169"),
    "175": ("Rødovre", 41_000, "175"),
    "461": ("Odense", 208_000, "461"),
    "751": ("Aarhus", 367_000, "751"),
    "851": ("Aalborg", 223_000, "851"),
}
UNKNOWN_MUNICIPALITY_POPULATION = 30_000

# The default size (persons=None) is whatever these rates give for the real populations: for
# 2022-2025 about 0.545 distinct citizens per inhabitant pass through the job centre (23,400 in
# Tårnby, 7,900 in Dragør), with about 5,500 sygedagpenge starts a year in Tårnby (SOURCE: seed
# 004, the 2023 figure). See the calibration table in docs/synthetic-data.md.

# --- Entry into the system ------------------------------------------------------------------
# Fresh entries (a citizen's first spell in the simulated history) per 1,000 inhabitants a year.
# Later spells come from benefit switches and re-entries, so total starts are higher; the
# calibration targets total starts (sygedagpenge 128 per 1,000 = 5,500 in Tårnby, jobafklaring
# ~3.3 per 1,000 = 140 in Tårnby, both SOURCE seed 004).
ENTRY_RATE_PER_1000: dict[int, float] = {
    SYGEDAGPENGE: 60.0,
    DAGPENGE: 13.0,
    KONTANTHJAELP: 4.8,
    UDDANNELSESHJAELP: 4.2,
    SELVFORSOERGELSE: 1.0,
    JOBAFKLARING: 0.3,
    RESSOURCEFORLOEB: 0.45,
    LEDIGHEDSYDELSE: 0.6,
    REVALIDERING: 0.35,
    FLEKSJOB: 0.55,
    FOERTIDSPENSION: 1.6,
}
# How many years before the period a citizen's first spell may start: long benefits need a long
# run-in so that the stock on the first day (e.g. førtidspension since 2005) is realistic.
ENTRY_WINDOW_YEARS: dict[int, int] = {
    SYGEDAGPENGE: 6,
    DAGPENGE: 6,
    KONTANTHJAELP: 12,
    UDDANNELSESHJAELP: 8,
    SELVFORSOERGELSE: 8,
    JOBAFKLARING: 6,
    RESSOURCEFORLOEB: 7,
    LEDIGHEDSYDELSE: 4,
    REVALIDERING: 5,
    FLEKSJOB: 25,
    FOERTIDSPENSION: 35,
}
# Yearly growth of fresh entries inside the period (relative to 2024). Sygedagpenge grow and
# dagpenge shrink, as in Tårnby's 2024 budget follow-up (SOURCE seed 004: 170 more sygedagpenge
# and 110 fewer dagpenge recipients than budgeted); the sizes are invented.
ENTRY_TREND_PER_YEAR: dict[int, float] = {SYGEDAGPENGE: 1.05, DAGPENGE: 0.97, FOERTIDSPENSION: 1.03}
TREND_BASE_YEAR = 2024

# Month-of-year weights for fresh entries (Jan..Dec). Dagpenge peak in winter and after the
# summer graduations; sick-listing peaks in the flu season. Invented.
SEASON: dict[int, tuple[float, ...]] = {
    DAGPENGE: (1.40, 1.15, 0.95, 0.85, 0.75, 0.80, 1.00, 1.20, 0.90, 0.90, 0.95, 1.15),
    SYGEDAGPENGE: (1.25, 1.20, 1.10, 0.95, 0.90, 0.85, 0.65, 0.85, 1.00, 1.05, 1.10, 1.10),
    KONTANTHJAELP: (1.15, 1.05, 1.00, 0.95, 0.95, 0.95, 0.90, 1.05, 1.00, 1.00, 1.00, 1.00),
    UDDANNELSESHJAELP: (1.10, 1.00, 0.95, 0.90, 0.90, 1.05, 1.20, 1.20, 0.95, 0.90, 0.90, 0.95),
}

# Age at entry: lower bound, span (years) and Beta(a, b) shape.
ENTRY_AGE: dict[int, tuple[float, float, float, float]] = {
    SYGEDAGPENGE: (18, 48, 2.2, 2.0),
    DAGPENGE: (20, 46, 1.6, 2.2),
    KONTANTHJAELP: (30, 36, 1.5, 2.0),
    UDDANNELSESHJAELP: (18, 11.9, 1.3, 1.6),
    SELVFORSOERGELSE: (18, 40, 1.5, 2.5),
    JOBAFKLARING: (25, 40, 2.5, 1.8),
    RESSOURCEFORLOEB: (20, 44, 2.0, 2.0),
    LEDIGHEDSYDELSE: (25, 40, 2.5, 2.0),
    REVALIDERING: (20, 35, 2.0, 2.5),
    FLEKSJOB: (25, 40, 2.5, 1.8),
    FOERTIDSPENSION: (25, 41, 3.5, 1.5),
}
PENSION_AGE_YEARS = 67  # folkepension; spells end the day before (simplified: 67 for everyone)
YOUTH_AGE_LIMIT = 30  # uddannelseshjælp is for under-30s without a vocational education

# --- Spell durations --------------------------------------------------------------------------
# Log-normal (median days, sigma) per benefit/target group; cut at a maximum.
DURATION_LOGNORMAL: dict[tuple[int, int], tuple[float, float]] = {
    (DAGPENGE, NO_TARGET): (65.0, 1.1),
    (KONTANTHJAELP, JOBPARAT): (110.0, 1.0),
    (KONTANTHJAELP, AKTIVITETSPARAT): (480.0, 1.1),
    (KONTANTHJAELP, UDDANNELSESPARAT): (160.0, 0.9),
    (UDDANNELSESHJAELP, UDDANNELSESPARAT): (160.0, 0.9),
    (UDDANNELSESHJAELP, AKTIVITETSPARAT): (380.0, 1.0),
    (UDDANNELSESHJAELP, JOBPARAT): (160.0, 0.9),
    (SELVFORSOERGELSE, JOBPARAT): (250.0, 1.0),
    (SELVFORSOERGELSE, AKTIVITETSPARAT): (450.0, 1.0),
    (JOBAFKLARING, NO_TARGET): (330.0, 0.7),
    (RESSOURCEFORLOEB, NO_TARGET): (720.0, 0.6),
    (LEDIGHEDSYDELSE, NO_TARGET): (160.0, 1.0),
    (REVALIDERING, NO_TARGET): (520.0, 0.6),
    (FLEKSJOB, NO_TARGET): (2_600.0, 0.9),
    (FOERTIDSPENSION, NO_TARGET): (14_000.0, 0.8),
}
MIN_DURATION_DAYS = 7
MAX_DURATION_DAYS = 40 * 365
DAGPENGE_MAX_DAYS = 730  # the two-year dagpenge period

# Sygedagpenge (days counted from the municipality's first payment day = start_date).
EMPLOYER_PERIOD_DAYS = 30  # the employer pays the first 30 days for employees
SDP_EMPLOYED_SHARE = 0.80
# SOURCE seed 004: 4,300 of 5,500 back within 8 weeks of the first day of absence (78 %).
SDP_SHORT_SHARE = 0.78
# Among the longer cases, the share reaching 22 weeks on benefit (the revurdering point).
SDP_REACH_22_WEEKS_SHARE = 0.42
WEEK22_DAYS = 22 * 7
# Outcome of the revurdering: extended under § 27, jobafklaring or ended at month end.
# Calibrated to SOURCE seed 004: ~140 jobafklaring a year in Tårnby (2.5 % of starts).
SDP_REVURDERING_OUTCOMES = {"forlaenget": 0.54, "jobafklaring": 0.24, "ophoer": 0.22}
SDP_EXTENSION_LOGNORMAL = (110.0, 0.85)  # extra days after week 22 when extended
SDP_CAT3_SHARE_OF_LONG = 0.01  # SOURCE seed 004: no category-3 cases in Tårnby in 2023: keep rare
SDP_EXPECTED_WEEKS_SHARE_BEFORE_2025 = 0.35
SDP_EXPECTED_WEEKS_SHARE_FROM_2025 = 0.75

# --- Transitions between benefits ----------------------------------------------------------
# At the end of a (non-ongoing) spell: where does the citizen go next? "prev" returns to the
# benefit before (e.g. a sick dagpenge recipient), "exit" means self-support. Invented.
TRANSITIONS: dict[str, dict[str, float]] = {
    "sdp_short_employed": {"exit": 1.0},
    "sdp_short_unemployed": {"prev": 0.85, "exit": 0.15},
    "sdp_long_employed": {
        "exit": 0.84,
        "dagpenge": 0.08,
        "kontanthjaelp": 0.02,
        "fleksjob": 0.025,
        "ressourceforloeb": 0.01,
        "foertidspension": 0.015,
        "revalidering": 0.01,
    },
    "sdp_long_unemployed": {
        "prev": 0.60,
        "exit": 0.25,
        "fleksjob": 0.04,
        "ressourceforloeb": 0.04,
        "foertidspension": 0.04,
        "revalidering": 0.03,
    },
    "dagpenge": {"exit": 0.93, "sygedagpenge": 0.07},
    "dagpenge_exhausted": {"kontanthjaelp": 0.45, "exit": 0.55},
    "kh_jobparat": {"exit": 0.88, "sygedagpenge": 0.07, "dagpenge": 0.05},
    "kh_aktivitetsparat": {
        "exit": 0.66,
        "sygedagpenge": 0.05,
        "ressourceforloeb": 0.10,
        "ledighedsydelse": 0.06,
        "foertidspension": 0.07,
        "revalidering": 0.02,
        "dagpenge": 0.04,
    },
    "uh": {"exit": 0.86, "sygedagpenge": 0.04, "ressourceforloeb": 0.04, "dagpenge": 0.06},
    "sfy": {"exit": 0.80, "kontanthjaelp": 0.15, "sygedagpenge": 0.05},
    "jobafklaring": {
        "exit": 0.45,
        "fleksjob": 0.10,
        "ledighedsydelse": 0.08,
        "ressourceforloeb": 0.15,
        "foertidspension": 0.12,
        "kontanthjaelp": 0.10,
    },
    "ressourceforloeb": {
        "exit": 0.30,
        "ledighedsydelse": 0.20,
        "foertidspension": 0.25,
        "kontanthjaelp": 0.20,
        "ressourceforloeb": 0.05,
    },
    "ledighedsydelse": {"fleksjob": 0.72, "exit": 0.18, "foertidspension": 0.10},
    "revalidering": {"exit": 0.82, "dagpenge": 0.10, "kontanthjaelp": 0.08},
    "fleksjob": {"ledighedsydelse": 0.35, "foertidspension": 0.10, "exit": 0.55},
    "foertidspension": {"exit": 1.0},
}
# Days between the end of one spell and the start of the next on a direct switch.
SWITCH_GAP_DAYS = (1, 21)
# After an exit to self-support: chance of coming back, gap (log-normal median days, sigma) and
# the benefit on return.
REENTRY: dict[str, tuple[float, float, float, dict[str, float]]] = {
    "sygedagpenge": (0.65, 330.0, 0.9, {"sygedagpenge": 0.88, "dagpenge": 0.12}),
    "dagpenge": (0.50, 300.0, 0.9, {"dagpenge": 0.78, "sygedagpenge": 0.20, "kontanthjaelp": 0.02}),
    "kontanthjaelp": (
        0.45,
        240.0,
        0.9,
        {"kontanthjaelp": 0.70, "sygedagpenge": 0.2, "dagpenge": 0.1},
    ),
    "uddannelseshjaelp": (
        0.40,
        300.0,
        0.9,
        {"uddannelseshjaelp": 0.6, "dagpenge": 0.2, "sygedagpenge": 0.2},
    ),
    "selvforsoergelsesydelse": (0.35, 240.0, 0.8, {"kontanthjaelp": 0.7, "sygedagpenge": 0.3}),
    "jobafklaring": (0.25, 300.0, 0.8, {"sygedagpenge": 0.8, "kontanthjaelp": 0.2}),
    "ressourceforloeb": (0.25, 300.0, 0.8, {"kontanthjaelp": 0.8, "sygedagpenge": 0.2}),
    "ledighedsydelse": (0.30, 200.0, 0.8, {"ledighedsydelse": 0.6, "sygedagpenge": 0.4}),
    "revalidering": (0.25, 400.0, 0.8, {"dagpenge": 0.5, "sygedagpenge": 0.5}),
    "fleksjob": (0.20, 300.0, 0.8, {"fleksjob": 0.6, "ledighedsydelse": 0.4}),
    "foertidspension": (0.0, 1.0, 0.1, {"foertidspension": 1.0}),
}
MAX_SPELLS_PER_PERSON = 12

# Target group (jobparat, aktivitetsparat, uddannelsesparat) of a new spell.
TARGET_SHARES: dict[str, tuple[float, float, float]] = {
    "kontanthjaelp": (0.42, 0.58, 0.0),
    "kontanthjaelp_from_dagpenge": (0.80, 0.20, 0.0),
    "kontanthjaelp_from_health": (0.15, 0.85, 0.0),  # after sygedagpenge/jobafklaring etc.
    "uddannelseshjaelp": (0.0, 0.45, 0.55),
    "selvforsoergelsesydelse": (0.45, 0.55, 0.0),
}

# 1 Jul 2025: uddannelseshjælp and selvforsørgelses-/hjemrejseydelse merged into kontanthjælp.
CASH_REFORM_DATE = "2025-07-01"
# Arbejdspligt: the SHO group from 1 Jan 2025, the widened kontanthjælp group from 1 Jul 2025.
WORK_OBLIGATION_SHO_FROM = "2025-01-01"
WORK_OBLIGATION_SHO_SHARE = 0.55
WORK_OBLIGATION_KH_SHARE = 0.04

# --- Caseworkers ---------------------------------------------------------------------------
# Team code -> (team name, open cases per caseworker, mean diligence). Diligence is the chance
# that a caseworker meets a given deadline; each caseworker draws their own around the team mean.
# Ledighedsydelse sits with the jobparat kontanthjælp team as in Tårnby since 2017 (seed 001).
TEAMS: dict[str, tuple[str, float, float]] = {
    "SDP": ("Team Sygedagpenge", 55.0, 0.80),
    "KH": ("Team Kontanthjælp", 45.0, 0.86),
    "UNG": ("Team Unge", 40.0, 0.82),
    "DP": ("Team Dagpenge", 80.0, 0.86),
    "RJ": ("Team Ressource/Jobafklaring", 35.0, 0.79),
    "FP": ("Team Fleksjob og Pension", 160.0, 0.75),
}
TEAM_OF_BENEFIT: dict[int, str] = {
    SYGEDAGPENGE: "SDP",
    KONTANTHJAELP: "KH",
    SELVFORSOERGELSE: "KH",
    LEDIGHEDSYDELSE: "KH",
    UDDANNELSESHJAELP: "UNG",
    DAGPENGE: "DP",
    JOBAFKLARING: "RJ",
    RESSOURCEFORLOEB: "RJ",
    REVALIDERING: "RJ",
    FLEKSJOB: "FP",
    FOERTIDSPENSION: "FP",
}
DILIGENCE_SD = 0.11
# The diligence the offer and Min Plan chances below are stated for; a caseworker's own chance
# scales with their diligence relative to it.
REFERENCE_DILIGENCE = 0.82
DILIGENCE_RANGE = (0.35, 0.99)
# A couple of caseworkers per team are new or overloaded and miss far more (seed 001 describes
# new staff after turnover and sagsgennemgange for the weakest caseworkers).
WEAK_CASEWORKER_SHARE = 0.12
WEAK_DILIGENCE_PENALTY = 0.25
MIN_CASEWORKERS_PER_TEAM = 2
# Share of a late-or-missing conversation that is late rather than missing.
LATE_SHARE_OF_MISSES = 0.7

# External actor (anden aktør) holding conversations for part of the cases.
EXTERNAL_ORGANISATION = "Anden aktør: Job & Co"
EXTERNAL_TEAM = "Job & Co"
EXTERNAL_PREFIX = "AA-JC"
EXTERNAL_CASELOAD = 60.0
EXTERNAL_DILIGENCE = 0.74
# Share of spells referred to the external actor, before and after 1 Aug 2024 (seed 004: more
# effort through the framework agreement's other actors from summer 2024).
EXTERNAL_REFERRAL: dict[int, tuple[float, float]] = {
    DAGPENGE: (0.15, 0.30),
    KONTANTHJAELP: (0.10, 0.25),
    SYGEDAGPENGE: (0.20, 0.25),  # long sygedagpenge cases, as ISU took over in 2017 (seed 001)
}
EFFORT_BOOST_DATE = "2024-08-01"

# --- Conversations ---------------------------------------------------------------------------
# Form shares (personligt, telefon, video, digitalt) by year. SOURCE (domain rules S77): phone
# and video rose from 22 % (2019) to 44 % (2023) of job-centre interviews.
FORM_SHARES_BY_YEAR: dict[int, tuple[float, float, float, float]] = {
    2021: (0.57, 0.27, 0.13, 0.03),
    2022: (0.57, 0.27, 0.13, 0.03),
    2023: (0.53, 0.29, 0.15, 0.03),
    2024: (0.52, 0.29, 0.16, 0.03),
    2025: (0.51, 0.29, 0.17, 0.03),
}
AKASSE_DILIGENCE = 0.92  # a-kasser are not the subject here; they mostly keep their deadlines
CANCELLED_SHARE = 0.05
NO_SHOW_SHARE = {"default": 0.05, "aktivitetsparat": 0.12}
REBOOK_SHARE = 0.85
GROUP_MEETING_SHARE = 0.03
OTHER_CONVERSATIONS_PER_YEAR = 0.36  # 'andet' conversations, which count for no requirement
SDP_FIRST_FOLLOWUP_PERSONAL_SHARE = 0.93  # the law asks for personal attendance

# --- Offers, plans, exemptions, hours ----------------------------------------------------------
# Chance of a first offer (by the 6-month ret-og-pligt point) for an average caseworker, and of a
# repeat offer every ~8 months after. SOURCE seed 004: 41.2 % of long-term recipients had no
# offer or 100 hours in the last 12 months (May 2024); the rates are tuned to land near that.
FIRST_OFFER_CHANCE = 0.62
REPEAT_OFFER_CHANCE = 0.50
REPEAT_OFFER_INTERVAL_DAYS = 240
EFFORT_BOOST_FACTOR = 1.3
MENTOR_SHARE = 0.10
OFFER_SHORTER_THAN_TWO_WEEKS_SHARE = 0.05
PLAN_UPDATE_AT_CONVERSATION_SHARE = 0.30
PLAN_BEFORE_OFFER_SHARE = 0.85
EXEMPTION_SHARE = 0.18

# Weekly amounts (kr., 2024 level) by benefit; each spell draws a level factor around it. Rounded
# public 2024 rates (maximum dagpenge/sygedagpenge, kontanthjælp without/with children, ...).
WEEKLY_RATE_2024: dict[int, float] = {
    DAGPENGE: 4_550.0,
    KONTANTHJAELP: 3_150.0,
    UDDANNELSESHJAELP: 1_900.0,
    SELVFORSOERGELSE: 2_300.0,
    SYGEDAGPENGE: 4_855.0,
    JOBAFKLARING: 3_150.0,
    RESSOURCEFORLOEB: 3_150.0,
    LEDIGHEDSYDELSE: 4_050.0,
    REVALIDERING: 4_550.0,
    FLEKSJOB: 3_300.0,
    FOERTIDSPENSION: 4_700.0,
}
RATE_INDEX_PER_YEAR = 1.025  # satsregulering, roughly
