from celery import shared_task

from .services import holds_purge, slots_generate


@shared_task(name="delivery.slots_generate")
def slots_generate_task() -> int:
    return slots_generate()


@shared_task(name="delivery.holds_purge")
def holds_purge_task() -> int:
    return holds_purge()
