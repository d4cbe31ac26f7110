// Child process for the crash test: opens a folder and raises a counter in a loop, printing each value once update()
// has resolved (acknowledged = durable). The parent kills it with SIGKILL at random moments.
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections } from '../domain/model';
import { counterOf, CRASH_GROUP_ID, describeCounter } from './crash-counter';
import { openWorkspaceFolder } from './workspace-folder';

async function main(folder: string): Promise<void> {
  const store = await openWorkspaceFolder({ folder, watch: false });
  if (store.problems().length > 0) {
    process.stderr.write(`problems: ${JSON.stringify(store.problems())}\n`);
    process.exit(3);
  }
  if (!store.listGroups().some((group) => group.id === CRASH_GROUP_ID)) {
    await store.create({
      ...emptyWorkspaceCollections(),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      group: { id: CRASH_GROUP_ID, name: 'Crash', language: 'da', archived: false, createdAt: new Date().toISOString(), description: describeCounter(0) },
    });
  }
  let value = counterOf(store.get(CRASH_GROUP_ID).group.description);
  for (;;) {
    value += 1;
    const next = value;
    await store.update(CRASH_GROUP_ID, (draft) => {
      draft.group.description = describeCounter(next);
    });
    process.stdout.write(`ack ${next}\n`);
  }
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
