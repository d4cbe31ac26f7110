// A note's text: a plain textarea with a small toolbar that writes the Markdown subset the Word export reads,
// and a preview of how it will look.
import { ActionIcon, Box, Group, Paper, Text, Textarea, Tooltip } from '@mantine/core';
import { IconBold, IconItalic, IconLink, IconList, IconListNumbers } from '@tabler/icons-react';
import { useMemo, useRef, type ComponentType } from 'react';
import { parseRichText } from '../../../../src-main/domain/rich-text';
import { useTranslation } from 'react-i18next';
import { applyMarkdown, type MarkdownCommand } from './markdown-edits';
import { hasFormatting, RichTextPreview } from './rich-text-preview';

const TOOLS: { command: MarkdownCommand; icon: ComponentType<{ size?: number }>; shortcut?: string }[] = [
  { command: 'bold', icon: IconBold, shortcut: 'b' },
  { command: 'italic', icon: IconItalic, shortcut: 'i' },
  { command: 'bulletList', icon: IconList },
  { command: 'numberedList', icon: IconListNumbers },
  { command: 'link', icon: IconLink, shortcut: 'k' },
];

interface RichTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

export function RichTextField({ label, value, onChange }: RichTextFieldProps) {
  const { t } = useTranslation('minutes');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const blocks = useMemo(() => parseRichText(value), [value]);

  const run = (command: MarkdownCommand) => {
    const element = textarea.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const next = applyMarkdown(command, { text: value, start, end }, { text: t('notes.placeholderText'), link: t('notes.placeholderLink') });
    onChange(next.text);
    // Put the selection where the user continues typing once React has written the new text.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.start, next.end);
    });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const tool = TOOLS.find((candidate) => candidate.shortcut === event.key.toLowerCase());
    if (!tool) return;
    event.preventDefault();
    run(tool.command);
  };

  return (
    <Box>
      <Group gap={2} role="toolbar" aria-label={`${t('notes.toolbar')}: ${label}`} mb={4}>
        {TOOLS.map(({ command, icon: Icon, shortcut }) => (
          <Tooltip key={command} label={shortcut ? `${t(`notes.${command}`)} (Ctrl+${shortcut.toUpperCase()})` : t(`notes.${command}`)} openDelay={300}>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t(`notes.${command}`)} onClick={() => run(command)}>
              <Icon size={16} />
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
      <Textarea
        ref={textarea}
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autosize
        minRows={3}
        maxRows={16}
      />
      {/* Plain text needs no preview; formatted text shows how Word will show it. */}
      {hasFormatting(blocks) && (
        <Paper withBorder={false} bg="gray.0" p="xs" mt={6} radius="sm" aria-label={t('notes.preview')}>
          <Text size="xs" c="dimmed" fw={600} mb={4}>
            {t('notes.preview')}
          </Text>
          <RichTextPreview blocks={blocks} />
        </Paper>
      )}
    </Box>
  );
}
