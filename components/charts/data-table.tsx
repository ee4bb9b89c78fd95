// The table alternative to a chart: the same figures as text, in a labelled region that scrolls
// sideways on its own if it is wider than a phone screen (the page itself never does).

type Props = { caption: string; columns: string[]; rows: (string | number)[][] };

export function DataTable({ caption, columns, rows }: Props) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={`border-b border-gray-300 px-2 py-2 font-semibold ${i > 0 ? "text-right" : ""}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells]) => (
            <tr key={String(head)}>
              <th scope="row" className="border-b border-gray-200 px-2 py-2 font-normal whitespace-nowrap">
                {head}
              </th>
              {cells.map((cell, i) => (
                <td key={i} className="border-b border-gray-200 px-2 py-2 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
