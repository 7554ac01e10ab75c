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
            nlohmann-json3-dev libssl-dev libgtest-dev

# Test-only tools: Debian's Chromium (with a font, so pages and PDFs have text)
# and pdftotext for the browser tests; Node.js and npm when the machine lacks them.
TEST_PACKAGES := chromium fonts-dejavu-core poppler-utils

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

clean:
	rm -rf $(BUILD_DIR)
