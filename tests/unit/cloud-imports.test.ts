import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from '@jest/globals'

// The picture of the server's imports, drawn from the files themselves: every static, type-only and dynamic
// import under src/cloud that resolves to another file there. The server stays layered only if nothing
// points back up: the database seam knows no context, and no chain of imports comes back to where it began.

const ROOT = path.resolve(__dirname, '../../src/cloud')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : []
  })
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

type Graph = Map<string, string[]>

function importGraph(files: readonly string[]): Graph {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
      const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t): t is string => t !== null && t.startsWith(ROOT))
      return [file, [...new Set(targets)]]
    })
  )
}

/** Every strongly connected set of two or more files (or a file importing itself): each one is an import circle. */
function circles(graph: Graph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const members: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      members.push(member)
    } while (member !== node)
    if (members.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(members.map((m) => path.relative(ROOT, m)).sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

const relative = (file: string) => path.relative(ROOT, file)

describe('the import picture of src/cloud', () => {
  const graph = importGraph(sourceFiles(ROOT))

  it('reads every file, and sees the imports between them', () => {
    expect(graph.size).toBeGreaterThan(50)
    expect(graph.get(path.join(ROOT, 'app/migrations.ts'))?.map(relative)).toContain('db/migration.ts')
  })

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([])
  })

  it('finds a circle when there is one', () => {
    const a = path.join(ROOT, 'a.ts')
    const b = path.join(ROOT, 'b.ts')
    expect(circles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']])
  })

  it('keeps the database seam free of everything above it', () => {
    const upward = [...graph]
      .filter(([file]) => relative(file).startsWith('db/'))
      .flatMap(([file, targets]) => targets.filter((t) => !relative(t).startsWith('db/')).map((t) => `${relative(file)} -> ${relative(t)}`))
    expect(upward).toEqual([])
  })

  it('reaches the sample data only from start-up seeding', () => {
    const readers = [...graph]
      .filter(([file]) => !relative(file).startsWith('sample-data/') && !relative(file).startsWith('app/'))
      .flatMap(([file, targets]) => targets.filter((t) => relative(t).startsWith('sample-data/')).map(() => relative(file)))
    expect(readers).toEqual([])
  })
})
