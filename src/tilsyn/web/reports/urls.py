from django.urls import path

from tilsyn.web.reports import views

app_name = "reports"

urlpatterns = [
    # /rapporter/
    path("", views.index, name="index"),
    path("maanedsopgoerelse.<str:fmt>", views.monthly, name="monthly"),
    path("genopretningsplan.<str:fmt>", views.recovery, name="recovery"),
    path("revisionsudtraek.<str:fmt>", views.auditor, name="auditor"),
    path("udvalgsrapport.<str:fmt>", views.committee, name="committee"),
    path("redegoerelse/<int:letter_id>.<str:fmt>", views.statement, name="statement"),
]
