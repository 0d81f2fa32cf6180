/** The key to the network's colours, shapes and dashes, as text so that it is read out too. */
import { h } from './dom';
import { KIND_COLOURS } from './network-data';

function line(colour: string, dash: string, end: 'arrow' | 'bar' | 'none', width = 3): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '40');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const l = document.createElementNS(ns, 'line');
  Object.entries({ x1: '2', y1: '6', x2: end === 'none' ? '38' : '32', y2: '6', stroke: colour, 'stroke-width': String(width), 'stroke-dasharray': dash }).forEach(([k, v]) => l.setAttribute(k, v));
  svg.append(l);
  if (end === 'arrow') {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', 'M31 1 L39 6 L31 11 Z');
    p.setAttribute('fill', colour);
    svg.append(p);
  } else if (end === 'bar') {
    const b = document.createElementNS(ns, 'line');
    Object.entries({ x1: '35', y1: '1', x2: '35', y2: '11', stroke: colour, 'stroke-width': '3' }).forEach(([k, v]) => b.setAttribute(k, v));
    svg.append(b);
  }
  return svg;
}

export function legend(): HTMLElement {
  const item = (swatch: Element, text: string) => h('li', {}, swatch, ` ${text}`);
  const node = (cls: string) => h('span', { class: `node-swatch ${cls}`, 'aria-hidden': 'true' });
  return h('div', { class: 'legend', role: 'group', 'aria-label': 'Legend' },
    h('ul', {},
      item(node('state'), 'state'), item(node('person'), 'person'), item(node('event'), 'event')),
    h('ul', {},
      item(line(KIND_COLOURS.INVITED, '', 'arrow'), 'invitation'),
      item(line(KIND_COLOURS.VISITED, '', 'arrow'), 'visit'),
      item(line(KIND_COLOURS.STATED, '2 3', 'arrow'), 'statement'),
      item(line(KIND_COLOURS.REPRESENTS, '2 3', 'none', 1.5), 'acts for')),
    h('ul', {},
      item(line('#555', '', 'arrow'), 'accepted, occurred'),
      item(line('#555', '8 4', 'arrow'), 'pending, planned, possible'),
      item(line(KIND_COLOURS.NEGATIVE, '3 3', 'bar'), 'declined, withdrawn, cancelled or negated'),
      item(line('#555', '', 'none', 8), 'wider: more articles')));
}
