/**
 * The server package's front door for the other workspaces. The server itself runs from
 * main.ts; what is exported here is what the benchmark measures of it without a server.
 */
export { measureGateCost, type GateCost } from './collab/gate/index.ts';
