from django.urls import path

from tilsyn.web.worklists import views

app_name = "worklists"

urlpatterns = [
    # /arbejdsliste/
    path("", views.worklist, name="worklist"),
    # /arbejdsliste/csv
    path("csv", views.worklist_csv, name="csv"),
]
