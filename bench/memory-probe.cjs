// Preloaded into the soak's `next start` (node --require): every few seconds it appends the server's
// own process.memoryUsage() to BENCH_MEMORY_FILE, so the soak can tell the JavaScript heap from the
// rest of the resident memory (code, buffers, the allocator). The bench's only way into that process
// without adding an endpoint to the Hub. CommonJS because --require loads it before any loader.
const { appendFileSync, mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "");
  const sample = () => {
    const m = process.memoryUsage();
    const line = {
      t: Date.now(),
      rss: m.rss,
      heapTotal: m.heapTotal,
      heapUsed: m.heapUsed,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  setInterval(sample, 5_000).unref();
}
