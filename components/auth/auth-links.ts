/** The other auth page, carrying `next` along so an invitation or a deep link survives the switch. */
export const withNext = (path: "/sign-in" | "/sign-up", next?: string) =>
  next ? `${path}?${new URLSearchParams({ next })}` : path;
