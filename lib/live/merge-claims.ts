// When fresh server data reaches the annotator (router.refresh() after a colleague's change), it replaces the
// local list, with three exceptions: claims still being created here ("pending-" ids) stay; a claim this tab saved
// after that server render began (a higher lockVersion here) keeps the local copy instead of going back in time; and a
// claim missing from the server's list but changed here after the list was read (created by this tab while an older
// refresh was on its way) stays: the list cannot know it yet. A claim deleted by a colleague is dropped by the first
// list read after its last change here.
export function mergeServerClaims<T extends { id: string; lockVersion: number; updatedAt: string }>(
  server: T[],
  local: T[],
  serverReadAt: string,
): T[] {
  const localById = new Map(local.map((c) => [c.id, c]));
  const serverIds = new Set(server.map((c) => c.id));
  const readAt = Date.parse(serverReadAt);
  const merged = server.map((c) => {
    const mine = localById.get(c.id);
    return mine && mine.lockVersion > c.lockVersion ? mine : c;
  });
  const newerHere = local.filter(
    (c) => !serverIds.has(c.id) && (c.id.startsWith("pending-") || Date.parse(c.updatedAt) > readAt),
  );
  return [...merged, ...newerHere];
}
