// The npm registry reachable from this project's machines mirrors only some platform builds of
// packages with native binaries (Biome, Tailwind's oxide, Next's SWC). npm then leaves the other
// platforms' optional packages out of package-lock.json, and `npm ci` refuses the lock as out of
// sync. This adds those entries back, marked optional with their os/cpu/libc, so `npm ci` accepts
// the lock and skips them on Linux x64 as it would anyway. Run after any `npm install`;
// `--check` (part of `npm test`) fails when entries are missing.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const id = name.split("/").pop();
  const os = ["android", "darwin", "win32", "freebsd", "linux", "openbsd", "sunos", "aix"].find((o) => id.includes(o));
  const cpu = ["arm64", "x64", "ia32", "arm", "wasm32", "riscv64", "ppc64", "s390x"].find((c) =>
    new RegExp(`(^|-)${c}(-|$)`).test(id),
  );
  const libc = id.includes("musl") ? "musl" : os === "linux" ? "glibc" : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

const check = process.argv.includes("--check");
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    packages[`node_modules/${dep}`] = { version, optional: true, ...platformOf(dep) };
    added++;
  }
}
if (check) {
  if (added > 0) {
    console.error(`package-lock.json lacks ${added} optional platform entries: run node scripts/complete-lockfile.mjs`);
    process.exit(1);
  }
  process.exit(0);
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
