from django.urls import path

from . import views

app_name = "staff-orders"

urlpatterns = [
    path("", views.OrderListView.as_view(), name="list"),
    path("<str:number>/", views.OrderDetailView.as_view(), name="detail"),
]
