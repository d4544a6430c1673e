export function Forbidden({ what, who = "admins" }: { what: string; who?: string }) {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-line bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">You don’t have access to {what}</h1>
      <p className="mt-2 text-sm text-muted">
        Only {who} of your organization can open this page. Ask one of them if you need a change.
      </p>
    </div>
  );
}
