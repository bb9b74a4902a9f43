import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { exportBundle, importBundle } from '../../../electron/services/bundle';
import { exportMinutesToFile } from '../../../electron/services/meetings';
import type { ApiError } from '../../../shared/api/errors';
import type { MeetingInput } from '../../../shared/api/meetings';
import { translate } from '../../../shared/i18n';
import { moveItem, sortByRank, templateAgenda, toMeetingInput } from '../../../shared/meetings/templates';
import { sampleBundle } from '../../../shared/sampleBundle';
import { docxParts, docxText, xmlText } from '../../support/documents';
import { call, expectTranslated, failure, freshContext, ok, tempDir, thrown } from '../foundation/helpers';
import { ATTENDEES, fullName, loadReference, referenceMeeting } from './fixture';

/** Each text appears in `text`, in this order, after the one before. */
function expectInOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

async function reference() {
  const ctx = freshContext();
  const ids = await loadReference(ctx);
  const meeting = await ok(ctx, 'meetings.create', referenceMeeting(ids.personId));
  return { ctx, ...ids, meeting };
}

describe('the reference minutes rebuilt from data', () => {
  it('prints header, attendees, the four agenda items with their tables and resolutions, closing and signatures in order', async () => {
    const { ctx, meeting } = await reference();
    expect(meeting.number).toBe(1);
    expect(meeting.numberYear).toBe(2566);
    expect(meeting.attendees[0]).toMatchObject({ name: 'พันตำรวจเอกวิช มุทิสินธ์', position: 'นายกเทศมนตรีตำบลนาข่า', attendance: 'present' });
    expect(meeting.recorder).toMatchObject({ name: 'นางสาวณิชชาพร อุปพงษ์', position: 'นักวิชาการตรวจสอบภายในปฏิบัติการ' });
    expect(await ok(ctx, 'meetings.check', { id: meeting.id })).toEqual([]);

    const file = await ok(ctx, 'meetings.exportMinutes', { id: meeting.id });
    expect(file.fileName).toMatch(/\.docx$/);
    const parts = docxParts(Buffer.from(file.base64, 'base64'));
    const text = xmlText(parts['word/document.xml']!);
    expectInOrder(text, [
      'รายงานการประชุม',
      'การยกระดับผลคะแนน ITA ของเทศบาลตำบลนาข่า',
      'ครั้งที่ ๑/๒๕๖๖',
      'เมื่อวันศุกร์ที่ ๖ มกราคม ๒๕๖๖ เวลา ๑๐.๐๐ น.',
      'ณ ศูนย์ผลิตและจำหน่ายหัตถกรรมพื้นบ้านนาข่า',
      'ผู้มาประชุม',
      'ที่ชื่อ-สกุลตำแหน่งลายมือชื่อ',
      ...ATTENDEES.flatMap((a, i) => [`${new Intl.NumberFormat('th-TH-u-nu-thai').format(i + 1)}${fullName(a)}`, a[3]]),
      'เริ่มประชุมเวลา ๑๐.๐๐ น.',
      'เมื่อถึงกำหนดเวลา พันตำรวจเอกวิช มุทิสินธ์ นายกเทศมนตรีตำบลนาข่า ทำหน้าที่เป็นประธานการประชุม',
      // ๑: the score table
      'ระเบียบวาระที่ ๑',
      'เรื่องแจ้งให้ที่ประชุมทราบ',
      'เทศบาลตำบลนาข่า ได้รับผลการประเมินคะแนน ITA ภาพรวม ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ เท่ากับ ๘๗.๖๗ คะแนน อยู่ในระดับ A',
      'ตัวชี้วัดของการประเมิน ITAประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ',
      'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      '๑. การปฏิบัติหน้าที่ ๙๙.๕๑ คะแนน',
      'ผลคะแนน IIT พบว่า ควรพัฒนาและปรับปรุง ดังนี้',
      '๗. ประสิทธิภาพการสื่อสาร ๘๗.๙๕ คะแนน',
      '๑๐. การป้องกันการทุจริต ๖๒.๕๐ คะแนน',
      'มติที่ประชุม- รับทราบ -',
      // ๒: no previous meeting linked
      'ระเบียบวาระที่ ๒',
      'เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา',
      '- ไม่มี -',
      'มติที่ประชุม- รับทราบ -',
      // ๓.๑ weak EIT questions with their fixes
      'ระเบียบวาระที่ ๓',
      'เรื่องเพื่อพิจารณา',
      '๓.๑ ตัวชี้วัดที่ควรพัฒนา',
      'ประเด็นการประเมินคะแนนวิธีแก้ไข/ปรับปรุง',
      'ตัวชี้วัด E๓ เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ มีการปิดบังหรือบิดเบือนข้อมูล',
      'คะแนน: ๘๙.๔๓',
      'จัดทำสื่อประชาสัมพันธ์ และเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงาน',
      'ตัวชี้วัด E๘',
      'คะแนน: ๘๖.๖๗',
      'ตัวชี้วัด E๑๐',
      'คะแนน: ๗๘.๓๓',
      'ตัวชี้วัด E๑๓',
      'คะแนน: ๗๗.๕๐',
      'จัดให้มีการดำเนินงานและให้บริการผ่านช่องทางออนไลน์',
      'ประธานฯ - กระผมขอถามต่อที่ประชุม',
      'ผอ.กองยุทธฯ - ขออนุญาตเพิ่มเติม',
      'ที่ประชุม - (ไม่มีผู้เห็นเป็นอย่างอื่น)',
      'มติที่ประชุม- เห็นชอบอย่างเป็นเอกฉันท์ -',
      // ๓.๒ zero-score OIT items with comments, fixes and responsible units
      '๓.๒ ตัวชี้วัดที่ควรปรับปรุง',
      'ตัวชี้วัดประเด็นการประเมินคะแนน/ความคิดเห็นของสำนักงาน ป.ป.ช.วิธีแก้ไข/ปรับปรุง และผู้รับผิดชอบ',
      'ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล',
      'ข้อ O๒๖ การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
      'คะแนน: ๐.๐๐',
      'ความคิดเห็น: ไม่มีการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
      'การดำเนินการตามนโยบายการบริหารและพัฒนาทรัพยากรบุคคลอย่างเป็นรูปธรรม',
      'ผู้รับผิดชอบ: สำนักปลัด',
      'ข้อ O๓๐ ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      'ตัวชี้วัดย่อยที่ ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต',
      'ข้อ O๓๙ แผนปฏิบัติการป้องกันการทุจริต',
      'ความคิดเห็น: มีการขยายระยะเวลาแต่ไม่ได้มีการปรับปรุงเนื้อหาโครงการปี ๒๕๖๕ เพิ่มมา',
      'ผู้รับผิดชอบ: หน่วยตรวจสอบภายใน',
      'ข้อ O๔๐',
      'ตัวชี้วัดย่อยที่ ๑๐.๒ มาตรการภายในเพื่อป้องกันการทุจริต',
      'ข้อ O๔๓',
      'มติที่ประชุม- เห็นชอบอย่างเป็นเอกฉันท์ -',
      // ๓.๓ the measures table
      '๓.๓ มาตรการในการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลนาข่า',
      'มาตรการ/แนวทางวิธีการดำเนินการผู้รับผิดชอบระยะเวลาดำเนินการการติดตามผล',
      '๕ การสร้างความเสมอภาคในการให้บริการประชาชนผ่านช่องทางออนไลน์บนเว็บไซต์หลักของหน่วยงาน (E-Service)',
      'ทุกสำนัก/กอง',
      '๖ การเผยแพร่ข้อมูลข่าวสารแก่บุคลากรภายในและภายนอกหน่วยงาน',
      '๗ การส่งเสริมความโปร่งใสในกระบวนการจัดซื้อจัดจ้าง',
      'กองคลัง',
      '๘ การดำเนินการตามนโยบายการบริหารและพัฒนาทรัพยากรบุคคลอย่างเป็นรูปธรรม',
      'มติที่ประชุม- เห็นชอบอย่างเป็นเอกฉันท์ -',
      // ๓.๔ OIT changes of the new framework year
      '๓.๔ ตัวชี้วัด OIT ที่มีการเพิ่มเติมและเปลี่ยนแปลง',
      'ที่ข้อมูลการเปลี่ยนแปลง',
      'O๑๐ นโยบายคุ้มครองข้อมูลส่วนบุคคลเพิ่มใหม่',
      'O๓๑ ประกาศเจตนารมณ์นโยบาย No Gift Policy',
      'O๓๒ การสร้างวัฒนธรรม No Gift Policy',
      'O๓๓ รายงานผลตามนโยบาย No Gift Policy',
      'O๓๙ ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ',
      'O๔๐ การขับเคลื่อนจริยธรรม',
      'O๔๑ การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ',
      'มติที่ประชุม- รับทราบ -',
      // ๔ nothing
      'ระเบียบวาระที่ ๔',
      'เรื่องอื่น ๆ',
      '- ไม่มี -',
      'เลิกประชุมเวลา ๑๒.๑๕ น.',
      '(ลงชื่อ)ผู้จดรายงานการประชุม',
      '(นางสาวณิชชาพร อุปพงษ์)',
      'นักวิชาการตรวจสอบภายในปฏิบัติการ',
      '(ลงชื่อ)ผู้ตรวจรายงานการประชุม',
      '(นายสุรเสกข์ บุญฉิม)',
      'ปลัดเทศบาลตำบลนาข่า',
      '(ลงชื่อ)ผู้รับรองรายงานการประชุม',
      '(พันตำรวจเอกวิช มุทิสินธ์)',
      'นายกเทศมนตรีตำบลนาข่า',
    ]);
    expect(text).not.toContain('ระเบียบวาระที่ ๕');
    expect(text).not.toContain('ผู้ไม่มาประชุม');
    // Page numbers from page 2: a first-page header without the number.
    expect(parts['word/document.xml']).toContain('<w:titlePg/>');
    expect(Object.entries(parts).some(([name, xml]) => name.startsWith('word/header') && xml.includes('PAGE'))).toBe(true);
  });

  it('lists the absent with reasons and others attending, each numbered from ๑', async () => {
    const { ctx, meeting, personId } = await reference();
    const input = referenceMeeting(personId);
    const attendees = [
      ...input.attendees!.slice(0, 12),
      { personId: personId(12), name: '', position: '', attendance: 'absent' as const, reason: 'ลาป่วย' },
      { personId: null, name: 'นายสมชาย ใจดี', position: 'ผู้แทนประชาคมตำบล', attendance: 'other' as const },
    ];
    await ok(ctx, 'meetings.update', { ...input, id: meeting.id, attendees });
    const text = docxText((await ok(ctx, 'meetings.exportMinutes', { id: meeting.id })).base64);
    expectInOrder(text, ['ผู้มาประชุม', '๑๒นายอภิวัฒน์ ชาวกล้า', 'ผู้ไม่มาประชุม', 'ที่ชื่อ-สกุลตำแหน่งหมายเหตุ', '๑นางสาวกมลวรรณ น้ำใสผู้ช่วยเจ้าพนักงานธุรการลาป่วย', 'ผู้เข้าร่วมประชุม', '๑นายสมชาย ใจดีผู้แทนประชาคมตำบล', 'เริ่มประชุมเวลา']);
  });
});

describe('digits follow the organisation setting', () => {
  it('writes numbers, dates and times in Arabic digits when the office chose them', async () => {
    const { ctx, meeting } = await reference();
    const org = (await ok(ctx, 'organization.get', {}))!;
    await ok(ctx, 'organization.save', { ...org, thaiDigits: false });
    const text = docxText((await ok(ctx, 'meetings.exportMinutes', { id: meeting.id })).base64);
    expectInOrder(text, ['ครั้งที่ 1/2566', 'เมื่อวันศุกร์ที่ 6 มกราคม 2566 เวลา 10.00 น.', 'ระเบียบวาระที่ 1', '87.67 คะแนน', 'ตัวชี้วัด E3', 'คะแนน: 89.43', 'เลิกประชุมเวลา 12.15 น.']);
    // Generated numbers never come in Thai digits (text typed by the user stays as typed).
    expect(text).not.toMatch(/ระเบียบวาระที่ [๐-๙]|คะแนน: [๐-๙]|ตัวชี้วัดย่อยที่ [๐-๙]|ข้อ O[๐-๙]/);
  });
});

describe('meetings: numbering, links, bad input', () => {
  it('numbers meetings per year, keeps a number on edit, refuses a number taken', async () => {
    const { ctx, meeting, personId } = await reference();
    const input = referenceMeeting(personId);
    const second = await ok(ctx, 'meetings.create', { ...input, date: '2023-03-01' });
    expect([second.number, second.numberYear]).toEqual([2, 2566]);
    const nextYear = await ok(ctx, 'meetings.create', { ...input, date: '2024-01-10' });
    expect([nextYear.number, nextYear.numberYear]).toEqual([1, 2567]);
    const edited = await ok(ctx, 'meetings.update', { ...input, id: second.id, venue: 'ห้องประชุมเล็ก', date: '2023-04-01' });
    expect(edited.number).toBe(2);
    const taken = failure(await call(ctx, 'meetings.create', { ...input, number: 1 }));
    expect(taken.code).toBe('conflict');
    expect(taken.issues![0]).toMatchObject({ path: 'number', key: 'validation.meetingNumberTaken' });
    expectTranslated(taken);
    const template = await ok(ctx, 'meetings.template', { template: 'analysis', date: '2023-05-01' });
    expect([template.number, template.numberYear]).toEqual([3, 2566]);
    expect((await ok(ctx, 'meetings.list', { year: 2566 })).map((m) => m.id)).toEqual([second.id, meeting.id]);
  });

  it('refuses an end before the start, the same attendee twice, a custom resolution without text', async () => {
    const { ctx, personId } = await reference();
    const input = referenceMeeting(personId);
    const bad: MeetingInput = {
      ...input,
      endTime: '09:30',
      attendees: [...input.attendees!, { personId: personId(3), name: '', position: '', attendance: 'present' }, { personId: null, name: 'นายสมชาย ใจดี', position: '', attendance: 'other' }, { personId: null, name: 'นายสมชาย  ใจดี', position: '', attendance: 'other' }],
      agenda: [{ title: 'เรื่องอื่น ๆ', resolution: { kind: 'custom', text: '' } }],
    };
    const error = failure(await call(ctx, 'meetings.create', bad));
    expect(error.code).toBe('validation');
    const issues = Object.fromEntries(error.issues!.map((i) => [i.path, i]));
    expect(issues.endTime!.key).toBe('validation.endBeforeStart');
    expect(issues['attendees.14.personId']).toMatchObject({ key: 'validation.attendeeTwice', params: { value: 'นายพงษ์ธนพฤทธิ น้อยวัน', row: 4 } });
    expect(issues['attendees.16.name']!.key).toBe('validation.attendeeTwice');
    expect(issues['agenda.0.resolution.text']!.key).toBe('validation.required');
    expectTranslated(error);
    const time = failure(await call(ctx, 'meetings.create', { ...input, startTime: '25:00' }));
    expect(time.issues![0]).toMatchObject({ path: 'startTime', key: 'validation.time' });
    expectTranslated(time);
    expect(await ok(ctx, 'meetings.list', {})).toHaveLength(1); // the reference meeting only
  });

  it('keeps the name and position of a person deleted after the meeting', async () => {
    const { ctx, meeting, personId } = await reference();
    await ok(ctx, 'people.delete', { id: personId(10) });
    await ok(ctx, 'people.delete', { id: personId(1) }); // the checker too
    const reread = await ok(ctx, 'meetings.get', { id: meeting.id });
    expect(reread.attendees[10]).toEqual({ personId: null, name: 'นายไพรวลัย โลมาอินทร์', position: 'นายช่างไฟฟ้า', attendance: 'present', reason: '' });
    expect(reread.checker).toEqual({ personId: null, name: 'นายสุรเสกข์ บุญฉิม', position: 'ปลัดเทศบาลตำบลนาข่า' });
    const text = docxText((await ok(ctx, 'meetings.exportMinutes', { id: meeting.id })).base64);
    expect(text).toContain('๑๑นายไพรวลัย โลมาอินทร์นายช่างไฟฟ้า');
    expect(text).toContain('(นายสุรเสกข์ บุญฉิม)');
    // Saving it again as read keeps them.
    const again = await ok(ctx, 'meetings.update', { ...toMeetingInput(reread), id: meeting.id });
    expect(again.attendees[10]!.name).toBe('นายไพรวลัย โลมาอินทร์');
  });

  it('refuses to export an empty agenda with a clear message, and says so for a year without results', async () => {
    const { ctx, personId } = await reference();
    const empty = await ok(ctx, 'meetings.create', { ...referenceMeeting(personId), agenda: [] });
    const error = failure(await call(ctx, 'meetings.exportMinutes', { id: empty.id }));
    expect(error.issues).toEqual([{ path: 'agenda', key: 'validation.emptyAgenda' }]);
    expect(translate('th', 'validation.emptyAgenda')).toContain('ระเบียบวาระ');
    expect((await thrown(() => exportMinutesToFile(ctx.db, empty.id, path.join(tempDir(), 'm.docx')))).code).toBe('validation');
    expect((await ok(ctx, 'meetings.check', { id: empty.id }))[0]!.key).toBe('validation.emptyAgenda');

    const future = await ok(ctx, 'meetings.create', {
      ...referenceMeeting(personId),
      agenda: [{ title: 'ผลการประเมิน', entries: [{ kind: 'data', block: 'scores', fiscalYear: 2569 }, { kind: 'data', block: 'measures', fiscalYear: 2570 }, { kind: 'data', block: 'oitChanges', fiscalYear: 2569 }] }],
    });
    const warnings = await ok(ctx, 'meetings.check', { id: future.id });
    expect(warnings.map((w) => [w.path, w.key, w.params?.year])).toEqual([
      ['agenda.0.entries.0', 'meetings.warning.noResults', 2569],
      ['agenda.0.entries.1', 'meetings.warning.noMeasures', 2570],
      ['agenda.0.entries.2', 'meetings.warning.noFramework', 2569],
    ]);
    for (const w of warnings) for (const lang of ['th', 'en'] as const) expect(translate(lang, w.key, w.params)).not.toBe(w.key);
    // The same for an agenda not saved yet.
    expect(await ok(ctx, 'meetings.checkDraft', { agenda: future.agenda })).toEqual(warnings);
    const text = docxText((await ok(ctx, 'meetings.exportMinutes', { id: future.id })).base64);
    expect(text).toContain('(ยังไม่มีผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ในระบบ)');
    expect(text).toContain('(ยังไม่มีมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ในระบบ)');
  });

  it('adopts the previous minutes by link in agenda item 2; the linked meeting cannot be deleted', async () => {
    const { ctx, meeting, personId } = await reference();
    const input = referenceMeeting(personId);
    const next = await ok(ctx, 'meetings.create', { ...input, date: '2023-04-20', agenda: templateAgenda('followUp', '2023-04-20'), previousMeetingId: meeting.id });
    const text = docxText((await ok(ctx, 'meetings.exportMinutes', { id: next.id })).base64);
    expectInOrder(text, ['ระเบียบวาระที่ ๒', 'รับรองรายงานการประชุมครั้งที่แล้ว', 'การยกระดับผลคะแนน ITA ของเทศบาลตำบลนาข่า ครั้งที่ ๑/๒๕๖๖ เมื่อวันที่ ๖ มกราคม ๒๕๖๖', 'มติที่ประชุม- เห็นชอบ -']);
    expect(failure(await call(ctx, 'meetings.delete', { id: meeting.id })).code).toBe('in_use');
    const later = failure(await call(ctx, 'meetings.update', { ...input, id: meeting.id, previousMeetingId: next.id }));
    expect(later.issues![0]).toMatchObject({ path: 'previousMeetingId', key: 'validation.previousMeetingLater' });
    await ok(ctx, 'meetings.delete', { id: next.id });
    await ok(ctx, 'meetings.delete', { id: meeting.id });
    expect(await ok(ctx, 'meetings.list', {})).toEqual([]);
  });

  it('shows a renamed unit on the next export (data blocks are live)', async () => {
    const { ctx, meeting, unitId } = await reference();
    const before = docxText((await ok(ctx, 'meetings.exportMinutes', { id: meeting.id })).base64);
    expect(before).toContain('หน่วยตรวจสอบภายใน');
    await ok(ctx, 'units.update', { id: unitId('หน่วยตรวจสอบภายใน'), name: 'หน่วยตรวจสอบภายในและกำกับดูแล', parentId: null });
    const after = docxText((await ok(ctx, 'meetings.exportMinutes', { id: meeting.id })).base64);
    expect(after).toContain('หน่วยตรวจสอบภายในและกำกับดูแล');
  });

  it('marks the measures of the plan year approved with the meeting as their source', async () => {
    const { ctx, meeting } = await reference();
    const result = await ok(ctx, 'meetings.adoptMeasures', { id: meeting.id, fiscalYear: 2566 });
    expect(result).toEqual({ fiscalYear: 2566, approved: 11, source: `meeting:${meeting.id}` });
    const measures = await ok(ctx, 'measures.list', { fiscalYear: 2566 });
    expect(measures.every((m) => m.approved && m.approvalSource === `meeting:${meeting.id}`)).toBe(true);
    const none = failure(await call(ctx, 'meetings.adoptMeasures', { id: meeting.id, fiscalYear: 2570 }));
    expect(none.issues![0]!.key).toBe('validation.noMeasuresInYear');
    expectTranslated(none);
  });
});

describe('the covering memo', () => {
  it('goes to the chief executive, or to all units with a circulation list of their heads', async () => {
    const { ctx, meeting, personId } = await reference();
    const toChief = docxText((await ok(ctx, 'meetings.exportMemo', { id: meeting.id })).base64);
    expectInOrder(toChief, ['บันทึกข้อความ', 'ส่วนราชการ', 'หน่วยตรวจสอบภายใน เทศบาลตำบลนาข่า จังหวัดอุดรธานี', 'เรื่อง', 'ส่งรายงานการประชุมการยกระดับผลคะแนน ITA ของเทศบาลตำบลนาข่า ครั้งที่ ๑/๒๕๖๖', 'เรียน นายกเทศมนตรีตำบลนาข่า', 'ตามที่เทศบาลตำบลนาข่าได้จัดประชุม', 'จึงเรียนมาเพื่อโปรดทราบ', '(นางสาวณิชชาพร อุปพงษ์)']);
    expect(toChief).not.toContain('แจ้งเวียน');

    const input = referenceMeeting(personId);
    await ok(ctx, 'meetings.update', { ...input, id: meeting.id, cover: { recipient: 'allUnits', docNumber: 'อด ๕๒๑๐๑/๒๐', date: '2023-01-10', signer: { personId: personId(1), name: '', position: '' } } });
    const toAll = docxText((await ok(ctx, 'meetings.exportMemo', { id: meeting.id })).base64);
    expectInOrder(toAll, [
      'อด ๕๒๑๐๑/๒๐',
      '๑๐ มกราคม ๒๕๖๖',
      'เรียน หัวหน้าส่วนราชการทุกส่วน',
      'จึงเรียนมาเพื่อโปรดทราบและถือปฏิบัติ',
      '(นายสุรเสกข์ บุญฉิม)',
      'แจ้งเวียน',
      'ที่ส่วนราชการชื่อ-สกุลลงชื่อวันที่',
      '๑สำนักปลัด',
      '๒กองคลังนางศิริรัตน์ ภักดีไทย',
      '๓กองช่างนายพงษ์ธนพฤทธิ น้อยวัน',
      '๖กองการศึกษานายวีระพิชญ์ คณาศรี',
      '๗หน่วยตรวจสอบภายใน',
    ]);
  });
});

describe('meetings in the bundle and the CLI', () => {
  it('travel with the bundle (links and snapshots), and sample data brings the demo analysis meeting', async () => {
    const { ctx, meeting, personId } = await reference();
    const input = referenceMeeting(personId);
    await ok(ctx, 'meetings.create', { ...input, date: '2023-04-20', agenda: templateAgenda('followUp', '2023-04-20'), previousMeetingId: meeting.id });
    const bundle = exportBundle(ctx);
    expect(bundle.meetings).toHaveLength(2);
    const other = freshContext();
    expect(importBundle(other, JSON.parse(JSON.stringify(bundle))).meetings).toBe(2);
    expect(exportBundle(other).meetings).toEqual(bundle.meetings);
    // A bundle with a broken link is refused before anything changes.
    const broken = JSON.parse(JSON.stringify(bundle));
    broken.meetings[1].previousMeetingId = 99;
    broken.meetings[0].endTime = '09:00';
    const error = (() => {
      try {
        importBundle(other, broken);
      } catch (e) {
        return e as { code: string; details: ApiError };
      }
      return null;
    })();
    expect(error?.code).toBe('bundle_invalid');
    expect(error!.details.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['meetings.1.previousMeetingId', 'meetings.0.endTime']));
    expect(await ok(other, 'meetings.list', {})).toHaveLength(2);

    const demo = freshContext();
    importBundle(demo, sampleBundle('0.0.0'));
    const [sample] = await ok(demo, 'meetings.list', {});
    expect(sample).toMatchObject({ template: 'analysis', number: 1, numberYear: 2566 });
    expect(await ok(demo, 'meetings.check', { id: sample!.id })).toEqual([]);
    const text = docxText((await ok(demo, 'meetings.exportMinutes', { id: sample!.id })).base64);
    expectInOrder(text, ['ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'ติดราชการ', 'ระเบียบวาระที่ ๑', 'ระเบียบวาระที่ ๕', 'เลิกประชุมเวลา ๑๒.๑๕ น.']);
  });

  it('exports minutes and their memo from the command line', async () => {
    const { ctx, meeting } = await reference();
    const dir = tempDir();
    const lines: string[] = [];
    const errors: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => errors.push(l) };
    const out = path.join(dir, 'm.docx');
    expect(await runCli(['export', 'minutes', '--meeting', String(meeting.id), '--out', out, '--data-dir', ctx.dataDir], io)).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'minutes', meeting: meeting.id, file: out });
    expect(docxText(fs.readFileSync(out))).toContain('ครั้งที่ ๑/๒๕๖๖');
    const memo = path.join(dir, 'memo.docx');
    expect(await runCli(['export', 'minutes-memo', '--meeting', String(meeting.id), '--out', memo, '--data-dir', ctx.dataDir], io)).toBe(0);
    expect(docxText(fs.readFileSync(memo))).toContain('บันทึกข้อความ');
    expect(await runCli(['export', 'minutes', '--meeting', '999', '--out', out, '--data-dir', ctx.dataDir], io)).toBe(1);
    expect(JSON.parse(errors.at(-1)!).error).toBe('not_found');
    expect(await runCli(['export', 'minutes', '--out', out, '--data-dir', ctx.dataDir], io)).toBe(1);
    expect(JSON.parse(errors.at(-1)!).issues[0].path).toBe('--meeting');
  });
});

describe('meeting rules', () => {
  it('orders attendees by rank within each attendance group and moves items up and down', () => {
    const roles: Record<number, 'chief_executive' | 'permanent_secretary' | 'unit_head' | 'staff'> = { 1: 'staff', 2: 'chief_executive', 3: 'unit_head', 4: 'permanent_secretary' };
    const list = [
      { personId: 1, attendance: 'present' as const },
      { personId: null, attendance: 'present' as const },
      { personId: 3, attendance: 'absent' as const },
      { personId: 2, attendance: 'present' as const },
      { personId: 4, attendance: 'present' as const },
    ];
    expect(sortByRank(list, (id) => roles[id]).map((a) => a.personId)).toEqual([2, 4, 1, null, 3]);
    expect(moveItem(['a', 'b', 'c'], 2, 'up')).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 'up')).toEqual(['a', 'b', 'c']);
  });

  it('templates pre-fill the standard agenda items', () => {
    for (const template of ['analysis', 'workingGroup', 'followUp', 'blank'] as const) {
      const agenda = templateAgenda(template, '2023-01-06');
      expect(agenda.map((i) => i.title)).toEqual(['เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', 'รับรองรายงานการประชุมครั้งที่แล้ว', 'เรื่องเสนอเพื่อทราบ', 'เรื่องเสนอเพื่อพิจารณา', 'เรื่องอื่น ๆ']);
    }
    const analysis = templateAgenda('analysis', '2023-01-06');
    expect(analysis[0]!.entries).toEqual([{ kind: 'data', block: 'scores', fiscalYear: 2565 }]);
    expect(analysis[3]!.subItems.map((s) => s.entries[0])).toEqual([
      { kind: 'data', block: 'weakIndicators', fiscalYear: 2565, threshold: 90 },
      { kind: 'data', block: 'zeroOit', fiscalYear: 2565 },
      { kind: 'data', block: 'measures', fiscalYear: 2566 },
    ]);
  });
});
