/** Who is signed in, whichever provider said so. */
export type Identity = { userId: string; email: string; name: string };
