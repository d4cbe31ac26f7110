// One search hit: what kind of entry, its confidentiality (an "in the room" entry always says so), the group and the
// meeting, then who or what it is about and the words around the match, the matched words marked.
import { Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../src-main/api/operations/search';
import type { Confidentiality } from '../../../../src-main/domain/minutes-model';
import type { Language } from '../../../../src-main/domain/model';
import { sameJson } from '../../../../src-main/domain/same-json';
import type { SnippetPart } from '../../../../src-main/domain/search-snippet';
import { formatShortDate } from '../../i18n/dates';
import './search-hit-row.css';

/** The minutes' colours: red stays in the room, blue is for members, green may be shared. */
const LEVEL_COLOR: Record<Confidentiality, string> = { room: 'red', members: 'blue', shareable: 'green' };

/** A badge in the theme's own colours (theme.ts makes each readable), as Mantine's light and filled variants draw them. */
const lightBadge = (color: string): CSSProperties => ({ background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` });
const filledBadge = (color: string): CSSProperties => ({ background: `var(--mantine-color-${color}-filled)`, color: 'var(--mantine-color-white)' });

function Marked({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

interface SearchHitRowProps {
  hit: SearchHit;
  onOpen: (hit: SearchHit) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * Every answer brings new hit objects; a hit the next letter leaves as it was (same entry, same marked words) keeps its
 * row as drawn instead of redrawing all thirty.
 */
function sameRow(previous: SearchHitRowProps, next: SearchHitRowProps): boolean {
  return previous.onOpen === next.onOpen && previous.onKeyDown === next.onKeyDown && sameJson(previous.hit, next.hit);
}

export const SearchHitRow = memo(function SearchHitRow({ hit, onOpen, onKeyDown }: SearchHitRowProps) {
  const { t, i18n } = useTranslation('search');
  const language = i18n.language as Language;
  const kind = hit.kind === 'roundEntry' && hit.round ? t(`rounds.${hit.round}`) : t(`kinds.${hit.kind}`);
  const meeting = hit.meetingDate ? t('meetingOn', { date: formatShortDate(hit.meetingDate, language) }) : null;
  const hasTitle = hit.title.length > 0;

  return (
    <li>
      <button
        type="button"
        data-search-hit
        className="search-hit__button mantine-focus-auto"
        onClick={() => onOpen(hit)}
        onKeyDown={onKeyDown}
        aria-label={`${t('openResult', { kind: kind.toLowerCase(), group: hit.groupName })}${meeting ? `, ${meeting}` : ''}${hit.level === 'room' ? `, ${t('levels.room')}` : ''}`}
      >
        <span className="search-hit" data-level={hit.level ?? undefined}>
          <span className="search-hit__place">
            <span className="search-hit__badge" style={lightBadge('gray')}>
              {kind}
            </span>
            {hit.level &&
              (hit.level === 'room' ? (
                // Inline, not in a portal: a portal mounts in a second pass, one more commit for each room-only hit.
                <Tooltip label={t('roomWarning')} withinPortal={false}>
                  <span className="search-hit__badge" style={filledBadge(LEVEL_COLOR.room)}>
                    <IconLock size={12} aria-hidden />
                    {t('levels.room')}
                  </span>
                </Tooltip>
              ) : (
                <span className="search-hit__badge" style={lightBadge(LEVEL_COLOR[hit.level])}>
                  {t(`levels.${hit.level}`)}
                </span>
              ))}
            <span className="search-hit__group">{hit.groupName}</span>
            {meeting && <span className="search-hit__meeting">· {meeting}</span>}
          </span>
          {hasTitle && (
            <span className="search-hit__title">
              <Marked parts={hit.title} />
            </span>
          )}
          {hit.snippet.length > 0 && (
            <span className="search-hit__snippet">
              <Marked parts={hit.snippet} />
            </span>
          )}
        </span>
      </button>
    </li>
  );
}, sameRow);
