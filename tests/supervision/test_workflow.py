"""The review workflow's moves and the four-eyes rules."""

import pytest

from tilsyn.supervision.workflow import (
    ReviewState,
    Status,
    WorkflowError,
    check_move,
    check_second_reviewer,
)


def test_the_whole_path() -> None:
    check_move(ReviewState(Status.drawn), Status.in_review, by="anna")
    check_move(
        ReviewState(Status.in_review, first_reviewer="anna"), Status.second_review, by="anna"
    )
    done = ReviewState(
        Status.second_review, "anna", "bo", second_review_done=True, feedback_text="Kære ..."
    )
    check_move(done, Status.feedback_sent, by="anna")
    check_move(ReviewState(Status.feedback_sent, open_tasks=0), Status.closed, by="anna")


@pytest.mark.parametrize(
    ("state", "target", "message"),
    [
        (ReviewState(Status.drawn), Status.feedback_sent, "kan ikke gå fra 'Udtrukket'"),
        (
            ReviewState(Status.in_review, "anna", unanswered=2),
            Status.second_review,
            "2 spørgsmål mangler svar",
        ),
        (ReviewState(Status.in_review, "anna"), Status.second_review, "Kun den første gennemgåer"),
        (
            ReviewState(Status.second_review, "anna", feedback_text="x"),
            Status.feedback_sent,
            "fire øjne",
        ),
        (
            ReviewState(
                Status.second_review,
                "anna",
                "bo",
                second_review_done=True,
                open_disagreements=1,
                feedback_text="x",
            ),
            Status.feedback_sent,
            "1 uenighed",
        ),
        (
            ReviewState(Status.second_review, "anna", "bo", second_review_done=True),
            Status.feedback_sent,
            "tom",
        ),
        (ReviewState(Status.feedback_sent, open_tasks=1), Status.closed, "1 opfølgningsopgave"),
        (ReviewState(Status.closed), Status.in_review, "afsluttet og kan ikke ændres"),
    ],
)
def test_moves_that_are_refused(state: ReviewState, target: Status, message: str) -> None:
    with pytest.raises(WorkflowError, match=message):
        check_move(state, target, by="bo" if "Kun den" in message else "anna")


def test_the_second_reviewer_must_be_someone_else() -> None:
    state = ReviewState(Status.second_review, first_reviewer="anna")
    with pytest.raises(WorkflowError, match="en anden end den første"):
        check_second_reviewer(state, "anna")
    check_second_reviewer(state, "bo")
