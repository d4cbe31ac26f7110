// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLiveKeys, type LiveKeyMap } from './use-live-keys';

function Keys({ keys, enabled = true }: { keys: LiveKeyMap; enabled?: boolean }) {
  useLiveKeys(keys, enabled);
  return (
    <div>
      <input aria-label="field" />
      <textarea aria-label="notes" />
      <button type="button">button</button>
      <div role="tablist">
        <button type="button" role="tab">tab</button>
      </div>
    </div>
  );
}

describe('the one-key steps', () => {
  it('fire on the page and on a button, in either case of letter', () => {
    const next = vi.fn();
    const { getByRole } = render(<Keys keys={{ n: next }} />);
    fireEvent.keyDown(window, { key: 'n' });
    fireEvent.keyDown(getByRole('button'), { key: 'N' });
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('never fire while typing in a field, with a modifier held, on a held-down key, or when switched off', () => {
    const next = vi.fn();
    const { getByLabelText, rerender } = render(<Keys keys={{ n: next }} />);
    fireEvent.keyDown(getByLabelText('field'), { key: 'n' });
    fireEvent.keyDown(getByLabelText('notes'), { key: 'n' });
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'n', repeat: true });
    rerender(<Keys keys={{ n: next }} enabled={false} />);
    fireEvent.keyDown(window, { key: 'n' });
    expect(next).not.toHaveBeenCalled();
  });

  it('leave the arrow keys to the tabs when a tab has the focus, but not the letters', () => {
    const next = vi.fn();
    const { getByRole } = render(<Keys keys={{ ArrowRight: next, n: next }} />);
    fireEvent.keyDown(getByRole('tab'), { key: 'ArrowRight' });
    expect(next).not.toHaveBeenCalled();
    fireEvent.keyDown(getByRole('tab'), { key: 'n' });
    expect(next).toHaveBeenCalledOnce();
  });

  it('use the newest steps without listening again', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(<Keys keys={{ p: first }} />);
    rerender(<Keys keys={{ p: second }} />);
    fireEvent.keyDown(window, { key: 'p' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });
});
