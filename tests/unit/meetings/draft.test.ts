import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/api/office';
import { templateAgenda } from '../../../shared/meetings/templates';
import { attendeeOf, getPart, newDraft, newEntry, updatePart } from '../../../renderer/src/meetings/draft';

const person = (id: number, role: Person['role'], firstName: string, position: string): Person => ({ id, title: 'นาย', firstName, lastName: 'ทดสอบ', position, unitId: null, role });
const PEOPLE = [person(1, 'staff', 'หนึ่ง', 'เจ้าหน้าที่'), person(2, 'chief_executive', 'สอง', 'นายก'), person(3, 'ita_admin', 'สาม', 'นักวิเคราะห์'), person(4, 'permanent_secretary', 'สี่', 'ปลัด')];

describe('meeting editor drafts', () => {
  it('start from a template with the usual signers and an empty attendee list', () => {
    const draft = newDraft({ template: 'analysis', committee: 'คณะทำงาน', agenda: templateAgenda('analysis', '2023-01-06') }, '2023-01-06', PEOPLE);
    expect(draft.chair).toEqual({ personId: 2, name: 'นายสอง ทดสอบ', position: 'นายก' });
    expect(draft.recorder.personId).toBe(3);
    expect(draft.checker.personId).toBe(4);
    expect(draft.certifier?.personId).toBe(2);
    expect(draft.attendees).toEqual([]);
    expect(draft.number).toBeNull();
    expect(attendeeOf(PEOPLE[0]!)).toEqual({ personId: 1, name: 'นายหนึ่ง ทดสอบ', position: 'เจ้าหน้าที่', attendance: 'present', reason: '' });
  });

  it('edit one agenda part by path, items and sub-items alike, without touching the others', () => {
    const agenda = templateAgenda('analysis', '2023-01-06');
    const withText = updatePart(agenda, { item: 3, sub: 1 }, (p) => ({ ...p, entries: [...p.entries, newEntry('text', 2565)] }));
    expect(getPart(withText, { item: 3, sub: 1 }).entries.at(-1)).toEqual({ kind: 'text', text: '' });
    expect(getPart(withText, { item: 3, sub: 0 })).toBe(getPart(agenda, { item: 3, sub: 0 }));
    expect(withText[0]).toBe(agenda[0]);
    const retitled = updatePart(agenda, { item: 4 }, (p) => ({ ...p, title: 'เรื่องอื่น ๆ (ถ้ามี)' }));
    expect(retitled[4]!.title).toBe('เรื่องอื่น ๆ (ถ้ามี)');
    expect(retitled[4]!.subItems).toEqual([]);
    expect(newEntry('data', 2565)).toEqual({ kind: 'data', block: 'scores', fiscalYear: 2565 });
  });
});
