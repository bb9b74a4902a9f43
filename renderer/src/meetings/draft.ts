/**
 * Pure helpers of the meeting editor: a new draft from a template, people as signers and
 * attendees, and the edits of nested agenda parts by path. No React, so they are easy to test.
 */
import type { AgendaEntry, AgendaItem, AgendaSubItem, Attendee, MeetingData, MeetingTemplateInfo, MemoSigner } from '../../../shared/api/meetings';
import type { Person } from '../../../shared/api/office';
import { personFullName } from '../../../shared/documents/memo';

export const EMPTY_SIGNER: MemoSigner = { personId: null, name: '', position: '' };

export const signerOf = (p: Person): MemoSigner => ({ personId: p.id, name: personFullName(p), position: p.position });

export const attendeeOf = (p: Person): Attendee => ({ ...signerOf(p), attendance: 'present', reason: '' });

/** A new meeting from a template: the chair is the chief executive, the recorder the ITA admin, the checker the permanent secretary. */
export function newDraft(info: MeetingTemplateInfo, date: string, people: Person[]): MeetingData {
  const role = (r: Person['role']) => people.find((p) => p.role === r);
  const chief = role('chief_executive');
  const secretary = role('permanent_secretary');
  const admin = role('ita_admin');
  return {
    template: info.template,
    committee: info.committee,
    number: null,
    date,
    startTime: '09:00',
    endTime: null,
    venue: '',
    chair: chief ? signerOf(chief) : EMPTY_SIGNER,
    recorder: admin ? signerOf(admin) : EMPTY_SIGNER,
    checker: secretary ? signerOf(secretary) : EMPTY_SIGNER,
    certifier: chief ? signerOf(chief) : null,
    signatureColumn: false,
    attendees: [],
    agenda: info.agenda,
    previousMeetingId: null,
    cover: { recipient: 'chief', date: null, docNumber: '', salutation: '', paragraphs: [], signer: EMPTY_SIGNER },
  };
}

/** Where an agenda part lives: an item, or a sub-item of an item. */
export interface PartRef {
  item: number;
  sub?: number;
}

export function getPart(agenda: AgendaItem[], ref: PartRef): AgendaSubItem {
  const item = agenda[ref.item]!;
  return ref.sub === undefined ? item : item.subItems[ref.sub]!;
}

/** The agenda with one part replaced by `change(part)`. */
export function updatePart(agenda: AgendaItem[], ref: PartRef, change: (part: AgendaSubItem) => AgendaSubItem): AgendaItem[] {
  return agenda.map((item, i) => {
    if (i !== ref.item) return item;
    if (ref.sub === undefined) return { ...item, ...change(item) };
    return { ...item, subItems: item.subItems.map((s, j) => (j === ref.sub ? change(s) : s)) };
  });
}

export const newEntry = (kind: AgendaEntry['kind'], fiscalYear: number): AgendaEntry => {
  switch (kind) {
    case 'text':
      return { kind, text: '' };
    case 'speech':
      return { kind, speaker: 'ประธานฯ', text: '' };
    case 'data':
      return { kind, block: 'scores', fiscalYear };
    case 'previousMinutes':
      return { kind };
  }
};
