from django.urls import path

from tilsyn.web.measures import views

app_name = "measures"

urlpatterns = [
    # /maalinger/
    path("", views.focus, name="focus"),
]
