// The three shapes a meeting takes; its own module so the agenda model can use it without a cycle through model.ts.
import { z } from 'zod';

export const meetingKindSchema = z.enum(['fullDay', 'halfDay', 'overnight']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;
