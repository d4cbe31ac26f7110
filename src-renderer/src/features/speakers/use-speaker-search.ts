// The directory's search: with no query the speakers in name order; otherwise the search index's ranked matches.
// The index (folding every name, organisation and topic) is the costliest step, so it is not built for the first
// render: it is built when the browser is idle after it, or at once if the user types first.
import { useEffect, useMemo } from 'react';
import type { Speaker } from '../../../../src-main/domain/model';
import { createPeopleIndex, foldText, speakerSearchFields, type PeopleIndex } from '../../../../src-main/domain/people-search';
import { whenIdle } from '../../layout/when-idle';

function byName(speakers: readonly Speaker[]): Speaker[] {
  const collator = new Intl.Collator('da');
  return [...speakers].sort((a, b) => collator.compare(a.name, b.name));
}

/** A value computed on first use and then kept. */
function onFirstUse<T>(compute: () => T): () => T {
  let value: { computed: T } | null = null;
  return () => (value ??= { computed: compute() }).computed;
}

export function useSpeakerSearch(speakers: readonly Speaker[], query: string): readonly Speaker[] {
  const sorted = useMemo(() => byName(speakers), [speakers]);
  const index = useMemo(() => onFirstUse<PeopleIndex<Speaker>>(() => createPeopleIndex(speakers, speakerSearchFields)), [speakers]);
  useEffect(() => whenIdle(() => void index()), [index]);
  return useMemo(() => (foldText(query) === '' ? sorted : index().search(query)), [query, sorted, index]);
}
