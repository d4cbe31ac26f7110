// "Søg i alt": one box over every group and year, filters beside it, results as they are typed. A hit opens the
// exact place (the meeting's minutes with the entry in view and focused); Back returns here with the same search.
import { Alert, CloseButton, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconSearchOff } from '@tabler/icons-react';
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFacets } from '../../../../src-main/api/operations/search';
import { translateError } from '../../i18n/translate-error';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { useSearchRouteFilters } from '../../ui/search-route';
import { useShownAfter } from '../../ui/use-shown-after';
import { useStableValue } from '../../ui/use-stable-value';
import { openSearchHit } from './open-hit';
import { SearchFilters } from './search-filters';
import { SearchHitRow } from './search-hit-row';
import { useSearch } from './use-search';

export const SEARCH_INPUT_ID = 'search-everything';

const NO_FACETS: SearchFacets = { groups: [], years: [] };

/**
 * A letter's results come in a few tens of milliseconds; only a wait longer than this shows the spinner. Shown for
 * every letter, it blinked in and out and its frames were drawn while the next letter was typed (the search page
 * bench's results painted, p50: 28–30 ms with it, 22–28 ms without).
 */
const SLOW_ANSWER_MS = 400;

/** Up and down move between the hits; up from the first goes back to the box. */
function moveBetweenHits(list: HTMLElement | null, from: Element | null, step: 1 | -1, input: HTMLInputElement | null): void {
  const hits = [...(list?.querySelectorAll<HTMLElement>('[data-search-hit]') ?? [])];
  const at = from ? hits.indexOf(from as HTMLElement) : -1;
  const next = at + step;
  if (next < 0) input?.focus();
  else hits[Math.min(next, hits.length - 1)]?.focus();
}

export function SearchPage() {
  const { t } = useTranslation('search');
  const { t: tApp } = useTranslation();
  const search = useSearch(useSearchRouteFilters());
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const { answer } = search;
  // Every answer brings the groups and years again, nearly always the same: the filters redraw only when they change.
  const facets = useStableValue(answer?.facets ?? NO_FACETS);
  const typed = search.text.trim() !== '';
  // Each answer that comes is progress: a held key or a fast burst, whose answers keep coming, shows no spinner.
  const slow = useShownAfter(search.pending && typed, SLOW_ANSWER_MS, answer);

  const onHitKeyDown = useCallback((event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    moveBetweenHits(list.current, event.currentTarget, event.key === 'ArrowDown' ? 1 : -1, input.current);
  }, []);

  const hits = typed ? (answer?.hits ?? []) : [];
  const total = typed ? (answer?.total ?? 0) : 0;
  const count = total > hits.length ? t('countShown', { shown: hits.length, count: total }) : t('count', { count: total });

  return (
    <Stack gap="lg" maw={980}>
      <PageHeader title={t('title')} subtitle={t('subtitle')}>
        {null}
      </PageHeader>
      <TextInput
        ref={input}
        id={SEARCH_INPUT_ID}
        size="md"
        autoFocus
        label={t('inputLabel')}
        placeholder={t('inputPlaceholder')}
        value={search.text}
        onChange={(event) => search.setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            moveBetweenHits(list.current, null, 1, input.current);
          } else if (event.key === 'Enter' && hits[0]) {
            openSearchHit(hits[0]);
          } else if (event.key === 'Escape' && search.text !== '') {
            search.setText('');
          }
        }}
        leftSection={slow ? <Loader size={16} aria-label={t('searching')} /> : <IconSearch size={18} aria-hidden />}
        rightSection={search.text !== '' ? <CloseButton aria-label={t('clear')} onClick={() => { search.setText(''); input.current?.focus(); }} /> : null}
        maxLength={200}
      />
      <SearchFilters input={search.filters} facets={facets} onChange={search.setFilters} />
      {/* Busy until what is shown answers what is typed: assistive technology waits for it, and so does the bench. */}
      <div data-search-results aria-busy={search.pending}>
        {search.error !== undefined && !answer ? (
          <Alert color="red" title={t('failed')}>
            {translateError(tApp, search.error)}
          </Alert>
        ) : !typed ? (
          <EmptyState icon={IconSearch} message={t('emptyTitle')} hint={t('emptyHint')} maw={720} />
        ) : hits.length === 0 && !search.pending ? (
          <EmptyState icon={IconSearchOff} message={t('noResultsTitle', { query: search.text.trim() })} hint={t('noResultsHint')} maw={720} />
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {count}
            </Text>
            <ul ref={list} aria-label={t('resultsLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-xs)' }}>
              {hits.map((hit) => (
                <SearchHitRow key={hit.id} hit={hit} onOpen={openSearchHit} onKeyDown={onHitKeyDown} />
              ))}
            </ul>
          </Stack>
        )}
      </div>
    </Stack>
  );
}
