import { api, unwrap } from '../../../api/client.ts';
import type { RequestBodyOf, ResponseOf } from '../../../api/types.ts';

export type DeadlineRequest = RequestBodyOf<'/api/calendar/deadline', 'post'>;
export type DeadlineResult = ResponseOf<'/api/calendar/deadline', 'post'>;

export function computeDeadline(body: DeadlineRequest): Promise<DeadlineResult> {
  return unwrap(api.POST('/api/calendar/deadline', { body }));
}
