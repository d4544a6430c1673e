export function BrandMark({ small = false }: { small?: boolean }) {
  const size = small ? "h-7 w-7 text-sm" : "h-10 w-10 text-lg";
  return (
    <span
      aria-hidden="true"
      className={`inline-grid place-items-center rounded-lg bg-ink font-bold text-white ${size}`}
    >
      ✓
    </span>
  );
}
