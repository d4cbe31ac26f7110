// A group's line in the groups list and what its dashboard shows, read from its file without opening it: only the
// group, its members and its meetings are parsed (about an eighth of a long-lived group's bytes), and the speakers are
// counted, not parsed.
// Bytes this store validated before (verified-record.ts) are taken as they are; for any others (a file changed on
// another device, every file on a new one) the three parts the summary is made of are validated first. Either way only
// the layout the store writes is glanced at; any other file is opened in full before it is listed.
import { Buffer } from 'node:buffer';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type Group, type GroupSummary, type Meeting } from '../domain/model';
import { summarizeGroupFacts, type GroupFacts } from '../domain/summaries';
import { asBuffer, parseTopLevelMember, topLevelMembers, type TopLevelMember } from './json-in-pieces';

/** A file's group as the groups list and the dashboard show it before the file is open. */
export interface GroupGlance {
  summary: GroupSummary;
  group: Group;
  meetings: Meeting[];
}

/**
 * The glance at a file in the store's layout; null for any other layout, or for parts that are not valid (the file is
 * then opened first, and what is wrong with it is told then). `validatedBefore`: the bytes are known to be valid.
 */
export function glanceAtGroup(bytes: Uint8Array, fileName: string, today: string, validatedBefore: boolean): GroupGlance | null {
  const members = topLevelMembers(bytes, 0);
  if (!members) return null;
  const buffer = asBuffer(bytes);
  const only = (name: string): TopLevelMember | null => {
    const found = members.filter((member) => member.name === name);
    return found.length === 1 ? found[0]! : null;
  };
  const parsed = (name: 'schemaVersion' | 'group' | 'members' | 'meetings'): unknown => {
    const member = only(name);
    const value = member ? parseTopLevelMember(buffer.toString('utf8', member.from, member.to), member.last)[name] : undefined;
    if (validatedBefore || value === undefined) return value;
    const checked = workspaceSchema.shape[name].safeParse(value);
    return checked.success ? checked.data : undefined;
  };
  try {
    if (parsed('schemaVersion') !== CURRENT_SCHEMA_VERSION) return null;
    const speakers = only('speakers');
    const speakerCount = speakers ? listLength(buffer, speakers) : null;
    const facts = { group: parsed('group'), members: parsed('members'), meetings: parsed('meetings'), speakerCount };
    if (Object.values(facts).some((value) => value === undefined || value === null)) return null;
    return { summary: summarizeGroupFacts(facts as GroupFacts, fileName, today), group: facts.group as Group, meetings: facts.meetings as Meeting[] };
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
