from django.urls import path

from tilsyn.web.dashboards import views

app_name = "dashboards"

urlpatterns = [
    # /
    path("", views.overview, name="overview"),
]
