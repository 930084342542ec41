from django.urls import path

from tilsyn.web.data import views

app_name = "data"

urlpatterns = [
    # /data/
    path("", views.snapshots, name="snapshots"),
    # /data/import (POST: a ZIP of case-data files)
    path("import", views.upload, name="upload"),
]
