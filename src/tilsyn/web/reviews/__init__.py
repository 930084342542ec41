"""Management supervision pages: the coordinator's queue, the review form beside the citizen's
timeline and the engine's verdicts, four eyes, feedback and follow-up, statistics, plans and
campaigns, and refund corrections."""
