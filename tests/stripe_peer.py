"""A local Stripe peer for the tests: localstripe's aiohttp app, bound to
127.0.0.1 only and keeping its state in memory (its own command listens on
every interface and pickles its state to /tmp after each request).

    python tests/stripe_peer.py <port>
"""

import sys

from aiohttp import web
from localstripe import resources
from localstripe.server import app

resources.store.dump_to_disk = lambda: None

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
