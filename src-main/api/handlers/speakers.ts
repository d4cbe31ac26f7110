// Speakers: the group's directory, each person's talks in every group, and copying speakers between groups.
import { AppError } from '../../domain/errors';
import { matchPerson } from '../../domain/invitation-conflicts';
import type { Speaker, Workspace } from '../../domain/model';
import { findMember, findSpeaker } from '../../domain/people';
import type { HandlersFor } from '../handlers-type';
import type { SpeakerElsewhere, SpeakerFields, SpeakerTalk, speakerOperations } from '../operations/speakers';
import { allWorkspaces, type HandlerContext } from './context';

export function speakerFromFields(id: string, fields: SpeakerFields): Speaker {
  const { suggestedByMemberId, doNotAskBefore, ...rest } = fields;
  return {
    id,
    ...rest,
    ...(suggestedByMemberId === undefined ? {} : { suggestedByMemberId }),
    ...(doNotAskBefore === undefined ? {} : { doNotAskBefore }),
  };
}

/** Every workspace of the folder that opens cleanly, archived ones included: history does not end with an archive. */
/** The talks a group has had with the given speaker records. */
function talksOf(workspace: Readonly<Workspace>, speakerIds: ReadonlySet<string>): SpeakerTalk[] {
  const meetingDates = new Map(workspace.meetings.map((meeting) => [meeting.id, meeting.date]));
  return workspace.invitations
    .filter((invitation) => speakerIds.has(invitation.speakerId))
    .map((invitation) => ({
      groupId: workspace.group.id,
      groupName: workspace.group.name,
      invitationId: invitation.id,
      topic: invitation.topic,
      state: invitation.state,
      meetingDate: (invitation.meetingId && meetingDates.get(invitation.meetingId)) || null,
      changedAt: invitation.history.at(-1)?.at ?? null,
    }));
}

function newestFirst(a: SpeakerTalk, b: SpeakerTalk): number {
  return (b.meetingDate ?? b.changedAt ?? '').localeCompare(a.meetingDate ?? a.changedAt ?? '');
}

function checkSuggestedBy(workspace: Readonly<Workspace>, fields: SpeakerFields): void {
  if (fields.suggestedByMemberId !== undefined) findMember(workspace, fields.suggestedByMemberId);
}

export function speakerHandlers(context: HandlerContext): HandlersFor<typeof speakerOperations> {
  const store = () => context.store();
  return {
    'speakers.list': async ({ groupId }) => [...store().get(groupId).speakers],
    'speakers.create': async ({ groupId, speaker: fields }) => {
      checkSuggestedBy(store().get(groupId), fields);
      const speaker = speakerFromFields(context.newId(), fields);
      await store().update(groupId, (draft) => {
        draft.speakers.push(speaker);
      });
      return speaker;
    },
    'speakers.update': async ({ groupId, speakerId, speaker: fields }) => {
      const workspace = store().get(groupId);
      findSpeaker(workspace, speakerId);
      checkSuggestedBy(workspace, fields);
      const updated = speakerFromFields(speakerId, fields);
      await store().update(groupId, (draft) => {
        draft.speakers = draft.speakers.map((speaker) => (speaker.id === speakerId ? updated : speaker));
      });
      return updated;
    },
    'speakers.delete': async ({ groupId, speakerId }) => {
      const workspace = store().get(groupId);
      const existing = findSpeaker(workspace, speakerId);
      if (workspace.invitations.some((invitation) => invitation.speakerId === speakerId)) {
        throw new AppError('speakerHasInvitations', { speakerId });
      }
      await store().update(groupId, (draft) => {
        draft.speakers = draft.speakers.filter((speaker) => speaker.id !== speakerId);
      });
      return existing;
    },
    'speakers.restore': async ({ groupId, speaker }) => {
      const already = store().get(groupId).speakers.find((candidate) => candidate.id === speaker.id);
      if (already) return already;
      await store().update(groupId, (draft) => {
        draft.speakers.push(speaker);
      });
      return speaker;
    },
    'speakers.history': async ({ groupId, speakerId }) => {
      const speaker = findSpeaker(store().get(groupId), speakerId);
      return allWorkspaces(context)
        .flatMap((workspace) => {
          const ids = new Set(
            workspace.speakers
              .filter((record) => (workspace.group.id === groupId ? record.id === speakerId : matchPerson(speaker, record) !== undefined))
              .map((record) => record.id),
          );
          return talksOf(workspace, ids);
        })
        .sort(newestFirst);
    },
    'speakers.elsewhere': async ({ groupId }) => {
      const own = store().get(groupId);
      return allWorkspaces(context)
        .filter((workspace) => workspace.group.id !== groupId)
        .flatMap((workspace) =>
          workspace.speakers.map(
            (speaker): SpeakerElsewhere => ({
              groupId: workspace.group.id,
              groupName: workspace.group.name,
              speaker,
              talks: talksOf(workspace, new Set([speaker.id])).sort(newestFirst),
              alreadyInGroup: own.speakers.some((mine) => matchPerson(mine, speaker) !== undefined),
            }),
          ),
        );
    },
    'speakers.copyFromGroup': async ({ groupId, fromGroupId, speakerId }) => {
      const source = findSpeaker(store().get(fromGroupId), speakerId);
      store().get(groupId);
      // Member ids belong to the source group, so "suggested by" cannot travel with the copy.
      const { suggestedByMemberId: _notCopied, ...fields } = source;
      const copy: Speaker = { ...fields, id: context.newId(), topics: [...fields.topics] };
      await store().update(groupId, (draft) => {
        draft.speakers.push(copy);
      });
      return copy;
    },
  };
}
