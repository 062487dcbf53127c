# hirecalc: build, run and test the hiring calculator.
#
# `make test` runs every check the project has; `.ci/run` calls it on a fresh
# Debian machine. The wasm is built once per run (web/app.wasm is a file
# target) and the browser tests use that build.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

GO          ?= go
VERSION     ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
ADDR        ?= localhost:8000
DIST        ?= dist
CHROMIUM    ?= /usr/bin/chromium
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
BENCH_OUT   ?= bench.txt

WASM := web/app.wasm
BIN  := bin/hirecalc
# The go-app floor app make bench compares hirecalc with (cmd/hirecalc/e2e/floor).
FLOOR_WASM := bin/floor/app.wasm
# The version is linked into main.version (cmd/hirecalc/main.go). It names the
# service worker's cache, so it must change whenever a served file changes: a
# clean tree gets `git describe`; a dirty tree gets no -X, and hirecalc then
# derives "<revision>-<hash of web/>" itself, so that every rebuilt app.wasm
# reaches installed apps during development.
VERSION_VAR := main.version
LDVERSION    = $(if $(findstring dirty,$(VERSION)),,-X $(VERSION_VAR)=$(VERSION))

# Everything the binaries are built from: Go files (not tests) and embedded
# files of app/, data/ and cmd/, minus the browser tests, plus the module files
# and this Makefile (its build flags).
BUILD_INPUTS := Makefile go.mod go.sum $(shell find app data cmd -type f \
	! -name '*_test.go' ! -path '*/testdata/*' ! -path 'cmd/hirecalc/e2e/*' 2>/dev/null)

# Domain packages: plain Go, never go-app or syscall/js.
DOMAIN_PKGS = $(shell $(GO) list ./app/... ./data/... | grep -v -e '^hirecalc/app/ui$$' -e '^hirecalc/app/ui/')

.PHONY: help
help: ## List the targets.
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo
	@echo "  Variables: VERSION=$(VERSION) ADDR=$(ADDR) DIST=$(DIST) CHROMIUM=$(CHROMIUM)"

# bin/version.stamp changes only when VERSION does, so a new version rebuilds
# the binaries and an unchanged one does not.
bin/version.stamp: FORCE
	@mkdir -p bin
	@echo '$(VERSION)' | cmp -s - $@ || echo '$(VERSION)' > $@

.PHONY: FORCE
FORCE:

# The wasm carries no version (the page reads it from go-app's app.js), so a
# new version alone does not rebuild it.
#
# WASM_GCFLAGS turns inlining off: app.wasm grows raw (8.65 MB -> 9.23 MB) but
# shrinks by 8% once compressed with brotli -q 11 (1.707 MB -> 1.575 MB on
# 2026-11-27), and the compressed size is what users download. The engine's
# answer to a key press stays far below a frame (make bench measures it).
WASM_GCFLAGS ?= all=-l
# GOWASM lets the compiler use two WebAssembly 2.0 features every current
# browser has (saturating float-to-int conversion, sign extension), which
# saves a little more (1,602,110 -> 1,598,411 bytes brotli -q 11).
GOWASM ?= satconv,signext
export GOWASM
# WASM_BUILD is the wasm build command, for hirecalc and for the floor app
# of make bench alike: the floor must be built exactly as hirecalc is.
WASM_BUILD = GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -gcflags='$(WASM_GCFLAGS)'
$(WASM): $(BUILD_INPUTS)
	$(WASM_BUILD) -o $@ ./cmd/hirecalc

$(FLOOR_WASM): Makefile go.mod go.sum $(shell find cmd/hirecalc/e2e/floor -name '*.go' ! -name '*_test.go' 2>/dev/null)
	@mkdir -p $(dir $@)
	$(WASM_BUILD) -o $@ ./cmd/hirecalc/e2e/floor

$(BIN): $(BUILD_INPUTS) bin/version.stamp
	$(GO) build -ldflags '$(LDVERSION)' -o $@ ./cmd/hirecalc

.PHONY: wasm
wasm: $(WASM) ## Build the WebAssembly client (web/app.wasm).

.PHONY: native
native: $(BIN) ## Build the native binary (bin/hirecalc: serve, build, advise, check).

.PHONY: run
run: $(WASM) $(BIN) ## Build and serve the app (ADDR=localhost:8000).
	$(BIN) serve -addr $(ADDR)

.PHONY: build
build: $(WASM) $(BIN) ## Write the static site to dist/ (make build DIST=dir).
	$(BIN) build -o $(DIST)

# The Go files of the project: tracked or not yet added, minus git-ignored ones
# (dist/, scratch folders); every Go file outside a git work tree.
GO_FILES = $(shell git ls-files -co --exclude-standard -- '*.go' 2>/dev/null || find . -name '*.go' -not -path './dist/*')

.PHONY: fmt
fmt: ## Check that every Go file is gofmt-formatted.
	@out="$$(gofmt -l $(GO_FILES))"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi; \
	echo "gofmt: $(words $(GO_FILES)) files formatted"

.PHONY: vet
vet: ## Run go vet natively and for js/wasm.
	$(GO) vet ./...
	@# Packages whose files are all native-only (//go:build !wasm) have nothing
	@# to vet under js/wasm: list only the packages that have files there.
	GOOS=js GOARCH=wasm $(GO) vet $$(GOOS=js GOARCH=wasm $(GO) list -e -f '{{if or .GoFiles .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' ./...)

.PHONY: staticcheck
staticcheck: ## Run staticcheck (pinned version).
	$(GO) run $(STATICCHECK) ./...

# The check runs natively, and for js/wasm too, where files named *_js.go or
# *_wasm.go would bring syscall/js in unseen by the native listing. Under
# js/wasm the standard library itself uses syscall/js, so for syscall/js only
# the imports of non-standard packages count; go-app counts anywhere.
.PHONY: purity
purity: ## Check that the domain packages import neither go-app nor syscall/js.
	@bad=0; for p in $(DOMAIN_PKGS); do \
		for target in native js/wasm; do \
			if [ $$target = native ]; then env=; else env="GOOS=js GOARCH=wasm"; fi; \
			deps="$$(env $$env $(GO) list -e -deps -f '{{if not .Standard}}{{.ImportPath}}{{range .Imports}} {{.}}{{end}}{{end}}' $$p | \
				tr ' ' '\n' | grep -E '^(github\.com/maxence-charriere/go-app|syscall/js$$)' | sort -u | tr '\n' ' ' || true)"; \
			if [ -n "$$deps" ]; then echo "$$p ($$target) depends on: $$deps"; bad=1; fi; \
		done; \
	done; \
	if [ $$bad = 1 ]; then echo "domain packages must import only the standard library and hirecalc/data"; exit 1; fi; \
	echo "purity: $(words $(DOMAIN_PKGS)) domain packages import neither go-app nor syscall/js"

.PHONY: check
check: fmt vet staticcheck purity ## Static checks: gofmt, vet (native and wasm), staticcheck, purity.

.PHONY: chromium
chromium: ## Make sure Chromium is installed for the browser tests (installs it on Debian as root).
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "Chromium is missing: installing it with apt-get"; \
		apt-get update; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium brotli fonts-liberation; \
	elif command -v apt-get >/dev/null && sudo -n true 2>/dev/null; then \
		echo "Chromium is missing: installing it with sudo apt-get"; \
		sudo apt-get update; \
		sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium brotli fonts-liberation; \
	else \
		echo "The browser tests need Chromium at $(CHROMIUM)."; \
		echo "Install it: sudo apt-get install -y --no-install-recommends chromium brotli fonts-liberation (Debian/Ubuntu),"; \
		echo "or point CHROMIUM=/path/to/chromium at another Chromium or Chrome."; \
		exit 1; \
	fi; \
	test -x "$(CHROMIUM)" || { echo "Chromium is still missing at $(CHROMIUM)"; exit 1; }

# axe-core, which the accessibility tests inject into the pages, pinned
# with its integrity hash in cmd/hirecalc/e2e/package-lock.json. npm ci
# installs exactly that into cmd/hirecalc/e2e/node_modules (git-ignored),
# again whenever the lock file changes.
E2E_DIR  := cmd/hirecalc/e2e
AXE      := $(E2E_DIR)/node_modules/axe-core/axe.min.js
NPM      ?= npm

$(AXE): $(E2E_DIR)/package.json $(E2E_DIR)/package-lock.json
	@command -v $(NPM) >/dev/null || { \
		echo "The accessibility tests need npm to install axe-core."; \
		echo "Install it: sudo apt-get install -y --no-install-recommends nodejs npm (Debian/Ubuntu)."; \
		exit 1; }
	cd $(E2E_DIR) && $(NPM) ci --no-audit --no-fund
	@touch $@

.PHONY: npm
npm: $(AXE) ## Install the browser tests' npm packages (axe-core, pinned) with npm ci.

.PHONY: unit
unit: ## Run the Go tests except the browser tests (unit, component, golden, examples).
	$(GO) test $$($(GO) list ./... | grep -v '^hirecalc/cmd/hirecalc/e2e$$')

.PHONY: e2e
e2e: $(WASM) chromium $(AXE) ## Run the browser tests and the wasm size budget (cmd/hirecalc/e2e).
	HIRECALC_CHROMIUM=$(CHROMIUM) HIRECALC_WASM_GCFLAGS='$(WASM_GCFLAGS)' $(GO) test -v -timeout 12m $(E2EFLAGS) ./cmd/hirecalc/e2e

.PHONY: test
test: chromium $(AXE) $(WASM) check unit e2e ## Run everything: check, unit tests, browser tests and the size budget.

# The comparison with the floor (TestBench) prints its progress on stderr
# and its table on stdout, which goes to bench.txt with the rest.
.PHONY: bench
bench: $(WASM) $(FLOOR_WASM) chromium ## Run the benchmarks, wasm sizes and the load and key-press comparison with the go-app floor; write bench.txt.
	@{ \
		echo "# hirecalc benchmarks, version $(VERSION), $$(date -u +%Y-%m-%dT%H:%M:%SZ)"; \
		echo "# $$($(GO) version), $$(nproc) cores, load average $$(cut -d" " -f1-3 /proc/loadavg)"; \
		echo; \
		$(GO) test -run '^$$' -bench . -benchmem ./app/... ./data/...; \
		echo; \
		echo "# wasm size (bytes)"; \
		printf 'raw        %12d\n' "$$(wc -c < $(WASM))"; \
		printf 'gzip -9    %12d\n' "$$(gzip -9 -c $(WASM) | wc -c)"; \
		if command -v brotli >/dev/null; then \
			printf 'brotli -q11 %11d\n' "$$(brotli -q 11 -c $(WASM) | wc -c)"; \
		else echo "brotli: not installed (apt-get install brotli)"; fi; \
		printf 'floor raw  %12d\n' "$$(wc -c < $(FLOOR_WASM))"; \
		printf 'floor gzip -9 %9d\n' "$$(gzip -9 -c $(FLOOR_WASM) | wc -c)"; \
		echo "(the floor's brotli size is at the end of the comparison below)"; \
		echo; \
		table="$$(mktemp)"; \
		HIRECALC_CHROMIUM=$(CHROMIUM) HIRECALC_WASM_GCFLAGS='$(WASM_GCFLAGS)' HIRECALC_BENCH=1 \
			HIRECALC_FLOOR_WASM=$(abspath $(FLOOR_WASM)) HIRECALC_BENCH_TABLE="$$table" \
			$(GO) test -count=1 -run '^TestBench$$' -v -timeout 20m ./cmd/hirecalc/e2e >&2; \
		cat "$$table"; rm -f "$$table"; \
	} | tee $(BENCH_OUT)

.PHONY: clean
clean: ## Remove build outputs (bin/, dist/, web/app.wasm*, e2e artefacts and npm packages).
	rm -rf bin $(DIST) web/app.wasm web/app.wasm.br web/app.wasm.gz $(E2E_DIR)/artifacts $(E2E_DIR)/node_modules
