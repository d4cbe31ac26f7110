// Valid input to every operation of the contract, derived from its schema, through the real services on a real folder
// seeded with the demo group. Ids mostly name records that exist, so calls reach the domain and the store. Every call
// must end in a result or a typed error the renderer translates (never `internal`), a query must change no file, and
// after all of it the folder must reopen without a problem.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../domain/errors';
import { buildLetterheadTemplate } from '../export/fixtures/letterhead-template';
import { startTestServices, typedCall, type TestServices } from '../test-support/test-services';
import { snapshotFolder } from '../test-support/folder-snapshot';
import { arbitraryFor, validInputs, type DeriveOptions } from '../test-support/zod-arbitrary';
import { contract, METHOD_NAMES, type MethodName } from './contract';

let test: TestServices;
let groupId: string;
let derive: DeriveOptions;

const ROSTER_CSV = 'Navn;E-mail;Organisation\r\nAnna Jensen;anna@example.dk;Aarhus Kommune\r\n=HYPERLINK("x");;\r\n';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Ids of every kind of record in the seeded workspace, keyed by the input fields that name them. */
async function idPools(groupId: string): Promise<DeriveOptions['idPools']> {
  const call = <M extends MethodName>(method: M, input: Parameters<typeof typedCall<M>>[2]) => typedCall(test.services, method, input);
  const { meetings } = await call('meetings.list', { groupId });
  const members = (await call('members.list', { groupId })).map((member) => member.id);
  const speakers = (await call('speakers.list', { groupId })).map((speaker) => speaker.id);
  const followUp = await call('followUp.overview', { groupId });
  const invitations = (await call('invitations.board', { groupId })).invitations.map((invitation) => invitation.id);
  const meetingIds = meetings.map((meeting) => meeting.id);
  const itemIds = meetings.flatMap((meeting) => meeting.agenda.map((item) => item.id));
  const themes = followUp.themes.map((theme) => theme.id);
  const actions = JSON.stringify(followUp.actions).match(/"id":"([^"]+)"/g)?.map((found) => found.slice(6, -1)) ?? [];
  return {
    groupId: [groupId],
    fromGroupId: [groupId],
    meetingId: meetingIds,
    fromMeetingId: meetingIds,
    raisedAtMeetingId: meetingIds,
    memberId: members,
    raisedByMemberId: members,
    suggestedByMemberId: members,
    ownerMemberId: members,
    speakerId: speakers,
    invitationId: invitations,
    agendaItemId: itemIds,
    currentItemId: itemIds,
    themeId: themes,
    actionId: actions,
  };
}

beforeAll(async () => {
  test = await startTestServices();
  groupId = (await typedCall(test.services, 'groups.createDemo', { language: 'da' })).id;
  derive = {
    idPools: await idPools(groupId),
    byKey: {
      // A roster file the reader must take apart; arbitrary bytes are the CSV reader's own property test.
      base64: fc.constantFrom(base64(ROSTER_CSV), base64(''), base64('Navn\r\nBo\r\n')),
      // A letterhead must be a Word template; the letterhead exporter's tests feed it broken ones. Where the field is
      // optional it is also left out; where it is required only the template is valid input.
      letterheadBase64: fc.constantFrom(undefined, Buffer.from(await buildLetterheadTemplate()).toString('base64')),
    },
  };
}, 60_000);

afterAll(async () => {
  await test.dispose();
});

/** The folder's files except the backup listing's cache, which a query may fill (it holds nothing of its own). */
async function dataFiles(): Promise<Record<string, string>> {
  const files = await snapshotFolder(test.workspacesDir);
  return Object.fromEntries(Object.entries(files).filter(([file]) => !/^\.backups[\\/].*summaries\.json$/.test(file)));
}

const TRANSLATED = new Set<string>(ERROR_CODES.filter((code) => code !== 'internal'));
const RUNS = 12;

describe('every operation, fed valid input against a seeded workspace', () => {
  it('has a generator for every operation (a new kind of schema field needs one in zod-arbitrary.ts)', () => {
    const missing = METHOD_NAMES.filter((method) => {
      try {
        return fc.sample(validInputs(contract[method].input, derive), 3).length !== 3;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  // Deleting runs last, so the other operations find records to work on.
  const deletesLast = [...METHOD_NAMES].sort((a, b) => Number(/\.(delete|remove)/.test(a)) - Number(/\.(delete|remove)/.test(b)));
  for (const method of deletesLast) {
    it(`${method}: ends in a result or a translated error${contract[method].kind === 'query' ? ', and changes no file' : ''}`, async () => {
      // Earlier operations created and deleted records; ids are taken afresh from what is there now.
      derive = { ...derive, idPools: await idPools(groupId) };
      const before = contract[method].kind === 'query' ? await dataFiles() : undefined;
      await fc.assert(
        fc.asyncProperty(validInputs(contract[method].input, derive), async (input) => {
          const reply = await test.services.dispatch(method, input);
          if (!reply.ok) expect(TRANSLATED, `${method} answered ${reply.error.code}`).toContain(reply.error.code);
        }),
        { numRuns: RUNS },
      );
      if (before !== undefined) expect(await dataFiles()).toEqual(before);
    }, 60_000);
  }

  it('leaves a folder that reopens without problems, every group readable', async () => {
    const services = await test.restart();
    expect(await typedCall(services, 'problems.list', {})).toEqual([]);
    for (const group of await typedCall(services, 'groups.list', { includeArchived: true })) {
      await expect(typedCall(services, 'groups.dashboard', { groupId: group.id })).resolves.toBeDefined();
    }
  }, 60_000);

  it('refuses any method name outside the contract', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (name, input) => {
        fc.pre(!Object.hasOwn(contract, name));
        expect(await test.services.dispatch(name, input)).toEqual({ ok: false, error: { code: 'unknownMethod' } });
      }),
    );
  });

  it('refuses input the schema refuses as a validation error', async () => {
    const options = { ...derive, byKey: {} };
    for (const method of METHOD_NAMES) {
      const wrong = fc.oneof(fc.anything(), arbitraryFor(contract[method].input, options).map((input) => ({ ...(input as object), unexpected: 1 })));
      await fc.assert(
        fc.asyncProperty(wrong, async (input) => {
          fc.pre(!contract[method].input.safeParse(input).success);
          const reply = await test.services.dispatch(method, input);
          expect(reply.ok ? 'ok' : reply.error.code).toBe('validation');
        }),
        { numRuns: 5 },
      );
    }
  }, 60_000);
});
