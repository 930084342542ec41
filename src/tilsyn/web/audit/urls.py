from django.urls import path

from tilsyn.web.audit import views

app_name = "audit"

# Read-only by construction: both views accept GET only; the log has no edit or delete path.
urlpatterns = [
    # /adgangslog/
    path("", views.log, name="log"),
    # /adgangslog/csv
    path("csv", views.log_csv, name="csv"),
]
