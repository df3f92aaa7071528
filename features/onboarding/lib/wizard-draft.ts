"use client";
import { useCallback, useEffect, useState } from "react";
import type { SelfServePlan } from "@/lib/plans/catalog";

// The wizard's answers, kept in sessionStorage so going back and reloading keep them. The password is
// deliberately not part of the draft: it never touches browser storage.
export const wizardSteps = ["company", "contact", "plan", "account", "review"] as const;
export type WizardStep = (typeof wizardSteps)[number];

export type WizardDraft = {
  step: WizardStep;
  rut: string;
  legalName: string;
  businessActivity: string;
  contactName: string;
  email: string;
  phone: string;
  plan: SelfServePlan;
  /** After a successful submit: what the "check your email" notice shows. */
  submitted: { email: string; phone: string } | null;
};

const STORAGE_KEY = "smarteros.onboarding.v1";

export const emptyDraft = (email = ""): WizardDraft => ({
  step: "company",
  rut: "",
  legalName: "",
  businessActivity: "",
  contactName: "",
  email,
  phone: "",
  plan: "basic",
  submitted: null,
});

function readStored(): Partial<WizardDraft> | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Partial<WizardDraft>) : null;
  } catch {
    return null;
  }
}

/** The draft, restored after mount (the server render has no storage) and saved on every change. */
export function useWizardDraft(initialEmail: string) {
  const [draft, setDraft] = useState<WizardDraft>(() => emptyDraft(initialEmail));
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const stored = readStored();
    if (stored) {
      setDraft((d) => ({
        ...d,
        ...stored,
        step: wizardSteps.includes(stored.step as WizardStep) ? (stored.step as WizardStep) : d.step,
        // A signed-in customer registers with their account's email, whatever was typed before.
        email: initialEmail || (stored.email ?? ""),
      }));
    }
    setRestored(true);
  }, [initialEmail]);

  useEffect(() => {
    if (!restored) return;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    } catch {
      // Private windows may refuse storage; the wizard still works, only a reload forgets.
    }
  }, [draft, restored]);

  const update = useCallback((patch: Partial<WizardDraft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const reset = useCallback(() => setDraft(emptyDraft(initialEmail)), [initialEmail]);
  return { draft, update, reset, restored };
}
