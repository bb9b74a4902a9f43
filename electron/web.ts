/**
 * `npm run web`: the real renderer in a browser, on the real services, through the localhost bridge
 * (development only; the packaged app never starts this). Vite serves the renderer with hot reload.
 */
import { createServer } from 'vite';
import { startBridge } from './bridge';
import { resolveDataDir } from './dataDir';
import { openAppContext } from './services/context';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 5173;
const dataDir = resolveDataDir(args, process.env, () => '.data/web');
const ctx = openAppContext(dataDir);
const vite = await createServer({ server: { middlewareMode: true }, appType: 'spa' });
const bridge = await startBridge(ctx, { port, fallback: (req, res) => vite.middlewares(req, res) });
console.log(`ITA Desk (browser mode) at ${bridge.url}  data: ${ctx.dataDir}`);
