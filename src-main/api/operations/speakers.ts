// Speaker directory operations: one group's speakers, their history in every group, and speakers of all groups.
import { z } from 'zod';
import { speakerSchema, type Speaker } from '../../domain/model';
import type { SpeakerTalk, WorthAskingAgain } from '../../domain/speaker-memory';
import { entityId, freeText, isoDate, nameText } from '../../domain/text';
import { command, query } from './define';
import { groupRef } from './groups';
import { emailText, shortText } from './members';

export const MAX_TOPICS = 30;

export const speakerFields = z.strictObject({
  name: nameText,
  title: shortText,
  organisation: shortText,
  email: emailText,
  phone: shortText,
  topics: z.array(nameText).max(MAX_TOPICS),
  bio: freeText,
  notes: freeText,
  /** Absent when the facilitator found the speaker themselves. */
  suggestedByMemberId: entityId.optional(),
  doNotAskBefore: isoDate.optional(),
});
export type SpeakerFields = z.output<typeof speakerFields>;

export type { SpeakerTalk, WorthAskingAgain };

/** A speaker of another group, with the talks that group has had with them. */
export interface SpeakerElsewhere {
  groupId: string;
  groupName: string;
  speaker: Speaker;
  talks: SpeakerTalk[];
  /** Whether the current group already has this person (same e-mail, or same name without e-mail). */
  alreadyInGroup: boolean;
}

const speakerRef = z.strictObject({ groupId: entityId, speakerId: entityId });

export const speakerOperations = {
  'speakers.list': query<Speaker[]>()(groupRef),
  'speakers.create': command<Speaker>()(z.strictObject({ groupId: entityId, speaker: speakerFields })),
  'speakers.update': command<Speaker>()(z.strictObject({ groupId: entityId, speakerId: entityId, speaker: speakerFields })),
  /** Refused with 'speakerHasInvitations' while invitations refer to the speaker; returns the removed one for undo. */
  'speakers.delete': command<Speaker>()(speakerRef),
  'speakers.restore': command<Speaker>()(z.strictObject({ groupId: entityId, speaker: z.strictObject(speakerSchema.shape) })),
  /** Every talk by this person in every group of the folder, newest first. */
  'speakers.history': query<SpeakerTalk[]>()(speakerRef),
  /**
   * Records how a talk went, from the closing round: a rating of 1–5 (null clears it) and a note. Refused with
   * 'talkNotHeld' before the meeting's day or for a talk the speaker never said yes to (canRateTalk).
   */
  'speakers.rateTalk': command<SpeakerTalk>()(
    z.strictObject({ groupId: entityId, invitationId: entityId, rating: z.int().min(1).max(5).nullable(), note: freeText }),
  ),
  /** This group's speakers worth asking again (speakersWorthAskingAgain in the domain holds the rule). */
  'speakers.worthAskingAgain': query<WorthAskingAgain[]>()(groupRef),
  /** The speakers of every other group in the folder, archived groups included. */
  'speakers.elsewhere': query<SpeakerElsewhere[]>()(groupRef),
  /** Copies another group's speaker into this group; who suggested them stays behind, as members differ. */
  'speakers.copyFromGroup': command<Speaker>()(
    z.strictObject({ groupId: entityId, fromGroupId: entityId, speakerId: entityId }),
  ),
};
