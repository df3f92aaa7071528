"use client";
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

// recharts is only ever loaded here, on the KPIs page, in its own chunk: the shell and Resumen never
// download it. The skeleton holds the chart's space while the chunk arrives.
const loading = () => <Skeleton className="h-full w-full" />;

export const TimeChart = dynamic(() => import("./time-chart"), { ssr: false, loading });
export const BarListChart = dynamic(() => import("./bar-list-chart"), { ssr: false, loading });
