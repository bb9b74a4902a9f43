import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/api/contract';

/** Exactly the typed API, one function per channel; `ipcRenderer` itself never reaches the page. */
contextBridge.exposeInMainWorld(
  'itaDesk',
  Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(`api:${channel}`, input)])),
);
