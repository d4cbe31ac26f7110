// One colour per decision status and confidentiality level, so the register's badges and selects read the same way.
import type { MantineColor } from '@mantine/core';
import type { Confidentiality, DecisionStatus } from '../../../../src-main/domain/minutes-model';

export const STATUS_COLOUR: Record<DecisionStatus, MantineColor> = { inForce: 'teal', replaced: 'orange', obsolete: 'gray' };

/** The minutes editor's colours for the levels (red stays in the room, blue is for members, green may be shared). */
export const LEVEL_COLOUR: Record<Confidentiality, MantineColor> = { room: 'red', members: 'blue', shareable: 'green' };
