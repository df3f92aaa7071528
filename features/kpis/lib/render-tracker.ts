// Knows which KPI sections have drawn their final content (figures, charts, or a state that names the
// service) and marks `kpis:rendered` once all have, so the time to a fully rendered page can be read
// from the Performance API (e2e and `npm run bench`).

export const RENDERED_MARK = "kpis:rendered";

export function createRenderTracker(expected: readonly string[], onAll: () => void) {
  const done = new Set<string>();
  let fired = false;
  return {
    done(id: string) {
      if (!expected.includes(id)) return;
      done.add(id);
      if (!fired && expected.every((e) => done.has(e))) {
        fired = true;
        onAll();
      }
    },
  };
}
