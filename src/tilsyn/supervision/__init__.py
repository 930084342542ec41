"""Management supervision (*ledelsestilsyn*): sample sizes, sampling, review checklists,
review statistics, risk-based review frequency and refund corrections.

Pure Python: no Django, no app layer. The application layer (``tilsyn.app.supervision``)
feeds it populations from a snapshot and stores its results in the app database.
"""
