// How a held talk went, from the closing round: a rating of 1–5 and a line, set or changed in place in the history.
import { Button, Group, Rating, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerTalk } from '../../../../src-main/domain/speaker-memory';
import { useApi } from '../../api-context';
import { FormFailure } from '../../ui/form-failure';
import { SubmitButton } from '../../ui/submit-button';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';

interface TalkRatingFormProps {
  groupId: string;
  talk: SpeakerTalk;
  onDone: (saved: SpeakerTalk | null) => void;
}

export function TalkRatingForm({ groupId, talk, onDone }: TalkRatingFormProps) {
  const { t } = useTranslation('speakers');
  const api = useApi();
  const [rating, setRating] = useState(talk.rating ?? 0);
  const [note, setNote] = useState(talk.ratingNote ?? '');
  const { saving, failure, run } = useSubmit();
  const save = () =>
    run(async () => {
      const saved = await api.call('speakers.rateTalk', { groupId, invitationId: talk.invitationId, rating: rating === 0 ? null : rating, note });
      onDone(saved);
    });
  return (
    <form onSubmit={onFormSubmit(() => void save())} aria-label={t('rating.formLabel', { topic: talk.topic })}>
      <Stack gap={6} mt={4}>
        <Group gap="xs">
          <Text size="xs" id={`rating-${talk.invitationId}`}>
            {t('rating.label')}
          </Text>
          <Rating
            value={rating}
            onChange={setRating}
            aria-labelledby={`rating-${talk.invitationId}`}
            getSymbolLabel={(value) => t('rating.value', { rating: value })}
          />
          {rating > 0 && (
            <Button variant="subtle" size="compact-xs" onClick={() => setRating(0)}>
              {t('rating.clear')}
            </Button>
          )}
        </Group>
        <TextInput
          size="xs"
          label={t('rating.note')}
          placeholder={t('rating.notePlaceholder')}
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-autofocus
          autoFocus
        />
        <FormFailure failure={failure} />
        <Group gap="xs">
          <SubmitButton size="xs" saving={saving}>
            {t('rating.save')}
          </SubmitButton>
          <Button variant="default" size="xs" onClick={() => onDone(null)}>
            {t('rating.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
