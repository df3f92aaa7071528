"use client";
import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/** A labelled search box for a list's filter bar (Automatización, Contactos). */
export function SearchField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <div className={cn("grid flex-1 gap-1", props.className)}>
      <label htmlFor={props.id} className="text-muted-foreground text-xs">
        {props.label}
      </label>
      <div className="relative">
        <Search aria-hidden className="-translate-y-1/2 absolute top-1/2 left-2.5 size-4 text-muted-foreground" />
        <Input
          id={props.id}
          type="search"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          className="pl-8"
          maxLength={128}
        />
      </div>
    </div>
  );
}
