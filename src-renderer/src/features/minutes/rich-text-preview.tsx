// A note as it will read in the Word document: the same block tree the export renders (parseRichText), drawn as React
// elements (never as HTML from the text), so what the facilitator sees is what the document gets.
import { Anchor, List, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { Block, Inline } from '../../../../src-main/domain/rich-text';

function InlineView({ inline }: { inline: Inline }) {
  if (inline.kind === 'lineBreak') return <br />;
  if (inline.kind === 'link') {
    return (
      <Anchor href={inline.href} target="_blank" rel="noopener noreferrer">
        {inline.spans.map((span, index) => (
          <Styled key={index} text={span.text} bold={span.bold} italic={span.italic} />
        ))}
      </Anchor>
    );
  }
  return <Styled text={inline.text} bold={inline.bold} italic={inline.italic} />;
}

function Styled({ text, bold, italic }: { text: string; bold: boolean; italic: boolean }) {
  const italicText = italic ? <em>{text}</em> : text;
  return bold ? <strong>{italicText}</strong> : <>{italicText}</>;
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'paragraph') {
    return (
      <Text size="sm" mb={6}>
        {block.inlines.map((inline, index) => (
          <InlineView key={index} inline={inline} />
        ))}
      </Text>
    );
  }
  return (
    <List size="sm" type={block.ordered ? 'ordered' : 'unordered'} start={block.ordered ? block.start : undefined} withPadding mb={6}>
      {block.items.map((item, index) => (
        <List.Item key={index}>
          {item.blocks.map((child, childIndex) => (
            <Fragment key={childIndex}>
              <BlockView block={child} />
            </Fragment>
          ))}
        </List.Item>
      ))}
    </List>
  );
}

/** True when the note uses any formatting, so a preview shows more than the text itself. */
export function hasFormatting(blocks: readonly Block[]): boolean {
  return blocks.some(
    (block) =>
      block.kind === 'list' ||
      block.inlines.some((inline) => inline.kind === 'link' || (inline.kind === 'text' && (inline.bold || inline.italic))),
  );
}

export function RichTextPreview({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  );
}
