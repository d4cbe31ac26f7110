// The command palette's one question: what can be found, in every open group (names and dates only).
import { z } from 'zod';
import type { PaletteGroupIndex } from '../../domain/palette-index';
import { query } from './define';

export const paletteOperations = {
  /** Every group that is not archived, each with its current members, speakers, meetings and open actions. */
  'palette.index': query<PaletteGroupIndex[]>()(z.strictObject({})),
};
