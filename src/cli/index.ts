import { main } from './main.ts';
import { processPorts } from './process-ports.ts';
process.exitCode = await main(process.argv.slice(2), processPorts());
