from celery import shared_task

from .services import outbox_deliver, outbox_flush


@shared_task(name="notifications.outbox_deliver")
def outbox_deliver_task(message_id: int) -> bool:
    return outbox_deliver(message_id=message_id)


@shared_task(name="notifications.outbox_flush")
def outbox_flush_task() -> int:
    return outbox_flush()
