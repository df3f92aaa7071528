"use client";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from "react";

// Each section reports to the page when its final content is on screen: a state naming the service,
// or every chart it registered drawn (charts load lazily, so "drawn" comes after the data).

type ChartReady = { register(id: string): void; ready(id: string): void };
const ChartReadyContext = createContext<ChartReady | null>(null);

export function useChartReady() {
  return useContext(ChartReadyContext);
}

export function RenderReporter({
  onDone,
  children,
  token,
}: {
  onDone: () => void;
  children: ReactNode;
  token: unknown;
}) {
  const registered = useRef(new Set<string>());
  const ready = useRef(new Set<string>());
  const mounted = useRef(false);
  const check = useCallback(() => {
    if (mounted.current && [...registered.current].every((id) => ready.current.has(id))) onDone();
  }, [onDone]);
  const value = useMemo<ChartReady>(
    () => ({
      register: (id) => {
        registered.current.add(id);
      },
      ready: (id) => {
        ready.current.add(id);
        check();
      },
    }),
    [check],
  );
  // Children's effects (their registrations) run before this one: by now every chart has registered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `token` changes when the content does
  useEffect(() => {
    mounted.current = true;
    check();
  }, [check, token]);
  return <ChartReadyContext.Provider value={value}>{children}</ChartReadyContext.Provider>;
}
