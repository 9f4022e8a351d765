# Padan: every target installs what it needs on a fresh Debian machine.
SWIFT      ?= swift
BIN        := .build/release
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_GET    := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: all build deps test demo bench eval interop clean fuzz test-sanitize test-sanitize-thread test-faults

all: build

## System libraries (libxml2, SQLite) through pkg-config; installed when missing.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libxml-2.0 sqlite3; then \
		echo "installing libxml2-dev libsqlite3-dev pkg-config" >&2; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq libxml2-dev libsqlite3-dev pkg-config; \
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
