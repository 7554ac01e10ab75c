#pragma once

// SHA-256 lives in support/: the load stage hashes evidence with it too.
#include "generator/support/sha256.hpp"
