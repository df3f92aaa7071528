import type { esCL } from "./messages/es-CL";

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export type Messages = DeepStrings<typeof esCL>;

type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const locales = ["es-CL", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es-CL";
export const LOCALE_COOKIE = "hub_locale";
