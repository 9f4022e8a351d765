# Padan: every target installs what it needs on a fresh Debian machine.
SWIFT      ?= swift
BIN        := .build/release
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_GET    := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
PREFIX     ?= /usr/local

.PHONY: all build deps test demo bench eval interop install clean serve test-browser browser-deps \
	fuzz test-sanitize test-sanitize-thread test-faults

all: build

## System libraries (libxml2, SQLite, zlib for DOCX) through pkg-config; installed when missing.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libxml-2.0 sqlite3 zlib; then \
		echo "installing libxml2-dev libsqlite3-dev zlib1g-dev pkg-config" >&2; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq libxml2-dev libsqlite3-dev zlib1g-dev pkg-config; \
	fi

## Release build of the padan binary.
build: deps
	$(SWIFT) build -c release --product padan

## Builds and runs every test (unit and end-to-end).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## The main job on the bundled example data, in a fresh store under .build/demo.
demo: build
	@bash Scripts/demo.sh

## Speed and memory figures against the peers named in the issues.
bench: deps
	$(SWIFT) build -c release
	@bash Scripts/bench.sh

## Accuracy on the team's own development sets.
eval: deps
	$(SWIFT) build -c release
	@bash Scripts/eval.sh

## Real CAT-tool clients read what Padan writes.
interop: build
	@bash Scripts/interop.sh

## padan, its glossaries and lexicon, shell completions and man page under PREFIX (default
## /usr/local; DESTDIR in front when set). The man page comes from swift-argument-parser's
## generate-manual plugin.
install: build
	$(SWIFT) package plugin generate-manual --configuration release
	@bash Scripts/install.sh "$(DESTDIR)$(PREFIX)" $(BIN) .build/plugins/GenerateManual/outputs/padan/padan.1
## The web workbench and HTTP API on the default memory; options in SERVE_ARGS (e.g. SERVE_ARGS="--memory desk.sqlite --port 8181").
serve: build
	$(BIN)/padan serve $(SERVE_ARGS)

## Headless Chromium and chromedriver (Debian), Selenium, requests, pytest and the OpenAPI validator (PyPI, in .build/browser-venv).
BROWSER_VENV := .build/browser-venv
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! python3 -m venv --help >/dev/null 2>&1; then \
		echo "installing chromium chromium-driver python3-venv" >&2; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq chromium chromium-driver python3-venv; \
	fi
	@if ! [ -x $(BROWSER_VENV)/bin/pytest ]; then \
		python3 -m venv $(BROWSER_VENV) && $(BROWSER_VENV)/bin/pip install -q \
			selenium==4.51.0 requests==2.34.2 openapi-spec-validator==0.9.0 pytest==9.2.0; \
	fi

## The four pages in a real browser and the API through a real client, against `padan serve` on a free loopback port; saves Docs/screenshots/.
test-browser: deps browser-deps
	$(SWIFT) build --build-tests  # the same flags as make test: no rebuild right after it
	bash Tests/browser/run.sh "$$($(SWIFT) build --show-bin-path)/padan"

## libFuzzer targets of Fuzz/, FUZZ_SECONDS (default 60) each; fails on a crash, sanitizer
## report, leak or broken property.
fuzz: deps
	@bash Scripts/fuzz.sh

## The test suite under AddressSanitizer, the concurrent parts under ThreadSanitizer.
test-sanitize: deps
	@bash Scripts/test-sanitize.sh

## Only the ThreadSanitizer part (what CI runs).
test-sanitize-thread: deps
	@bash Scripts/test-sanitize.sh thread

## Faults at the worst moment: SIGKILL during writes, a full disk, hostile XML.
test-faults: deps
	@bash Scripts/kill-test.sh
	@bash Scripts/disk-full-test.sh
	@bash Scripts/hostile-xml-test.sh

clean:
	rm -rf .build
