// Kept apart from the schema so client code can import the list without pulling in Drizzle.
export const roles = ["admin", "staff", "viewer"] as const;
export type Role = (typeof roles)[number];
