// The app's look chosen by the user: light, dark, or following the operating system ('auto', the default).
import { z } from 'zod';

export const colorSchemeChoiceSchema = z.enum(['light', 'dark', 'auto']);
export type ColorSchemeChoice = z.infer<typeof colorSchemeChoiceSchema>;
