import { twMerge, type ClassNameValue } from "tailwind-merge";

/**
 * Joins Tailwind classes, skipping falsy ones; of two classes for the same property the later wins, so a caller's
 * override really overrides (`w-full` then `w-20` gives `w-20`, whatever order Tailwind emitted the CSS in).
 */
export function cn(...classes: ClassNameValue[]): string {
  return twMerge(classes);
}
