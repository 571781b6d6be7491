# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA := data
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180

.PHONY: install run test lint typecheck unit server bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Ingest seeds/ with Prefect's embedded server; state stays in the git-ignored data folder.
run: $(STAMP)
	mkdir -p $(DATA)/prefect-home
	PREFECT_HOME=$(CURDIR)/$(DATA)/prefect-home $(BIN)/pressreview ingest seeds --warehouse $(DATA)/warehouse

# Prefect server and UI on http://127.0.0.1:4200; state (SQLite) in the git-ignored data folder.
# Point runs at it with PREFECT_API_URL=http://127.0.0.1:4200/api (README: the Prefect UI).
server: $(STAMP)
	mkdir -p $(DATA)/prefect-server
	PREFECT_HOME=$(CURDIR)/$(DATA)/prefect-server \
	PREFECT_SERVER_DATABASE_CONNECTION_URL=sqlite+aiosqlite:///$(CURDIR)/$(DATA)/prefect-server/prefect.db \
	$(BIN)/prefect server start --host 127.0.0.1 --port 4200 --analytics-off

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy transforms warehouse flows

test: lint typecheck
	$(BIN)/pytest -q

unit: $(STAMP)
	$(BIN)/pytest -q -m "not slow"

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache .mypy_cache .ruff_cache
