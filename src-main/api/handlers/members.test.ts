import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../../test-support/test-services';
import { decodeCsvBytes } from '../../export/member-csv/decode-bytes';
import { callerFor, refusal } from '../../test-support/caller';

let test: TestServices;
const call = callerFor(() => test);
let groupId: string;

const fixtureBase64 = (name: string) =>
  readFileSync(new URL(`../../export/member-csv/fixtures/${name}`, import.meta.url)).toString('base64');

const fields = {
  name: 'Mette Holm',
  email: 'mette@aarhus.dk',
  phone: '',
  title: 'CIO',
  organisation: 'Aarhus Kommune',
  sector: 'municipality' as const,
  joined: '2019-03-01',
  notes: '',
};

beforeEach(async () => {
  test = await startTestServices();
  groupId = (await call('groups.create', { name: 'CIO Øst', language: 'da' })).id;
});
afterEach(async () => {
  await test.dispose();
});

describe('members handlers', () => {
  it('keeps the earlier job when a member changes organisation, and corrects in place otherwise', async () => {
    const member = await call('members.create', { groupId, member: fields });
    const moved = await call('members.update', {
      groupId,
      memberId: member.id,
      member: { ...fields, organisation: 'Region Midt', sector: 'region' },
      jobChangeOn: '2025-01-01',
    });
    expect(moved.employments).toEqual([
      { organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality', from: '2019-03-01', to: '2025-01-01' },
      { organisation: 'Region Midt', title: 'CIO', sector: 'region', from: '2025-01-01' },
    ]);
    const corrected = await call('members.update', {
      groupId,
      memberId: member.id,
      member: { ...fields, organisation: 'Region Midtjylland', sector: 'region' },
    });
    expect(corrected.employments.map((job) => job.organisation)).toEqual(['Aarhus Kommune', 'Region Midtjylland']);
  });

  it('marks a member as left without deleting, and restores a deleted member for undo', async () => {
    const member = await call('members.create', { groupId, member: fields });
    expect((await call('members.setLeft', { groupId, memberId: member.id, left: '2026-06-30' })).left).toBe('2026-06-30');
    expect(await call('members.list', { groupId })).toHaveLength(1);
    const removed = await call('members.delete', { groupId, memberId: member.id });
    expect(await call('members.list', { groupId })).toHaveLength(0);
    await call('members.restore', { groupId, member: removed });
    expect((await call('members.list', { groupId }))[0]).toEqual(removed);
  });

  it('refuses a left date before the joined date and an unknown member', async () => {
    expect((await refusal(call('members.create', { groupId, member: { ...fields, left: '2018-01-01' } })))?.code).toBe('validation');
    expect((await refusal(call('members.setLeft', { groupId, memberId: 'nobody', left: null })))?.code).toBe('memberNotFound');
  });

  it('previews an import without writing, then imports exactly the accepted rows', async () => {
    const base64 = fixtureBase64('danish-excel-windows-1252.csv');
    const preview = await call('members.previewImport', { groupId, base64 });
    expect(preview.counts).toEqual({ accepted: 3, duplicate: 0, rejected: 2 });
    expect(await call('members.list', { groupId })).toHaveLength(0);

    expect(await call('members.import', { groupId, base64 })).toEqual({ imported: 3 });
    expect((await call('members.list', { groupId })).map((member) => member.name)).toContain('Søren Ærø');
    const again = await call('members.previewImport', { groupId, base64 });
    expect(again.counts).toEqual({ accepted: 0, duplicate: 3, rejected: 2 });
  });

  it('shows the detected encoding and delimiter, and checks rows without an e-mail by name against current members', async () => {
    const current = await call('members.create', { groupId, member: { ...fields, email: '' } });
    const former = await call('members.create', { groupId, member: { ...fields, name: 'Åse Lund', email: '' } });
    await call('members.setLeft', { groupId, memberId: former.id, left: '2020-01-01' });
    // Windows-1252 (as Danish Excel saves "CSV (semikolonsepareret)"): "æ" is 0xE6, "Å" 0xC5.
    const latin1 = Buffer.from('Navn;E-mail\r\nMETTE HOLM;\r\n\xc5se Lund;\r\nS\xf8ren \xc6r\xf8;\r\n', 'latin1').toString('base64');
    const preview = await call('members.previewImport', { groupId, base64: latin1 });
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', counts: { accepted: 2, duplicate: 1, rejected: 0 } });
    expect(preview.rows[0]).toMatchObject({ status: 'duplicate', duplicateOf: { kind: 'member', memberId: current.id, by: 'name' } });
    expect(preview.rows.map((found) => found.status === 'rejected' ? '' : found.member.name)).toEqual(['METTE HOLM', 'Åse Lund', 'Søren Ærø']);
    expect(await call('members.import', { groupId, base64: latin1 })).toEqual({ imported: 2 });
  });

  it('exports the roster as a download that imports back to the same roster', async () => {
    await call('members.import', { groupId, base64: fixtureBase64('danish-excel-utf8-bom.csv') });
    const exported = await call('members.exportCsv', { groupId });
    if (exported.kind !== 'download') throw new Error('expected a download from the headless host');
    expect(exported.fileName).toMatch(/\.csv$/);
    expect(decodeCsvBytes(new Uint8Array(Buffer.from(exported.base64, 'base64'))).encoding).toBe('utf-8-bom');

    const other = (await call('groups.create', { name: 'Kopi', language: 'da' })).id;
    await call('members.import', { groupId: other, base64: exported.base64 });
    const strip = ({ id: _id, ...member }: { id: string }) => member;
    expect((await call('members.list', { groupId: other })).map(strip)).toEqual((await call('members.list', { groupId })).map(strip));
  });

  it('refuses a file above the size cap as a validation error', async () => {
    const tooBig = 'A'.repeat(7 * 1024 * 1024 + 4);
    expect((await refusal(call('members.previewImport', { groupId, base64: tooBig })))?.code).toBe('validation');
  });
});
