// A form's save step: tracks `saving`, turns a failure into translated text, and keeps the page from reloading on submit.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translate-error';

export function useSubmit() {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  /** Runs the save; a thrown error stays on the form as `failure` instead of escaping. */
  const run = async (save: () => Promise<void>) => {
    setSaving(true);
    setFailure(null);
    try {
      await save();
    } catch (error) {
      setFailure(translateError(t, error));
    } finally {
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
