import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from './dispatch';
import type { Handlers } from './handlers-type';
import { AppError } from '../domain/errors';
import { METHOD_NAMES } from './contract';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const refuse = async () => {
    throw new Error('not expected in this test');
  };
  return Object.fromEntries(METHOD_NAMES.map((name) => [name, overrides[name] ?? refuse])) as unknown as Handlers;
}

describe('dispatch', () => {
  it('refuses a method the contract does not name', async () => {
    const dispatch = createDispatch(handlersWith({}));
    expect(await dispatch('fs.delete', {})).toEqual({ ok: false, error: { code: 'unknownMethod' } });
    expect(await dispatch('__proto__', {})).toEqual({ ok: false, error: { code: 'unknownMethod' } });
  });

  it('returns field-level validation issues and never calls the handler on bad input', async () => {
    const create = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'groups.create': create }));
    const reply = await dispatch('groups.create', { name: '   ', language: 'fr' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('validation');
    expect(reply.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'required' },
        { path: 'language', code: 'invalid_value' },
      ]),
    );
    expect(create).not.toHaveBeenCalled();
  });

  it('passes parsed (cleaned) input to the handler', async () => {
    const create = vi.fn(async () => ({}) as never);
    const dispatch = createDispatch(handlersWith({ 'groups.create': create }));
    await dispatch('groups.create', { name: '  Drift\u0000 ', language: 'da' });
    expect(create).toHaveBeenCalledWith({ name: 'Drift', language: 'da' });
  });

  it('turns an AppError into its code and parameters', async () => {
    const dispatch = createDispatch(
      handlersWith({ 'groups.dashboard': async () => Promise.reject(new AppError('groupNotFound', { groupId: 'x' })) }),
    );
    expect(await dispatch('groups.dashboard', { groupId: 'x' })).toEqual({
      ok: false,
      error: { code: 'groupNotFound', params: { groupId: 'x' } },
    });
  });

  it('hides an unexpected error behind a generic code and reports it to the log', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(
      handlersWith({ 'problems.list': async () => Promise.reject(new TypeError('secret stack')) }),
      { onUnexpectedError: log },
    );
    const reply = await dispatch('problems.list', {});
    expect(reply).toEqual({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith('problems.list', expect.any(TypeError));
  });
});
