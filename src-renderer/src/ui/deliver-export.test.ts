// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { deliverExport, finishOpenExternal } from './deliver-export';

describe('deliverExport', () => {
  it('says nothing was delivered when the user cancelled', () => {
    expect(deliverExport({ kind: 'cancelled' })).toBeNull();
  });

  it('names the file the app saved', () => {
    expect(deliverExport({ kind: 'saved', fileName: 'referat.docx', path: '/x/referat.docx' })).toBe('referat.docx');
  });

  it('turns returned bytes into a browser download with the right name and content', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const name = deliverExport({ kind: 'download', fileName: 'dagsorden.docx', mimeType: 'application/x-test', base64: btoa('hej') });
    expect(name).toBe('dagsorden.docx');
    expect(click).toHaveBeenCalledOnce();
    expect(created[0]!.size).toBe(3);
    expect(created[0]!.type).toBe('application/x-test');
  });
});

describe('finishOpenExternal', () => {
  it('opens a mail draft the main process handed back, and never another scheme', () => {
    const assign = vi.fn();
    finishOpenExternal({ kind: 'openInRenderer', url: 'mailto:a@example.dk?subject=Hej' }, { assign });
    finishOpenExternal({ kind: 'openInRenderer', url: 'javascript:alert(1)' }, { assign });
    finishOpenExternal({ kind: 'opened' }, { assign });
    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith('mailto:a@example.dk?subject=Hej');
  });
});
