// Audit rows get their createdAt before their transaction commits, so a slow transaction can become visible after
// a quicker, later one. Polling therefore re-reads a window behind its cursor and uses this set to skip rows it
// already delivered; the LISTEN path uses it too, so a row arriving both ways is delivered once.
export class SeenEvents {
  private readonly at = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  has(id: string): boolean {
    return this.at.has(id);
  }

  /** Returns false when the id was already there. */
  add(id: string, createdAt: Date): boolean {
    if (this.at.has(id)) return false;
    this.at.set(id, createdAt.getTime());
    return true;
  }

  /** Forgets ids older than the window behind `cursor`; they can no longer be re-read. */
  prune(cursor: Date): void {
    const limit = cursor.getTime() - this.windowMs;
    for (const [id, t] of this.at) if (t < limit) this.at.delete(id);
  }

  get size(): number {
    return this.at.size;
  }
}
