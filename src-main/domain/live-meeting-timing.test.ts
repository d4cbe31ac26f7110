import { describe, expect, it } from 'vitest';
import { extendCurrentItem, finishLiveMeeting, nextItem, parkItem, startLiveMeeting } from './live-meeting';
import type { LiveMeeting, LiveStep } from './live-meeting-model';
import { agendaWithActualDurations, pacingReport, retimeDay } from './live-meeting-timing';

const meeting = { date: '2026-03-05', startTime: '09:00', endTime: '11:00', kind: 'halfDay' as const };
const agenda = [
  { id: 'welcome', durationMinutes: 10 },
  { id: 'talk', durationMinutes: 60 },
  { id: 'closing', durationMinutes: 50 },
];
const at = (time: string) => new Date(`2026-03-05T${time}:00`).toISOString();

function ok(step: LiveStep): LiveMeeting {
  if (!step.ok) throw new Error(`refused: ${step.reason}`);
  return step.live;
}

const times = (forecast: ReturnType<typeof retimeDay>) =>
  forecast.items.map(({ state, expected }) => [state, expected?.start.time, expected?.end.time]);

describe('re-timing the day', () => {
  it('is the plan before the meeting runs live', () => {
    const forecast = retimeDay(meeting, agenda, undefined, at('08:00'));
    expect(times(forecast)).toEqual([
      ['upcoming', '09:00', '09:10'],
      ['upcoming', '09:10', '10:10'],
      ['upcoming', '10:10', '11:00'],
    ]);
    expect(forecast.overrunMinutes).toBe(0);
  });

  it('a late start moves everything and warns that the day runs over', () => {
    const live = ok(startLiveMeeting(agenda, at('09:07')));
    const forecast = retimeDay(meeting, agenda, live, at('09:08'));
    expect(times(forecast)).toEqual([
      ['current', '09:07', '09:17'],
      ['upcoming', '09:17', '10:17'],
      ['upcoming', '10:17', '11:07'],
    ]);
    expect(forecast.overrunMinutes).toBe(7);
    expect(forecast.expectedEnd.time).toBe('11:07');
  });

  it('an item over its time pushes the rest from now; an extension from its new end', () => {
    const live = ok(startLiveMeeting(agenda, at('09:00')));
    expect(times(retimeDay(meeting, agenda, live, at('09:15')))[1]).toEqual(['upcoming', '09:15', '10:15']);
    const extended = ok(extendCurrentItem(live));
    expect(times(retimeDay(meeting, agenda, extended, at('09:01')))[1]).toEqual(['upcoming', '09:15', '10:15']);
  });

  it('finishing early gives time back; done items show their real times', () => {
    const live = ok(nextItem(ok(startLiveMeeting(agenda, at('09:00'))), agenda, at('09:04')));
    const forecast = retimeDay(meeting, agenda, live, at('09:05'));
    expect(times(forecast)[0]).toEqual(['done', '09:00', '09:04']);
    expect(forecast.expectedEnd.time).toBe('10:54');
    expect(forecast.overrunMinutes).toBe(0);
  });

  it('a parked item takes no more of the day, and items never reached are skipped at the end', () => {
    const parked = ok(parkItem(ok(startLiveMeeting(agenda, at('09:00'))), agenda, at('09:02')));
    expect(retimeDay(meeting, agenda, parked, at('09:02')).items[0]!.state).toBe('parked');
    const finished = ok(finishLiveMeeting(parked, at('10:00')));
    expect(times(retimeDay(meeting, agenda, finished, at('10:05')))).toEqual([
      ['parked', '09:00', '09:02'],
      ['done', '09:02', '10:00'],
      ['skipped', undefined, undefined],
    ]);
  });
});

describe('the pacing report and the template', () => {
  function finishedMeeting(): LiveMeeting {
    let live = ok(startLiveMeeting(agenda, at('09:00')));
    live = ok(nextItem(live, agenda, at('09:13')));
    live = ok(extendCurrentItem(live));
    live = ok(parkItem(live, agenda, at('10:20')));
    return ok(finishLiveMeeting(live, at('11:02')));
  }

  it('sets planned against actual minutes per item', () => {
    const report = pacingReport(agenda, finishedMeeting(), at('12:00'));
    expect(report.rows.map(({ status, plannedMinutes, extensionMinutes, actualMinutes }) => [status, plannedMinutes, extensionMinutes, actualMinutes])).toEqual([
      ['done', 10, 0, 13],
      ['parked', 60, 5, 67],
      ['done', 50, 0, 42],
    ]);
    expect(report.plannedMinutes).toBe(120);
    expect(report.actualMinutes).toBe(122);
  });

  it('carries real lengths of finished items in five-minute steps; parked and skipped items keep the plan', () => {
    const durations = agendaWithActualDurations(agenda, finishedMeeting(), at('12:00')).map((item) => item.durationMinutes);
    expect(durations).toEqual([15, 60, 40]);
    const quick = ok(finishLiveMeeting(ok(startLiveMeeting(agenda, at('09:00'))), at('09:01')));
    expect(agendaWithActualDurations(agenda, quick, at('09:01')).map((item) => item.durationMinutes)).toEqual([5, 60, 50]);
  });
});
