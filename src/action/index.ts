import { runAction } from './main.ts';
import { tuneHeap } from '../io/heap.ts';
import { realActionPorts } from './runner-ports.ts';
tuneHeap();
process.exitCode = await runAction(realActionPorts());
