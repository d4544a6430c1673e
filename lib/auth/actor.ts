/** Who performs a write: the signed-in member (or an API token's creator) and the organization every row must belong to. */
export type Actor = { userId: string; orgId: string };
