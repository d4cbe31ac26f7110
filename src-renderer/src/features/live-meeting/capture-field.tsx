// The small inline field one key opens: the cursor is in it at once, Enter saves, Escape cancels. An action also
// offers its owner and due date, already set to the defaults (the facilitator, the next meeting).
import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCapture } from '../../../../src-main/api/operations/live';
import type { PersonEntry } from '../../../../src-main/domain/people';

export type CaptureKind = LiveCapture['kind'];

interface CaptureFieldProps {
  kind: CaptureKind;
  members: readonly PersonEntry[];
  defaultDue: string;
  onSave: (capture: LiveCapture) => Promise<boolean>;
  onClose: () => void;
}

// Not a possible member id (ids have no colon), so it can stand for the facilitator in the owner list.
const FACILITATOR = 'facilitator:';

export function CaptureField({ kind, members, defaultDue, onSave, onClose }: CaptureFieldProps) {
  const { t } = useTranslation('liveMeeting');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(FACILITATOR);
  const [due, setDue] = useState(defaultDue);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const trimmed = text.trim();
    if (trimmed === '' || saving) return;
    setSaving(true);
    const capture: LiveCapture =
      kind === 'action'
        ? { kind, text: trimmed, ...(owner !== FACILITATOR ? { ownerMemberId: owner } : {}), ...(due ? { due } : {}) }
        : { kind, text: trimmed };
    const saved = await onSave(capture);
    setSaving(false);
    if (saved) onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const label = t(`capture.${kind}Label`);

  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-yellow-light)" data-testid="live-capture">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={label}
          aria-label={label}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          // The key that opened the field is where the hands are: typing goes straight in.
          autoFocus
          style={{ flex: 1 }}
          maxLength={kind === 'theme' ? 120 : 2000}
        />
        {kind === 'action' && (
          <>
            <Select
              label={t('capture.owner')}
              value={owner}
              onChange={(value) => setOwner(value ?? FACILITATOR)}
              allowDeselect={false}
              data={[{ value: FACILITATOR, label: t('capture.facilitator') }, ...members.map((member) => ({ value: member.id, label: member.name }))]}
              w={200}
              searchable
            />
            <TextInput label={t('capture.due')} type="date" value={due} onChange={(event) => setDue(event.currentTarget.value)} onKeyDown={onKeyDown} w={160} />
          </>
        )}
        <Button onClick={() => void save()} loading={saving} disabled={text.trim() === ''}>
          {t('capture.save')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('capture.hint')}
      </Text>
    </Paper>
  );
}
