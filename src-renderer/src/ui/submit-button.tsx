// A form's submit button: it spins only once a save has taken SAVING_SIGN_AFTER_MS. Pair it with useSubmit, which
// ignores a second submit while the first runs (the button is not disabled before it spins).
import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { SAVING_SIGN_AFTER_MS, useShownAfter } from './use-shown-after';

interface SubmitButtonProps extends Omit<ButtonProps, 'loading'> {
  saving: boolean;
  children: ReactNode;
}

export function SubmitButton({ saving, children, ...button }: SubmitButtonProps) {
  const slowSave = useShownAfter(saving, SAVING_SIGN_AFTER_MS);
  return (
    <Button type="submit" loading={slowSave} {...button}>
      {children}
    </Button>
  );
}
