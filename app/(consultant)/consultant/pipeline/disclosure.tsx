/** A closed-by-default section with a 44 px summary, so a card's forms do not crowd the board. */
export function Disclosure({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  return (
    <details className="rounded-md border border-gray-300">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold">{summary}</summary>
      <div className="border-t border-gray-300 p-3">{children}</div>
    </details>
  );
}
