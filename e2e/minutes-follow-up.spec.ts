// After the meeting: an action agreed in the minutes is followed up (ticked off, and the tick undone), and a line typed
// just before the app closes is flushed, not lost, with the levels kept across the restart.
import { expect, test } from './fixtures/app-fixture';
import { GROUP, HELD_MEETING_ID, TALK_TWO, withMinutesGroup } from './fixtures/minutes-workspace';
import { GroupsPage } from './pages/groups-page';
import { MinutesPage } from './pages/minutes-page';

const ACTION = 'Send FinOps-skabelonen rundt til gruppen';
const IN_THE_ROOM = 'Fortroligt: omstrukturering i Sønderby inden jul';
const LAST_WORDS = 'Skrevet lige før appen lukkede';

test.use({
  appOptions: withMinutesGroup({
    minutes: {
      meetingId: HELD_MEETING_ID,
      notes: [{ id: 'note-room', agendaItemId: 'ai-talk2', text: IN_THE_ROOM, level: 'room' }],
      updatedAt: '2026-09-10T15:00:00.000Z',
    },
    actions: [{ id: 'act-finops', meetingId: HELD_MEETING_ID, text: ACTION, owner: { kind: 'member', memberId: 'm-anne' }, due: '2099-12-03', status: 'open', level: 'members' }],
  }),
});

test('an action from the minutes is ticked off in the follow-up, and the tick can be undone', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(GROUP);
  const main = app.page.getByRole('main');
  await app.page.getByRole('tab', { name: 'Opfølgning' }).click();
  await app.page.getByText('Åbne (1)').click();
  await expect(main.getByRole('row', { name: new RegExp(ACTION) })).toContainText('Anne Holm');
  const done = main.getByRole('checkbox', { name: `Markér «${ACTION}» som udført` });
  await done.click();
  await app.page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(done).not.toBeChecked();
});

test('a line typed just before the app closes is saved, and the levels are kept after the restart', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(GROUP);
  const minutes = new MinutesPage(app.page);
  await minutes.open();
  await expect(minutes.noteField(TALK_TWO)).toHaveValue(IN_THE_ROOM);
  // Without waiting for the autosave's quiet time: the entry is flushed as the page goes away.
  await minutes.roundEntry('Afrunding', 'Anne Holm').fill(LAST_WORDS);
  await app.restart();
  await new GroupsPage(app.page).openGroup(GROUP);
  const reopened = new MinutesPage(app.page);
  await reopened.open();
  await expect(reopened.roundEntry('Afrunding', 'Anne Holm')).toHaveValue(LAST_WORDS);
  await expect(reopened.noteField(TALK_TWO)).toHaveValue(IN_THE_ROOM);
  await expect(reopened.levelOf(`Noter til ${TALK_TWO}`).getByRole('radio', { name: 'I rummet' })).toBeChecked();
});
