import { runAction } from './main.ts';
import { realActionPorts } from './runner-ports.ts';
process.exitCode = await runAction(realActionPorts());
