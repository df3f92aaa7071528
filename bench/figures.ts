// Every measurement is one figure with a stable key: budgets, the baseline and the table refer to it.
// A figure of the running Hub also names the database it ran on; the key is the same on both.
import type { DatabaseName } from "./databases";

export type Unit = "ms" | "req/s" | "events/s" | "x" | "KB" | "MB" | "count";

export type Figure = {
  key: string;
  /** The database the Hub ran on; absent for figures of the build alone (page weight). */
  db?: DatabaseName;
  section: string;
  label: string;
  value: number;
  unit: Unit;
};

export type Results = {
  startedAt: string;
  durationSeconds: number;
  machine: { cpus: number; node: string; platform: string };
  figures: Figure[];
  notes: string[];
};

/** Collects figures and notes as the parts run. */
export class Recorder {
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];

  section(section: string, db?: DatabaseName) {
    return (key: string, label: string, value: number, unit: Unit) => {
      this.figures.push({ key, ...(db ? { db } : {}), section, label, value, unit });
    };
  }

  note(text: string) {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }
}

export type Record = ReturnType<Recorder["section"]>;
