import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { ArticleFormatError, parseArticle } from '../../src/domain/guidance/article-parser'
import { markdownToTree, safeHref, treeText, type BlockNode, type InlineNode } from '../../src/domain/guidance/markdown-tree'

const ALLOWED = new Set(['paragraph', 'heading', 'list', 'blockquote', 'hr', 'text', 'strong', 'em', 'link'])

function walk(nodes: readonly (BlockNode | InlineNode)[], visit: (node: BlockNode | InlineNode) => void): void {
  for (const node of nodes) {
    visit(node)
    if (node.type === 'list') node.items.forEach((item) => walk(item, visit))
    else if (node.type !== 'text' && node.type !== 'hr') walk(node.children, visit)
  }
}

const links = (tree: BlockNode[]) => {
  const found: string[] = []
  walk(tree, (node) => {
    if (node.type === 'link') found.push(node.href)
  })
  return found
}

const everyText = (tree: BlockNode[]) => {
  const found: string[] = []
  walk(tree, (node) => {
    if (node.type === 'text') found.push(node.text)
  })
  return found.join('|')
}

describe('safe Markdown rendering', () => {
  it('drops a <script> block and an inline <script> with its code', () => {
    const tree = markdownToTree('开头\n\n<script>alert(1)</script>\n\n中间 <script>alert(2)</script> 结尾')
    const text = everyText(tree)
    expect(text).not.toMatch(/script|alert/)
    expect(text).toContain('开头')
    expect(text).toContain('结尾')
  })

  it('drops <img onerror>, <iframe> and inline tags, keeping the reading text between tags', () => {
    const tree = markdownToTree('<img src=x onerror=alert(1)>\n\n文字 <b>加粗</b> <img src=x onerror="alert(1)"> <iframe src="https://x.org"></iframe>完')
    const json = JSON.stringify(tree)
    expect(json).not.toMatch(/onerror|<img|<iframe|<b>|alert/)
    expect(everyText(tree)).toContain('加粗')
  })

  it('keeps http(s) links and turns javascript:, data:, relative and protocol-relative links into plain text', () => {
    const tree = markdownToTree(
      [
        '[好](https://www.nhc.gov.cn/a?b=1)',
        '[一](javascript:alert(1))',
        '[二](JaVaScRiPt:alert(1))',
        '[三](&#106;avascript:alert(1))',
        '[四](data:text/html,<script>alert(1)</script>)',
        '[五](//evil.example)',
        '[六](/local)',
        '[七](vbscript:msgbox)',
        '<javascript:alert(1)>'
      ].join('\n\n')
    )
    expect(links(tree)).toEqual(['https://www.nhc.gov.cn/a?b=1'])
    expect(everyText(tree)).toContain('一')
    expect(JSON.stringify(tree)).not.toMatch(/"href":"(?!https:\/\/www\.nhc)/)
  })

  it('rejects hrefs with whitespace or control characters that could hide a scheme', () => {
    expect(safeHref('https://ok.example/path')).toBe('https://ok.example/path')
    expect(safeHref('https://ok.example/a b')).toBeNull()
    expect(safeHref('java\u0000script:alert(1)')).toBeNull()
    expect(safeHref('https:/x')).toBeNull()
  })

  it('builds only the allowed node kinds from everything Markdown can express', () => {
    const source = [
      '# 标题一',
      '###### 小标题',
      '**粗** *斜* ~~删~~ `代码` ![图](https://x.org/a.png)',
      '- 一\n- 二\n  1. 嵌套',
      '> 引用',
      '---',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '```\ncode <script>x</script>\n```',
      '[ref][r]\n\n[r]: https://x.org'
    ].join('\n\n')
    const tree = markdownToTree(source)
    walk(tree, (node) => expect(ALLOWED.has(node.type), node.type).toBe(true))
    walk(tree, (node) => {
      if (node.type === 'heading') expect([2, 3, 4]).toContain(node.level)
    })
    expect(treeText(tree)).toContain('标题一')
    expect(links(tree)).toEqual(['https://x.org'])
  })

  it('decodes entities into text rather than markup', () => {
    const tree = markdownToTree('A &amp; B &lt;script&gt; &#x4e2d;')
    expect(everyText(tree)).toBe('A & B <script> 中')
    expect(tree).toHaveLength(1)
    expect(tree[0]?.type).toBe('paragraph')
  })
})

describe('article parsing', () => {
  const good = ['---', 'slug: a-test', 'title: 一篇测试文章', 'ageFromMonths: 0', 'ageToMonths: 3', 'domains: [sleep]', 'summary: 这是一段足够长的摘要文字。', 'sources:', '  - title: 中国居民膳食指南（2022）', '    issuer: 中国营养学会', '    year: 2022', 'reviewedOn: 2026-11-23', '---', '', '正文。'].join('\n')

  it('splits front matter from the body', () => {
    const article = parseArticle('a-test.md', good)
    expect(article.slug).toBe('a-test')
    expect(article.body).toBe('正文。')
  })

  it('names the file and the field when front matter is wrong', () => {
    expect(() => parseArticle('a-test.md', good.replace('ageToMonths: 3', 'ageToMonths: 0'))).toThrow(/a-test\.md: ageToMonths/)
    expect(() => parseArticle('a-test.md', good.replace('ageFromMonths: 0', 'ageFromMonths: -10'))).toThrow(ArticleFormatError)
    expect(() => parseArticle('a-test.md', good.replace('reviewedOn: 2026-11-23', 'reviewedOn: 2026-02-30'))).toThrow(/reviewedOn/)
    expect(() => parseArticle('a-test.md', good.replace(/sources:[\s\S]*?year: 2022\n/, 'sources: []\n'))).toThrow(/sources/)
    expect(() => parseArticle('a-test.md', good.replace('domains: [sleep]', 'domains: [astrology]'))).toThrow(/domains/)
    expect(() => parseArticle('other.md', good)).toThrow(/does not match the file name/)
    expect(() => parseArticle('a-test.md', '正文，没有 front matter')).toThrow(/no front matter/)
    expect(() => parseArticle('a-test.md', good.replace('正文。', ''))).toThrow(/body is empty/)
  })
})
