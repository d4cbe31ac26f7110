// Invitations: the pipeline. Conflicts are checked before saving, the state machine guards every move,
// mail drafts are filled from the group's templates and handed over, never sent.
import { AppError } from '../../domain/errors';
import { followUpsForToday } from '../../domain/follow-ups';
import { findInvitationConflicts, groupBookingsOf } from '../../domain/invitation-conflicts';
import { createInvitation, transition } from '../../domain/invitations';
import { buildEml, buildMailtoUrl, composeMailDraft, mailValuesFor, templateKindFor } from '../../domain/mail-drafts';
import { peopleSettingsOf, type Speaker, type Workspace } from '../../domain/model';
import { findMember, findSpeaker } from '../../domain/people';
import type { Invitation, InvitationState, MailKind } from '../../domain/speaker-model';
import { localIsoDate, localTimestamp } from '../../domain/summaries';
import type { HandlersFor } from '../handlers-type';
import type { InvitationChange, InvitationDraft, MailDraftView, invitationOperations } from '../operations/invitations';
import { allWorkspaces, type HandlerContext } from './context';
import { deliverFile, openExternally } from './deliver';

/** The id a not-yet-saved speaker goes by while its draft invitation is checked for conflicts. */
const UNSAVED_SPEAKER_ID = 'unsaved-speaker';
const UNSAVED_INVITATION_ID = 'unsaved-invitation';

function invitationIn(workspace: Readonly<Workspace>, invitationId: string): Invitation {
  const invitation = workspace.invitations.find((candidate) => candidate.id === invitationId);
  if (!invitation) throw new AppError('invitationNotFound', { invitationId });
  return invitation;
}

function checkMeeting(workspace: Readonly<Workspace>, meetingId: string | undefined): void {
  if (meetingId !== undefined && !workspace.meetings.some((meeting) => meeting.id === meetingId)) {
    throw new AppError('meetingNotFound', { meetingId });
  }
}

/** Checks the draft's references and says which speaker it is for, a new one not yet having an id. */
function resolveDraft(workspace: Readonly<Workspace>, draft: InvitationDraft): { speaker: Speaker; isNew: boolean } {
  checkMeeting(workspace, draft.meetingId);
  if (draft.suggestedByMemberId !== undefined) findMember(workspace, draft.suggestedByMemberId);
  if (draft.speaker.kind === 'existing') return { speaker: findSpeaker(workspace, draft.speaker.speakerId), isNew: false };
  const { name, organisation, email } = draft.speaker;
  return {
    isNew: true,
    speaker: {
      id: UNSAVED_SPEAKER_ID,
      name,
      organisation,
      email,
      title: '',
      phone: '',
      topics: draft.topic === '' ? [] : [draft.topic.slice(0, 120)],
      bio: '',
      notes: '',
      ...(draft.suggestedByMemberId === undefined ? {} : { suggestedByMemberId: draft.suggestedByMemberId }),
    },
  };
}

function invitationFromDraft(draft: InvitationDraft, id: string, speakerId: string, at: string): Invitation {
  return createInvitation(
    {
      id,
      speakerId,
      topic: draft.topic,
      notes: draft.notes,
      ...(draft.meetingId === undefined ? {} : { meetingId: draft.meetingId }),
      ...(draft.suggestedByMemberId === undefined ? {} : { suggestedByMemberId: draft.suggestedByMemberId }),
    },
    at,
  );
}

/** Moves the invitation through the state machine, or refuses with the translated 'invalidTransition'. */
function moved(invitation: Invitation, to: InvitationState, at: string): Invitation {
  const result = transition(invitation, to, at);
  if (!result.ok) {
    if (result.reason.code === 'invalidTransition') throw new AppError('invalidTransition', result.reason.params);
    throw new AppError('internal');
  }
  return result.value;
}

export function invitationHandlers(context: HandlerContext): HandlersFor<typeof invitationOperations> {
  const store = () => context.store();
  const today = () => localIsoDate(context.now());

  /** Conflicts of `candidate` against every group, with the own group seen as it would be after saving. */
  const conflictsFor = (groupId: string, candidate: Invitation, unsavedSpeaker?: Speaker) => {
    const groups = allWorkspaces(context).map((workspace) => {
      const bookings = groupBookingsOf(workspace);
      if (workspace.group.id !== groupId || unsavedSpeaker === undefined) return bookings;
      return { ...bookings, speakers: [...bookings.speakers, unsavedSpeaker] };
    });
    return findInvitationConflicts({ candidate, groupId, groups, today: today() });
  };

  const saveMoved = async (groupId: string, next: Invitation): Promise<Invitation> => {
    await store().update(groupId, (workspace) => {
      workspace.invitations = workspace.invitations.map((invitation) => (invitation.id === next.id ? next : invitation));
    });
    return next;
  };

  const draftMail = (groupId: string, invitationId: string, kind: MailKind): MailDraftView => {
    const workspace = store().get(groupId);
    const invitation = invitationIn(workspace, invitationId);
    const speaker = findSpeaker(workspace, invitation.speakerId);
    const meeting = workspace.meetings.find((candidate) => candidate.id === invitation.meetingId);
    const settings = peopleSettingsOf(workspace.group);
    const { language } = workspace.group;
    const values = mailValuesFor({
      language,
      speaker,
      invitation,
      ...(meeting === undefined ? {} : { meeting }),
      groupName: workspace.group.name,
      profile: context.settings.get().facilitatorProfile,
      facilitatorName: settings.facilitatorName,
    });
    const to = speaker.email === '' ? [] : [{ name: speaker.name, email: speaker.email }];
    const templateKind = templateKindFor(kind, invitation.state);
    return { kind, language, ...composeMailDraft(settings.mailTemplates[language], templateKind, values, to, language) };
  };

  /** The invitation with a new meeting, topic and notes; the meeting must exist. */
  const changed = ({ groupId, invitationId, meetingId, topic, notes }: InvitationChange): Invitation => {
    const workspace = store().get(groupId);
    const { meetingId: _previous, ...existing } = invitationIn(workspace, invitationId);
    checkMeeting(workspace, meetingId ?? undefined);
    return { ...existing, topic, notes, ...(meetingId === null ? {} : { meetingId }) };
  };

  return {
    'invitations.board': async ({ groupId }) => {
      const workspace = store().get(groupId);
      return {
        invitations: [...workspace.invitations],
        speakers: [...workspace.speakers],
        meetings: workspace.meetings.map(({ id, date, theme, hostOrganisation }) => ({ id, date, theme, hostOrganisation })),
        members: workspace.members.map(({ id, name }) => ({ id, name })),
      };
    },
    'invitations.checkNew': async (draft) => {
      const { speaker, isNew } = resolveDraft(store().get(draft.groupId), draft);
      const candidate = invitationFromDraft(draft, UNSAVED_INVITATION_ID, speaker.id, localTimestamp(context.now()));
      return conflictsFor(draft.groupId, candidate, isNew ? speaker : undefined);
    },
    'invitations.create': async (draft) => {
      const { speaker, isNew } = resolveDraft(store().get(draft.groupId), draft);
      const savedSpeaker = isNew ? { ...speaker, id: context.newId() } : speaker;
      const invitation = invitationFromDraft(draft, context.newId(), savedSpeaker.id, localTimestamp(context.now()));
      await store().update(draft.groupId, (workspace) => {
        if (isNew) workspace.speakers.push(savedSpeaker);
        workspace.invitations.push(invitation);
      });
      return invitation;
    },
    'invitations.moveUnlessConflicts': async ({ groupId, invitationId, to }) => {
      const next = moved(invitationIn(store().get(groupId), invitationId), to, localTimestamp(context.now()));
      const conflicts = conflictsFor(groupId, next);
      if (conflicts.length > 0) return { conflicts };
      return { moved: await saveMoved(groupId, next) };
    },
    'invitations.move': async ({ groupId, invitationId, to }) =>
      saveMoved(groupId, moved(invitationIn(store().get(groupId), invitationId), to, localTimestamp(context.now()))),
    'invitations.checkUpdate': async (change) => conflictsFor(change.groupId, changed(change)),
    'invitations.update': async (change) => {
      const { groupId, invitationId } = change;
      const updated = changed(change);
      await store().update(groupId, (draft, current) => {
        draft.invitations = current.invitations.map((invitation) => (invitation.id === invitationId ? updated : invitation));
      });
      return updated;
    },
    'invitations.mailDraft': async ({ groupId, invitationId, kind }) => draftMail(groupId, invitationId, kind),
    'invitations.openMail': async ({ groupId, invitationId, kind }) =>
      openExternally(context, buildMailtoUrl(draftMail(groupId, invitationId, kind))),
    'invitations.saveEml': async ({ groupId, invitationId, kind }) => {
      const draft = draftMail(groupId, invitationId, kind);
      const eml = buildEml({ ...draft, date: localTimestamp(context.now()) });
      return deliverFile(context, { title: draft.subject, extension: 'eml', bytes: new TextEncoder().encode(eml) });
    },
    'invitations.followUps': async ({ groupId }) => {
      const workspace = store().get(groupId);
      const speakers = new Map(workspace.speakers.map((speaker) => [speaker.id, speaker.name]));
      const invitations = new Map(workspace.invitations.map((invitation) => [invitation.id, invitation.topic]));
      return followUpsForToday({
        invitations: workspace.invitations,
        meetings: workspace.meetings,
        settings: peopleSettingsOf(workspace.group),
        today: today(),
      }).map((followUp) => ({
        ...followUp,
        speakerName: speakers.get(followUp.speakerId) ?? '',
        topic: invitations.get(followUp.invitationId) ?? '',
      }));
    },
    'invitations.settings': async ({ groupId }) => peopleSettingsOf(store().get(groupId).group),
    'invitations.saveSettings': async ({ groupId, followUpAfterDays, facilitatorName, templates }) => {
      const group = store().get(groupId).group;
      const current = peopleSettingsOf(group);
      const next = {
        ...current,
        followUpAfterDays,
        facilitatorName,
        // A form that does not send the unanswered reminder or the new-date mail keeps the one the group has.
        mailTemplates: {
          ...current.mailTemplates,
          [group.language]: {
            remindUnanswered: current.mailTemplates[group.language].remindUnanswered,
            newDate: current.mailTemplates[group.language].newDate,
            ...templates,
          },
        },
      };
      await store().update(groupId, (draft) => {
        draft.group.peopleSettings = next;
      });
      return next;
    },
  };
}
