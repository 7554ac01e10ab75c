#pragma once

#include <string>
#include <string_view>

namespace aimsgen {

/// The SHA-256 of `bytes` as 64 lowercase hex digits (OpenSSL's libcrypto).
std::string sha256_hex(std::string_view bytes);

}  // namespace aimsgen
