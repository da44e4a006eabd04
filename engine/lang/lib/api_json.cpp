// `pollscope api`: the API families as JSON, for web/tools/gen-api.mjs and
// for readers who want to see what the library covers.
#include <string>

#include "lang/lib/family.h"
#include "lang/lib/registry.h"
#include "trace/format.h"

namespace ps::lang {

namespace {

const char* kind_name(DocKind k) {
  switch (k) {
    case DocKind::Function: return "function";
    case DocKind::Method: return "method";
    case DocKind::Macro: return "macro";
    case DocKind::Type: return "type";
    case DocKind::Variant: return "variant";
    case DocKind::Module: return "module";
  }
  return "function";
}

const char* handle_name(HandleKind k) {
  switch (k) {
    case HandleKind::Waker: return "Waker";
    case HandleKind::Context: return "Context";
    case HandleKind::Duration: return "Duration";
    case HandleKind::Instant: return "Instant";
    case HandleKind::JoinHandle: return "JoinHandle";
    case HandleKind::OneshotSender: return "oneshot::Sender";
    case HandleKind::MpscSender: return "mpsc::Sender";
    case HandleKind::MpscReceiver: return "mpsc::Receiver";
    case HandleKind::TokioMutex: return "tokio::sync::Mutex";
    case HandleKind::StdMutex: return "std::sync::Mutex";
    case HandleKind::Guard: return "MutexGuard";
    case HandleKind::Notify: return "Notify";
    case HandleKind::Semaphore: return "Semaphore";
    case HandleKind::Permit: return "SemaphorePermit";
    case HandleKind::Interval: return "Interval";
    case HandleKind::Formatter: return "Formatter";
    case HandleKind::ThreadHandle: return "thread::JoinHandle";
    case HandleKind::Error: return "Error";
  }
  return "Handle";
}

const char* receiver_name(const MethodGroup& g) {
  switch (g.on) {
    case Receiver::Any: return "any value";
    case Receiver::Int: return "integer";
    case Receiver::Float: return "float";
    case Receiver::Char: return "char";
    case Receiver::Bool: return "bool";
    case Receiver::Str: return "str";
    case Receiver::Vec: return "Vec";
    case Receiver::Range: return "Range";
    case Receiver::Iter: return "Iterator";
    case Receiver::Cell: return "Cell";
    case Receiver::Option: return "Option";
    case Receiver::Result: return "Result";
    case Receiver::Poll: return "Poll";
    case Receiver::Ordering: return "Ordering";
    case Receiver::Future: return "Future";
    case Receiver::FutureStruct: return "impl Future";
    case Receiver::Handle: return handle_name(g.handle);
  }
  return "";
}

std::string q(std::string_view s) { return json_quote(s); }

// `"doc":{...}` for a documented name, or nothing.
std::string doc_json(std::string_view name, DocKind kind, const Doc& d) {
  if (d.text.empty()) return "";
  return ",\"doc\":{\"name\":" + q(d.name.empty() ? name : d.name) + ",\"kind\":" + q(kind_name(kind)) +
         ",\"signature\":" + q(d.signature) + ",\"doc\":" + q(d.text) + ",\"insert\":" + q(d.insert) + "}";
}

std::string family_json(const ApiFamily& f) {
  std::string out = "{\"name\":" + q(f.name) + ",\"summary\":" + q(f.summary) + ",\"functions\":[";
  for (size_t i = 0; i < f.functions.size(); ++i) {
    const FnDef& d = f.functions[i];
    out += std::string(i ? "," : "") + "{\"path\":" + q(d.path) + ",\"min_args\":" + std::to_string(d.min_args) +
           ",\"max_args\":" + std::to_string(d.max_args) + doc_json(d.path, d.doc.kind, d.doc) + "}";
  }
  out += "],\"methods\":[";
  bool first = true;
  for (const MethodGroup& g : f.methods)
    for (const MethodDef& m : g.methods) {
      out += std::string(first ? "" : ",") + "{\"receiver\":" + q(receiver_name(g)) + ",\"name\":" + q(m.name) +
             doc_json(m.name, DocKind::Method, m.doc) + "}";
      first = false;
    }
  out += "],\"labels\":[";
  for (size_t i = 0; i < f.labels.size(); ++i) out += std::string(i ? "," : "") + q(f.labels[i]->text);
  out += "],\"clones\":[";
  for (size_t i = 0; i < f.clones.size(); ++i) out += std::string(i ? "," : "") + q(handle_name(f.clones[i].kind));
  out += "],\"docs\":[";
  for (size_t i = 0; i < f.docs.size(); ++i) {
    const DocDef& d = f.docs[i];
    out += std::string(i ? "," : "") + "{\"name\":" + q(d.name) + doc_json(d.name, d.doc.kind, d.doc) + "}";
  }
  return out + "]}";
}

}  // namespace

std::string api_json() {
  std::string out = "{\"families\":[";
  bool first = true;
  for (const ApiFamily* f : api_families()) {
    out += std::string(first ? "\n" : ",\n") + family_json(*f);
    first = false;
  }
  return out + "\n]}\n";
}

}  // namespace ps::lang
