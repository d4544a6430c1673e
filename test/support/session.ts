// Who the mocked auth() of lib/auth/auth.ts says is signed in, and with which server-side session (a real Session row,
// made by the test world's signIn()); getViewer() then reads the session and membership from the database. Kept free
// of imports: the vi.mock factories load it while the modules they replace are still loading.
export const session: { userId: string | null; sessionId: string | null } = { userId: null, sessionId: null };
