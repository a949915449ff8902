import { ChevronDown, ChevronUp } from 'lucide-react';
import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface Column<Row> {
  key: string;
  /** The header's text; also labels the cell when rows are stacked on a phone. */
  label: string;
  /** Header content when it is more than the label (hidden labels use `hideLabel`). */
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** This column's cell names its row (a `<th scope="row">`). */
  rowHeader?: boolean;
  /** Shown from the md breakpoint up (secondary explanations). */
  wide?: boolean;
  /** Set to make the column sortable: its current direction, or null when another column sorts. */
  sort?: { direction: SortDirection | null; onSort: () => void };
  className?: string;
}

interface TableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Extra attributes of a row (e.g. aria-current for the current tier). */
  rowProps?: (row: Row) => { 'aria-current'?: 'true'; className?: string };
  /** Headers read by assistive technology only (a key/value table needs no visible header). */
  headersHidden?: boolean;
  testId?: string;
  className?: string;
}

const alignClass = (align: Column<unknown>['align']) => (align === 'end' ? 'text-right' : 'text-left');

/**
 * The one table of the app. Under 640 px each row becomes a stacked block of "label value"
 * lines (`.data-table` in index.css), so no table is clipped or scrolls sideways on a phone.
 */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowProps,
  headersHidden = false,
  testId,
  className = '',
}: TableProps<Row>) {
  // A table wider than its card (many columns, long amounts) scrolls inside it, never out of it.
  return (
    <div className="overflow-x-auto">
      <table className={`data-table w-full text-sm ${className}`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className={headersHidden ? 'sr-only' : undefined}>
          <tr className="border-b border-line text-ink-muted">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={column.sort ? (column.sort.direction ?? 'none') : undefined}
                className={`py-1.5 pr-3 font-medium last:pr-0 ${alignClass(column.align)} ${column.wide ? 'hidden md:table-cell' : ''}`}
              >
                {column.sort ? (
                  <button
                    type="button"
                    className="inline-flex min-h-6 items-center gap-1 hover:text-accent"
                    onClick={column.sort.onSort}
                  >
                    {column.label}
                    {column.sort.direction === 'ascending' ? (
                      <ChevronUp size={14} aria-hidden />
                    ) : column.sort.direction === 'descending' ? (
                      <ChevronDown size={14} aria-hidden />
                    ) : null}
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const extra = rowProps?.(row) ?? {};
            return (
              <tr
                key={rowKey(row, index)}
                aria-current={extra['aria-current']}
                className={`border-b border-line align-top last:border-0 ${extra.className ?? ''}`}
              >
                {columns.map((column) => {
                  const className = `py-1.5 pr-3 last:pr-0 ${alignClass(column.align)} ${column.wide ? 'hidden md:table-cell' : ''} ${column.className ?? ''}`;
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" data-label={column.label} className={`font-medium ${className}`}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} data-label={column.label} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
