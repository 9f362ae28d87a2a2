import { runAction } from './main.ts';
import { realActionPorts } from './runner-ports.ts';
import { actionPipeline } from '../core/run.ts';
process.exitCode = await runAction(realActionPorts(actionPipeline));
