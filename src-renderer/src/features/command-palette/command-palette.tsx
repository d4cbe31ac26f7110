// Ctrl+K, from anywhere (text fields too): find a page, a group, a person, a meeting or an open action, or run a
// command, ranked by rank-palette.ts; Enter on nothing searches everything.
import { Modal, VisuallyHidden } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary, Language } from '../../../../src-main/domain/model';
import { navigateTo } from '../../ui/navigation';
import { useApiQuery } from '../../use-api-query';
import { paletteCommandEntries, paletteIndexEntries, type PaletteHandlers, type PaletteItem } from './palette-entries';
import { rankPalette } from './rank-palette';

const PALETTE_OVERLAY = { backgroundOpacity: 0.35, blur: 0 } as const;

interface CommandPaletteProps {
  groups: readonly GroupSummary[];
  currentGroupId: string | null;
  language: Language;
  handlers: PaletteHandlers;
}

const LIMITS = { perKind: 6, total: 30 };
/** With nothing typed the palette offers what can be done, not the whole roster. */
const BLANK_KINDS: ReadonlySet<PaletteItem['kind']> = new Set(['command', 'page', 'group']);

/** The search page (another feature) reads its query from the address. */
function searchEverything(query: string): void {
  window.location.hash = `#/search?q=${encodeURIComponent(query.trim())}`;
}

export function CommandPalette({ groups, currentGroupId, language, handlers }: CommandPaletteProps) {
  const { t } = useTranslation(['commandPalette', 'translation', 'meetings', 'agenda', 'members', 'speakers', 'invitations', 'minutes', 'liveMeeting', 'followUp']);
  const [query, setQuery] = useState('');
  // The index is asked for when the palette is first opened, and kept fresh by change events only while it is open.
  // Closed, a change just marks it stale: reloading and comparing its ~400 kB after every save (and ranking its entries
  // again) cost the page a task of 50-70 ms in the writes that followed a first use of the palette.
  const [wanted, setWanted] = useState(false);
  const open = useRef(false);
  const staleWhileClosed = useRef(false);
  const index = useApiQuery('palette.index', wanted ? {} : null, (event) => {
    if (event.type !== 'groupChanged' && event.type !== 'groupsChanged') return false;
    if (!open.current) staleWhileClosed.current = true;
    return open.current;
  });
  const opened = () => {
    open.current = true;
    setWanted(true);
    // The index last shown is drawn at once; the fresh one follows.
    if (staleWhileClosed.current) index.reload();
    staleWhileClosed.current = false;
  };
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;

  // Apart, so a save that changes the groups list (a member count) does not rebuild thousands of people: that took a
  // task of 40-70 ms after every such save once the palette had been opened.
  const indexEntries = useMemo(() => paletteIndexEntries({ t: translate, language, index: index.data }), [translate, language, index.data]);
  const commandEntries = useMemo(
    () => paletteCommandEntries({ t: translate, language, groups, currentGroupId, index: index.data, handlers }),
    [translate, language, groups, currentGroupId, index.data, handlers],
  );
  const entries = useMemo(() => [...commandEntries, ...indexEntries], [commandEntries, indexEntries]);
  const blank = query.trim() === '';
  const ranked = useMemo(() => rankPalette(query, blank ? entries.filter((entry) => BLANK_KINDS.has(entry.kind)) : entries, LIMITS), [query, blank, entries]);

  const choose = (item: PaletteItem) => {
    if (item.destination) navigateTo(item.destination);
    else item.run?.();
  };

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      // Ctrl+K must open the palette from inside a text field or the minutes editor too.
      tagsToIgnore={[]}
      triggerOnContentEditable
      onSpotlightOpen={opened}
      onSpotlightClose={() => (open.current = false)}
      scrollable
      maxHeight={460}
      // Spotlight blurs the page behind it by default: a full-page backdrop filter, most of the 167 ms the palette took
      // to open (style, layout and paint). Dimmed, as behind every other dialog of the app.
      overlayProps={PALETTE_OVERLAY}
    >
      <VisuallyHidden>
        <Modal.Title>{t('commandPalette:dialogTitle')}</Modal.Title>
      </VisuallyHidden>
      <Spotlight.Search
        leftSection={<IconSearch size={18} stroke={1.5} aria-hidden />}
        placeholder={t('commandPalette:searchPlaceholder')}
        aria-label={t('commandPalette:searchLabel')}
      />
      <Spotlight.ActionsList aria-label={t('commandPalette:dialogTitle')}>
        {ranked.map((group) => (
          // The heading is drawn by CSS only; the group role gives screen readers (and tests) its name too.
          <Spotlight.ActionsGroup key={group.kind} label={t(`commandPalette:kinds.${group.kind}`)} role="group" aria-label={t(`commandPalette:kinds.${group.kind}`)}>
            {group.entries.map((item) => (
              <Spotlight.Action
                key={item.id}
                label={item.label}
                {...(item.description ? { description: item.description } : {})}
                highlightQuery
                onClick={() => choose(item)}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {!blank && (
          <Spotlight.ActionsGroup label={t('commandPalette:kinds.search')} role="group" aria-label={t('commandPalette:kinds.search')}>
            <Spotlight.Action
              label={t('commandPalette:commands.searchEverything', { query: query.trim() })}
              leftSection={<IconSearch size={16} aria-hidden />}
              onClick={() => searchEverything(query)}
            />
          </Spotlight.ActionsGroup>
        )}
        {!blank && ranked.length === 0 && <Spotlight.Empty>{wanted && index.loading ? t('commandPalette:loading') : t('commandPalette:nothingFound')}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
