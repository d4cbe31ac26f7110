// Wires the features together: status, groups, the open group, modals, palette, and the shell around them.
import { AppShell } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { GroupSummary } from '../../../src-main/domain/model';
import { CalendarNavButton } from '../features/calendar/calendar-nav-button';
import { CommandPalette } from '../features/command-palette/command-palette';
import { CreateGroupModal } from '../features/groups/create-group-modal';
import { GroupsNavbar } from '../features/groups/groups-navbar';
import { RenameGroupModal } from '../features/groups/rename-group-modal';
import { useCurrentGroup } from '../features/groups/use-current-group';
import { useGroupActions } from '../features/groups/use-group-actions';
import { useGroups } from '../features/groups/use-groups';
import { ColorSchemeSwitch } from '../features/appearance/color-scheme-switch';
import { useApplyColorScheme, useSwitchColorScheme } from '../features/appearance/use-color-scheme';
import { LanguageSwitch } from '../features/language/language-switch';
import { DeviceNameField } from '../features/presence/device-name-field';
import { FirstRunProfile } from '../features/facilitator-profile/first-run-profile';
import { ProfileSettingsSection } from '../features/facilitator-profile/profile-settings-section';
import { PresenceIndicator } from '../features/presence/presence-indicator';
import { effectiveLanguage, useApplyLanguage, useSwitchLanguage } from '../features/language/use-language';
import { WelcomeScreen } from '../features/welcome/welcome-screen';
import { ProblemsBanner } from '../features/workspace/problems-banner';
import { SyncConflictsBanner } from '../features/sync-conflicts/sync-conflicts-banner';
import { SaveStateIndicator } from '../features/workspace/save-state-indicator';
import { SettingsDrawer } from '../features/workspace/settings-drawer';
import { useAppStatus } from '../features/workspace/use-app-status';
import { dayjsLocale } from '../i18n/dates';
import { isSessionRefused } from '../i18n/translate-error';
import { AppHeader } from './app-header';
import { SearchButton } from '../features/search/search-button';
import { leaveSearch, useSearchPageShown } from '../ui/search-route';
import { BootScreen } from './boot-screen';
import { GroupPage } from './group-page';
import { lazyComponent } from './lazy-component';
import { whenIdle } from './when-idle';
import { PageLoader } from './page-loader';
import { useAppReadySignal } from './use-app-ready';
import { MAIN_CONTENT_ID, SKIP_LINK_TARGET_CLASS, SkipLink } from '../ui/skip-link';
import { useNavigation } from '../ui/navigation';

// The calendar of all groups brings FullCalendar with it: its own chunk, loaded when the browser is first idle.
const CalendarPage = lazyComponent(() => import('../features/calendar/calendar-page'), (module) => module.CalendarPage);
// The search across groups and years (#/search?q=…), loaded when first opened.
const SearchPage = lazyComponent(() => import('../features/search/search-page'), (module) => module.SearchPage);

export function AppRoot() {
  const status = useAppStatus();
  const groups = useGroups();
  const language = status.data ? effectiveLanguage(status.data) : undefined;
  const languageApplied = useApplyLanguage(language);
  useApplyColorScheme(status.data?.colorScheme);
  const { current, select: selectGroup } = useCurrentGroup(groups.data);
  // The calendar of all groups replaces the group page until a group is chosen again.
  const [showCalendar, setShowCalendar] = useState(false);
  // The search page covers the rest while its address is shown; the group page stays mounted behind it, so opening a
  // hit finds the group's tabs ready to follow (ui/navigation.ts).
  const showSearch = useSearchPageShown();
  const select = useCallback(
    (groupId: string | null) => {
      leaveSearch();
      setShowCalendar(false);
      selectGroup(groupId);
    },
    [selectGroup],
  );
  const groupActions = useGroupActions(select);
  const switchLanguage = useSwitchLanguage(status.replace);
  const switchColorScheme = useSwitchColorScheme(status.replace);
  const [createOpened, createModal] = useDisclosure(false);
  const [settingsOpened, settingsDrawer] = useDisclosure(false);
  const [renaming, setRenaming] = useState<GroupSummary | null>(null);
  // The palette (and anything else) may send the facilitator into another group's page.
  useNavigation((destination) => select(destination.groupId));

  const ready = status.data !== undefined && groups.data !== undefined && languageApplied;
  useAppReadySignal(ready);
  // Fetched and evaluated while the facilitator reads the first screen, so opening the calendar waits for nothing.
  useEffect(() => (ready ? whenIdle(() => void CalendarPage.preload()) : undefined), [ready]);
  useEffect(() => (ready ? whenIdle(() => void SearchPage.preload()) : undefined), [ready]);

  if (isSessionRefused(status.error) || isSessionRefused(groups.error)) return <BootScreen state="sessionRefused" />;
  const bootError = status.data ? (groups.data ? undefined : groups.error) : status.error;
  if (bootError !== undefined) {
    return (
      <BootScreen
        state="failed"
        error={bootError}
        onRetry={() => {
          status.reload();
          groups.reload();
        }}
      />
    );
  }
  if (!ready || !status.data || !groups.data || !language) return <BootScreen state="loading" />;

  const hasGroups = groups.data.length > 0;
  const languageSwitch = <LanguageSwitch value={language} onChange={(next) => void switchLanguage(next)} />;

  return (
    <DatesProvider settings={{ locale: dayjsLocale(language), firstDayOfWeek: 1, weekendDays: [0, 6] }}>
    <SkipLink />
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 300, breakpoint: 'xs', collapsed: { mobile: !hasGroups, desktop: !hasGroups } }}
      padding="xl"
      styles={{ main: { background: 'var(--app-page-background)' } }}
    >
      <AppShell.Header>
        <AppHeader
          currentGroupName={showCalendar || showSearch ? null : (current?.name ?? null)}
          searchButton={<SearchButton active={showSearch} />}
          presenceIndicator={<PresenceIndicator />}
          saveIndicator={<SaveStateIndicator answered={status.data.saveState} />}
          languageSwitch={languageSwitch}
          onOpenSettings={settingsDrawer.open}
        />
      </AppShell.Header>
      {hasGroups && (
        <GroupsNavbar
          groups={groups.data}
          currentGroupId={showCalendar || showSearch ? null : (current?.id ?? null)}
          onSelect={select}
          onCreate={createModal.open}
          topLinks={<CalendarNavButton active={showCalendar && !showSearch} onOpen={() => { leaveSearch(); setShowCalendar(true); }} />}
        />
      )}
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={SKIP_LINK_TARGET_CLASS}>
        <ProblemsBanner onRestored={select} />
        <SyncConflictsBanner />
        <FirstRunProfile />
        {showSearch && (
          <Suspense fallback={<PageLoader />}>
            <SearchPage />
          </Suspense>
        )}
        <div hidden={showSearch}>
        {showCalendar && hasGroups ? (
          <Suspense fallback={<PageLoader />}>
            <CalendarPage onOpenGroup={select} />
          </Suspense>
        ) : current ? (
          <GroupPage group={current} actions={groupActions} onRename={setRenaming} />
        ) : (
          <WelcomeScreen onCreateGroup={createModal.open} onCreateDemo={() => groupActions.createDemo(language)} />
        )}
        </div>
      </AppShell.Main>
      <CreateGroupModal
        opened={createOpened}
        defaultLanguage={language}
        onClose={createModal.close}
        onCreate={({ name, language: groupLanguage }) => groupActions.create(name, groupLanguage)}
      />
      <RenameGroupModal group={renaming} onClose={() => setRenaming(null)} onRename={groupActions.rename} />
      <SettingsDrawer
        opened={settingsOpened}
        onClose={settingsDrawer.close}
        status={status.data}
        onStatusChanged={status.replace}
        languageControl={languageSwitch}
        deviceNameControl={<DeviceNameField />}
        currentGroupId={current?.id ?? null}
        profileControl={<ProfileSettingsSection />}
        appearanceControl={<ColorSchemeSwitch value={status.data.colorScheme} onChange={(next) => void switchColorScheme(next)} />}
      />
      <CommandPalette
        groups={groups.data}
        currentGroupId={showCalendar ? null : (current?.id ?? null)}
        language={language}
        handlers={{
          selectGroup: select,
          createGroup: createModal.open,
          switchLanguage: (next) => void switchLanguage(next),
          openSettings: settingsDrawer.open,
          openBackups: settingsDrawer.open,
          openCalendar: () => setShowCalendar(true),
        }}
      />
    </AppShell>
    </DatesProvider>
  );
}
