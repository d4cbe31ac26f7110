// Sizes of the files the facilitator hands the app. One constant per file kind, from which the renderer (to refuse
// early, with a message naming the limit) and the contract (to refuse at the door) both derive theirs, so the two
// cannot drift apart.

/** A Word letterhead template with a logo stays well under this; the renderer's message says "3 MB". */
export const MAX_LETTERHEAD_BYTES = 3 * 1024 * 1024;

/** How many base64 characters carry `bytes` bytes: 3 bytes become 4 characters, the last group padded. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
