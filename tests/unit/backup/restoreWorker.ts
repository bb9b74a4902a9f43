/**
 * The child of the restore crash test: restores two backups in turn, forever, printing the name of
 * the organisation after each restore. The test kills it with SIGKILL at random moments.
 */
import { openAppContext } from '../../../electron/services/context';
import { restoreBackup } from '../../../electron/services/backup/restore';

const [dataDir, ...files] = process.argv.slice(2);
const ctx = openAppContext(dataDir!);
for (let i = 0; ; i++) {
  const result = await restoreBackup(ctx, files[i % files.length]!);
  process.stdout.write(`${result.organization}\n`);
}
