# The project's commands. `make run` and `make test` are all a new machine needs.

GO       ?= go

.PHONY: test test-unit fuzz

## test: every test — rules, command line, fuzzing for a fixed time
test: test-unit fuzz

# The browser tests (cmd/widget) run without the race detector: what they exercise runs as
# WebAssembly in Chromium, where there is none, and on 2 cores -race there only slowed
# the Go driver enough to crowd the browser. Every other package runs with it.
test-unit: node_modules/axe-core/axe.min.js
	$(GO) vet ./...
	$(GO) test -race -count=1 $$($(GO) list ./... | grep -v '/cmd/widget$$')
	$(GO) test -count=1 -timeout 30m ./cmd/widget

.PHONY: soak
SOAK ?= 3
## soak: the browser tests SOAK times over beside two CPU-bound loops, each failure by name (SOAK_RUN='TestX|TestY', SOAK_BURNERS=2)
soak: node_modules/axe-core/axe.min.js
	bash .ci/soak $(SOAK)

# axe-core, pinned in package.json and package-lock.json, which the accessibility test
# injects into every page it checks.
node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Each fuzz target runs a fixed number of inputs beyond its seed corpus (which test-unit
# already ran): the answers decoder, the JSON tokens against encoding/json's Decoder,
# Assess's invariants, the share-link decoder, the input normaliser, the .xlsx reader and
# its shortcut for numbers. (The HTML writer's fuzz runs its seeds only, in test-unit.)
# A count, not a time: go1.26's coordinator can fail a -fuzztime run at its deadline with
# "context deadline exceeded" and no crasher when a loaded machine is slow to stop its
# workers (go.dev/issue/75804, fixed in go1.27); a count has no deadline to race. Each
# count is about 15 s on a quiet 2-core machine. FUZZTIME=60s fuzzes every target for a
# time instead.
FUZZ_TARGETS = FuzzDecode:./rules:500000 FuzzTokens:./rules:500000 FuzzAssess:./rules:5000 \
	FuzzShareLink:./rules/sharelink:600000 FuzzParseMoney:./rules/input:600000 \
	FuzzReadSheet:./rules/batch:40000 FuzzExcelNumber:./rules/batch:300000
FUZZTIME ?=
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  name=$${t%%:*}; rest=$${t#*:}; pkg=$${rest%%:*}; n=$${rest#*:}; \
	  budget=$${n}x; [ -z '$(FUZZTIME)' ] || budget='$(FUZZTIME)'; \
	  echo "$(GO) test -run='^$$' -fuzz='^$$name\$$' -fuzztime=$$budget -fuzzminimizetime=100x $$pkg"; \
	  $(GO) test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$$budget -fuzzminimizetime=100x $$pkg; \
	done

# ---- the widget ----
# Our own packages are compiled without inlining: the WebAssembly is smaller by about
# 30 KB of brotli, and nothing of ours is hot enough to miss it (make bench measures).
WASMFLAGS  ?= -trimpath -ldflags='-s -w' -gcflags='baotou-widget/...=-l'
BASE       ?=
PUBLIC_URL ?=
ISSUED     ?=
# The department's contact for applicants, shown in every earned item's next steps.
CONTACT_ZH ?=
CONTACT_EN ?=
ADDR       ?= 127.0.0.1:8000
DIST       ?= dist

.PHONY: wasm static run
# app.wasm is the questionnaire; batch.wasm the officers' batch, which /officers runs in a
# Web Worker (web/batch-worker.js) and which the questionnaire never downloads.
wasm:
	mkdir -p $(DIST)/web
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $(DIST)/web/app.wasm ./cmd/widget
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $(DIST)/web/batch.wasm ./cmd/batchworker

## static: the static website in dist/ (BASE=/widget for a sub-path, PUBLIC_URL=https://… for links,
## ISSUED=2025-01-01 for the policy's validity, CONTACT_ZH='…' CONTACT_EN='…' the department's contact)
static: wasm
	$(GO) run ./cmd/widget static -out $(DIST) -base '$(BASE)' -public-url '$(PUBLIC_URL)' -issued '$(ISSUED)' \
	  -contact-zh '$(CONTACT_ZH)' -contact-en '$(CONTACT_EN)'

## run: build and serve the widget on http://127.0.0.1:8000
run: static
	$(GO) run ./cmd/widget serve -dir $(DIST) -addr $(ADDR) -base '$(BASE)'

CHROMIUM   ?= /usr/bin/chromium
SHOT_URL   ?= /
SHOT_SIZES ?= 1280,1800 360,1600
SHOT_NAME  ?= widget
SHOT_ADDR  ?= 127.0.0.1:8765

.PHONY: screenshot
## screenshot: screenshots of a page in screenshots/NAME-WIDTH.png (SHOT_URL=/?lang=en, SHOT_SIZES="1024,768", SHOT_NAME=brief, SHOT_ADDR=127.0.0.1:8766)
screenshot: static
	mkdir -p screenshots
	$(GO) build -o $(DIST)/.widget-server ./cmd/widget
	$(DIST)/.widget-server serve -dir $(DIST) -addr $(SHOT_ADDR) & pid=$$!; sleep 1; \
	kill -0 $$pid || { echo "cannot serve on $(SHOT_ADDR) (taken?): set SHOT_ADDR" >&2; exit 1; }; \
	for size in $(SHOT_SIZES); do \
	  $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking \
	    --disable-component-update --disable-sync --no-first-run --user-data-dir=$$(mktemp -d) \
	    --hide-scrollbars --window-size=$$size --virtual-time-budget=15000 \
	    --screenshot=screenshots/$(SHOT_NAME)-$${size%%,*}.png "http://$(SHOT_ADDR)$(SHOT_URL)" 2>/dev/null; \
	done; kill $$pid
	@ls screenshots

.PHONY: bench
## bench: size, load, offline and keystroke figures against go-app's floor (dist/bench.json)
## (BENCH_FLAGS='-only keystroke,sizes -tree ../other-checkout' …: see go doc ./cmd/bench)
BENCH_FLAGS ?=
bench:
	$(GO) run ./cmd/bench -chromium $(CHROMIUM) -out dist/bench.json $(BENCH_FLAGS)
