import { describe, expect, it } from 'vitest';
import { agendaItemSchema, agendaTemplateSchema, type AgendaItem } from './agenda-model';
import {
  builtInTemplate,
  builtInTemplates,
  instantiateTemplate,
  itemsForMeeting,
  templateFromAgenda,
} from './agenda-templates';
import { computeSchedule } from './agenda-timing';
import { DEFAULT_MEETING_TIMES } from './year-plan';

const KINDS = ['fullDay', 'halfDay', 'overnight'] as const;
const counter = () => {
  let n = 0;
  return () => `item-${++n}`;
};

describe('built-in templates', () => {
  it.each(KINDS)('%s is valid in both languages, with the same items in each', (kind) => {
    const da = builtInTemplate(kind, 'da');
    const en = builtInTemplate(kind, 'en');
    expect(agendaTemplateSchema.parse(da)).toEqual(da);
    expect(agendaTemplateSchema.parse(en)).toEqual(en);
    expect(da.items.map((i) => [i.kind, i.durationMinutes])).toEqual(en.items.map((i) => [i.kind, i.durationMinutes]));
    expect(da.name).not.toBe(en.name);
    expect(da.items.map((i) => i.title)).not.toEqual(en.items.map((i) => i.title));
  });

  it.each(KINDS)('%s follows the rhythm: welcome, check-in, talk then discussion, closing round last of the work', (kind) => {
    const kinds = builtInTemplate(kind, 'da').items.map((i) => i.kind);
    expect(kinds[0]).toBe('welcome');
    expect(kinds.indexOf('checkIn')).toBeLessThan(kinds.indexOf('talk'));
    kinds.forEach((k, index) => {
      if (k === 'talk') expect(kinds[index + 1]).toBe('discussion');
    });
    expect(kinds).toContain('siteTour');
    expect(kinds).toContain('closingRound');
  });

  it('names the choice of the next theme in the closing round', () => {
    const closing = (language: 'da' | 'en') =>
      builtInTemplate('fullDay', language).items.find((i) => i.kind === 'closingRound')?.title;
    expect(closing('da')).toMatch(/tema til næste møde/);
    expect(closing('en')).toMatch(/theme of the next meeting/);
  });

  it.each(KINDS)('%s without dinner fills exactly the default meeting times for its kind', (kind) => {
    const meeting = { date: '2027-03-09', kind, ...DEFAULT_MEETING_TIMES[kind], siteTour: true, dinner: false };
    const schedule = computeSchedule(meeting, itemsForMeeting(builtInTemplate(kind, 'en'), meeting));
    expect(schedule.overrun).toBeNull();
    expect(schedule.totalMinutes).toBe(schedule.meetingMinutes);
  });

  it('puts the overnight dinner in the evening of day one and ends at noon on day two', () => {
    const meeting = { date: '2027-03-09', kind: 'overnight' as const, startTime: '12:00', endTime: '12:00' };
    const schedule = computeSchedule(meeting, builtInTemplate('overnight', 'da').items);
    const dinner = schedule.items.find((s) => s.item.kind === 'dinner');
    expect(dinner?.start.date).toBe('2027-03-09');
    expect(dinner && dinner.start.time >= '18:00').toBe(true);
    expect(schedule.items.at(-1)?.end).toEqual({ date: '2027-03-10', time: '12:00' });
  });

  it('lists one template per meeting kind', () => {
    expect(builtInTemplates('da').map((t) => t.meetingKind)).toEqual([...KINDS]);
  });
});

describe('itemsForMeeting', () => {
  const template = builtInTemplate('fullDay', 'da');

  it('leaves out the site tour and the dinner when the meeting has neither', () => {
    const kinds = itemsForMeeting(template, { kind: 'fullDay', siteTour: false, dinner: false }).map((i) => i.kind);
    expect(kinds).not.toContain('siteTour');
    expect(kinds).not.toContain('dinner');
  });

  it('keeps the dinner when one is planned, after the closing round', () => {
    const kinds = itemsForMeeting(template, { kind: 'fullDay', siteTour: true, dinner: true }).map((i) => i.kind);
    expect(kinds.slice(-2)).toEqual(['closingRound', 'dinner']);
  });

  it('keeps the overnight dinner even when the dinner flag is off', () => {
    const kinds = itemsForMeeting(builtInTemplate('overnight', 'en'), { kind: 'overnight', siteTour: false, dinner: false });
    expect(kinds.map((i) => i.kind)).toContain('dinner');
  });
});

describe('instantiateTemplate', () => {
  it('gives every item a fresh id and otherwise copies the template', () => {
    const template = builtInTemplate('halfDay', 'en');
    const items = instantiateTemplate(template, counter());
    expect(items.map((i) => i.id)).toEqual(template.items.map((_, index) => `item-${index + 1}`));
    items.forEach((item, index) => {
      expect(agendaItemSchema.parse(item)).toEqual(item);
      const { id: _id, ...rest } = item;
      expect(rest).toEqual(template.items[index]);
    });
  });

  it('does not share objects with the template', () => {
    const template = builtInTemplate('halfDay', 'en');
    const [first] = instantiateTemplate(template, counter());
    if (!first) throw new Error('no items');
    first.title = 'Changed';
    expect(template.items[0]?.title).toBe('Welcome');
  });
});

describe('templateFromAgenda', () => {
  it('drops ids, invitation links and the people of this meeting, but keeps the facilitator', () => {
    const items: AgendaItem[] = [
      { id: 'a', kind: 'welcome', title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'facilitator' }, notes: '' },
      { id: 'b', kind: 'talk', title: 'AI i driften', durationMinutes: 45, responsible: { kind: 'speaker', speakerId: 's1' }, invitationId: 'inv1', notes: 'husk projektor' },
      { id: 'c', kind: 'siteTour', title: 'Rundvisning', durationMinutes: 30, responsible: { kind: 'member', memberId: 'm1' }, notes: '' },
    ];
    const template = templateFromAgenda(items, { id: 't9', name: 'Vores skabelon', meetingKind: 'halfDay' });
    expect(agendaTemplateSchema.parse(template)).toEqual(template);
    expect(template.items).toEqual([
      { kind: 'welcome', title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'facilitator' }, notes: '' },
      { kind: 'talk', title: 'AI i driften', durationMinutes: 45, responsible: { kind: 'none' }, notes: 'husk projektor' },
      { kind: 'siteTour', title: 'Rundvisning', durationMinutes: 30, responsible: { kind: 'none' }, notes: '' },
    ]);
  });
});
