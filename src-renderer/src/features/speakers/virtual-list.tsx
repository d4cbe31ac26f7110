// A windowed list with fixed row heights: only the rows in view (plus a few) are in the DOM, so 5,000 speakers scroll smoothly.
import { useState, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** The most the list grows to before it scrolls. */
  maxHeight: number;
  label: string;
  keyOf: (item: T) => string;
  renderRow: (item: T) => ReactNode;
}

const OVERSCAN_ROWS = 6;

export function VirtualList<T>({ items, rowHeight, maxHeight, label, keyOf, renderRow }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const totalHeight = items.length * rowHeight;
  const height = Math.min(totalHeight, maxHeight);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(items.length, Math.ceil((scrollTop + maxHeight) / rowHeight) + OVERSCAN_ROWS);
  return (
    <div style={{ height, overflowY: 'auto', position: 'relative' }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul aria-label={label} style={{ height: totalHeight, position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {items.slice(first, last).map((item, offset) => (
          <li
            key={keyOf(item)}
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
            style={{ position: 'absolute', top: (first + offset) * rowHeight, left: 0, right: 0, height: rowHeight }}
          >
            {renderRow(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
