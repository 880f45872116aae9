"""Settings come from the environment; production settings pass Django's deploy checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _manage(*args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(DJANGO_SETTINGS_MODULE="marketplace.settings", **env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "hunarbazaar.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://hunarbazaar.example.org",
}


def test_production_settings_pass_deploy_checks():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = _manage("check", **env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_sqlite_by_default_with_immediate_transactions():
    from django.conf import settings

    database = settings.DATABASES["default"]
    if "DATABASE_URL" in os.environ:
        assert database["ENGINE"] == "django.db.backends.postgresql"
    else:
        assert database["ENGINE"] == "django.db.backends.sqlite3"
        assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
        assert database["OPTIONS"]["timeout"] >= 5


def test_celery_is_eager_only_without_a_broker():
    from django.conf import settings

    assert settings.CELERY_TASK_ALWAYS_EAGER is (not os.environ.get("REDIS_URL"))
