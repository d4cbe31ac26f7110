// Members: roster edits that keep job history, leaving without deleting, delete with undo, CSV import and export.
import { previewMemberImport, type RosterForImport } from '../../export/member-csv/preview';
import { exportMembersCsv } from '../../export/member-csv/write';
import { FILE_NAME_LABELS } from '../../export/file-name-labels';
import type { Member } from '../../domain/model';
import { jobEditKind } from '../../domain/job-edit';
import { changeEmployment, currentEmployment, findMember, type Employment } from '../../domain/people';
import { localIsoDate } from '../../domain/summaries';
import type { HandlersFor } from '../handlers-type';
import type { MemberFields, memberOperations } from '../operations/members';
import type { HandlerContext } from './context';
import { deliverFile } from './deliver';

function jobOf(fields: MemberFields): Omit<Employment, 'from' | 'to'> | undefined {
  return fields.organisation === '' ? undefined : { organisation: fields.organisation, title: fields.title, sector: fields.sector };
}

function personalFields(fields: MemberFields): Omit<Member, 'id' | 'employments'> {
  return {
    name: fields.name,
    email: fields.email,
    phone: fields.phone,
    notes: fields.notes,
    ...(fields.joined === undefined ? {} : { joined: fields.joined }),
    ...(fields.left === undefined ? {} : { left: fields.left }),
  };
}

/** A correction (no job change): the current job is edited in place, or added if the member had none. */
function correctedEmployments(member: Member, job: Omit<Employment, 'from' | 'to'> | undefined): Employment[] {
  const current = currentEmployment(member);
  if (job === undefined) return member.employments.filter((employment) => employment !== current);
  if (current === undefined) return [...member.employments, { ...job, ...(member.joined ? { from: member.joined } : {}) }];
  return member.employments.map((employment) => (employment === current ? { ...employment, ...job } : employment));
}

function decodeBase64(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export function memberHandlers(context: HandlerContext): HandlersFor<typeof memberOperations> {
  const store = () => context.store();
  /** The roster an import is checked against: who has left is decided on the facilitator's today. */
  const rosterOf = (groupId: string): RosterForImport => ({ members: store().get(groupId).members, today: localIsoDate(context.now()) });
  return {
    'members.list': async ({ groupId }) => [...store().get(groupId).members],
    'members.create': async ({ groupId, member: fields }) => {
      const job = jobOf(fields);
      const member: Member = {
        id: context.newId(),
        ...personalFields(fields),
        employments: job === undefined ? [] : [{ ...job, ...(fields.joined ? { from: fields.joined } : {}) }],
      };
      await store().update(groupId, (draft) => {
        draft.members.push(member);
      });
      return member;
    },
    'members.update': async ({ groupId, memberId, member: fields, jobChangeOn }) => {
      const existing = findMember(store().get(groupId), memberId);
      const job = jobOf(fields);
      const changesJob = job !== undefined && jobChangeOn !== undefined && jobEditKind(currentEmployment(existing), job) === 'ask';
      const employments = changesJob
        ? changeEmployment(existing, job, jobChangeOn).employments
        : correctedEmployments(existing, job);
      const updated: Member = { id: memberId, ...personalFields(fields), employments };
      await store().update(groupId, (draft, current) => {
        draft.members = current.members.map((member) => (member.id === memberId ? updated : member));
      });
      return updated;
    },
    'members.setLeft': async ({ groupId, memberId, left }) => {
      const existing = findMember(store().get(groupId), memberId);
      const { left: _previous, ...rest } = existing;
      const updated: Member = left === null ? rest : { ...rest, left };
      await store().update(groupId, (draft, current) => {
        draft.members = current.members.map((member) => (member.id === memberId ? updated : member));
      });
      return updated;
    },
    'members.delete': async ({ groupId, memberId }) => {
      const existing = findMember(store().get(groupId), memberId);
      await store().update(groupId, (draft, current) => {
        draft.members = current.members.filter((member) => member.id !== memberId);
      });
      return existing;
    },
    'members.restore': async ({ groupId, member }) => {
      const workspace = store().get(groupId);
      const already = workspace.members.find((candidate) => candidate.id === member.id);
      if (already) return already;
      await store().update(groupId, (draft) => {
        draft.members.push(member);
      });
      return member;
    },
    'members.previewImport': async ({ groupId, base64 }) => previewMemberImport(decodeBase64(base64), rosterOf(groupId)),
    'members.import': async ({ groupId, base64 }) => {
      const preview = previewMemberImport(decodeBase64(base64), rosterOf(groupId));
      const imported: Member[] = [];
      for (const row of preview.rows) {
        if (row.status === 'accepted') imported.push({ id: context.newId(), ...row.member });
      }
      if (imported.length > 0) {
        await store().update(groupId, (draft) => {
          draft.members.push(...imported);
        });
      }
      return { imported: imported.length };
    },
    'members.exportCsv': async ({ groupId }) => {
      const workspace = store().get(groupId);
      const today = localIsoDate(context.now());
      return deliverFile(context, {
        name: { kind: FILE_NAME_LABELS[workspace.group.language].members, date: today, group: workspace.group.name },
        extension: 'csv',
        bytes: exportMembersCsv(workspace.members),
      });
    },
  };
}
