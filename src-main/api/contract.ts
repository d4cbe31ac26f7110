// Every operation the renderer may ask of the main process: name → input schema, result type, and whether it writes.
// Imports only zod and domain/, so the renderer can type its client from this file without seeing Node.
import { z } from 'zod';
import type { BackupInfo, AppStatus, Dashboard, WorkspaceProblem } from '../domain/views';
import type { GroupSummary } from '../domain/model';
import { entityId, nameText } from '../domain/text';
import { languageSchema } from '../domain/model';

export interface Operation<Input extends z.ZodType, Result> {
  input: Input;
  /** 'command' changes data; the fuzz tests prove an invalid command never reaches the store. */
  kind: 'query' | 'command';
  /** Phantom field carrying the result type; never set at runtime. */
  result?: Result;
}

function query<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result> => ({ input, kind: 'query' });
}
function command<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result> => ({ input, kind: 'command' });
}

const groupRef = z.strictObject({ groupId: entityId });

export const contract = {
  'app.status': query<AppStatus>()(z.strictObject({})),
  'settings.setLanguage': command<AppStatus>()(z.strictObject({ language: languageSchema.nullable() })),
  'workspace.pickFolder': command<AppStatus>()(z.strictObject({})),

  'groups.list': query<GroupSummary[]>()(z.strictObject({ includeArchived: z.boolean().default(false) })),
  'groups.create': command<GroupSummary>()(z.strictObject({ name: nameText, language: languageSchema })),
  'groups.createDemo': command<GroupSummary>()(z.strictObject({ language: languageSchema })),
  'groups.rename': command<GroupSummary>()(z.strictObject({ groupId: entityId, name: nameText })),
  'groups.setArchived': command<GroupSummary>()(z.strictObject({ groupId: entityId, archived: z.boolean() })),
  'groups.dashboard': query<Dashboard>()(groupRef),

  'backups.list': query<BackupInfo[]>()(groupRef),
  'backups.restore': command<GroupSummary>()(z.strictObject({ groupId: entityId, backupId: z.string().min(1).max(200) })),

  'problems.list': query<WorkspaceProblem[]>()(z.strictObject({})),
  'problems.restoreNewestBackup': command<GroupSummary>()(z.strictObject({ problemId: entityId })),
  'problems.dismiss': command<WorkspaceProblem[]>()(z.strictObject({ problemId: entityId })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends Operation<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
