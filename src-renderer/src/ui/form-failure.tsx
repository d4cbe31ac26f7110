// A form's translated failure, announced to screen readers; renders nothing when there is none.
import { Text } from '@mantine/core';

export function FormFailure({ failure }: { failure: string | null }) {
  if (!failure) return null;
  return (
    <Text c="red" size="sm" role="alert">
      {failure}
    </Text>
  );
}
