// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../../src-main/domain/model';
import { sampleSpeaker } from '../../test-support/sample-speaker';
import { useSpeakerSearch } from './use-speaker-search';

const speaker = (id: string, name: string, organisation = '', topics: string[] = []) => sampleSpeaker(id, name, { organisation, topics });

const speakers = [
  speaker('1', 'Åse Holm', 'Region Nord'),
  speaker('2', 'Bo Dahl', 'Kommune Syd', ['NIS2']),
  speaker('3', 'Ørjan Lund', 'Havn A/S'),
  speaker('4', 'Ane Bech', 'Bank A/S', ['Cloud']),
  speaker('5', 'Æbelø Mark', 'Holmens Data'),
];
const names = (found: readonly Speaker[]) => found.map((item) => item.name);

describe('useSpeakerSearch', () => {
  it('lists everyone in Danish name order (Æ, Ø, Å last) while nothing is searched, punctuation counting as nothing', () => {
    const { result, rerender } = renderHook(({ query }) => useSpeakerSearch(speakers, query), { initialProps: { query: '' } });
    expect(names(result.current)).toEqual(['Ane Bech', 'Bo Dahl', 'Æbelø Mark', 'Ørjan Lund', 'Åse Holm']);
    rerender({ query: ' - ' });
    expect(names(result.current)).toEqual(['Ane Bech', 'Bo Dahl', 'Æbelø Mark', 'Ørjan Lund', 'Åse Holm']);
  });

  it('answers a query at once, before the idle-time index is ready: name matches first, then other fields', () => {
    const { result, rerender } = renderHook(({ query }) => useSpeakerSearch(speakers, query), { initialProps: { query: 'holm' } });
    expect(names(result.current)).toEqual(['Åse Holm', 'Æbelø Mark']);
    rerender({ query: 'nis2' });
    expect(names(result.current)).toEqual(['Bo Dahl']);
    rerender({ query: 'ingen' });
    expect(result.current).toEqual([]);
  });

  it('follows a changed directory', () => {
    const { result, rerender } = renderHook(({ list }) => useSpeakerSearch(list, 'bech'), { initialProps: { list: speakers } });
    expect(names(result.current)).toEqual(['Ane Bech']);
    rerender({ list: speakers.filter((item) => item.id !== '4') });
    expect(result.current).toEqual([]);
  });
});
