import si from 'systeminformation';
import type { Drive } from '../../../shared/api/backup';

type Block = Pick<si.Systeminformation.BlockDevicesData, 'mount' | 'label' | 'removable' | 'protocol' | 'type' | 'name'>;
type FsSize = Pick<si.Systeminformation.FsSizeData, 'mount' | 'size' | 'available' | 'rw'>;

const isRemovable = (b: Block) => b.removable || /usb/i.test(b.protocol ?? '') || /removable/i.test(b.type ?? '');

/**
 * Mounted removable drives (USB sticks and disks) with label, size and free space, from what
 * systeminformation reports about block devices and file systems. Pure, for the tests.
 */
export function removableDrives(blocks: Block[], sizes: FsSize[]): Drive[] {
  const removable = blocks.filter((b) => b.mount && isRemovable(b));
  const drives: Drive[] = [];
  for (const block of removable) {
    const fs = sizes.find((s) => s.mount === block.mount);
    if (!fs || fs.rw === false) continue;
    // A Windows drive letter alone ("E:") means "the current folder on E:": back up to its root.
    const mount = /^[A-Za-z]:$/.test(block.mount) ? `${block.mount}\\` : block.mount;
    drives.push({ mount, label: block.label || block.name || block.mount, size: fs.size, free: fs.available, removable: true });
  }
  return drives.sort((a, b) => a.mount.localeCompare(b.mount));
}

/** The removable drives of this PC; an empty list when the platform tells nothing. */
export async function listDrives(): Promise<Drive[]> {
  try {
    const [blocks, sizes] = await Promise.all([si.blockDevices(), si.fsSize()]);
    return removableDrives(blocks, sizes);
  } catch (error) {
    console.error('[ita-desk] listing drives failed', error);
    return [];
  }
}
