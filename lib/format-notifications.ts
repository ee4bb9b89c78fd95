/** Date and time of day in the user's language, Danish time (one definition: lib/format.ts). */
export { formatDateTime } from "./format";
