# SalonDesk — the two commands a new user needs:
#   make run    set up (.venv, pip, Debian libraries Qt needs) and start the app
#   make test   set up with the test extras and run every check and the whole suite
# Everything else here is for developers.

VENV   ?= .venv
BIN    := $(VENV)/bin
ARGS   ?=

.DEFAULT_GOAL := help
.PHONY: help run test setup setup-test forms forms-check i18n i18n-check \
        lint fmt typecheck imports check pytest soak clean lock bundle test-bundle deb

help:  ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

run: setup  ## set up and start SalonDesk (make run ARGS="--lang zh_CN")
	@if [ "$$(uname)" = Linux ] && [ -z "$${DISPLAY}$${WAYLAND_DISPLAY}$${QT_QPA_PLATFORM}" ]; then \
	    echo "!!! No display found (DISPLAY is not set): the window cannot open here."; \
	    echo "!!! Start it from the desktop, or on a server: xvfb-run -a make run   (Debian: apt-get install xvfb xauth)"; \
	    exit 1; \
	fi
	$(BIN)/salondesk $(ARGS)

test:  ## set up, start a throwaway PostgreSQL, run every check and the whole suite
	@bash scripts/bootstrap.sh test
	@bash scripts/pg_throwaway.sh bash scripts/check.sh

setup:  ## .venv + pip install -e . + Debian libraries Qt needs
	@bash scripts/bootstrap.sh run

setup-test:  ## .venv + pip install -e '.[test]' + Qt libraries, PDF tools, PostgreSQL
	@bash scripts/bootstrap.sh test

forms:  ## regenerate salondesk/ui/forms/ui_*.py from forms/*.ui
	$(BIN)/python scripts/build_forms.py

forms-check:  ## fail if a generated form is stale, missing or orphaned
	$(BIN)/python scripts/build_forms.py --check

i18n:  ## extract strings into resources/i18n/<area>_zh_CN.ts (then translate them)
	$(BIN)/python scripts/i18n.py update

i18n-check:  ## fail on unfinished, empty or not-yet-extracted translations
	$(BIN)/python scripts/i18n.py check

lint:  ## ruff check + ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt:  ## ruff --fix + ruff format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck:  ## mypy
	$(BIN)/mypy salondesk

imports:  ## import-linter contracts (no Qt below the ui layer)
	$(BIN)/lint-imports

check: forms-check lint typecheck imports i18n-check  ## every gate but the test suite

pytest:  ## only the test suite, SQLite only, offscreen (make pytest ARGS=tests/unit)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(or $(ARGS),tests)

HOURS  ?= 12
soak:  ## the real window through HOURS simulated hours (default 12): leaks, RSS, None refcount
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.soak.soak --hours $(HOURS)

lock:  ## refresh requirements/*.txt (every package pinned with hashes) from pyproject.toml
	$(BIN)/python -m pip install -q uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q -o requirements/run.txt
	$(BIN)/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 --generate-hashes -q -o requirements/test.txt
	$(BIN)/uv pip compile pyproject.toml --extra bundle --universal --python-version 3.11 --generate-hashes -q -o requirements/bundle.txt

bundle: setup  ## PyInstaller folder bundle in dist/SalonDesk (packaging/README.md)
	@bash packaging/build_bundle.sh

test-bundle: bundle  ## smoke-test the bundle: demo, Chinese report, main window (offscreen)
	@bash packaging/test_bundle.sh dist/SalonDesk

deb: bundle  ## Debian package from the bundle: dist/salondesk_VERSION_ARCH.deb (installs to /opt/salondesk)
	@bash packaging/linux/build_deb.sh dist/SalonDesk

clean:  ## remove caches and compiled translations (keeps .venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +
