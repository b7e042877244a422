import { z } from 'zod'
import type { Access, ActionSpec } from '../../domain/shared/action-spec'
import { errorBodySchema } from '../../domain/shared/envelope-schema'

type JsonSchema = Record<string, unknown>
type ContractShape = Readonly<Record<string, Readonly<Record<string, ActionSpec>>>>

// Statuses an action can answer with besides 200; which code means what is in the error-codes list.
const ERROR_STATUSES: Record<string, string> = {
  '400': 'The input was refused (INVALID_INPUT); `error.field` names the field',
  '401': 'Not signed in, or the session token is no longer valid (UNAUTHENTICATED)',
  '403': 'Signed in, but this role may not call the action (FORBIDDEN)',
  '404': 'No such action, or the thing asked for does not exist',
  '409': 'The data changed or is taken (CONFLICT and rule codes such as a full slot)',
  '413': 'The request body is over 64 KiB (PAYLOAD_TOO_LARGE), or a photo is too large',
  '415': 'A photo of a type the service does not accept',
  '422': 'A rule of the service refuses the request; the code says which',
  '429': 'Too many requests (RATE_LIMITED)',
  '500': 'An unexpected failure (INTERNAL); the X-Request-Id header identifies it in the logs'
}

function componentRef(ref: string, name: string): string {
  if (ref === '#') return `#/components/schemas/${name}`
  if (ref.startsWith('#/$defs/')) return `#/components/schemas/${name}_${ref.slice('#/$defs/'.length)}`
  return ref
}

function rewriteRefs(node: unknown, name: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, name))
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' ? [key, componentRef(value, name)] : [key, rewriteRefs(value, name)]
    )
  )
}

/**
 * One schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), stored as component `name`. References zod
 * writes for recursive types (`#`, `#/$defs/…`) are made to point into the components, because inside the
 * OpenAPI document they would otherwise resolve against its root.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', name: string, components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  const { $schema: _dialect, $defs, ...rest } = rewriteRefs(generated, name) as JsonSchema
  for (const [key, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[`${name}_${key}`] = definition
  return rest
}

const componentName = (fn: string, action: string, part: string) =>
  [fn, action, part].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')

function accessNote(access: Access): string {
  if (access.kind === 'public') return 'Anyone may call it.'
  if (access.kind === 'signed_in') return 'Needs a signed-in user (Authorization: Bearer <token>).'
  return `Needs a signed-in user with one of the roles: ${access.roles.join(', ')}.`
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/**
 * The OpenAPI 3.1 description of every action in the contract, generated from the same zod schemas the
 * server validates with, so it cannot drift from what the API accepts. Each action is `POST
 * /api/{function}/{action}` answering the envelope.
 */
export function buildOpenApiDocument(contract: ContractShape, info: { title: string; version: string }): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = {}
  schemas.ErrorEnvelope = {
    type: 'object',
    properties: { ok: { const: false }, error: jsonSchema(errorBodySchema, 'output', 'ErrorBody', schemas) },
    required: ['ok', 'error'],
    additionalProperties: false
  }
  const errorResponses = Object.fromEntries(
    Object.entries(ERROR_STATUSES).map(([status, description]) => [
      status,
      { description, content: { 'application/json': { schema: ref('ErrorEnvelope') } } }
    ])
  )
  const paths: Record<string, unknown> = {
    '/api/health': {
      get: {
        operationId: 'health',
        summary: 'Whether the server and its database answer',
        responses: { '200': { description: 'Healthy' }, '503': { description: 'The database does not answer' } }
      }
    }
  }

  for (const [fn, actions] of Object.entries(contract)) {
    for (const [action, spec] of Object.entries(actions)) {
      const input = componentName(fn, action, 'input')
      const output = componentName(fn, action, 'output')
      schemas[input] = jsonSchema(spec.input, 'input', input, schemas)
      schemas[output] = jsonSchema(spec.output, 'output', output, schemas)
      paths[`/api/${fn}/${action}`] = {
        post: {
          operationId: `${fn}.${action}`,
          tags: [fn],
          summary: spec.summary,
          description: accessNote(spec.access),
          ...(spec.access.kind === 'public' ? {} : { security: [{ sessionToken: [] }] }),
          requestBody: { required: true, content: { 'application/json': { schema: ref(input) } } },
          responses: {
            '200': {
              description: 'Done',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { ok: { const: true }, data: ref(output) },
                    required: ['ok', 'data'],
                    additionalProperties: false
                  }
                }
              }
            },
            ...errorResponses
          }
        }
      }
    }
  }

  return {
    openapi: '3.1.0',
    info,
    tags: Object.keys(contract).map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: { sessionToken: { type: 'http', scheme: 'bearer', description: 'The token from account.devLogin or account.wechatLogin' } }
    }
  }
}
