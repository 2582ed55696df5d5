// mlw_native_bench: times the cpp/core kernels built natively (-O3 -march=native) on the
// benchmark suite's inputs. `--json` prints {schema, compiler, results:[{id, runs,
// callsPerRun, medianMs, minMs, maxMs, verified}]} for bench/cli.mjs; `--quick` uses the
// suite's quick sizes; `--only id,id` picks workloads; `--peers` adds the peers table's
// workloads (ids "peers-…": f32 and 2-thread products, OpenBLAS, simdjson), all of them. Kernel time only: native code
// has no boundary to copy across, which is exactly what the WASM/native ratio measures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <set>
#include <sstream>
#include <string>

#include "harness.hpp"

namespace mlwbench {
std::vector<Workload>& registry() {
  static std::vector<Workload> all;
  return all;
}
}  // namespace mlwbench

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// Which best-native libraries this harness was linked with (CMake defines the versions).
#ifdef MLW_HAVE_OPENBLAS
const char* const kOpenBlas = "\"" MLW_OPENBLAS_VERSION "\"";
#else
const char* const kOpenBlas = "null";
#endif
#ifdef MLW_HAVE_SIMDJSON
const char* const kSimdjson = "\"" MLW_SIMDJSON_VERSION "\"";
#else
const char* const kSimdjson = "null";
#endif

}  // namespace

int main(int argc, char** argv) {
  bool json = false, quick = false, peers = false;
  std::set<std::string> only;
  for (int i = 1; i < argc; i++) {
    if (!std::strcmp(argv[i], "--json")) json = true;
    else if (!std::strcmp(argv[i], "--quick")) quick = true;
    else if (!std::strcmp(argv[i], "--peers")) peers = true;
    else if (!std::strcmp(argv[i], "--only") && i + 1 < argc) {
      std::stringstream list(argv[++i]);
      for (std::string id; std::getline(list, id, ',');) only.insert(id);
    } else {
      std::fprintf(stderr, "usage: mlw_native_bench [--json] [--quick] [--peers] [--only id,id]\n");
      return 2;
    }
  }
  if (json) {
    std::printf("{\"schema\":\"multilingual-wasm-native/1\",\"compiler\":\"%s\",\"openblas\":%s,\"simdjson\":%s,\"results\":[",
                __VERSION__, kOpenBlas, kSimdjson);
  }
  bool first = true;
  for (auto& w : mlwbench::registry()) {
    // The peers table's workloads (ids "peers-…") run only with --peers, and then
    // whatever --only says (it picks among the suite's own workloads).
    const bool peersRow = w.id.rfind("peers-", 0) == 0;
    if (peersRow ? !peers : !only.empty() && !only.count(w.id)) continue;
    std::function<void()> call;
    std::function<bool()> check;
    w.setup(quick, call, check);
    auto t0 = std::chrono::steady_clock::now();
    call();  // warm-up, also sizes the batch
    const double once = msSince(t0);
    const int reps = once < 2 ? std::min(256, static_cast<int>(2 / std::max(once, 0.005)) + 1) : 1;
    const int runs = once > 1000 ? 3 : quick ? 3 : 7;
    std::vector<double> times;
    for (int r = 0; r < runs; r++) {
      t0 = std::chrono::steady_clock::now();
      for (int k = 0; k < reps; k++) call();
      times.push_back(msSince(t0) / reps);
    }
    const bool ok = check();
    std::sort(times.begin(), times.end());
    const double median = times.size() % 2 ? times[times.size() / 2]
                                            : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    if (json) {
      std::printf("%s{\"id\":\"%s\",\"runs\":%d,\"callsPerRun\":%d,\"medianMs\":%.6f,\"minMs\":%.6f,\"maxMs\":%.6f,\"verified\":%s}",
                  first ? "" : ",", w.id.c_str(), runs, reps, median, times.front(), times.back(), ok ? "true" : "false");
    } else {
      std::printf("%-24s %10.4f ms  (%.4f–%.4f, %d runs × %d)%s\n", w.id.c_str(), median, times.front(), times.back(),
                  runs, reps, ok ? "" : "  RESULT CHECK FAILED");
    }
    first = false;
  }
  if (json) std::printf("]}\n");
  return 0;
}
