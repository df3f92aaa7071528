export type ValueFormat = "clp" | "int" | "ms";

export type Series = {
  key: string;
  label: string;
  /** A CSS colour, usually one of the theme's chart tokens. */
  color: string;
  kind: "bar" | "line";
  stack?: string;
  dashed?: boolean;
};

export type TimeChartProps = {
  data: Record<string, string | number | null>[];
  series: Series[];
  format: ValueFormat;
  onReady: () => void;
};

export type BarListChartProps = {
  data: { label: string; value: number }[];
  format: ValueFormat;
  color?: string;
  onReady: () => void;
};
