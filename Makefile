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

.PHONY: all deps configure build example test clean

all: build

deps:
	@missing=""; \
	for package in $(PACKAGES); do \
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
	@echo "The example's output is in $(EXAMPLE_OUT)/ (data/model.json, manifest.json)."

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD_DIR)
