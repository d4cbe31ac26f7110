// App-wide operations: status, language, the workspaces folder.
import { z } from 'zod';
import { colorSchemeChoiceSchema } from '../../domain/appearance';
import { languageSchema } from '../../domain/model';
import type { AppStatus } from '../../domain/views';
import { command, query } from './define';

export const appOperations = {
  // Its problems are those known so far; it is asked again when more are found (problemsChanged).
  'app.status': query<AppStatus>('groupList')(z.strictObject({})),
  'settings.setLanguage': command<AppStatus>()(z.strictObject({ language: languageSchema.nullable() })),
  'settings.setColorScheme': command<AppStatus>()(z.strictObject({ colorScheme: colorSchemeChoiceSchema })),
  'workspace.pickFolder': command<AppStatus>()(z.strictObject({})),
};
