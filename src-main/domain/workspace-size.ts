// When a group's file grows big enough to slow saving and opening, the facilitator is told, with its size.
// 20 MB is where issue 6 draws the line: the store saves and opens a 5 MB workspace well within its targets, and the
// time of a full open grows with the file.

export const LARGE_WORKSPACE_BYTES = 20 * 1024 * 1024;

export interface WorkspaceSize {
  fileBytes: number;
  limitBytes: number;
  large: boolean;
}

export function workspaceSizeOf(fileBytes: number, limitBytes = LARGE_WORKSPACE_BYTES): WorkspaceSize {
  return { fileBytes, limitBytes, large: fileBytes > limitBytes };
}
