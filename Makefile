# aimsgen: the two commands of README.
#   make example   install what is missing, build, generate site-example's output
#   make test      the same set-up, then the whole test suite through ctest

BUILD_DIR   ?= build
JOBS        ?= $(shell nproc)
# The example is always judged at a fixed date, so its warnings never drift.
EXAMPLE_AS_OF ?= 2026-09-30

# Debian packages the build and the tests need.
PACKAGES := cmake make g++ pkg-config \
            libboost-program-options-dev libyaml-cpp-dev libkainjow-mustache-dev \
            libxlsxwriter-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
            nlohmann-json3-dev libssl-dev libjemalloc-dev libgtest-dev

# Test-only tools: Debian's Chromium (with a font, so pages and PDFs have text)
# and pdftotext for the browser tests; openpyxl and LibreOffice Calc to read the
# workbooks back; Node.js and npm when the machine lacks them.
TEST_PACKAGES := chromium fonts-dejavu-core poppler-utils python3-openpyxl libreoffice-calc-nogui

.PHONY: all deps install-packages test-deps configure build example test clean

all: build

deps:
	@$(MAKE) --no-print-directory install-packages WANTED="$(PACKAGES)"

# Installs the Debian packages in WANTED that are missing (only those).
install-packages:
	@missing=""; \
	for package in $(WANTED); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q 'install ok installed' \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing missing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing Debian packages:$$missing"; \
	    echo "Install them as root, then run make again:"; \
	    echo "  apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

EXAMPLE_OUT ?= out/site-example

example: build
	$(BUILD_DIR)/aimsgen build site-example -o $(EXAMPLE_OUT) --as-of $(EXAMPLE_AS_OF)
	@echo "The example portal is in $(EXAMPLE_OUT)/: open $(EXAMPLE_OUT)/index.html (also data/model.json, manifest.json)."

test-deps:
	@wanted="$(TEST_PACKAGES)"; command -v npm >/dev/null || wanted="$$wanted nodejs npm"; \
	$(MAKE) --no-print-directory install-packages WANTED="$$wanted"
	@if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ]; then \
	  echo "Installing the browser test tools pinned in tests/browser/package-lock.json"; \
	  npm ci --prefix tests/browser --no-audit --no-fund; \
	fi

test: build test-deps
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Fuzzing with libFuzzer (clang, ASan+UBSan): tests/fuzz/run.sh seeds
# $(FUZZ_DIR)/corpus/<target> from site-example and tests/invalid and runs each
# target FUZZ_SECONDS; a finding is saved in $(FUZZ_DIR)/ and fails the run.
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 120

.PHONY: fuzz test-sanitize

fuzz:
	@$(MAKE) --no-print-directory install-packages WANTED="$(PACKAGES) clang libclang-rt-14-dev"
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DAIMSGEN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	bash tests/fuzz/run.sh $(FUZZ_DIR) . $(FUZZ_SECONDS)

# The test suite under AddressSanitizer, LeakSanitizer and UBSan (CMake option
# AIMSGEN_SANITIZE) in $(SANITIZE_DIR). Any report ends the program with exit
# code 86, which fails its test; ASan and LSan reports are also written to
# $(SANITIZE_DIR)/sanitizer-reports/ and fail the run even where a test ignores
# an exit code. The browser test is left out: its one aimsgen call (build
# site-example) is one tests/build runs too; the rest drives Chromium.
SANITIZE_DIR        ?= build-sanitize
SANITIZE_BUILD_TYPE ?= RelWithDebInfo
SANITIZE_REPORTS    := $(abspath $(SANITIZE_DIR))/sanitizer-reports

test-sanitize: deps test-deps
	cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=$(SANITIZE_BUILD_TYPE) -DAIMSGEN_SANITIZE=ON
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@rm -rf $(SANITIZE_REPORTS) && mkdir -p $(SANITIZE_REPORTS)
	@status=0; \
	cd $(SANITIZE_DIR) && \
	  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:exitcode=86:log_path=$(SANITIZE_REPORTS)/asan \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86 \
	  ctest --output-on-failure -j $(JOBS) -E '^browser/' || status=$$?; \
	for report in $(SANITIZE_REPORTS)/*; do \
	  [ -f "$$report" ] || continue; \
	  echo "--- sanitizer report $$report:"; cat "$$report"; status=1; \
	done; \
	exit $$status

clean:
	rm -rf $(BUILD_DIR)
