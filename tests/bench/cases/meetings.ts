import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeAppContext, openAppContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/services/dispatch';
import { importBundle } from '../../../electron/services/bundle';
import { handlers } from '../../../electron/services/handlers';
import { DATA_BLOCK_KINDS, type AgendaItem } from '../../../shared/api/meetings';
import type { Bundle } from '../../../shared/bundle';
import { sampleBundle } from '../../../shared/sampleBundle';
import { repeat, time } from '../stats';
import type { BenchCase } from '../types';

const ATTENDEES = 40;
const ITEMS = 10;

/** The demo office with 40 people and one meeting: all 40 attending, 10 agenda items, each with a live data table and discussion. */
function bundle(): Bundle {
  const base = sampleBundle('bench');
  const people: Bundle['people'] = [
    ...base.people,
    ...Array.from({ length: ATTENDEES - base.people.length }, (_v, i) => ({
      id: 100 + i,
      title: i % 2 ? 'นาง' : 'นาย',
      firstName: `บุคลากร${i + 1}`,
      lastName: 'ทดสอบประสิทธิภาพ',
      position: 'นักวิชาการตรวจสอบภายในปฏิบัติการ',
      unitId: 1 + (i % 6),
      role: 'staff' as const,
    })),
  ];
  const years: Record<(typeof DATA_BLOCK_KINDS)[number], number> = { scores: 2565, weakIndicators: 2565, zeroOit: 2565, measures: 2566, oitChanges: 2566, calendar: 2566 };
  const agenda: AgendaItem[] = Array.from({ length: ITEMS }, (_v, i) => {
    const block = DATA_BLOCK_KINDS[i % DATA_BLOCK_KINDS.length]!;
    return {
      title: `เรื่องเสนอเพื่อพิจารณา ข้อ ${i + 1}`,
      entries: [
        { kind: 'speech', speaker: 'ประธานฯ', text: 'ขอเชิญท่านร่วมกันพิจารณาและแสดงความคิดเห็นตามเอกสารที่ฝ่ายเลขานุการได้นำเสนอต่อที่ประชุมครับ' },
        { kind: 'data', block, fiscalYear: years[block], ...(block === 'weakIndicators' ? { threshold: 90 } : {}) },
        { kind: 'speech', speaker: 'ที่ประชุม', text: '(ผู้เข้าร่วมประชุมร่วมกันพิจารณาและแสดงความคิดเห็น)' },
      ],
      resolution: { kind: 'unanimous', text: '' },
      subItems: [],
    };
  });
  const [demo] = base.meetings;
  return {
    ...base,
    people,
    meetings: [{ ...demo!, signatureColumn: true, attendees: people.map((p) => ({ personId: p.id, name: `${p.title}${p.firstName} ${p.lastName}`, position: p.position, attendance: 'present', reason: '' })), agenda }],
  };
}

/** Export of minutes with 40 attendees and 10 agenda items, each with a table resolved from live data. */
export const meetingsMinutesExport: BenchCase = {
  name: 'meetings.minutesExport',
  description: `export of minutes with ${ATTENDEES} attendees and ${ITEMS} agenda items with live data tables (resolve blocks, build the model, render the .docx) through meetings.exportMinutes, and its covering memo`,
  async run({ runs, log }) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-minutes-'));
    const ctx = openAppContext(root);
    try {
      importBundle(ctx, bundle());
      const must = async (channel: string) => {
        const result = await dispatch(ctx, handlers, channel, { id: 1 });
        if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
        return Buffer.from((result.value as { base64: string }).base64, 'base64').length;
      };
      let bytes = 0;
      const exportMs = await repeat(Math.min(runs, 10), () =>
        time(async () => {
          bytes = await must('meetings.exportMinutes');
        }),
      );
      const memoMs = await repeat(Math.min(runs, 10), () => time(() => must('meetings.exportMemo')));
      log(`minutes: ${Math.round(bytes / 1024)} KiB`);
      return { attendees: ATTENDEES, agendaItems: ITEMS, docxKiB: Math.round(bytes / 1024), exportMs, memoMs };
    } finally {
      closeAppContext(ctx);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};
