"""Background jobs run by a real Celery worker process on the real broker."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _test_database_url():
    """The URL of the database this test run uses (the test database)."""
    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        return f"sqlite:///{name}"
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def celery_queue():
    """A queue of this test's own, so no other worker takes its jobs."""
    from marketplace.celery import app

    name = f"test-{uuid.uuid4().hex[:10]}"
    previous = app.conf.task_default_queue
    app.conf.task_default_queue = name
    yield name
    app.conf.task_default_queue = previous


@pytest.fixture
def start_worker(celery_queue, tmp_path):
    processes = []

    def start():
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": _test_database_url(),
            "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        }
        log = open(tmp_path / "worker.log", "w")  # noqa: SIM115 - closed below
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "marketplace",
                "worker",
                "--pool=solo",
                "--queues",
                celery_queue,
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        processes.append((process, log))
        return tmp_path / "worker.log"

    yield start
    for process, log in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _thumbnails(image):
    """The resized copies sorl-thumbnail has recorded for ``image``.

    Read from its key-value store without making any (get_thumbnail would).
    """
    from sorl.thumbnail import default
    from sorl.thumbnail.images import ImageFile

    keys = default.kvstore._get(ImageFile(image.original).key, identity="thumbnails") or []
    return [thumbnail for key in keys if (thumbnail := default.kvstore._get(key))]


def test_photo_widths_are_made_by_the_worker_after_upload(start_worker, site_pages):
    from .factories import ProductFactory

    assert not settings.CELERY_TASK_ALWAYS_EAGER
    product = ProductFactory(title_en="Swati shawl", image=True)
    image = product.images.get()
    # Queued on commit; no worker yet, so nothing is made in this process.
    time.sleep(0.5)
    assert _thumbnails(image) == []

    log_path = start_worker()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_thumbnails(image)) < 3:
        time.sleep(0.5)
    thumbnails = _thumbnails(image)
    assert sorted(t.width for t in thumbnails) == [160, 320, 640], log_path.read_text()
    for thumbnail in thumbnails:
        assert thumbnail.storage.exists(thumbnail.name)
    assert "catalogue.product_image_thumbnails_warm" in log_path.read_text()


def test_low_stock_mail_is_sent_by_the_worker_from_the_outbox(start_worker, site_pages):
    """The stock change commits with its outbox row; the worker sends it and marks it sent."""
    from notifications.models import OutboxMessage
    from partner.stock import stock_set

    from .factories import CooperativeFactory, ProductFactory, UserFactory

    cooperative = CooperativeFactory()
    leader = UserFactory(username="leader.worker", email="leader.worker@example.org")
    cooperative.partner.users.add(leader)
    product = ProductFactory(title_en="Swati shawl", cooperative=cooperative, stock=10)
    stockrecord = product.stockrecords.get()
    stockrecord.low_stock_threshold = 3
    stockrecord.save()
    stock_set(stockrecord=stockrecord, quantity=2, reason="manual")
    message = OutboxMessage.objects.get(to="leader.worker@example.org")
    time.sleep(0.5)
    message.refresh_from_db()
    assert message.status == "pending", "nothing is sent before a worker runs"

    log_path = start_worker()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and message.status != "sent":
        time.sleep(0.5)
        message.refresh_from_db()
    log = log_path.read_text()
    assert message.status == "sent", log
    assert "Low stock: Swati shawl (2 left)" in log  # the console mail backend's output
