// The needs step's search: every word typed must occur in the need's name or its explanation, so
// "tunge løft" and "løft tunge" both find "Ingen tunge løft", and "pause" finds "Flere pauser".

const words = (text: string) => text.toLocaleLowerCase("da").split(/\s+/).filter(Boolean);

export function matchesQuery(query: string, ...texts: string[]): boolean {
  const wanted = words(query);
  if (!wanted.length) return true;
  const haystack = texts.join(" ").toLocaleLowerCase("da");
  return wanted.every((w) => haystack.includes(w));
}
