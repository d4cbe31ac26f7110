// A note's text: a plain textarea with a small toolbar that writes the Markdown subset the Word export reads,
// and a preview of how it will look. It behaves like Word where hands expect it: Ctrl+B / Ctrl+I toggle, Enter
// continues a list, an address pasted over words links them.
import { ActionIcon, Box, Group, Paper, Text, Textarea, Tooltip } from '@mantine/core';
import { IconBold, IconItalic, IconLink, IconList, IconListNumbers } from '@tabler/icons-react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ComponentType } from 'react';
import { parseRichText } from '../../../../src-main/domain/rich-text';
import { useTranslation } from 'react-i18next';
import { applyMarkdown, continueList, pasteLink, type MarkdownCommand, type TextSelection } from './markdown-edits';
import { hasFormatting, RichTextPreview } from './rich-text-preview';

const TOOLS: { command: MarkdownCommand; icon: ComponentType<{ size?: number }>; shortcut?: string }[] = [
  { command: 'bold', icon: IconBold, shortcut: 'b' },
  { command: 'italic', icon: IconItalic, shortcut: 'i' },
  { command: 'bulletList', icon: IconList },
  { command: 'numberedList', icon: IconListNumbers },
  // No Ctrl+K here: that key opens the command palette everywhere, in this field too.
  { command: 'link', icon: IconLink },
];

interface RichTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

export function RichTextField({ label, value, onChange, autoFocus }: RichTextFieldProps) {
  const { t } = useTranslation('minutes');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const blocks = useMemo(() => parseRichText(value), [value]);

  const selection = (): TextSelection => {
    const element = textarea.current;
    return { text: value, start: element?.selectionStart ?? value.length, end: element?.selectionEnd ?? value.length };
  };

  // Where the cursor goes once React has written a text this field changed itself (a list's next marker, a toggle).
  // Set in the same commit, before the next key is handled: a fast typist's next letter must land after the marker.
  const pendingSelection = useRef<TextSelection | null>(null);
  useLayoutEffect(() => {
    const element = textarea.current;
    const next = pendingSelection.current;
    if (!element || !next || element.value !== next.text) return;
    pendingSelection.current = null;
    element.focus();
    element.setSelectionRange(next.start, next.end);
  }, [value]);

  const write = (next: TextSelection) => {
    if (next.text === value) {
      // Only the cursor moves (stepping out of a bold span): nothing for React to write.
      textarea.current?.focus();
      textarea.current?.setSelectionRange(next.start, next.end);
      return;
    }
    pendingSelection.current = next;
    onChange(next.text);
  };

  const run = (command: MarkdownCommand) => write(applyMarkdown(command, selection(), { link: t('notes.placeholderLink') }));
  // The toolbar never changes while the facilitator types; one stable handler lets it skip every keystroke's redraw.
  const latestRun = useRef(run);
  useLayoutEffect(() => {
    latestRun.current = run;
  });
  const onCommand = useCallback((command: MarkdownCommand) => latestRun.current(command), []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.nativeEvent.isComposing) {
      const continued = continueList(selection());
      if (continued) {
        event.preventDefault();
        write(continued);
      }
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const tool = TOOLS.find((candidate) => candidate.shortcut === event.key.toLowerCase());
    if (!tool) return;
    event.preventDefault();
    run(tool.command);
  };

  const onPaste = (event: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const linked = pasteLink(selection(), event.clipboardData.getData('text/plain'));
    if (!linked) return;
    event.preventDefault();
    write(linked);
  };

  return (
    <Box>
      <FormatToolbar label={label} onCommand={onCommand} />
      <Textarea
        ref={textarea}
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        autoFocus={autoFocus}
        autosize
        minRows={3}
        maxRows={16}
      />
      {/* Plain text needs no preview; formatted text shows how Word will show it. */}
      {hasFormatting(blocks) && (
        <Paper withBorder={false} bg="var(--app-subtle-background)" p="xs" mt={6} radius="sm" aria-label={t('notes.preview')}>
          <Text size="xs" c="dimmed" fw={600} mb={4}>
            {t('notes.preview')}
          </Text>
          <RichTextPreview blocks={blocks} />
        </Paper>
      )}
    </Box>
  );
}

const FormatToolbar = memo(function FormatToolbar({ label, onCommand }: { label: string; onCommand: (command: MarkdownCommand) => void }) {
  const { t } = useTranslation('minutes');
  return (
    <Group gap={2} role="toolbar" aria-label={`${t('notes.toolbar')}: ${label}`} mb={4}>
      {TOOLS.map(({ command, icon: Icon, shortcut }) => (
        <Tooltip key={command} label={shortcut ? `${t(`notes.${command}`)} (Ctrl+${shortcut.toUpperCase()})` : t(`notes.${command}`)} openDelay={300}>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t(`notes.${command}`)} onClick={() => onCommand(command)}>
            <Icon size={16} />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
});
