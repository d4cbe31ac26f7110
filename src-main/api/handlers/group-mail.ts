// Mails to the group: the invitation with the Word invitation and the .ics attached, the members' minutes, each
// action owner's list; and the members' replies before the meeting. The draft is an .eml, opened in the mail program
// where the host can, else saved. Nothing is ever sent by the app.
import { filterActions } from '../../domain/confidentiality';
import { buildEmlWithAttachments, type MailAttachment } from '../../domain/eml-attachments';
import { AppError } from '../../domain/errors';
import { emptyFacilitatorProfile, facilitatorNameOf, signatureOf } from '../../domain/facilitator-profile';
import { exportFileName, safeFileStem } from '../../domain/file-names';
import { actionOwnerMail, groupInvitationMail, groupMinutesMail, groupRecipients, type GroupMailText } from '../../domain/group-mails';
import type { MailAddress } from '../../domain/mail-drafts';
import { findMeeting, meetingMinutesOf } from '../../domain/meetings';
import { countReplies, withReply } from '../../domain/member-replies';
import type { Action } from '../../domain/minutes-model';
import { peopleSettingsOf, type Meeting, type Workspace } from '../../domain/model';
import { findMember, peopleOn } from '../../domain/people';
import { localTimestamp } from '../../domain/summaries';
import { meetingInvitationDocx } from '../../export/agenda-docx';
import { FILE_NAME_LABELS } from '../../export/file-name-labels';
import { meetingsToIcsBytes } from '../../export/ics';
import { MINUTES_LABELS } from '../../export/minutes-labels';
import type { HandlersFor } from '../handlers-type';
import type { GroupMailChoice, GroupMailResult, groupMailOperations } from '../operations/group-mail';
import type { HandlerContext } from './context';
import { deliverFile } from './deliver';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface PreparedMail {
  text: GroupMailText;
  to: MailAddress[];
  attachments: MailAttachment[];
}

/** A member's open actions from this meeting that the members' version may show: what their draft lists. */
function openActionsOf(workspace: Readonly<Workspace>, meetingId: string, memberId: string): Action[] {
  const mine = workspace.actions.filter(
    (action) => action.meetingId === meetingId && action.status === 'open' && action.owner.kind === 'member' && action.owner.memberId === memberId,
  );
  return filterActions(mine, 'members');
}

export function groupMailHandlers(context: HandlerContext): HandlersFor<typeof groupMailOperations> {
  const profile = () => context.settings.get().facilitatorProfile ?? emptyFacilitatorProfile();

  const prepare = async (workspace: Readonly<Workspace>, meeting: Meeting, choice: GroupMailChoice): Promise<PreparedMail> => {
    const { group } = workspace;
    const language = group.language;
    const fallbackName = peopleSettingsOf(group).facilitatorName;
    const sources = { language, groupName: group.name, meeting, signature: signatureOf(profile(), fallbackName) };
    const fileName = (kind: string, extension: string, version?: string) =>
      exportFileName({ kind, date: meeting.date, group: group.name, ...(version === undefined ? {} : { version }) }, extension);
    const labels = FILE_NAME_LABELS[language];

    if (choice.kind === 'invitation') {
      const facilitatorName = facilitatorNameOf(profile(), fallbackName);
      const ics = meetingsToIcsBytes([{ groupId: group.id, groupName: group.name, language, meeting }], { now: context.now(), calendarName: group.name });
      return {
        text: groupInvitationMail(sources),
        to: groupRecipients(workspace.members, meeting.date).to,
        attachments: [
          { fileName: fileName(labels.invitation, 'docx'), mimeType: DOCX, bytes: await meetingInvitationDocx(workspace, meeting, facilitatorName) },
          { fileName: fileName(labels.calendar, 'ics'), mimeType: 'text/calendar', bytes: ics },
        ],
      };
    }
    if (choice.kind === 'minutes') {
      if (meeting.minutes === undefined) throw new AppError('nothingToMail', { reason: 'noMinutes' });
      const bytes = await context.exports.run('minutesDocx', {
        group,
        members: workspace.members,
        version: 'members',
        meetings: [meetingMinutesOf(meeting, workspace.actions)],
        facilitatorName: facilitatorNameOf(profile(), fallbackName),
      });
      return {
        text: groupMinutesMail(sources),
        to: groupRecipients(workspace.members, meeting.date).to,
        attachments: [{ fileName: fileName(labels.minutes, 'docx', MINUTES_LABELS[language].versionLabel.members), mimeType: DOCX, bytes }],
      };
    }
    const owner = findMember(workspace, choice.memberId);
    const actions = openActionsOf(workspace, meeting.id, owner.id);
    if (actions.length === 0) throw new AppError('nothingToMail', { reason: 'noActions' });
    return {
      text: actionOwnerMail({ ...sources, ownerName: owner.name, actions }),
      to: owner.email === '' ? [] : [{ name: owner.name, email: owner.email }],
      attachments: [],
    };
  };

  return {
    'groupMail.overview': async ({ groupId, meetingId }) => {
      const workspace = context.store().get(groupId);
      const meeting = findMeeting(workspace, meetingId);
      const replies = meeting.replies ?? [];
      const people = peopleOn(workspace.members, meeting.date);
      const emails = new Map(workspace.members.map((member) => [member.id, member.email !== '']));
      const owners = new Map<string, number>();
      for (const action of filterActions(workspace.actions, 'members')) {
        if (action.meetingId !== meetingId || action.status !== 'open' || action.owner.kind !== 'member') continue;
        owners.set(action.owner.memberId, (owners.get(action.owner.memberId) ?? 0) + 1);
      }
      return {
        members: people.map((person) => ({
          id: person.id,
          name: person.name,
          hasEmail: emails.get(person.id) ?? false,
          reply: replies.find((reply) => reply.memberId === person.id) ?? null,
        })),
        counts: countReplies(
          people.map((person) => person.id),
          replies,
        ),
        dinner: meeting.dinner,
        hasMinutes: meeting.minutes !== undefined,
        actionOwners: workspace.members
          .filter((member) => owners.has(member.id))
          .map((member) => ({ memberId: member.id, name: member.name, hasEmail: member.email !== '', actionCount: owners.get(member.id) ?? 0 }))
          .sort((a, b) => a.name.localeCompare(b.name, 'da')),
        signed: signatureOf(profile(), peopleSettingsOf(workspace.group).facilitatorName) !== '',
      };
    },
    'groupMail.setReply': async ({ groupId, meetingId, memberId, reply }) => {
      const workspace = context.store().get(groupId);
      findMember(workspace, memberId);
      const next = withReply(findMeeting(workspace, meetingId).replies ?? [], memberId, reply);
      await context.store().update(groupId, (draft) => {
        findMeeting(draft, meetingId).replies = next;
      });
      return next;
    },
    'groupMail.make': async ({ groupId, meetingId, mail, delivery }): Promise<GroupMailResult> => {
      const workspace = context.store().get(groupId);
      const meeting = findMeeting(workspace, meetingId);
      const prepared = await prepare(workspace, meeting, mail);
      const from = profile().email === '' ? {} : { from: { ...(profile().name === '' ? {} : { name: profile().name }), email: profile().email } };
      const eml = buildEmlWithAttachments({
        ...from,
        to: prepared.to,
        subject: prepared.text.subject,
        body: prepared.text.body,
        date: localTimestamp(context.now()),
        attachments: prepared.attachments,
      });
      const bytes = new TextEncoder().encode(eml);
      if (delivery === 'open' && context.host.openFile !== undefined) {
        const fileName = `${safeFileStem(prepared.text.subject, 'mail')}.eml`;
        if (await context.host.openFile(fileName, bytes)) return { kind: 'opened', fileName };
      }
      return deliverFile(context, { title: prepared.text.subject, extension: 'eml', bytes });
    },
  };
}
