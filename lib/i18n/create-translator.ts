import type { MessageKey, Messages, Translate } from "./types";

export function createTranslator(messages: Messages): Translate {
  return (key: MessageKey, vars?: Record<string, string | number>) => {
    let node: unknown = messages;
    for (const part of key.split(".")) node = (node as Record<string, unknown>)?.[part];
    const text = typeof node === "string" ? node : key;
    return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match)) : text;
  };
}
