// The current text of a priority as Markdown, to prefill an amendment with. The priority's
// page carries the text only as rendered HTML, so this turns the short list of tags the Rust
// sanitizer allows back into Markdown. Formatting round-trips; the exact spelling of the
// source (`*` or `_`, list markers, line wrapping) may not, which shows as small differences
// in an amendment's diff. (The lead is asked for the source itself in PriorityView.)

function inline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  const inner = () => [...node.childNodes].map(inline).join('');
  switch (node.tagName.toLowerCase()) {
    case 'em':
    case 'i':
      return `*${inner()}*`;
    case 'strong':
    case 'b':
      return `**${inner()}**`;
    case 'del':
    case 's':
      return `~~${inner()}~~`;
    case 'code':
      return `\`${node.textContent ?? ''}\``;
    case 'br':
      return '\\\n';
    case 'a': {
      const href = node.getAttribute('href');
      return href ? `[${inner()}](${href})` : inner();
    }
    case 'img':
      return '';
    default:
      return inner();
  }
}

const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'div']);

function block(node: Element, indent: string): string[] {
  const tag = node.tagName.toLowerCase();
  if (/^h[1-6]$/.test(tag)) return [`${'#'.repeat(Number(tag[1]))} ${inline(node).trim()}`];
  switch (tag) {
    case 'hr':
      return ['---'];
    case 'pre':
      return ['```\n' + (node.textContent ?? '').replace(/\n$/, '') + '\n```'];
    case 'blockquote':
      return [
        blocks(node, '')
          .join('\n\n')
          .split('\n')
          .map((line) => (line === '' ? '>' : `> ${line}`))
          .join('\n'),
      ];
    case 'ul':
    case 'ol': {
      const ordered = tag === 'ol';
      const first = Number(node.getAttribute('start') ?? '1') || 1;
      const items = [...node.children].filter((child) => child.tagName.toLowerCase() === 'li');
      return [
        items
          .map((item, i) => {
            const marker = ordered ? `${first + i}. ` : '- ';
            const pad = ' '.repeat(marker.length);
            const body = listItem(item, indent + pad);
            return marker + body.split('\n').join('\n' + pad);
          })
          .join('\n'),
      ];
    }
    default:
      return [inline(node).trim()];
  }
}

function listItem(item: Element, indent: string): string {
  const hasBlocks = [...item.children].some((c) => BLOCKS.has(c.tagName.toLowerCase()));
  return hasBlocks ? blocks(item, indent).join('\n') : inline(item).trim();
}

function blocks(parent: Node, indent: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim() !== '') out.push(run.trim());
    run = '';
  };
  for (const child of parent.childNodes) {
    if (child instanceof Element && (BLOCKS.has(child.tagName.toLowerCase()) || /^h[1-6]$/i.test(child.tagName))) {
      flush();
      out.push(...block(child, indent));
    } else {
      run += inline(child);
    }
  }
  flush();
  return out;
}

/** Markdown for sanitized HTML, blocks separated by a blank line. */
export function markdownFromHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return blocks(template.content, '').join('\n\n');
}
