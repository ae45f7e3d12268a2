# Pushback — the two commands a newcomer needs are `make demo` and `make test`.
# Each installs the Debian packages it needs first (scripts/install-deps.sh).

SWIFT ?= swift
DEMO_OUT ?= pushback-data

.PHONY: deps build demo test check-boundaries check-long bench clean

deps:
	scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Runs the real nightly sweep on samples/inbox and prints where the report is.
demo: build
	.build/debug/pushback sweep --inbox samples/inbox --db $(DEMO_OUT)/pushback.sqlite --out $(DEMO_OUT)/reports
	@echo
	@echo "Open $(DEMO_OUT)/reports/latest/report.html (or read $(DEMO_OUT)/reports/latest/report.txt)."

# Unit, end-to-end and real-data tests, plus the check that C modules stay behind their wrappers.
test: deps check-boundaries
	$(SWIFT) build --build-tests -Xswiftc -warnings-as-errors
	# Tesseract's OpenMP threads busy-wait; the pushback binary sets this itself (see Entry).
	OMP_THREAD_LIMIT=1 $(SWIFT) test --skip-build

check-boundaries:
	scripts/check-boundaries.sh

# Long checks, run one at a time (not in CI's run): handle-leak smoke tests, 2,000 fuzz mutants, 300 kills of the sweep.
check-long: deps
	OMP_THREAD_LIMIT=1 PUSHBACK_LONG_CHECKS=1 $(SWIFT) test --no-parallel --filter "PDFLeakTests|MutationFuzzTests|UnattendedOperationTests"

# Benchmarks (release build; not part of `make test` or CI). Results: docs/benchmarks.md.
bench: deps
	$(SWIFT) build -c release
	scripts/bench/sweep-real-data.sh
	scripts/bench/geo.sh
	scripts/bench/rules.sh
	scripts/bench/intake.sh
	scripts/bench/packaging.sh
	scripts/bench/incremental.sh
	scripts/bench/numeric.sh

clean:
	rm -rf .build pushback-data
