import fs from 'node:fs';
import path from 'node:path';
import { StartupFailure } from './startupFailure.ts';

/**
 * Before SQLite touches anything: the data dir exists (or can be made), is a directory, and can
 * be read and written, as can the database file if there is one. SQLite would otherwise fail
 * later and less clearly (WAL needs to create files beside the database).
 */
export function checkDataDir(dataDir: string, databaseFile: string): void {
  if (fs.existsSync(dataDir) && !fs.statSync(dataDir).isDirectory()) {
    throw new StartupFailure('data_dir_unusable', `the data dir ${dataDir} is not a directory`);
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StartupFailure(
      'data_dir_unusable',
      `cannot create the data dir ${dataDir} (${(error as Error).message})`,
    );
  }
  for (const target of [dataDir, path.join(dataDir, databaseFile)]) {
    if (target !== dataDir && !fs.existsSync(target)) continue;
    try {
      fs.accessSync(target, fs.constants.R_OK | fs.constants.W_OK);
    } catch (error) {
      throw new StartupFailure(
        'data_dir_not_writable',
        `cannot read and write ${target} (${(error as Error).message}): check its permissions and that its disk is writable`,
      );
    }
  }
}
