/**
 * Messages of the measures services that are not field issues (those are `validation.*` in
 * common.ts): what an `in_use` / `conflict` / `not_found` of a measures channel means, named by the
 * params the service sends. UI strings of the measures screens live in measuresUi.ts.
 */
export const measures = {
  th: {
    measures: {
      error: {
        unitOwnsMeasures: 'หน่วยงานนี้เป็นผู้รับผิดชอบมาตรการ {{measures}} รายการ ให้เลือกหน่วยงานที่จะรับผิดชอบแทนก่อนลบ',
        measureHasProgress: 'มาตรการนี้มีรายงานผลแล้ว {{entries}} รายการ การลบจะลบรายงานผลและหลักฐานด้วย',
        copyTargetNotEmpty: 'ปีงบประมาณ {{year}} มีมาตรการอยู่แล้ว เลือก “เพิ่มต่อท้าย” หากต้องการคัดลอกเพิ่ม',
        copySourceEmpty: 'ปีงบประมาณ {{year}} ยังไม่มีมาตรการให้คัดลอก',
        evidenceGone: 'ไม่พบไฟล์หลักฐาน {{file}} ในโฟลเดอร์ข้อมูลของโปรแกรม (อาจย้ายข้อมูลมาโดยไม่ได้คัดลอกโฟลเดอร์ evidence)',
      },
      document: {
        plan: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
        progressReport: 'รายงานผลการดำเนินการตามมาตรการ',
      },
    },
  },
  en: {
    measures: {
      error: {
        unitOwnsMeasures: 'This unit is responsible for {{measures}} measures; choose the unit that takes them over before deleting it',
        measureHasProgress: 'This measure has {{entries}} progress reports; deleting it deletes them and their evidence too',
        copyTargetNotEmpty: 'Fiscal year {{year}} already has measures; choose “append” to copy more',
        copySourceEmpty: 'Fiscal year {{year}} has no measures to copy',
        evidenceGone: 'The evidence file {{file}} is not in the app’s data folder (the data may have been moved without its evidence folder)',
      },
      document: {
        plan: 'Integrity and transparency measures plan',
        progressReport: 'Progress report on the measures',
      },
    },
  },
};
