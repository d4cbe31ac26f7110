// The settings field for the name other devices see ("Mette har også mappen åben"); saved when the field is left.
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { useApiQuery } from '../../use-api-query';

export function DeviceNameField() {
  const api = useApi();
  const { t } = useTranslation('presence');
  const { t: tCommon } = useTranslation();
  const saved = useApiQuery('presence.name', {}, () => false);
  const [draft, setDraft] = useState<string | null>(null);
  const current = saved.data?.displayName ?? '';

  const save = async () => {
    if (draft === null) return;
    if (draft.trim() === current) {
      setDraft(null);
      return;
    }
    try {
      const next = await api.call('presence.setName', { displayName: draft.trim() || null });
      saved.replace(next);
      setDraft(null);
      notifySuccess(next.displayName ? t('nameSaved', { name: next.displayName }) : t('nameCleared'));
    } catch (error) {
      notifyFailure(tCommon, error);
    }
  };

  return (
    <TextInput
      label={t('nameLabel')}
      description={t('nameDescription')}
      placeholder={t('namePlaceholder')}
      maxLength={100}
      value={draft ?? current}
      disabled={saved.data === undefined}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void save();
      }}
    />
  );
}
