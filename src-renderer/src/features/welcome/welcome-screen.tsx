// The first screen when there are no groups yet: start your own, or look around in a demo group.
import { Button, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconSparkles, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface WelcomeScreenProps {
  onCreateGroup: () => void;
  onCreateDemo: () => Promise<unknown>;
}

export function WelcomeScreen({ onCreateGroup, onCreateDemo }: WelcomeScreenProps) {
  const { t } = useTranslation();
  const [creatingDemo, setCreatingDemo] = useState(false);

  const createDemo = async () => {
    setCreatingDemo(true);
    try {
      await onCreateDemo();
    } finally {
      setCreatingDemo(false);
    }
  };

  return (
    <Center mih="calc(100vh - 160px)">
      <Paper withBorder radius="lg" p={40} maw={620} shadow="xs" component="section" aria-labelledby="welcome-title">
        <Stack gap="lg">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconUsersGroup size={30} stroke={1.5} aria-hidden />
          </ThemeIcon>
          <Title order={2} id="welcome-title">
            {t('welcome.title')}
          </Title>
          <Text c="dimmed" size="md" lh={1.6}>
            {t('welcome.body')}
          </Text>
          <Group gap="sm">
            <Button size="md" leftSection={<IconPlus size={18} aria-hidden />} onClick={onCreateGroup}>
              {t('welcome.createFirst')}
            </Button>
            <Button
              size="md"
              variant="default"
              leftSection={<IconSparkles size={18} aria-hidden />}
              loading={creatingDemo}
              onClick={() => void createDemo()}
            >
              {t('welcome.createDemo')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('welcome.demoHint')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
