#!/usr/bin/env node
// `npm start`: builds the web app when it is missing or older than its sources, then serves
// (bin/ordo.js builds the server the same way).
import { buildWebIfStale } from './build-web.js';

try {
  buildWebIfStale((line) => console.log(line));
} catch (error) {
  console.error(`ordo: ${error.message}`);
  process.exit(1);
}
process.argv = [process.argv[0], 'ordo', 'serve'];
await import('../bin/ordo.js');
