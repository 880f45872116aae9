from django.urls import path

from . import views

app_name = "delivery"

urlpatterns = [
    path("orders/<str:number>/time/", views.OrderSlotChangeView.as_view(), name="order-slot"),
    path("run-sheets/", views.RunSheetListView.as_view(), name="run-sheets"),
    path("run-sheets/<int:slot_id>/", views.RunSheetView.as_view(), name="run-sheet"),
    path("cash/", views.CashView.as_view(), name="cash"),
]
