import { describe, expect, it } from 'vitest';
import { checkLetterheadPlaceholders, LETTERHEAD_FIELDS } from './letterhead-fields';

describe('checkLetterheadPlaceholders', () => {
  it('lists the understood fields in table order and the unknown ones apart', () => {
    expect(checkLetterheadPlaceholders(['place', 'body', 'logo', 'version', 'facilitator', 'Sted'])).toEqual({
      understood: ['body', 'place', 'version', 'facilitator'],
      notUnderstood: ['logo', 'Sted'],
      hasBody: true,
    });
  });

  it('reports a template without {{body}}', () => {
    expect(checkLetterheadPlaceholders(['group', 'date'])).toMatchObject({ hasBody: false, notUnderstood: [] });
  });

  it('matches names exactly, so a capitalised placeholder is reported, not silently left as text', () => {
    expect(checkLetterheadPlaceholders(['Place', 'BODY'])).toEqual({ understood: [], notUnderstood: ['BODY', 'Place'], hasBody: false });
  });

  it('counts a placeholder found twice once, and ignores empty ones', () => {
    expect(checkLetterheadPlaceholders(['group', ' group ', '', 'x', 'x'])).toEqual({ understood: ['group'], notUnderstood: ['x'], hasBody: false });
  });

  it('understands every field of the table', () => {
    expect(checkLetterheadPlaceholders(LETTERHEAD_FIELDS).understood).toEqual([...LETTERHEAD_FIELDS]);
  });
});
