"use client";

// Last resort when the root layout itself fails: no providers are available here, so the text is
// given in both languages. The server has logged the details (instrumentation.ts).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="da">
      <body style={{ fontFamily: "Arial, sans-serif", padding: "2rem", lineHeight: 1.6 }}>
        <main>
          <h1>Noget gik galt</h1>
          <p>Der skete en fejl hos os. Prøv igen om lidt.</p>
          <p lang="en">Something went wrong on our side. Please try again shortly.</p>
          <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1.25rem" }}>
            Prøv igen
          </button>
        </main>
      </body>
    </html>
  );
}
