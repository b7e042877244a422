import type { BlockNode, InlineNode } from './markdown-tree'

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('')
}

/** The plain reading text of a tree, one line per block, for search and for a summary line. */
export function treeText(nodes: readonly BlockNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'hr':
          return ''
        case 'list':
          return node.items.map((item) => treeText(item)).join('\n')
        case 'blockquote':
          return treeText(node.children)
        default:
          return inlineText(node.children)
      }
    })
    .join('\n')
}
