// Speakers: the group's directory, each person's talks in every group, and copying speakers between groups.
import { AppError } from '../../domain/errors';
import { groupBookingsOf } from '../../domain/invitation-conflicts';
import type { Speaker, Workspace } from '../../domain/model';
import { findMember, findSpeaker } from '../../domain/people';
import { indexPeople } from '../../domain/person-index';
import { canRateTalk, speakersWorthAskingAgain, speakerTalks, talkBook, talksOfRecord } from '../../domain/speaker-memory';
import { localIsoDate } from '../../domain/summaries';
import type { HandlersFor } from '../handlers-type';
import type { SpeakerElsewhere, SpeakerFields, speakerOperations } from '../operations/speakers';
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

function checkSuggestedBy(workspace: Readonly<Workspace>, fields: SpeakerFields): void {
  if (fields.suggestedByMemberId !== undefined) findMember(workspace, fields.suggestedByMemberId);
}

export function speakerHandlers(context: HandlerContext): HandlersFor<typeof speakerOperations> {
  const store = () => context.store();
  const today = () => localIsoDate(context.now());
  const everyGroup = () => allWorkspaces(context).map(groupBookingsOf);
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
      await store().update(groupId, (draft, current) => {
        draft.speakers = current.speakers.map((speaker) => (speaker.id === speakerId ? updated : speaker));
      });
      return updated;
    },
    'speakers.delete': async ({ groupId, speakerId }) => {
      const workspace = store().get(groupId);
      const existing = findSpeaker(workspace, speakerId);
      if (workspace.invitations.some((invitation) => invitation.speakerId === speakerId)) {
        throw new AppError('speakerHasInvitations', { speakerId });
      }
      await store().update(groupId, (draft, current) => {
        draft.speakers = current.speakers.filter((speaker) => speaker.id !== speakerId);
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
      return speakerTalks(everyGroup(), groupId, speaker, today());
    },
    'speakers.rateTalk': async ({ groupId, invitationId, rating, note }) => {
      const workspace = store().get(groupId);
      const invitation = workspace.invitations.find((candidate) => candidate.id === invitationId);
      if (!invitation) throw new AppError('invitationNotFound', { invitationId });
      const meeting = workspace.meetings.find((candidate) => candidate.id === invitation.meetingId);
      if (!canRateTalk(invitation, meeting, today())) throw new AppError('talkNotHeld', { invitationId });
      const { rating: _rating, ratingNote: _note, ...rest } = invitation;
      const rated = { ...rest, ...(rating === null ? {} : { rating }), ...(note.trim() === '' ? {} : { ratingNote: note.trim() }) };
      await store().update(groupId, (draft, current) => {
        draft.invitations = current.invitations.map((candidate) => (candidate.id === invitationId ? rated : candidate));
      });
      const talk = talksOfRecord(groupBookingsOf(store().get(groupId)), invitation.speakerId, today()).find((entry) => entry.invitationId === invitationId);
      if (!talk) throw new AppError('invitationNotFound', { invitationId });
      return talk;
    },
    'speakers.worthAskingAgain': async ({ groupId }) => {
      store().get(groupId);
      return speakersWorthAskingAgain(everyGroup(), groupId, today());
    },
    'speakers.elsewhere': async ({ groupId }) => {
      const ownPeople = indexPeople(store().get(groupId).speakers);
      const others = allWorkspaces(context).filter((workspace) => workspace.group.id !== groupId);
      const book = talkBook(others.map(groupBookingsOf), today());
      return others.flatMap((workspace) =>
        workspace.speakers.map(
          (speaker): SpeakerElsewhere => ({
            groupId: workspace.group.id,
            groupName: workspace.group.name,
            speaker,
            talks: book.talksOfRecord(workspace.group.id, speaker.id),
            alreadyInGroup: ownPeople.recordsOf(speaker).length > 0,
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
