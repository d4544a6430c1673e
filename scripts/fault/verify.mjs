// After a fault: every acknowledged write is in the database exactly once, and the audit history agrees with the
// data (each API-created claim has exactly one "claim.created" event, and each such event its claim and comment).
import pg from "pg";

export async function verifyWrites(databaseUrl, acknowledgedIds) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows: events } = await client.query(
      `SELECT substring(a."after"->>'annotationId' FROM 10) AS id, a."claimId", c."id" AS "claimExists",
              (SELECT count(*)::int FROM "Comment" m WHERE m."claimId" = a."claimId" AND m."body" LIKE '%fault-test write%') AS comments
       FROM "AuditEvent" a LEFT JOIN "Claim" c ON c."id" = a."claimId"
       WHERE a."action" = 'claim.created' AND a."after"->>'via' = 'api' AND a."after"->>'annotationId' LIKE 'urn:uuid:%'`,
    );
    const {
      rows: [{ claims }],
    } = await client.query(
      `SELECT count(DISTINCT m."claimId")::int AS claims FROM "Comment" m WHERE m."body" LIKE '%fault-test write%'`,
    );
    const perId = new Map();
    for (const e of events) perId.set(e.id, (perId.get(e.id) ?? 0) + 1);
    const problems = [];
    const missing = acknowledgedIds.filter((id) => !perId.has(id));
    if (missing.length) problems.push(`${missing.length} acknowledged write(s) missing, e.g. ${missing[0]}`);
    const duplicated = [...perId].filter(([, n]) => n > 1);
    if (duplicated.length) problems.push(`${duplicated.length} write(s) stored more than once`);
    const incomplete = events.filter((e) => !e.claimExists || e.comments !== 1);
    if (incomplete.length)
      problems.push(`${incomplete.length} audit event(s) without exactly one claim and one comment`);
    if (claims !== events.length)
      problems.push(`${claims} claims carry a fault-test comment but ${events.length} audit events record API claims`);
    const acknowledged = new Set(acknowledgedIds);
    return {
      problems,
      stored: events.length,
      storedUnacknowledged: events.filter((e) => !acknowledged.has(e.id)).length,
    };
  } finally {
    await client.end();
  }
}
