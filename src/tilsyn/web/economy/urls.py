from django.urls import path

from tilsyn.web.economy import views

app_name = "economy"

urlpatterns = [
    # /oekonomi/
    path("", views.overview, name="overview"),
    # /oekonomi/budget (POST: a budget file, CSV or XLSX)
    path("budget", views.budget, name="budget"),
]
