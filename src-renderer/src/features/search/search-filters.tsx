// The search's filters: group, year, kind and confidentiality; each empty means "all".
import { Group, Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFacets } from '../../../../src-main/api/operations/search';
import { SEARCH_KINDS } from '../../../../src-main/domain/search-documents';
import type { SearchRouteFilters } from '../../ui/search-route';
import type { SearchInputFilters } from './use-search';

const LEVELS = ['room', 'members', 'shareable'] as const;

interface SearchFiltersProps {
  input: SearchInputFilters;
  facets: SearchFacets | undefined;
  onChange: (filters: SearchRouteFilters) => void;
}

/** Drawn again only when the filters, the facets or the language change, not for each letter typed. */
export const SearchFilters = memo(function SearchFilters({ input, facets, onChange }: SearchFiltersProps) {
  const { t } = useTranslation('search');
  const current: SearchRouteFilters = {
    ...(input.groupId ? { groupId: input.groupId } : {}),
    ...(input.year !== undefined ? { year: input.year } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.level ? { level: input.level } : {}),
  };
  const set = (field: keyof SearchRouteFilters, value: string | null) => {
    const { [field]: _previous, ...rest } = current;
    onChange(value ? { ...rest, [field]: field === 'year' ? Number(value) : value } : rest);
  };
  const groups = useMemo(() => (facets?.groups ?? []).map((group) => ({ value: group.id, label: group.name })), [facets]);
  const years = useMemo(() => (facets?.years ?? []).map((year) => ({ value: String(year), label: String(year) })), [facets]);
  const kinds = useMemo(() => SEARCH_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })), [t]);
  const levels = useMemo(() => LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) })), [t]);
  const common = { clearable: true, placeholder: t('all'), w: 190, comboboxProps: { withinPortal: true } } as const;

  return (
    <Group gap="sm" role="group" aria-label={t('filtersLabel')}>
      <Select {...common} label={t('group')} data={groups} value={input.groupId ?? null} onChange={(value) => set('groupId', value)} searchable />
      <Select {...common} w={120} label={t('year')} data={years} value={input.year !== undefined ? String(input.year) : null} onChange={(value) => set('year', value)} />
      <Select {...common} label={t('kind')} data={kinds} value={input.kind ?? null} onChange={(value) => set('kind', value)} />
      <Select {...common} w={160} label={t('level')} data={levels} value={input.level ?? null} onChange={(value) => set('level', value)} />
    </Group>
  );
});
