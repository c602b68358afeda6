import * as contract from '@anteckna/contract';
import type { Endpoint } from '@anteckna/contract';
import { describe, expect, it } from 'vitest';
import { useWorldServer } from '../testing/worldServer.ts';

const setup = useWorldServer();

type SchemaNode = Record<string, unknown>;
interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: unknown; responses: unknown }>>;
  components: { schemas: Record<string, SchemaNode> };
}

async function openApiDocument(): Promise<OpenApiDocument> {
  const { anonymous } = await setup();
  const answer = await anonymous.get('/api/openapi.json');
  expect(answer.status).toBe(200);
  return answer.json as OpenApiDocument;
}

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Says what is free-form about one schema node, or null when it describes its data. */
function freeForm(node: SchemaNode): string | null {
  const described = ['type', '$ref', 'oneOf', 'anyOf', 'allOf', 'enum', 'const'].some(
    (key) => key in node,
  );
  if (!described) return 'a schema that allows anything';
  const types = [node.type].flat();
  if (types.includes('object')) {
    if (!isNode(node.properties) || Object.keys(node.properties).length === 0)
      return 'an object without properties';
    if (node.additionalProperties !== undefined && node.additionalProperties !== false)
      return 'an object with free-form additional properties';
  }
  if (types.includes('array') && !isNode(node.items)) return 'an array of anything';
  return null;
}

/** Every schema node below `node` (through properties, items, unions), with where it is. */
function* schemaNodes(node: unknown, at: string): Generator<[string, SchemaNode]> {
  if (!isNode(node)) return;
  yield [at, node];
  if (isNode(node.properties)) {
    for (const [key, value] of Object.entries(node.properties))
      yield* schemaNodes(value, `${at}.${key}`);
  }
  if (isNode(node.additionalProperties)) yield* schemaNodes(node.additionalProperties, `${at}[*]`);
  if (node.items !== undefined) yield* schemaNodes(node.items, `${at}[]`);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const members = node[key];
    if (Array.isArray(members)) {
      for (const [i, member] of members.entries()) yield* schemaNodes(member, `${at}.${key}[${i}]`);
    }
  }
}

/** The schemas of every request body and response of every operation. */
function* operationSchemas(document: OpenApiDocument): Generator<[string, unknown]> {
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const bodies = [
        ['request', operation.requestBody],
        ...Object.entries(isNode(operation.responses) ? operation.responses : {}),
      ];
      for (const [name, body] of bodies) {
        const content = isNode(body) && isNode(body.content) ? body.content : {};
        for (const [mediaType, media] of Object.entries(content)) {
          yield [
            `${method} ${path} ${name} ${mediaType}`,
            isNode(media) ? media.schema : undefined,
          ];
        }
      }
    }
  }
}

const endpoints = (Object.values(contract) as unknown[]).filter(
  (value): value is Endpoint =>
    isNode(value) && typeof value.method === 'string' && typeof value.path === 'string',
);

describe('the OpenAPI document', () => {
  it('describes every request and response schema fully: no free-form objects anywhere', async () => {
    const document = await openApiDocument();
    const problems: string[] = [];
    const roots: Array<[string, unknown]> = [
      ...operationSchemas(document),
      ...Object.entries(document.components.schemas).map(([name, schema]): [string, unknown] => [
        `#/components/schemas/${name}`,
        schema,
      ]),
    ];
    for (const [where, schema] of roots) {
      if (!isNode(schema)) problems.push(`${where}: no schema`);
      for (const [at, node] of schemaNodes(schema, where)) {
        const problem = freeForm(node);
        if (problem) problems.push(`${at}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes the minutes with their items, attendance and decisions', async () => {
    const { components } = await openApiDocument();
    const properties = (name: string) => Object.keys(components.schemas[name]?.properties ?? {});
    expect(properties('Minutes')).toEqual(
      expect.arrayContaining(['meeting', 'attendance', 'items', 'notRepresented', 'approval']),
    );
    expect(properties('AgendaItem')).toEqual(
      expect.arrayContaining(['number', 'title', 'body', 'proposal', 'decision', 'attachments']),
    );
    expect(properties('DecisionClause')).toEqual(expect.arrayContaining(['type', 'text']));
    expect(properties('AttendanceEntry')).toEqual(expect.arrayContaining(['name', 'status']));
    expect(properties('MeetingDetail')).toEqual(['meeting', 'access', 'minutes']);
    expect(properties('MeetingAccess')).toContain('bodyRole');
  });

  it('serves every endpoint of the contract, with a JSON answer where the contract has one', async () => {
    const document = await openApiDocument();
    const missing: string[] = [];
    for (const endpoint of endpoints) {
      if (endpoint.path === contract.openApiEndpoint.path) continue;
      const operation = document.paths[endpoint.path]?.[endpoint.method];
      if (!operation) {
        missing.push(`${endpoint.method} ${endpoint.path}`);
        continue;
      }
      const answers = Object.entries(operation.responses as Record<string, SchemaNode>).filter(
        ([status]) => status.startsWith('2'),
      );
      const json = answers.some(([, answer]) => isNode(answer.content));
      if (json !== (endpoint.response !== undefined))
        missing.push(
          `${endpoint.method} ${endpoint.path}: JSON answer ${json ? 'not ' : ''}in the contract`,
        );
    }
    expect(endpoints.length).toBeGreaterThan(25);
    expect(missing).toEqual([]);
  });
});
