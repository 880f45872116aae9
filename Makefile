# Hunar Bazaar. `make demo` runs the site with demo data; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo serve migrate test test-fast lint format check messages messages-check bench clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11) and "Python 3.11 is needed (found %s)" % sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	@echo "Migrating the database (the first time: about 320 migrations, under a minute)…"
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input -v 0

demo: migrate
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_demo
	@echo "Serving at http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

serve: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole suite. Browser, PostgreSQL and worker tests run when their
# service is there (Chromium, DATABASE_URL, REDIS_URL) and say why when not.
test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Everything but the browser and worker tests.
test-fast: install
	$(BIN)/pytest -m "not browser and not worker" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py check
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

# Interface strings (needs GNU gettext): `messages` extracts the project's
# strings into locale/ur/ and compiles both catalogues; `messages-check` fails
# when a string in the code has no Urdu.
messages: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemessages -l ur --no-obsolete \
		--ignore=.venv --ignore=tests --ignore=build --ignore=var --ignore=static \
		--ignore=test-artifacts --ignore='*.egg-info'
	DJANGO_DEBUG=1 $(BIN)/python manage.py compilemessages -l ur --ignore=.venv

messages-check: install
	$(BIN)/python scripts/check_messages.py

# Queries and time per page, on the demo data.
bench: migrate
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_demo > /dev/null
	$(BIN)/python scripts/bench_pages.py
	$(BIN)/python scripts/bench_slots.py

clean:
	rm -rf $(VENV) .test-db.sqlite3 test-artifacts
