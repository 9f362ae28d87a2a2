import { runAction } from './action-main.ts';
import { realActionPorts } from './github/action-ports.ts';
import { actionPipeline } from './pipeline.ts';
process.exitCode = await runAction(realActionPorts(actionPipeline));
