# Two commands: `make run` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' crmdesk/__init__.py)
BUNDLE := dist/crmdesk-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: run test lint bench bench-1m screenshots clean bundle test-bundle install-desktop catalogues

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(VENV)/.bundle-tools: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $@

# The translations, compiled beside their sources (resources/locale/<language>/LC_MESSAGES and
# resources/translations); the wheel's build compiles its own (setup.py).
# `packaging/catalogues.py extract` gathers new texts.
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard resources/locale/*/LC_MESSAGES/crmdesk.po)) \
	$(patsubst %.ts,%.qm,$(wildcard resources/translations/crmdesk_*.ts))
$(CATALOGUES): $(STAMP) $(wildcard resources/locale/*/LC_MESSAGES/crmdesk.po resources/translations/crmdesk_*.ts)
	$(BIN)/python packaging/catalogues.py compile

catalogues: $(CATALOGUES)

run: $(STAMP) catalogues
	$(BIN)/crmdesk

lint: $(STAMP)
	$(BIN)/ruff check crmdesk tests
	$(BIN)/lint-imports

test: lint catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

# The program without Python: dist/crmdesk/ and a .tar.gz of it (packaging/crmdesk.spec).
bundle: $(VENV)/.bundle-tools catalogues
	rm -rf dist/crmdesk $(BUNDLE)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/crmdesk.spec
	tar -C dist -czf $(BUNDLE) crmdesk
	@echo "bundle: dist/crmdesk ($$(du -sh dist/crmdesk | cut -f1) unpacked), $(BUNDLE) ($$(du -h $(BUNDLE) | cut -f1))"

# Builds the bundle, then runs it with Python hidden (tests/test_bundle.py; needs root for the mount namespace).
test-bundle: bundle
	CRMDESK_BUNDLE=$(BUNDLE) $(BIN)/python -m pytest -m bundle tests/test_bundle.py

# The applications-menu entry and icon for this user, starting this tree's crmdesk.
install-desktop: $(STAMP)
	$(BIN)/crmdesk install-desktop

bench: $(STAMP) catalogues
	$(BIN)/python -m tests.benchmarks.bench_vault
	$(BIN)/python -m tests.benchmarks.bench_contacts
	$(BIN)/python -m tests.benchmarks.bench_startup
	$(BIN)/python -m tests.benchmarks.bench_team

# The contacts benchmark at a million contacts (about half an hour): one run
# of each import, and no scrolling to the bottom through the window.
bench-1m: $(STAMP)
	CRMDESK_BENCH_CONTACTS=1000000 CRMDESK_BENCH_RUNS=1 CRMDESK_BENCH_SCROLL=0 \
		$(BIN)/python -m tests.benchmarks.bench_contacts

# English for the README, then every window, dialog and paper in each other language at 1024×700
# (German and Polish are kept in the repository; French, Italian and Spanish are made to look at).
screenshots: $(STAMP) catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots docs/screenshots
	for code in de fr it es pl; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots docs/screenshots/$$code $$code || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
