from celery import shared_task

from .services import payments_settle


@shared_task(name="payments.payments_settle")
def payments_settle_task():
    return payments_settle()
