import { z } from "zod";
import { idSchema } from "./common";

/** "Mark as read": the notification's id from the form's hidden input. */
export const notificationIdSchema = z.object({ id: idSchema });

/** Sign-up and cancel on an event: its id from the form's hidden input. */
export const eventIdSchema = z.object({ eventId: idSchema });
