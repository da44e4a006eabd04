// Run options from the flat JSON object the page sends (see session.h).
#include "lang/session/session.h"

namespace ps::lang {

namespace {

void skip_ws(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
}

bool read_string(std::string_view s, size_t& i, std::string& out) {
  if (i >= s.size() || s[i] != '"') return false;
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] == '\\') return false;
    out += s[i];
  }
  if (i >= s.size()) return false;
  ++i;
  return true;
}

bool read_number(std::string_view s, size_t& i, uint64_t& out) {
  size_t start = i;
  out = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (out > (UINT64_MAX - 9) / 10) return false;
    out = out * 10 + static_cast<uint64_t>(s[i++] - '0');
  }
  return i > start;
}

}  // namespace

bool parse_run_config(std::string_view s, RunConfig& out, std::string& error) {
  size_t i = 0;
  skip_ws(s, i);
  if (i >= s.size() || s[i++] != '{') return error = "run options: expected a JSON object", false;
  skip_ws(s, i);
  if (i < s.size() && s[i] == '}') return true;
  for (;;) {
    std::string key, text;
    uint64_t n = 0;
    skip_ws(s, i);
    if (!read_string(s, i, key)) return error = "run options: expected a key", false;
    skip_ws(s, i);
    if (i >= s.size() || s[i++] != ':') return error = "run options: expected `:`", false;
    skip_ws(s, i);
    bool is_text = i < s.size() && s[i] == '"';
    if (is_text ? !read_string(s, i, text) : !read_number(s, i, n))
      return error = "run options: bad value for `" + key + "`", false;
    if (key == "seed")
      out.seed = n;
    else if (key == "maxEvents" && n)
      out.limits.max_events = n;
    else if (key == "maxTimeMs" && n)
      out.limits.max_time_ms = n;
    else if (key == "maxPolls" && n)
      out.limits.max_polls = n;
    else if (key == "tokio") {
      if (text == "1.24")
        out.tokio = TokioVersion::V1_24;
      else if (text == "1.29")
        out.tokio = TokioVersion::V1_29;
      else
        return error = "run options: `tokio` must be \"1.24\" or \"1.29\"", false;
    }
    skip_ws(s, i);
    if (i < s.size() && s[i] == ',') {
      ++i;
      continue;
    }
    if (i < s.size() && s[i] == '}') return true;
    return error = "run options: expected `,` or `}`", false;
  }
}

}  // namespace ps::lang
