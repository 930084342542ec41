from django.urls import path

from tilsyn.web.reviews import views

app_name = "reviews"

urlpatterns = [
    # /ledelsestilsyn/ — the queue of drawn cases
    path("", views.queue, name="queue"),
    # /ledelsestilsyn/udtraek (POST: draw and store a sample)
    path("udtraek", views.draw, name="draw"),
    # /ledelsestilsyn/statistik
    path("statistik", views.statistics, name="statistics"),
    # /ledelsestilsyn/kampagner
    path("kampagner", views.campaigns, name="campaigns"),
    # /ledelsestilsyn/berigtigelser (?format=csv|xlsx to export)
    path("berigtigelser", views.corrections, name="corrections"),
    # /ledelsestilsyn/<id>/
    path("<int:review_id>/", views.review, name="review"),
    # /ledelsestilsyn/<id>/<handling> (POST)
    path("<int:review_id>/<str:action>", views.act, name="act"),
]
