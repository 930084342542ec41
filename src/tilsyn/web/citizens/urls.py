from django.urls import path

from tilsyn.web.citizens import views

app_name = "citizens"

urlpatterns = [
    # /borger/<pseudonym>/
    path("<str:person_id>/", views.citizen, name="citizen"),
    # /borger/<pseudonym>/cpr (POST: show the CPR number, logged)
    path("<str:person_id>/cpr", views.cpr, name="cpr"),
]
