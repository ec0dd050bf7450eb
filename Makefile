# The project's commands. `make run` and `make test` are all a new machine needs.

FUZZTIME ?= 20s
GO       ?= go

.PHONY: test test-unit fuzz

## test: every test — rules, command line, fuzzing for a fixed time
test: test-unit fuzz

test-unit:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# Each fuzz target runs for FUZZTIME beyond its seed corpus (which test-unit already ran).
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzDecode$$' -fuzztime=$(FUZZTIME) ./rules
	$(GO) test -run='^$$' -fuzz='^FuzzAssess$$' -fuzztime=$(FUZZTIME) ./rules
