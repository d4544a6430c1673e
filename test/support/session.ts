// Who the mocked auth() of lib/auth/auth.ts says is signed in; getViewer() then reads the membership from the
// database. Kept free of imports: the vi.mock factories load it while the modules they replace are still loading.
export const session: { userId: string | null } = { userId: null };
