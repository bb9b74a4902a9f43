/**
 * The child of the crash test: opens the office database exactly as the app does, then commits
 * transactions in a loop, printing each id only after its commit returned. The test kills it with
 * SIGKILL at a random moment; every printed id must survive.
 */
import { openDatabase } from '../../../db/open';

const file = process.argv[2]!;
const db = openDatabase(file);
const insertUnit = db.prepare('INSERT INTO unit (name, parent_id, sort_order) VALUES (?, NULL, 0)');
const insertPerson = db.prepare("INSERT INTO person (first_name, position, unit_id, role) VALUES (?, ?, ?, 'staff')");
const padding = 'ข้อมูลทดสอบการเขียน '.repeat(20);
let n = Date.now() * 1000;
for (;;) {
  const id = n++;
  // Each transaction touches two tables and several pages (a unit, people referring to it).
  db.transaction(() => {
    const unitId = insertUnit.run(`หน่วย-${id}`).lastInsertRowid;
    for (let i = 0; i < 3; i++) insertPerson.run(`crash-${id}-${i}`, padding, unitId);
  })();
  process.stdout.write(`${id}\n`);
}
