// The closing round decides the next meeting's theme: a member's wish from the round goes to the theme backlog, is
// chosen for the next meeting, and the members' minutes say so.
import { expect, test } from './fixtures/app-fixture';
import { documentXml } from './fixtures/docx-text';
import { GROUP, HELD_MEETING_ID, withMinutesGroup } from './fixtures/minutes-workspace';
import { GroupsPage } from './pages/groups-page';
import { MinutesPage } from './pages/minutes-page';

const ROUND_CLOSING = 'Godt at høre, at andre også kæmper med licenserne';
const NEXT_THEME = 'Licensforhandlinger med de store leverandører';

test.use({
  appOptions: withMinutesGroup({
    minutes: {
      meetingId: HELD_MEETING_ID,
      closingRound: [{ memberId: 'm-carla', text: ROUND_CLOSING, level: 'members' }],
      updatedAt: '2026-09-10T15:00:00.000Z',
    },
  }),
});

test('a theme raised in the closing round is chosen for the next meeting and stands in the members’ minutes', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(GROUP);
  const minutes = new MinutesPage(app.page);
  await minutes.open();
  await expect(minutes.roundEntry('Afrunding', 'Carla Juhl')).toHaveValue(ROUND_CLOSING);

  await minutes.raiseTheme('Carla Juhl', NEXT_THEME);
  await minutes.chooseNextTheme(NEXT_THEME);
  await expect(minutes.nextThemeSection()).toContainText(`Næste møde 3. dec. 2099: ${NEXT_THEME}`);

  const members = documentXml((await minutes.exportVersion('Medlemsversion')).bytes);
  expect(members).toContain(NEXT_THEME);
  expect(members).toContain(ROUND_CLOSING);
});
