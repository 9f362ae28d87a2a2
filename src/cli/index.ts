import { main } from './main.ts';
import { tuneHeap } from '../io/heap.ts';
import { processPorts } from './process-ports.ts';
tuneHeap();
process.exitCode = await main(process.argv.slice(2), processPorts());
