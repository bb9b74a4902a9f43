/**
 * The demo office's analysis meeting (the reference minutes of ../reference/, adapted to the demo
 * office): results of 2565 tabled, weak indicators and zero-score OIT items with their fixes, the
 * measures of 2566 adopted, the OIT changes and the calendar of 2566.
 */
import type { AgendaItem } from '../api/meetings';
import type { BundleMeeting } from './bundle';
import { templateAgenda, templateCommittee } from './templates';

const ORG = 'องค์การบริหารส่วนตำบลโนนสวรรค์';
const DATE = '2023-01-06';

const person = (personId: number, name: string, position: string) => ({ personId, name, position });
const chair = person(1, 'นายประเสริฐ ศรีสวัสดิ์', 'นายกองค์การบริหารส่วนตำบลโนนสวรรค์');
const secretary = person(2, 'นางวิไลวรรณ ทองดี', 'ปลัดองค์การบริหารส่วนตำบลโนนสวรรค์');
const recorder = person(11, 'นางสาวศิริพร ภูมิสุข', 'นักวิเคราะห์นโยบายและแผนชำนาญการ');

function sampleAgenda(): AgendaItem[] {
  const agenda = templateAgenda('analysis', DATE);
  const ask = { kind: 'speech' as const, speaker: 'ประธานฯ', text: 'ขอเชิญท่านร่วมกันพิจารณาและแสดงความคิดเห็นตามเอกสารที่ฝ่ายเลขานุการได้นำเสนอต่อที่ประชุมครับ' };
  const none = { kind: 'speech' as const, speaker: 'ที่ประชุม', text: '(ไม่มีผู้เห็นเป็นอย่างอื่น)' };
  agenda[0]!.entries.unshift({ kind: 'speech', speaker: 'ประธานฯ', text: 'แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ให้ที่ประชุมทราบ ดังนี้' });
  const consideration = agenda[3]!;
  consideration.subItems[0]!.entries.push(
    ask,
    { kind: 'speech', speaker: 'ผอ.กองการศึกษาฯ', text: 'ขออนุญาตเพิ่มเติมในส่วนการให้บริการประชาชนค่ะ เห็นควรจัดมุมประชาสัมพันธ์และน้ำดื่ม เพื่อสร้างความประทับใจให้ผู้มารับบริการ' },
    none,
  );
  consideration.subItems[1]!.entries.unshift(ask);
  consideration.subItems[1]!.entries.push(none);
  consideration.subItems[2]!.entries.unshift(ask);
  consideration.subItems[2]!.entries.push(none);
  return agenda;
}

export function sampleMeetings(): BundleMeeting[] {
  return [
    {
      id: 1,
      template: 'analysis',
      committee: templateCommittee('analysis', ORG),
      number: 1,
      numberYear: 2566,
      date: DATE,
      startTime: '10:00',
      endTime: '12:15',
      venue: `ห้องประชุม${ORG}`,
      chair,
      recorder,
      checker: secretary,
      certifier: chair,
      signatureColumn: true,
      attendees: [
        { ...chair, attendance: 'present', reason: '' },
        { ...secretary, attendance: 'present', reason: '' },
        { ...person(3, 'นายสมศักดิ์ ใจงาม', 'รองปลัดองค์การบริหารส่วนตำบลโนนสวรรค์'), attendance: 'present', reason: '' },
        { ...person(4, 'จ่าเอกอนุชา พรมมา', 'หัวหน้าสำนักปลัด'), attendance: 'present', reason: '' },
        { ...person(6, 'นางสุดารัตน์ แก้วมณี', 'ผู้อำนวยการกองคลัง'), attendance: 'present', reason: '' },
        { ...person(7, 'นายธนากร สิงห์คำ', 'ผู้อำนวยการกองช่าง'), attendance: 'present', reason: '' },
        { ...person(8, 'นางสาวพิมพ์ชนก ศรีบุญเรือง', 'ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม'), attendance: 'present', reason: '' },
        { ...person(10, 'นางจันทร์เพ็ญ มีสุข', 'นักวิชาการตรวจสอบภายในชำนาญการ'), attendance: 'present', reason: '' },
        { ...person(5, 'นางสาวกมลชนก บุญมี', 'นักทรัพยากรบุคคลชำนาญการ'), attendance: 'present', reason: '' },
        { ...recorder, attendance: 'present', reason: '' },
        { ...person(9, 'นายวีระพงษ์ คำภูแสน', 'ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม'), attendance: 'absent', reason: 'ติดราชการ' },
      ],
      agenda: sampleAgenda(),
      previousMeetingId: null,
      cover: { recipient: 'allUnits', date: '2023-01-10', docNumber: 'ขก ๗๒๙๐๑/๑๒', salutation: '', paragraphs: [], signer: secretary },
      createdAt: '2023-01-06T06:00:00.000Z',
      updatedAt: '2023-01-06T06:00:00.000Z',
    },
  ];
}
