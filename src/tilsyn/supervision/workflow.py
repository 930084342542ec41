"""The review workflow: statuses, allowed moves and the four-eyes rules.

drawn → in_review → second_review → feedback_sent → closed. The second reviewer must be
another person than the first. A second reviewer who disagrees on an answer opens a
disagreement; it must be resolved explicitly (final answer and reason) before feedback is sent.
A review is closed only when its follow-up tasks are done; a closed review never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    drawn = "drawn"
    in_review = "in_review"
    second_review = "second_review"
    feedback_sent = "feedback_sent"
    closed = "closed"


STATUS_LABELS = {
    Status.drawn: "Udtrukket",
    Status.in_review: "Under gennemgang",
    Status.second_review: "Til anden gennemgang",
    Status.feedback_sent: "Tilbagemelding sendt",
    Status.closed: "Afsluttet",
}

MOVES: dict[Status, frozenset[Status]] = {
    Status.drawn: frozenset({Status.in_review}),
    Status.in_review: frozenset({Status.second_review}),
    Status.second_review: frozenset({Status.feedback_sent, Status.in_review}),
    Status.feedback_sent: frozenset({Status.closed}),
    Status.closed: frozenset(),
}


class WorkflowError(ValueError):
    """A move the workflow does not allow; the message says why in Danish."""


@dataclass(frozen=True)
class ReviewState:
    status: Status
    first_reviewer: str | None = None
    second_reviewer: str | None = None
    unanswered: int = 0
    second_review_done: bool = False
    open_disagreements: int = 0
    feedback_text: str = ""
    open_tasks: int = 0


def check_move(state: ReviewState, target: Status, *, by: str) -> None:
    """Raise ``WorkflowError`` unless ``by`` may move the review from its status to ``target``."""
    if state.status == Status.closed:
        raise WorkflowError("Gennemgangen er afsluttet og kan ikke ændres")
    if target not in MOVES[state.status]:
        raise WorkflowError(
            f"En gennemgang kan ikke gå fra '{STATUS_LABELS[state.status]}' "
            f"til '{STATUS_LABELS[target]}'"
        )
    if target == Status.second_review:
        if state.first_reviewer is not None and by != state.first_reviewer:
            raise WorkflowError("Kun den første gennemgåer kan sende sagen til anden gennemgang")
        if state.unanswered:
            raise WorkflowError(f"{state.unanswered} spørgsmål mangler svar")
    if target == Status.feedback_sent:
        if not state.second_review_done:
            raise WorkflowError("Anden gennemgang (fire øjne) er ikke foretaget")
        if state.open_disagreements:
            raise WorkflowError(
                f"{state.open_disagreements} uenighed(er) mellem gennemgåerne skal afklares først"
            )
        if not state.feedback_text.strip():
            raise WorkflowError("Tilbagemeldingen til sagsbehandleren er tom")
    if target == Status.closed and state.open_tasks:
        raise WorkflowError(f"{state.open_tasks} opfølgningsopgave(r) er ikke afsluttet")


def check_second_reviewer(state: ReviewState, reviewer: str) -> None:
    """Four eyes: the second reviewer is someone else than the first."""
    if state.status != Status.second_review:
        raise WorkflowError("Sagen er ikke sendt til anden gennemgang")
    if reviewer == state.first_reviewer:
        raise WorkflowError("Anden gennemgang skal foretages af en anden end den første gennemgåer")
