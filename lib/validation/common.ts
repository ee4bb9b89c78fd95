import { z } from "zod";

/** A record id from a form or URL (cuid/uuid-like): anything else is not found, not a database error. */
export const idSchema = z.string("idInvalid").trim().min(1, "idInvalid").max(64, "idInvalid").regex(/^[A-Za-z0-9_-]+$/, "idInvalid");
