// The import preview: one line per row of the file, saying whether it will be imported and why not.
import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberImportPreview } from '../../../../src-main/domain/member-import';
import type { Member } from '../../../../src-main/domain/model';
import { rowDetails, rowName } from './row-problem-text';

const STATUS_COLOR = { accepted: 'teal', duplicate: 'yellow', rejected: 'red' } as const;

export function ImportPreviewTable({ preview, members }: { preview: MemberImportPreview; members: readonly Pick<Member, 'id' | 'name'>[] }) {
  const { t } = useTranslation('members');
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped stickyHeader aria-label={t('import.title')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('import.columns.row')}</Table.Th>
            <Table.Th w={120}>{t('import.columns.status')}</Table.Th>
            <Table.Th>{t('import.columns.name')}</Table.Th>
            <Table.Th>{t('import.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row) => (
            <Table.Tr key={row.rowNumber} data-status={row.status}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[row.status]} variant="light">
                  {t(`import.status.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{rowName(row, preview.columns) || '–'}</Table.Td>
              <Table.Td>
                <Text size="sm" c={row.status === 'rejected' ? 'red' : undefined}>
                  {rowDetails(t, row, members)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
