import { describe, expect, it } from 'vitest';
import { LARGE_WORKSPACE_BYTES, workspaceSizeOf } from './workspace-size';

describe('workspaceSizeOf', () => {
  it('calls a file large only once it passes 20 MB', () => {
    expect(LARGE_WORKSPACE_BYTES).toBe(20 * 1024 * 1024);
    expect(workspaceSizeOf(5_000_000).large).toBe(false);
    expect(workspaceSizeOf(LARGE_WORKSPACE_BYTES).large).toBe(false);
    expect(workspaceSizeOf(LARGE_WORKSPACE_BYTES + 1)).toEqual({ fileBytes: LARGE_WORKSPACE_BYTES + 1, limitBytes: LARGE_WORKSPACE_BYTES, large: true });
  });
});
