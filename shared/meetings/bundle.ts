import { z } from 'zod';
import { meetingInput } from '../api/meetings';
import { meetingIssues } from './templates';

const id = z.number().int().positive();

/** A meeting as stored: its input plus id, its number of the year and timestamps. */
export const bundleMeeting = meetingInput.extend({
  id,
  number: z.number().int().min(1).max(999),
  numberYear: z.number().int().min(2400).max(2800),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});
export type BundleMeeting = z.output<typeof bundleMeeting>;

interface Issue {
  path: (string | number)[];
  message: string;
  params?: Record<string, string | number>;
}

/** Cross-record rules of the meetings of a bundle: ids and numbers once, links to meetings that exist, the meeting rules. */
export function meetingsBundleIssues(meetings: BundleMeeting[]): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<number>();
  const numbers = new Set<string>();
  meetings.forEach((m, i) => {
    if (ids.has(m.id)) issues.push({ path: ['meetings', i, 'id'], message: 'validation.duplicate', params: { value: m.id } });
    ids.add(m.id);
    const key = `${m.numberYear}/${m.number}`;
    if (numbers.has(key)) issues.push({ path: ['meetings', i, 'number'], message: 'validation.duplicate', params: { value: key } });
    numbers.add(key);
    for (const issue of meetingIssues(m)) issues.push({ path: ['meetings', i, ...issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))], message: issue.key, params: issue.params });
  });
  meetings.forEach((m, i) => {
    if (m.previousMeetingId !== null && (!ids.has(m.previousMeetingId) || m.previousMeetingId === m.id))
      issues.push({ path: ['meetings', i, 'previousMeetingId'], message: 'validation.unknownReference', params: { value: m.previousMeetingId } });
  });
  return issues;
}
