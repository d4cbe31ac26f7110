// Every open workspace problem, above whatever page is showing, until it is resolved or dismissed.
import { Stack } from '@mantine/core';
import { ProblemAlert } from './problem-alert';
import { useProblems } from './use-problems';

export function ProblemsBanner({ onRestored }: { onRestored: (groupId: string) => void }) {
  const { problems, restoreNewestBackup, dismiss } = useProblems(onRestored);
  if (problems.length === 0) return null;
  return (
    <Stack gap="sm" mb="lg" maw={960}>
      {problems.map((problem) => (
        <ProblemAlert key={problem.id} problem={problem} onRestore={restoreNewestBackup} onDismiss={dismiss} />
      ))}
    </Stack>
  );
}
