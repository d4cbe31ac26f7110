// A speaker for tests: only what a test cares about is given, the rest is empty.
import type { Speaker } from '../../../src-main/domain/model';

export function sampleSpeaker(id: string, name: string, fields: Partial<Omit<Speaker, 'id' | 'name'>> = {}): Speaker {
  return { id, name, title: '', organisation: '', email: '', phone: '', topics: [], bio: '', notes: '', ...fields };
}
