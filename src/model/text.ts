import type { Nodes } from 'mdast'

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'footnoteDefinition'])
/** Nodes whose children are blocks, separated by line breaks (a paragraph's children are inline). */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'footnoteDefinition'])
/**
 * Nodes whose text is kept once read: the model reads a list, then each of
 * its items, then each item's first paragraph, and the placeholder scan reads
 * every paragraph again. Each block's text is read from the tree once.
 */
const KEPT_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'footnoteDefinition'])

/**
 * The texts of one tree's blocks, once read. One per model build, passed to
 * each reader of the tree: it dies with the build (a WeakMap on the nodes
 * cost the garbage collector more than it saved).
 */
export class TextCache {
  /** Text as joined, before blank lines are collapsed and the ends trimmed (what a block adds to the text around it). */
  readonly joined = new Map<Nodes, string>()
  readonly tidied = new Map<Nodes, string>()
}

/**
 * The readable text of an mdast node: inline text joined as written, blocks
 * separated by newlines, table cells by " | ". HTML comments and front matter
 * are not text (templates hide their guidance in comments). Iterative, so a
 * pathological nesting depth cannot overflow the stack. With a cache, each
 * block's text is read once (the tree must not change while it is used).
 */
export function textOf(node: Nodes | Nodes[], cache?: TextCache): string {
  if (Array.isArray(node)) return tidy(node.map((child) => joinedText(child, cache)).join(''))
  let text = cache?.tidied.get(node)
  if (text === undefined) {
    text = tidy(joinedText(node, cache))
    if (cache && KEPT_TYPES.has(node.type)) cache.tidied.set(node, text)
  }
  return text
}

function tidy(joined: string): string {
  return joined.replace(/\n{3,}/g, '\n\n').trim()
}

/** A node being joined: its text so far, and the next child to add. */
interface Frame {
  node: Nodes & { children: Nodes[] }
  text: string
  next: number
  separator: string
}

function joinedText(root: Nodes, cache: TextCache | undefined): string {
  const own = ownText(root) ?? cache?.joined.get(root)
  if (own !== undefined) return own
  const stack: Frame[] = [frameOf(root as Frame['node'])]
  for (;;) {
    const frame = stack[stack.length - 1]!
    const { children } = frame.node
    if (frame.next < children.length) {
      const child = children[frame.next]!
      if (frame.next > 0) frame.text += frame.separator
      frame.next++
      const text = ownText(child) ?? cache?.joined.get(child)
      if (text !== undefined) frame.text += text
      else stack.push(frameOf(child as Frame['node']))
      continue
    }
    stack.pop()
    const { node } = frame
    const text = BLOCK_TYPES.has(node.type) ? `${frame.text}\n` : frame.text
    if (cache && KEPT_TYPES.has(node.type)) cache.joined.set(node, text)
    if (stack.length === 0) return text
    stack[stack.length - 1]!.text += text
  }
}

function frameOf(node: Frame['node']): Frame {
  return { node, text: '', next: 0, separator: node.type === 'tableRow' ? ' | ' : BLOCK_CONTAINERS.has(node.type) ? '\n' : '' }
}

/** The text of a node that has no children to join, or undefined for one that has. */
function ownText(node: Nodes): string | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'code':
      return `${node.value}\n`
    case 'html':
      return node.value.trimStart().startsWith('<!--') ? '' : node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'yaml':
    case 'definition':
    case 'footnoteReference':
    case 'thematicBreak':
      return ''
  }
  return 'children' in node ? undefined : ''
}
