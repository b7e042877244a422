import { Lexer, type Token, type Tokens } from 'marked'

/**
 * The only shapes article content can take on a page. Pages map each node to a Taro component (View,
 * Text, a navigator for links), so nothing in content is ever interpreted as HTML: raw HTML in the Markdown
 * is dropped, and a link survives only with an http(s) address.
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] }

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; items: BlockNode[][] }
  | { type: 'blockquote'; children: BlockNode[] }
  | { type: 'hr' }

// A Map: an article's text names the entity, and "&constructor;" must stay text, not find Object's members.
const ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }))

/** Text nodes are shown as text, so entities are decoded for reading, never re-interpreted as markup. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ''
    }
    return ENTITIES.get(name.toLowerCase()) ?? whole
  })
}

/** Only absolute http(s) addresses, with no whitespace or control characters that could smuggle a scheme. */
export function safeHref(href: string): string | null {
  const trimmed = href.trim()
  if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed) || /\p{Cc}/u.test(trimmed)) return null
  return trimmed
}

/** Elements whose content is code or markup rather than reading text: everything up to the close is dropped. */
const RAW_ELEMENT = /^<\s*(script|style|iframe|noscript|template|textarea|title|object|svg|math)\b/i

function closesRaw(html: string, tag: string): boolean {
  return new RegExp(`^<\\s*/\\s*${tag}\\s*>`, 'i').test(html.trim())
}

function inline(tokens: readonly Token[] | undefined): InlineNode[] {
  const out: InlineNode[] = []
  let skippingUntil: string | null = null
  const pushText = (text: string) => {
    if (text.length === 0) return
    const last = out[out.length - 1]
    if (last?.type === 'text') last.text += text
    else out.push({ type: 'text', text })
  }
  for (const token of tokens ?? []) {
    if (skippingUntil) {
      if (token.type === 'html' && closesRaw(token.raw, skippingUntil)) skippingUntil = null
      continue
    }
    switch (token.type) {
      case 'text':
      case 'escape':
        if ('tokens' in token && token.tokens?.length) for (const node of inline(token.tokens)) pushNode(out, node, pushText)
        else pushText(decodeEntities((token as Tokens.Text).text))
        break
      case 'codespan':
        pushText(decodeEntities((token as Tokens.Codespan).text))
        break
      case 'br':
        pushText('\n')
        break
      case 'strong':
      case 'em': {
        const children = inline((token as Tokens.Strong).tokens)
        if (children.length > 0) out.push({ type: token.type, children })
        break
      }
      case 'del':
        for (const node of inline((token as Tokens.Del).tokens)) pushNode(out, node, pushText)
        break
      case 'link': {
        const link = token as Tokens.Link
        const children = inline(link.tokens)
        const href = safeHref(link.href)
        if (href && children.length > 0) out.push({ type: 'link', href, children })
        else for (const node of children) pushNode(out, node, pushText)
        break
      }
      case 'image':
        pushText(decodeEntities((token as Tokens.Image).text))
        break
      case 'html': {
        const raw = RAW_ELEMENT.exec(token.raw.trim())
        if (raw?.[1] && !closesRaw(token.raw.replace(RAW_ELEMENT, ''), raw[1])) skippingUntil = raw[1]
        break
      }
      default:
        break
    }
  }
  return out
}

function pushNode(out: InlineNode[], node: InlineNode, pushText: (text: string) => void): void {
  if (node.type === 'text') pushText(node.text)
  else out.push(node)
}

function blocks(tokens: readonly Token[] | undefined): BlockNode[] {
  const out: BlockNode[] = []
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'paragraph':
      case 'text': {
        const children = 'tokens' in token && token.tokens ? inline(token.tokens) : [{ type: 'text' as const, text: decodeEntities((token as Tokens.Text).text) }]
        if (children.length > 0) out.push({ type: 'paragraph', children })
        break
      }
      case 'heading': {
        const heading = token as Tokens.Heading
        const children = inline(heading.tokens)
        const level = Math.min(4, Math.max(2, heading.depth)) as 2 | 3 | 4
        if (children.length > 0) out.push({ type: 'heading', level, children })
        break
      }
      case 'list': {
        const list = token as Tokens.List
        const items = list.items.map((item) => blocks(item.tokens)).filter((item) => item.length > 0)
        if (items.length > 0) out.push({ type: 'list', ordered: list.ordered, items })
        break
      }
      case 'blockquote': {
        const children = blocks((token as Tokens.Blockquote).tokens)
        if (children.length > 0) out.push({ type: 'blockquote', children })
        break
      }
      case 'hr':
        out.push({ type: 'hr' })
        break
      case 'code':
        out.push({ type: 'paragraph', children: [{ type: 'text', text: (token as Tokens.Code).text }] })
        break
      case 'table': {
        const table = token as Tokens.Table
        for (const row of [table.header, ...table.rows]) {
          const children = row.flatMap((cell, index) => [...(index > 0 ? [{ type: 'text' as const, text: ' · ' }] : []), ...inline(cell.tokens)])
          if (children.length > 0) out.push({ type: 'paragraph', children })
        }
        break
      }
      default:
        // html blocks, link definitions and blank space carry nothing a reader should see
        break
    }
  }
  return out
}

/** Markdown → the allowed node tree, built from marked's lexer tokens (marked's HTML renderer is never used). */
export function markdownToTree(markdown: string): BlockNode[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown))
}

// The reading text lives apart from the parser, so pages can use it without bundling marked.
export { treeText } from './tree-text'
