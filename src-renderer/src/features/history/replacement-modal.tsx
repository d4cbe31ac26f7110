// "Replaced by which decision?": the later decisions to choose from (the domain's rule), searchable by their words.
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replacementCandidates, type RegisterDecision } from '../../../../src-main/domain/decision-register';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';

interface ReplacementModalProps {
  /** The decision being marked as replaced; null while the modal is closed. */
  decision: RegisterDecision | null;
  register: readonly RegisterDecision[];
  onClose: () => void;
  onConfirm: (replacedBy: string) => void;
}

export function ReplacementModal({ decision, register, onClose, onConfirm }: ReplacementModalProps) {
  const { t } = useTranslation('history');
  return (
    <Modal opened={decision !== null} onClose={onClose} title={t('decisions.pickTitle')} size="lg">
      {decision && <ReplacementForm key={decision.decisionId} decision={decision} register={register} onClose={onClose} onConfirm={onConfirm} />}
    </Modal>
  );
}

function ReplacementForm({ decision, register, onClose, onConfirm }: Omit<ReplacementModalProps, 'decision'> & { decision: RegisterDecision }) {
  const { t, i18n } = useTranslation('history');
  const { t: tApp } = useTranslation();
  const language = i18n.language as Language;
  const candidates = replacementCandidates(register, decision.decisionId);
  const [chosen, setChosen] = useState<string | null>(decision.replacedBy?.decisionId ?? null);
  const date = formatShortDate(decision.meetingDate, language);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onConfirm(chosen);
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('decisions.pickIntro', { text: decision.text, date })}</Text>
        {candidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('decisions.pickNone')}
          </Text>
        ) : (
          <Select
            label={t('decisions.pickLabel')}
            placeholder={t('decisions.pickPlaceholder')}
            searchable
            data-autofocus
            value={chosen}
            onChange={setChosen}
            maxDropdownHeight={280}
            comboboxProps={{ withinPortal: false }}
            data={candidates.map((candidate) => ({
              value: candidate.decisionId,
              label: t('decisions.pickOption', { date: formatShortDate(candidate.meetingDate, language), text: candidate.text }),
            }))}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tApp('app.cancel')}
          </Button>
          <Button type="submit" disabled={chosen === null}>
            {t('decisions.pickConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
