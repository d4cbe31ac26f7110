// The facilitator's profile on this device: who signs the mails and documents. Asked once at first run, kept in the
// app settings, changed under Settings.
import { z } from 'zod';
import type { FacilitatorProfile } from '../../domain/facilitator-profile';
import { freeText } from '../../domain/text';
import { command, query } from './define';
import { emailText, shortText } from './members';

/** The profile, or null while the first-run question has been neither answered nor skipped. */
export interface ProfileView {
  profile: FacilitatorProfile | null;
}

export const profileInput = z.strictObject({
  name: shortText,
  title: shortText,
  organisation: shortText,
  phone: shortText,
  email: emailText,
  signature: freeText.pipe(z.string().max(1_000, { error: 'tooLong' })),
});

export const profileOperations = {
  'profile.get': query<ProfileView>()(z.strictObject({})),
  /** Saves the whole profile; an all-empty one records that the first-run question was skipped. */
  'profile.save': command<ProfileView>()(profileInput),
};
