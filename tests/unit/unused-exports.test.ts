import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from '@jest/globals'

// An export nothing imports is dead code that still looks like an API. knip and ts-prune are not on this
// project's registry list, so the TypeScript compiler answers instead: every import in src, tests, scripts and
// config is resolved to the symbol it names, and each export of src that none of them reaches is reported.
const root = path.resolve(__dirname, '../..')

// Reached by a platform rather than an import: Taro loads pages, the weapp's custom tab bar and the app by path,
// each cloud function and the server start from their entry file.
const ENTRY_POINTS = [/^src\/(pages\/.*|custom-tab-bar)\/index(\.config)?\.tsx?$/, /^src\/app(\.config)?\.ts$/, /^src\/cloud\/functions\/[^/]+\/index\.ts$/, /^src\/cloud\/transport\/server-main\.ts$/]

function unusedExports(): string[] {
  const configPath = path.join(root, 'tsconfig.json')
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath)
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true })
  const checker = program.getTypeChecker()
  const ours = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes('/node_modules/'))

  const used = new Set<ts.Symbol>()
  const wholeModules = new Set<ts.Symbol>()
  const resolve = (symbol: ts.Symbol | undefined) => {
    while (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
    return symbol
  }
  const markModule = (specifier: ts.Expression) => {
    const target = resolve(checker.getSymbolAtLocation(specifier))
    if (target) wholeModules.add(target)
  }

  for (const file of ours) {
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && node.importClause) {
        const { name, namedBindings } = node.importClause
        if (name) used.add(resolve(checker.getSymbolAtLocation(name))!)
        if (namedBindings && ts.isNamespaceImport(namedBindings)) markModule(node.moduleSpecifier)
        if (namedBindings && ts.isNamedImports(namedBindings)) for (const el of namedBindings.elements) used.add(resolve(checker.getSymbolAtLocation(el.name))!)
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) markModule(node.moduleSpecifier)
        else for (const el of node.exportClause.elements) used.add(resolve(checker.getSymbolAtLocation(el.name))!)
      } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
        const [specifier] = node.arguments
        if (specifier && ts.isStringLiteralLike(specifier)) markModule(specifier)
      } else if (ts.isImportTypeNode(node) && node.qualifier) {
        used.add(resolve(checker.getSymbolAtLocation(node.qualifier))!)
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }

  const isUsed = (exported: ts.Symbol) => used.has(resolve(exported)!) || used.has(exported)
  // Taro builds `x.h5.tsx` in place of `x.tsx` for H5: an import of `x` reaches both, the compiler only the latter.
  const platformTwinUsed = (relative: string, name: string) => {
    const base = ours.find((f) => path.relative(root, f.fileName) === relative.replace(/\.(h5|weapp)(\.tsx?)$/, '$2'))
    const baseSymbol = base && base.fileName !== path.join(root, relative) ? checker.getSymbolAtLocation(base) : undefined
    return baseSymbol ? checker.getExportsOfModule(baseSymbol).some((twin) => twin.name === name && isUsed(twin)) : false
  }
  const unused: string[] = []
  for (const file of ours) {
    const relative = path.relative(root, file.fileName)
    if (!relative.startsWith('src/') || ENTRY_POINTS.some((entry) => entry.test(relative))) continue
    const moduleSymbol = checker.getSymbolAtLocation(file)
    if (!moduleSymbol || wholeModules.has(moduleSymbol)) continue
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (!isUsed(exported) && !platformTwinUsed(relative, exported.name)) unused.push(`${relative}: ${exported.name}`)
    }
  }
  return unused.sort()
}

describe('exports', () => {
  it('are all imported somewhere', () => {
    expect(unusedExports()).toEqual([])
  })
})
