// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { workspaceSizeOf } from '../../../../src-main/domain/workspace-size';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { LargeWorkspaceNotice } from './large-workspace-notice';

describe('LargeWorkspaceNotice', () => {
  it('warns with the size in Danish once the file passes 20 MB', async () => {
    const api = createFakeApi({ 'workspace.size': workspaceSizeOf(23.4 * 1024 * 1024) });
    renderWithProviders(<LargeWorkspaceNotice groupId="g1" />, { api });
    expect((await screen.findByRole('alert')).textContent).toContain('Gruppens fil er blevet stor');
    expect(screen.getByText(/Gruppens fil fylder 23,4 MB\. Over 20 MB/)).toBeTruthy();
  });

  it('shows nothing for a file of normal size', async () => {
    const api = createFakeApi({ 'workspace.size': workspaceSizeOf(5 * 1024 * 1024) });
    renderWithProviders(<LargeWorkspaceNotice groupId="g1" />, { api });
    await waitFor(() => expect(api.calls.map((call) => call.method)).toEqual(['workspace.size']));
    await act(async () => undefined); // lets the answer arrive and render
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
