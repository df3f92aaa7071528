"use client";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { createTranslator } from "./create-translator";
import type { Locale, Messages, Translate } from "./types";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside I18nProvider");
  return value;
}
