// The words of a roster file: the Danish headers we write, the headers and sector words we recognise when reading.
import type { MemberCsvField } from '../../domain/member-import';
import type { Sector } from '../../domain/model';
import { MEMBER_CSV_FIELDS } from '../../domain/member-import';
import { foldText } from '../../domain/people-search';

/** The headers we write; Danish, because the file is meant for Danish Excel. */
export const DANISH_CSV_HEADERS: Record<MemberCsvField, string> = {
  name: 'Navn',
  title: 'Titel',
  organisation: 'Organisation',
  sector: 'Sektor',
  email: 'E-mail',
  phone: 'Telefon',
  joined: 'Indtrådt',
  left: 'Udtrådt',
  notes: 'Noter',
};

// Compared after folding (lower case, accents and punctuation gone, spaces removed): "E-mail" and "email" both fit.
const HEADER_ALIASES: Record<MemberCsvField, readonly string[]> = {
  name: ['navn', 'name', 'fuldtnavn', 'fullname'],
  title: ['titel', 'title', 'stilling', 'jobtitel', 'jobtitle'],
  organisation: ['organisation', 'organization', 'virksomhed', 'arbejdsplads', 'company', 'employer'],
  sector: ['sektor', 'sector'],
  email: ['email', 'mail', 'emailadresse', 'mailadresse', 'emailaddress'],
  phone: ['telefon', 'phone', 'tlf', 'telefonnummer', 'mobil', 'mobile', 'telephone'],
  joined: ['indtrådt', 'indtraadt', 'indtradt', 'joined', 'indmeldt', 'medlemsiden', 'membersince'],
  left: ['udtrådt', 'udtraadt', 'udtradt', 'left', 'udmeldt'],
  notes: ['noter', 'notes', 'note', 'bemærkninger', 'bemaerkninger', 'kommentar', 'comments'],
};

const FIELD_BY_HEADER = new Map<string, MemberCsvField>(
  MEMBER_CSV_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [alias, field] as const)),
);

const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  state: ['stat', 'staten', 'statslig', 'state'],
  region: ['region', 'regional', 'regionerne'],
  municipality: ['kommune', 'kommunal', 'kommunerne', 'municipality', 'municipal'],
  private: ['privat', 'private', 'privatvirksomhed'],
  supplier: ['leverandør', 'leverandor', 'leverandoer', 'supplier', 'vendor'],
  other: ['andet', 'andre', 'other'],
};
const SECTOR_BY_WORD = new Map<string, Sector>(
  (Object.keys(SECTOR_WORDS) as Sector[]).flatMap((sector) =>
    SECTOR_WORDS[sector].map((word) => [word, sector] as const),
  ),
);
export const DANISH_SECTOR: Record<Sector, string> = {
  state: 'stat',
  region: 'region',
  municipality: 'kommune',
  private: 'privat',
  supplier: 'leverandør',
  other: 'andet',
};

export function compactKey(value: string): string {
  return foldText(value).replace(/ /g, '');
}

export function fieldForHeader(header: string): MemberCsvField | null {
  return FIELD_BY_HEADER.get(compactKey(header)) ?? null;
}


/** The sector a cell names, in Danish or English; undefined for a word we do not know. */
export function sectorForWord(word: string): Sector | undefined {
  return SECTOR_BY_WORD.get(compactKey(word));
}
