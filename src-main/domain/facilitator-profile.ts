// Who is writing: the facilitator's own details, kept per device, that sign every mail draft and fill the documents.
import { z } from 'zod';
import { cleanText, oneLine } from './text';

const MAX_LINE = 120;
const MAX_SIGNATURE = 1_000;

const profileLine = z.string().transform((value) => oneLine(value)).pipe(z.string().max(MAX_LINE, { error: 'tooLong' }));

export const facilitatorProfileSchema = z.object({
  name: profileLine.default(''),
  title: profileLine.default(''),
  organisation: profileLine.default(''),
  phone: profileLine.default(''),
  email: profileLine.default(''),
  /** The closing lines under "Venlig hilsen"; empty signs with the lines above instead. */
  signature: z
    .string()
    .transform((value) => cleanText(value))
    .pipe(z.string().max(MAX_SIGNATURE, { error: 'tooLong' }))
    .default(''),
});
export type FacilitatorProfile = z.infer<typeof facilitatorProfileSchema>;

export function emptyFacilitatorProfile(): FacilitatorProfile {
  return { name: '', title: '', organisation: '', phone: '', email: '', signature: '' };
}

/**
 * The lines that sign a mail: the facilitator's own signature when written, else name, title, organisation, phone
 * and e-mail, one a line, leaving out what is unknown. May be empty (then the mail ends with its greeting).
 */
export function signatureOf(profile: FacilitatorProfile, fallbackName = ''): string {
  if (profile.signature !== '') return profile.signature;
  const name = profile.name !== '' ? profile.name : oneLine(fallbackName);
  const role = [profile.title, profile.organisation].filter((part) => part !== '').join(', ');
  return [name, role, profile.phone, profile.email].filter((line) => line !== '').join('\n');
}

/** The name documents print where the facilitator is responsible; the profile first, then the group's own setting. */
export function facilitatorNameOf(profile: FacilitatorProfile | null, fallbackName = ''): string {
  const name = profile?.name ?? '';
  return name !== '' ? name : oneLine(fallbackName);
}

/**
 * The name a greeting uses: the first word of the full name ("Åse" of "Åse Marie Lund"), a hyphenated first name
 * kept whole. A name with one word, or none, is used as it is.
 */
export function firstNameOf(fullName: string): string {
  const words = oneLine(fullName).split(' ');
  return words[0] ?? '';
}
