// First-load JS per route, gzip-compressed, from the build's own route bundle stats.
// `npx tsx scripts/route-sizes.ts [--json]`; honours NEXT_DIST_DIR like next.config.ts.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export function routeSizes(distDir = process.env.NEXT_DIST_DIR || ".next") {
  const stats = JSON.parse(readFileSync(`${distDir}/diagnostics/route-bundle-stats.json`, "utf8")) as RouteStats[];
  const gzipped = new Map<string, number>();
  const gzipOf = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
      gzipped.set(file, size);
    }
    return size;
  };
  return stats
    .map((s) => ({
      route: s.route,
      rawKB: Math.round(s.firstLoadUncompressedJsBytes / 1024),
      gzipKB: Math.round(s.firstLoadChunkPaths.reduce((sum, f) => sum + gzipOf(f), 0) / 1024),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = routeSizes();
  if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
  else console.table(rows);
}
