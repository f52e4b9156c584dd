// Scratch experiments (deleted after the investigation).
import { sql } from 'kysely';
import { openEmbedded } from '../src/db/database.ts';
import { seedCapabilities } from './seed-capabilities.ts';
import { seedBacklog } from './seed-items.ts';

const [command, dataDir, size = '100000'] = process.argv.slice(2);
const database = await openEmbedded({ dataDir: dataDir as string });
try {
  if (command === 'seed') {
    await seedBacklog(database, Number(size), () => {});
    console.log(await seedCapabilities(database, new Date(), () => {}));
    await database.pglite.exec('VACUUM (ANALYZE)');
  } else {
    const { experiments } = await import(`/tmp/ordo-bench-scratch/${command}.ts`);
    await experiments(database);
  }
} finally {
  await database.close();
}
void sql;
