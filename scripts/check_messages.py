"""Fail when an interface string marked for translation has no Urdu.

Extracts the project's strings afresh (Django's ``makemessages``, which needs
GNU gettext) into a scratch copy of ``locale/``, then lists every string that
the committed catalogue lacks or leaves untranslated. The committed files are
left as they are. ``make messages`` updates them for real.

Run with `make messages-check` or `.venv/bin/python scripts/check_messages.py`.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PO = Path("ur/LC_MESSAGES/django.po")
# What makemessages must not walk into (besides its own defaults).
IGNORE = [".venv", "tests", "build", "var", "static", "test-artifacts", "*.egg-info"]


def translated(path):
    with path.open("rb") as f:
        catalog = read_po(f)
    done = set()
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.id and all(strings) and not message.fuzzy:
            done.add((message.context, message.id))
    return done


def main():
    committed = translated(ROOT / "locale" / PO)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / "project"
        shutil.copytree(
            ROOT, work, ignore=shutil.ignore_patterns(*IGNORE, ".git", "locale-libraries")
        )
        env = dict(os.environ, DJANGO_DEBUG="1", DJANGO_SETTINGS_MODULE="marketplace.settings")
        command = [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "ur",
            "--no-obsolete",
            "-v",
            "0",
        ]
        command += [f"--ignore={pattern}" for pattern in IGNORE]
        subprocess.run(command, cwd=work, env=env, check=True)  # noqa: S603 - our own manage.py
        with (work / "locale" / PO).open("rb") as f:
            extracted = {(m.context, m.id) for m in read_po(f) if m.id}
    missing = sorted(extracted - committed, key=str)
    for context, msgid in missing:
        label = msgid if isinstance(msgid, str) else msgid[0]
        print(f"no Urdu for: {label!r}" + (f" (context {context!r})" if context else ""))
    stale = len(committed - extracted)
    print(
        f"{len(extracted)} strings in the code, {len(missing)} without Urdu, "
        f"{stale} translated but no longer used"
    )
    if missing:
        print("Run `make messages`, translate the new entries in locale/ur/, run it again.")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
