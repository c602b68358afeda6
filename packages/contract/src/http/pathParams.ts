import { z } from 'zod';

/** An id in a path: the server's ids are short, and anything longer is refused before lookup. */
export const pathId = () => z.string().min(1).max(64);

/** The meeting in `/api/meetings/{id}/…`: one declaration for every meeting route. */
export const MeetingParams = z.object({ id: pathId() });
