// The one formatter of trace text, used by the CLI, the golden tests and the
// page (through the WebAssembly module).
//
// A line is: virtual time, the task the event is about, indentation by
// nesting, and what happened:
//
//      0ms main      poll
//      0ms main        poll countdown
//      0ms main          > Counting down: 3
//      0ms main          wake countdown (wake_by_ref, self)
//      0ms main        pending countdown
//      0ms main      pending
#pragma once

#include <string>

#include "trace/trace.h"

namespace ps {

struct FormatOptions {
  bool color = false;  // ANSI colours by event kind (terminals)
};

// The text of one event, without a newline.
std::string format_event(const Trace& trace, const Event& e, FormatOptions opts = {});
// All events, one line each.
std::string format_trace(const Trace& trace, FormatOptions opts = {});
// One event as a JSON object (a line of `--format json`).
std::string event_json(const Trace& trace, const Event& e, size_t index);
// The table of event kinds (trace/kinds.h) as a JSON array for the page:
// [{"id":0,"name":"Spawn","trace":"spawn","group":"all","role":"quiet","description":"..."}, ...].
std::string kinds_json();

// The name the trace uses for a kind ("poll_begin", "wake", ...).
const char* event_kind_name(EventKind kind);
// A JSON string literal for `s` (quotes included).
std::string json_quote(std::string_view s);

}  // namespace ps
