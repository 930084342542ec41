"""Supervision records in the app database: samples, reviews, answers, findings, feedback,
follow-up tasks, plans, campaigns, refund corrections and imported auditor findings."""
