from django.urls import path

from tilsyn.web.measures import views

app_name = "measures"

urlpatterns = [
    # /maalinger/
    path("", views.focus, name="focus"),
    # /maalinger/prognose/<kommune>/<interviews|offers> (the forecast and its action list)
    path("prognose/<str:municipality>/<str:measure>", views.forecast, name="forecast"),
]
