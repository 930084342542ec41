"""The Django web app: server-rendered Danish pages over the application layer."""
