import type { Instrumentation } from "next";

// Unexpected server errors (pages, actions, route handlers) go to the structured log with the
// route and request context; users only ever see app/error.tsx, never a stack trace.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/logger");
  const err = error as Error & { digest?: string };
  logger.error(
    {
      err: { name: err.name, message: err.message, stack: err.stack, digest: err.digest },
      method: request.method,
      path: request.path,
      routePath: context.routePath,
      routeType: context.routeType,
    },
    "unhandled request error",
  );
};
