import type { ReactNode } from "react";

export default function OnboardingLayout({ children }: { children: ReactNode }) {
  return (
    <main className="grid min-h-dvh place-items-start bg-muted/40 px-4 py-10 sm:place-items-center">
      <div className="mx-auto w-full max-w-2xl">{children}</div>
    </main>
  );
}
