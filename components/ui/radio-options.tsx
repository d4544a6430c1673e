import type { ReactNode } from "react";

/** One radio per option (name "language" unless told), each labelled by `label`: a fieldset's list of choices. */
export function RadioOptions<T extends string>({
  options,
  chosen,
  label,
  name = "language",
}: {
  options: readonly T[];
  chosen: T | null;
  label: (option: T) => ReactNode;
  name?: string;
}) {
  return options.map((option) => (
    <label key={option} className="flex items-center gap-2 text-sm">
      <input
        type="radio"
        name={name}
        value={option}
        defaultChecked={chosen === option}
        className="h-4 w-4 accent-accent"
      />
      {label(option)}
    </label>
  ));
}
