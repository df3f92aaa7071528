// Part 5: first-load JavaScript (gzip) of every route, from the bench build's own bundle stats.
import { routeSizes } from "../scripts/route-sizes";
import { distDir } from "./context";
import type { Record } from "./figures";

export function pageWeight(record: Record) {
  for (const row of routeSizes(distDir)) record(`weight.${row.route}`, row.route, row.gzipKB, "KB");
}
