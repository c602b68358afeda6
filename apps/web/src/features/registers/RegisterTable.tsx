import type { ReactNode } from 'react';

/** One column of a register: its header and what a row shows in it. */
export interface RegisterColumn<Row> {
  header: string;
  /** `rowKey` is the row's key, for cells that change with the row being edited. */
  cell(row: Row, rowKey: string): ReactNode;
}

/**
 * A register's entries as a table, with the live line above it that says what a change did or
 * how many entries show, and a sentence instead of the table when there are none.
 */
export function RegisterTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  status,
  emptyText,
}: {
  caption: string;
  columns: ReadonlyArray<RegisterColumn<Row>>;
  rows: readonly Row[];
  rowKey(row: Row): string;
  status: string;
  emptyText: string;
}) {
  return (
    <>
      <p role="status" className="register-count">
        {status}
      </p>
      {rows.length === 0 ? (
        <p className="register-empty">{emptyText}</p>
      ) : (
        <table className="register-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              return (
                <tr key={key}>
                  {columns.map((column) => (
                    <td key={column.header}>{column.cell(row, key)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
