// The closing round's choice: the theme of the next meeting, from the waiting wishes or typed new.
import { Autocomplete, Button, Group, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { MinutesEditorData } from '../../../../src-main/api/operations/minutes';
import { totalVotes } from '../../../../src-main/domain/themes';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { notifySuccess } from '../../ui/notify';
import { TitledSection } from '../../ui/titled-section';
import { useBusyAction } from '../../ui/use-busy-action';

interface NextThemeSectionProps {
  groupId: string;
  data: MinutesEditorData;
}

// Memoised: it changes only when the minutes are reloaded, so a keystroke elsewhere does not redraw it.
export const NextThemeSection = memo(function NextThemeSection({ groupId, data }: NextThemeSectionProps) {
  const { t, i18n } = useTranslation('minutes');
  const api = useApi();
  const language = i18n.language as Language;
  const [title, setTitle] = useState('');
  const { busy, run } = useBusyAction();
  const next = data.nextMeeting;

  const choose = async () => {
    if (!next || title.trim() === '') return;
    const waiting = data.waitingThemes.find((theme) => theme.title.toLocaleLowerCase() === title.trim().toLocaleLowerCase());
    await run(async () => {
      await api.call('themes.choose', waiting ? { groupId, meetingId: next.id, themeId: waiting.id } : { groupId, meetingId: next.id, title: title.trim() });
      notifySuccess(t('nextTheme.chosen', { title: title.trim() }));
      setTitle('');
    });
  };

  return (
    <TitledSection headingId="next-theme-heading" title={t('nextTheme.title')} gap="xs">
      {!next ? (
        <Text size="sm" c="dimmed">
          {t('nextTheme.noNextMeeting')}
        </Text>
      ) : (
        <>
          <Text size="sm" fw={next.theme ? 600 : 400} c={next.theme ? undefined : 'dimmed'}>
            {next.theme
              ? t('nextTheme.current', { date: formatShortDate(next.date, language), theme: next.theme })
              : t('nextTheme.noTheme', { date: formatShortDate(next.date, language) })}
          </Text>
          {data.waitingThemes.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('nextTheme.votingHint')}
            </Text>
          )}
          <Group gap="sm" align="flex-end">
            <Autocomplete
              label={t('nextTheme.input')}
              value={title}
              onChange={setTitle}
              data={data.waitingThemes.map((theme) => ({ value: theme.title, label: `${theme.title} (${t('nextTheme.votes', { count: totalVotes(theme) })})` }))}
              style={{ flex: 1 }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void choose();
              }}
            />
            <Button onClick={() => void choose()} loading={busy} disabled={title.trim() === ''}>
              {t('nextTheme.choose')}
            </Button>
          </Group>
        </>
      )}
    </TitledSection>
  );
});
