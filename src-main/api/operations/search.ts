// The search across every group and year: one query, its filters, and results that say where to open them.
import { z } from 'zod';
import { confidentialitySchema, type Confidentiality } from '../../domain/minutes-model';
import { SEARCH_KINDS, type SearchKind, type SearchPlace } from '../../domain/search-documents';
import type { SnippetPart } from '../../domain/search-snippet';
import { entityId } from '../../domain/text';
import { query } from './define';

/** The longest query the search box sends; a longer one is refused at the door rather than cut. */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** How many results one answer holds at most; the total says how many matched. */
export const MAX_SEARCH_RESULTS = 100;

export const searchInputSchema = z.strictObject({
  query: z.string().max(MAX_SEARCH_QUERY_LENGTH),
  groupId: entityId.optional(),
  year: z.int().min(1900).max(2200).optional(),
  kind: z.enum(SEARCH_KINDS).optional(),
  level: confidentialitySchema.optional(),
  limit: z.int().min(1).max(MAX_SEARCH_RESULTS).optional(),
});

/**
 * One hit. A view for the search page only: no export takes it, so what the page shows (room-only entries included,
 * always marked by `level`) cannot end up in a document by accident.
 */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  level: Confidentiality | null;
  groupId: string;
  groupName: string;
  year: number | null;
  meetingId: string | null;
  meetingDate: string | null;
  round?: 'checkIn' | 'closing';
  title: SnippetPart[];
  snippet: SnippetPart[];
  place: SearchPlace;
}

export interface SearchFacets {
  /** Every group and year the index holds, for the filters' choices. */
  groups: { id: string; name: string }[];
  years: number[];
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** How many entries matched in all, of which `hits` are the best. */
  total: number;
  facets: SearchFacets;
}

export const searchOperations = {
  /** Matches every word of `query` (prefix and light typos allowed), best first; an empty query answers no hits. */
  'search.run': query<SearchAnswer>()(searchInputSchema),
};
