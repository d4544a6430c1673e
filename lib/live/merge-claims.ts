// When fresh server data reaches the annotator (router.refresh() after a colleague's change), it replaces the
// local list, with two exceptions: claims still being created here ("pending-" ids) stay, and a claim this tab saved
// after that server render began (a higher lockVersion here) keeps the local copy instead of going back in time.
export function mergeServerClaims<T extends { id: string; lockVersion: number }>(server: T[], local: T[]): T[] {
  const localById = new Map(local.map((c) => [c.id, c]));
  const merged = server.map((c) => {
    const mine = localById.get(c.id);
    return mine && mine.lockVersion > c.lockVersion ? mine : c;
  });
  return [...merged, ...local.filter((c) => c.id.startsWith("pending-"))];
}
