import { getLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { accommodationLabel } from "@/lib/matching";

/** What a workplace offers (accommodation codes) as labels, for citizens and for the employer. */
export async function OfferedAccommodations({ id, title, empty, codes }: { id: string; title: string; empty: string; codes: readonly string[] }) {
  const lang = (await getLocale()) === "en" ? "en" : "da";
  return (
    <Card aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {codes.length ? (
        <ul className="flex flex-wrap gap-2">
          {codes.map((code) => (
            <li key={code} className="rounded-md border border-gray-500 px-3 py-1">
              {accommodationLabel(code)[lang]}
            </li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </Card>
  );
}
