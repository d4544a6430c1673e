"use client";
import { useState, useTransition, type FormEvent } from "react";

// Submits a form to a server action without React's automatic form reset, so a refused or failed submission
// keeps everything the user typed. Returns the action's last result and a pending flag.
export function useFormSubmit<R>(
  action: (prev: R | null, formData: FormData) => Promise<R>,
  onResult?: (result: R, form: HTMLFormElement) => void,
  prepare?: (data: FormData) => void,
) {
  const [result, setResult] = useState<R | null>(null);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    prepare?.(data);
    startTransition(async () => {
      const next = await action(result, data);
      setResult(next);
      onResult?.(next, form);
    });
  }
  return { result, pending, onSubmit };
}
