"""Settings for the test suite: the project's own settings, read with the
development defaults (plain HTTP, no secure-only cookies) so the test client
and the live server work; ``test_deploy_check`` checks production settings.
Photos uploaded by tests go to a temporary folder of the run, not ``var/media``.
"""

import os
import tempfile

os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
# Photos go to a folder of this run's own (removed at its end): two runs at
# once on one machine must not delete each other's files. Processes the run
# starts (the Celery worker) inherit it through the environment.
os.environ["DJANGO_MEDIA_ROOT"] = os.environ.setdefault(
    "HUNAR_TEST_MEDIA_ROOT", tempfile.mkdtemp(prefix="hunar-test-media-")
)

from marketplace.settings import *  # noqa: E402, F403

# Card payments are off unless a test turns them on against the local Stripe
# peer (the ``stripe_peer`` fixture), whatever the shell's environment says.
STRIPE_SECRET_KEY = ""
STRIPE_PUBLISHABLE_KEY = ""
STRIPE_WEBHOOK_SECRET = ""
STRIPE_API_BASE = ""
