// Error codes the renderer translates. The main process never sends prose, only a code and parameters.
export const ERROR_CODES = [
  'validation',
  'unknownMethod',
  'groupNotFound',
  'actionNotFound',
  'themeNotFound',
  'themeNotWaiting',
  'dotBudgetExceeded',
  'backupNotFound',
  'problemNotFound',
  'workspaceLocked',
  'workspaceNewerVersion',
  'folderNotUsable',
  'saveFailed',
  'savePending',
  'shuttingDown',
  'notSupported',
  'memberNotFound',
  'speakerNotFound',
  'meetingNotFound',
  'invitationNotFound',
  'invalidTransition',
  'speakerHasInvitations',
  /** A live-meeting step that does not fit the meeting's live state (params.reason says which). */
  'liveStepRefused',
  'decisionNotFound',
  /** A decision register status 'replaced' naming a decision that is not a later decision of the group. */
  'replacementNotLater',
  /** How a talk went can be recorded only once its meeting has been held and the speaker said yes (canRateTalk). */
  'talkNotHeld',
  /** A mail to the group with nothing to say yet: no minutes, or no open actions for that member (params.reason). */
  'nothingToMail',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ValidationIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  /** zod's issue code or our own ('required', 'tooLong'), translated by the renderer. */
  code: string;
}

/** The serialisable error every transport carries unchanged. */
export interface ApiError {
  code: ErrorCode;
  params?: Record<string, string | number>;
  issues?: ValidationIssue[];
}

/** Thrown inside the main process; dispatch turns it into an ApiError. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
