/**
 * Why the server could not start, as an operator reads it: one line and a distinct exit code
 * each (docs/operations.md), never a stack trace for a cause the operator can fix.
 */
export const EXIT_CODES = {
  /** A setting in the environment is invalid (PORT, ANTECKNA_*). */
  config_invalid: 64,
  /** The database file is not an SQLite database (a damaged header, or another file). */
  database_not_a_database: 65,
  /** The data dir cannot be created, or is not a directory. */
  data_dir_unusable: 73,
  /** The database is damaged inside (PRAGMA quick_check at start, or SQLite found it so). */
  database_corrupt: 74,
  /** The data dir or the database file cannot be read or written (permissions, read-only disk). */
  data_dir_not_writable: 77,
  /** ANTECKNA_DATABASE_URL names a Postgres that cannot be reached (down, wrong host or port). */
  database_unreachable: 69,
  /** Postgres refused the login (wrong user or password, or no such database). */
  database_login_refused: 67,
  /** ANTECKNA_REDIS_URL is set but Redis cannot be reached (sysexits EX_TEMPFAIL: try again). */
  redis_unreachable: 75,
  /** The port is taken by another process. */
  port_in_use: 98,
} as const;

export type StartupFailureKind = keyof typeof EXIT_CODES;

export class StartupFailure extends Error {
  override readonly name = 'StartupFailure';
  constructor(
    readonly kind: StartupFailureKind,
    message: string,
  ) {
    super(message);
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

/**
 * Known causes, as raised by Node (fs, listen) and better-sqlite3, turned into a StartupFailure;
 * anything else is a bug and keeps its stack (null here).
 */
export function asStartupFailure(error: unknown, dataDir: string): StartupFailure | null {
  if (error instanceof StartupFailure) return error;
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_NOTADB':
      return new StartupFailure(
        'database_not_a_database',
        `the database in ${dataDir} is not an SQLite database (its header is damaged): restore it from a backup`,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_CORRUPT_VTAB':
      return new StartupFailure(
        'database_corrupt',
        `the database in ${dataDir} is damaged (${error.message}): restore it from a backup`,
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new StartupFailure(
        'data_dir_not_writable',
        `cannot read and write the data dir ${dataDir} (${error.message}): check its permissions and that its disk is writable`,
      );
    case 'EADDRINUSE':
      return new StartupFailure('port_in_use', `the port is already in use (${error.message})`);
    default:
      return null;
  }
}
