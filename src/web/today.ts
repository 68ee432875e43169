// The date the core treats as "today" (later publication dates are errors).
// Tests pin it with ?today=YYYY-MM-DD so the page and the Node comparison agree; users get the local date.
import { localToday } from '../ui/today';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function pageToday(search: string, now: Date = new Date()): string {
  const requested = new URLSearchParams(search).get('today');
  return requested && ISO_DAY.test(requested) ? requested : localToday(now);
}
