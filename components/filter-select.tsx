"use client";
import { NativeSelect } from "@/components/ui/native-select";

/**
 * A labelled select for a list's filter bar (Automatización, Contactos): the browser's own, so the
 * tabs do not ship a scripted listbox for a handful of options (native on phones, and the keyboard
 * and screen readers know it).
 */
export function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={props.id} className="text-muted-foreground text-xs">
        {props.label}
      </label>
      <NativeSelect
        id={props.id}
        className="h-9 min-w-36 text-sm"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
