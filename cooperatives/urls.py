from django.urls import path

from . import views

app_name = "manage"

urlpatterns = [
    path("", views.ManageIndexView.as_view(), name="index"),
    path("<slug:cooperative>/", views.ProductListView.as_view(), name="products"),
    path(
        "<slug:cooperative>/products/new/", views.ProductEditView.as_view(), name="product-create"
    ),
    path(
        "<slug:cooperative>/products/<int:pk>/",
        views.ProductEditView.as_view(),
        name="product-edit",
    ),
    path(
        "<slug:cooperative>/products/<int:pk>/active/",
        views.ProductActiveView.as_view(),
        name="product-active",
    ),
    path(
        "<slug:cooperative>/products/<int:pk>/stock/",
        views.ProductStockView.as_view(),
        name="product-stock",
    ),
    path(
        "<slug:cooperative>/products/<int:pk>/photos/",
        views.ProductPhotoAddView.as_view(),
        name="product-photo-add",
    ),
    path(
        "<slug:cooperative>/products/<int:pk>/photos/<int:image_pk>/delete/",
        views.ProductPhotoDeleteView.as_view(),
        name="product-photo-delete",
    ),
    path("<slug:cooperative>/stock/", views.StockHistoryView.as_view(), name="stock-history"),
    path(
        "<slug:cooperative>/stock/export.csv", views.StockExportView.as_view(), name="stock-export"
    ),
    path("<slug:cooperative>/stock/import/", views.StockImportView.as_view(), name="stock-import"),
    path("<slug:cooperative>/orders/", views.OrderLinesView.as_view(), name="order-lines"),
    path(
        "<slug:cooperative>/orders/<int:part_id>/status/",
        views.OrderPartMoveView.as_view(),
        name="order-part-move",
    ),
    path("<slug:cooperative>/members/", views.MemberListView.as_view(), name="members"),
    path("<slug:cooperative>/members/new/", views.MemberEditView.as_view(), name="member-create"),
    path(
        "<slug:cooperative>/members/<int:pk>/", views.MemberEditView.as_view(), name="member-edit"
    ),
]
