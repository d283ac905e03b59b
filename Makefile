# Parley's front door. `make run` and `make test` are the two commands a
# fresh machine needs; the rest are their parts.

GO       ?= go
BIN      := bin/parley
# The test suite gets its own Neo4j (port 7688, data in .data/neo4j-test),
# so tests never touch the database Parley serves.
TEST_NEO4J_ENV := NEO4J_HOME_DIR=.data/neo4j-test NEO4J_BOLT_PORT=7688 \
	NEO4J_PID_FILE=.data/neo4j-test.pid NEO4J_LOG_FILE=.data/neo4j-test.log NEO4J_AUTH=false
TEST_NEO4J_URI := bolt://127.0.0.1:7688

.PHONY: all build run load-historian neo4j neo4j-stop test test-tools test-neo4j test-neo4j-stop test-unit lint ui ui-check bench bench-ui clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/parley

# Run Parley: start the local Neo4j unless NEO4J_URI points elsewhere, then
# serve (the server creates the schema and loads the seed itself).
run: build
	@if [ -z "$$NEO4J_URI" ]; then tools/neo4j/start.sh; fi
	./$(BIN) serve

# The Office of the Historian's travels and visits (README: "Real data").
# Importing again skips what is unchanged, so this can be rerun at will.
HISTORIAN_DATA ?= ../shared/data/historyatstate
load-historian: build
	@if [ -z "$$NEO4J_URI" ]; then tools/neo4j/start.sh; fi
	./$(BIN) import $(HISTORIAN_DATA)

neo4j:
	tools/neo4j/start.sh

neo4j-stop:
	tools/neo4j/stop.sh

# The whole suite, integration tests included, against a real Neo4j that
# this target starts; PARLEY_REQUIRE_NEO4J turns a would-be skip into a
# failure (and PARLEY_REQUIRE_SCHEMATHESIS does the same for the API contract
# test's schemathesis). Set KEEP_NEO4J=1 to leave the test server running.
# -timeout 30m: web and graph/store take 4-5 minutes each on a quiet 2-core
# machine under -race, twice that beside other work, and go test's default
# limit is 10 minutes a package; CI's whole run is bounded at 90.
test: test-neo4j test-tools
	@status=0; PATH="$(CURDIR)/$(VENV)/bin:$$PATH"; \
	PARLEY_TEST_NEO4J_URI=$(TEST_NEO4J_URI) PARLEY_REQUIRE_NEO4J=1 PARLEY_REQUIRE_SCHEMATHESIS=1 PARLEY_SOAK_SECONDS=60 \
		$(GO) test -race -count=1 -p 1 -timeout 30m ./... || status=$$?; \
	if [ -z "$$KEEP_NEO4J" ]; then $(MAKE) --no-print-directory test-neo4j-stop; fi; \
	exit $$status

# Test-only tools from PyPI, pinned, in a virtualenv of the repo's own so no
# system Python is changed: schemathesis checks the API against its OpenAPI
# document (web/openapi_contract_test.go).
VENV := .data/venv
SCHEMATHESIS_VERSION := 4.32.5
test-tools: $(VENV)/.schemathesis-$(SCHEMATHESIS_VERSION)

$(VENV)/.schemathesis-$(SCHEMATHESIS_VERSION):
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check schemathesis==$(SCHEMATHESIS_VERSION)
	@touch $@

test-neo4j:
	$(TEST_NEO4J_ENV) tools/neo4j/start.sh

test-neo4j-stop:
	$(TEST_NEO4J_ENV) tools/neo4j/stop.sh

# Unit tests only (no database needed).
test-unit:
	$(GO) test -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod tidy -diff

clean:
	rm -rf bin

# Build the explorer from web/ui into web/dist (committed, so Go builds
# need no Node); `npm ci` installs exactly what package-lock.json pins.
ui:
	cd web/ui && npm ci --no-audit --no-fund && npm run build

# CI: the committed web/dist is what `make ui` builds from the lock file.
ui-check: ui
	@git diff --exit-code --stat -- web/dist || { echo "web/dist is stale: run make ui and commit it"; exit 1; }
	@test -z "$$(git status --porcelain -- web/dist)" || { git status --short -- web/dist; echo "web/dist is stale: run make ui and commit it"; exit 1; }

# Benchmark (issue 6): 1,000,000 synthetic meetings through `parley import`,
# the per-record path and Neo4j's LOAD CSV, then /api/met and /api/graph under
# load; results and machine details go to BENCHMARKS.md. It starts its own
# Neo4j (port 7689, data in .data/neo4j-bench, wiped) and stops it at the end,
# so the dev (7687) and test (7688) databases are never touched.
# BENCH_FLAGS passes options to bench/driver (e.g. -meetings 100000).
.PHONY: bench-build bench-stop
bench-build:
	$(GO) build -o $(BIN) ./cmd/parley
	$(GO) build -o bin/parley-bench ./bench/driver

bench: bench-build
	./bin/parley-bench -bin $(BIN) -out BENCHMARKS.md $(BENCH_FLAGS)

bench-stop:
	NEO4J_HOME_DIR=.data/neo4j-bench NEO4J_PID_FILE=.data/neo4j-bench.pid tools/neo4j/stop.sh

# Browser benchmark (issue 4): the explorer with 5,000 nodes and 20,000
# edges in headless Chromium, on the system's OpenGL ES (a GPU, or Mesa's
# llvmpipe without one) and on SwiftShader; writes BENCHMARKS.md's explorer
# section. Needs no Neo4j. BENCH_UI_FLAGS passes options (go run ./bench/ui -h).
bench-ui:
	$(GO) run ./bench/ui -out BENCHMARKS.md $(BENCH_UI_FLAGS)
