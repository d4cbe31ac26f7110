// A text field with a magnifier that reports the typed query as a plain string on every keystroke.
import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

type SearchInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & {
  value: string;
  onChange: (query: string) => void;
};

export function SearchInput({ value, onChange, ...rest }: SearchInputProps) {
  return <TextInput {...rest} leftSection={<IconSearch size={16} />} value={value} onChange={(event) => onChange(event.currentTarget.value)} />;
}
