// A SegmentedControl with a visible label above it (Mantine's has none) and an optional dimmed hint below.
import { SegmentedControl, Stack, Text, type SegmentedControlProps } from '@mantine/core';

type LabelledSegmentedControlProps = SegmentedControlProps & {
  /** Id of the visible label, which also names the control for screen readers. */
  labelId: string;
  label: string;
  description?: string;
};

export function LabelledSegmentedControl({ labelId, label, description, ...control }: LabelledSegmentedControlProps) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} {...control} />
      {description !== undefined && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
    </Stack>
  );
}
