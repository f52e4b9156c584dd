#!/usr/bin/env node
// The `ordo` command: runs the JavaScript built from src/ into dist/server, building it first when
// it is missing or older than its sources (a fresh clone, a pull, an edit).
import { pathToFileURL } from 'node:url';
import { buildServerIfStale, serverEntry } from '../scripts/build-server.js';

await buildServerIfStale();
await import(pathToFileURL(serverEntry).href);
