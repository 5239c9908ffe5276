import type { Nodes } from 'mdast'

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'footnoteDefinition'])
/** Nodes whose children are blocks, separated by line breaks (a paragraph's children are inline). */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'footnoteDefinition'])

/**
 * The readable text of an mdast node: inline text joined as written, blocks
 * separated by newlines, table cells by " | ". HTML comments and front matter
 * are not text (templates hide their guidance in comments). Iterative, so a
 * pathological nesting depth cannot overflow the stack.
 */
export function textOf(node: Nodes | Nodes[]): string {
  let out = ''
  const stack: Array<Nodes | string> = Array.isArray(node) ? [...node].reverse() : [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current === 'string') {
      out += current
      continue
    }
    switch (current.type) {
      case 'text':
      case 'inlineCode':
        out += current.value
        continue
      case 'code':
        out += `${current.value}\n`
        continue
      case 'html':
        if (!current.value.trimStart().startsWith('<!--')) out += current.value
        continue
      case 'break':
        out += '\n'
        continue
      case 'image':
      case 'imageReference':
        out += current.alt ?? ''
        continue
      case 'yaml':
      case 'definition':
      case 'footnoteReference':
      case 'thematicBreak':
        continue
    }
    if (!('children' in current)) continue
    const separator = current.type === 'tableRow' ? ' | ' : BLOCK_CONTAINERS.has(current.type) ? '\n' : ''
    const children = current.children as Nodes[]
    if (BLOCK_TYPES.has(current.type)) stack.push('\n')
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!)
      if (i > 0 && separator) stack.push(separator)
    }
  }
  return out.replace(/\n{3,}/g, '\n\n').trim()
}
