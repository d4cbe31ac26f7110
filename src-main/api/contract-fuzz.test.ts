// Random input to every method of the contract, through the real services on a real folder:
// whatever is refused must be refused as a validation error, without a crash and without a write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from './contract';
import { startTestServices, type TestServices } from '../app/test-services';
import { snapshotFolder } from '../test-support/folder-snapshot';

let test: TestServices;

beforeAll(async () => {
  test = await startTestServices();
  const created = await test.services.dispatch('groups.create', { name: 'Fuzz', language: 'da' });
  expect(created.ok).toBe(true);
});

afterAll(async () => {
  await test.dispose();
});

/** Inputs shaped like the real ones often enough to reach deep into the schemas, plus anything at all. */
const inputs = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom('name', 'language', 'groupId', 'backupId', 'problemId', 'archived', 'includeArchived', 'constructor', '__proto__'),
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant('../../etc/passwd'), fc.string({ unit: 'binary', maxLength: 300 })),
  ),
);

describe('every API method, fed random input', () => {
  for (const method of METHOD_NAMES) {
    it(`${method}: invalid input is a validation error and writes nothing`, async () => {
      const before = await snapshotFolder(test.workspacesDir);
      const settingsBefore = await snapshotFolder(test.userDataDir);
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          fc.pre(!contract[method].input.safeParse(input).success);
          const reply = await test.services.dispatch(method, input);
          expect(reply.ok).toBe(false);
          if (!reply.ok) expect(reply.error.code).toBe('validation');
        }),
        { numRuns: 150 },
      );
      expect(await snapshotFolder(test.workspacesDir)).toEqual(before);
      expect(await snapshotFolder(test.userDataDir)).toEqual(settingsBefore);
    });
  }

  it('refuses any method name outside the contract', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (name, input) => {
        fc.pre(!Object.hasOwn(contract, name));
        expect(await test.services.dispatch(name, input)).toEqual({ ok: false, error: { code: 'unknownMethod' } });
      }),
    );
  });
});
