/**
 * The quota ledger in a real database: PGlite (Postgres compiled to WebAssembly, in-process, its
 * files in a folder) by default, a PostgreSQL server when `DATABASE_URL` is set. Both speak the
 * same SQL, so one implementation serves both.
 *
 * `reserve` is atomic: in one transaction it takes advisory locks on the account and on the
 * primary domain (always in the same order, so two orders cannot deadlock), reads the records
 * of both, lets certkit decide, and writes the new record only when the decision allows it. Two
 * concurrent orders for the last free slot therefore see each other: exactly one gets it.
 */
import { primaryDomain } from 'certkit/domain';
import type { Policy } from 'certkit/policy';
import {
  createQuotaLedger,
  evaluateQuota,
  type LedgerRecord,
  type QuotaDecision,
  type QuotaRequest,
} from 'certkit/quota';
import { privateSuffixList } from 'certkit/suffixes';

export interface LedgerStore {
  /** Decides `request` at `now` and, when allowed, stores `record(pool)` in the same transaction. */
  reserve(request: QuotaRequest, record: (pool: string | undefined) => LedgerRecord, now: Date): Promise<QuotaDecision>;
  /** How many records the ledger holds. */
  count(): Promise<number>;
  close(): Promise<void>;
}

/** What the two databases share: a query, and a transaction that runs queries on one session. */
interface Database {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  transaction<T>(work: (query: Database['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS quota_ledger (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  domain text NOT NULL,
  primary_domain text NOT NULL,
  pool text,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX IF NOT EXISTS quota_ledger_account ON quota_ledger (account_id);
CREATE INDEX IF NOT EXISTS quota_ledger_primary ON quota_ledger (primary_domain);`;

export interface StoreOptions {
  readonly policy: Policy;
  /** A PostgreSQL URL; without it, PGlite. */
  readonly databaseUrl?: string;
  /** PGlite's folder (kept across restarts); without it, in memory. */
  readonly dataDir?: string;
}

export async function openStore(options: StoreOptions): Promise<LedgerStore> {
  const db =
    options.databaseUrl === undefined ? await openPglite(options.dataDir) : await openPostgres(options.databaseUrl);
  await db.query(SCHEMA);
  const { policy } = options;
  return {
    reserve: (request, record, now) =>
      db.transaction(async (query) => {
        const primary =
          primaryDomain(request.domain, { privateSuffixes: policy.domain.privateSuffixes && privateSuffixList }) ??
          request.domain;
        for (const key of [`account:${request.accountId}`, `domain:${primary}`].sort())
          await query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
        const { rows } = await query('SELECT * FROM quota_ledger WHERE account_id = $1 OR primary_domain = $2', [
          request.accountId,
          primary,
        ]);
        const ledger = createQuotaLedger(rows.map(toRecord), { policy });
        const decision = evaluateQuota(request, ledger, { now });
        if (decision.allowed && request.kind !== 'reissue') {
          const row = record(decision.pool);
          await query(
            `INSERT INTO quota_ledger (id, account_id, domain, primary_domain, pool, issued_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [row.id, row.accountId, row.domain, primary, row.pool ?? null, row.issuedAt, row.expiresAt],
          );
        }
        return decision;
      }),
    count: async () => Number((await db.query('SELECT count(*)::int AS n FROM quota_ledger')).rows[0]?.n ?? 0),
    close: () => db.close(),
  };
}

function toRecord(row: Record<string, unknown>): LedgerRecord {
  return {
    id: row.id as string,
    accountId: row.account_id as string,
    domain: row.domain as string,
    primaryDomain: row.primary_domain as string,
    free: true,
    ...(row.pool === null ? {} : { pool: row.pool as string }),
    issuedAt: row.issued_at as Date,
    expiresAt: row.expires_at as Date,
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at as Date }),
    ...(row.cancelled_at === null ? {} : { cancelledAt: row.cancelled_at as Date }),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  return {
    query: (sql, params) =>
      (params === undefined
        ? db.exec(sql).then((r) => ({ rows: r.at(-1)?.rows ?? [] }))
        : db.query(sql, [...params])) as never,
    // PGlite runs one transaction at a time; the locks matter on a real server.
    transaction: (work) =>
      db.transaction((tx) => work((sql, params) => tx.query(sql, params ? [...params] : []) as never)),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    query: (sql, params) => pool.query(sql, params ? [...params] : undefined),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work((sql, params) => client.query(sql, params ? [...params] : undefined));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
