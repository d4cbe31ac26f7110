// Keys of a one-line entry while minutes are taken live: Enter starts the next entry (a new decision, the next
// member's round line), Escape leaves the field, so the hands never go to the mouse.
import type { KeyboardEvent } from 'react';

export function oneLineEntryKeys(onEnter: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter while an input method composes a character belongs to the composition, not to us.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  };
}
