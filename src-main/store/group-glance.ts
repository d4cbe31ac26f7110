// A group's line in the groups list, read from its file without opening it: only the group, its members and its
// meetings are parsed (about an eighth of a long-lived group's bytes), and the speakers are counted, not parsed.
// Nothing is validated, so it is taken only for bytes this store validated before (verified-record.ts), in the layout
// it writes; any other file is opened in full before it is listed.
import { Buffer } from 'node:buffer';
import { CURRENT_SCHEMA_VERSION, type GroupSummary } from '../domain/model';
import { summarizeGroupFacts, type GroupFacts } from '../domain/summaries';
import { asBuffer, parseTopLevelMember, topLevelMembers, type TopLevelMember } from './json-in-pieces';

/** The summary of validated bytes in the store's layout; null for any other layout (the file is then opened first). */
export function glanceSummary(bytes: Uint8Array, fileName: string, today: string): GroupSummary | null {
  const members = topLevelMembers(bytes, 0);
  if (!members) return null;
  const buffer = asBuffer(bytes);
  const only = (name: string): TopLevelMember | null => {
    const found = members.filter((member) => member.name === name);
    return found.length === 1 ? found[0]! : null;
  };
  const parsed = (name: string): unknown => {
    const member = only(name);
    return member ? parseTopLevelMember(buffer.toString('utf8', member.from, member.to), member.last)[name] : undefined;
  };
  try {
    if (parsed('schemaVersion') !== CURRENT_SCHEMA_VERSION) return null;
    const speakers = only('speakers');
    const speakerCount = speakers ? listLength(buffer, speakers) : null;
    const facts = { group: parsed('group'), members: parsed('members'), meetings: parsed('meetings'), speakerCount };
    if (Object.values(facts).some((value) => value === undefined || value === null)) return null;
    return summarizeGroupFacts(facts as GroupFacts, fileName, today);
  } catch {
    return null;
  }
}

const ELEMENT_OPENS = Buffer.from('\n    {');
const ELEMENT_CLOSES = Buffer.from('\n    }');

/**
 * The number of records in a list the store wrote: each begins and ends on a line of its own, indented four spaces
 * (workspace-encoding.ts). Null when openings and closings disagree (another layout), and the caller gives up.
 */
function listLength(buffer: Buffer, member: TopLevelMember): number | null {
  const opens = occurrences(buffer, ELEMENT_OPENS, member.from, member.to);
  return opens === occurrences(buffer, ELEMENT_CLOSES, member.from, member.to) ? opens : null;
}

function occurrences(buffer: Buffer, needle: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = buffer.indexOf(needle, from); at >= 0 && at < to; at = buffer.indexOf(needle, at + needle.length)) count += 1;
  return count;
}
