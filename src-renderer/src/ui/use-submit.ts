// A form's save step: tracks `saving`, turns a failure into translated text, and keeps the page from reloading on submit.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translate-error';

export function useSubmit() {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The submit button stays enabled for a short save (no spinner before SAVING_SIGN_AFTER_MS), so a second click or
  // Enter must not save twice.
  const inFlight = useRef(false);

  /** Runs the save, unless one is already running; a thrown error stays on the form as `failure` instead of escaping. */
  const run = async (save: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    setFailure(null);
    try {
      await save();
    } catch (error) {
      setFailure(translateError(t, error));
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };
  return { saving, failure, run };
}

/** A form's onSubmit that stops the browser's own submit and calls `handle` instead. */
export function onFormSubmit(handle: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    handle();
  };
}
