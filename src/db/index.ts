/** The database module's public face. */
export { connect, createDriver, type Database, type ConnectOptions } from './neo4j';
export { Executor, type Row, type Params, type TxRunner } from './executor';
export { loadCypher, readQuery, CypherCatalog, CypherCatalogError, type CypherQuery } from './cypher';
export { applyMigrations, MIGRATION_PREFIX } from './migrations';
export {
  DatabaseError,
  DatabaseUnavailableError,
  ConstraintViolationError,
  QueryError,
  DatabaseAuthError,
  mapDriverError,
} from './errors';
export { toPlain, toParams, type Plain } from './values';
export { startLocalNeo4j, freePort, PortInUseError, LocalNeo4jSetupError, type LocalNeo4j } from './local-neo4j';
