import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { onPublicOrigin } from "@/lib/auth/public-origin";

// On the browser's origin, not the server's listening address (see lib/auth/public-origin.ts).
export const GET = (request: NextRequest) => handlers.GET(onPublicOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(onPublicOrigin(request));
