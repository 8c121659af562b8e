// The policy lab's form: one control per lever field (slider with a number box for numbers, a
// toggle for switches, a menu for choices), grouped by lever, starting from the run's scenario.
import type { LabTexts } from '../report/lab-labels.js';
import type { LabControl } from '../report/lab-section.js';
import type { ReportLabels } from '../report/labels.js';
import type { Scenario } from '../scenario/schema.js';
import { setValueAt, valueAt, type LabData } from './lab-data.js';

export interface LabForm {
  element: HTMLElement;
  /** Current value of every control, by dotted path. */
  values(): Map<string, number | boolean | string>;
  reset(): void;
}

/**
 * Slider range: the schema's bounds where they are near, else up to four times the larger of the
 * current and default value (quarters: the horizon); the number box beside it takes any value
 * within the schema's bounds.
 */
export function sliderRange(control: LabControl, current: number, horizonQuarters: number): { min: number; max: number; step: number } {
  const min = control.min ?? 0;
  const floor = control.kind === 'integer' ? 10 : 1;
  const wide = control.unit === 'quarters' ? Math.max(horizonQuarters, current) : Math.max(4 * Math.max(Math.abs(current), Math.abs(Number(control.default))), floor);
  const max = control.max !== undefined && control.max - min <= wide ? control.max : Math.min(control.max ?? Infinity, min + wide);
  return { min, max, step: control.kind === 'integer' ? 1 : niceStep((max - min) / 100) };
}

/** 1, 2 or 5 times a power of ten, at most `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 0.01;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = raw / power >= 5 ? 5 * power : raw / power >= 2 ? 2 * power : power;
  return Number(step.toPrecision(1));
}

function clamp(value: number, control: LabControl): number {
  const bounded = Math.min(control.max ?? Infinity, Math.max(control.min ?? -Infinity, value));
  return control.kind === 'integer' ? Math.round(bounded) : bounded;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function buildLabForm(data: LabData, texts: LabTexts, labels: ReportLabels): LabForm {
  const form = element('div', { class: 'lab-form' });
  const readers = new Map<string, () => number | boolean | string>();
  const resetters: (() => void)[] = [];
  const groups = new Map<string, HTMLElement>();
  const groupTitle = (group: string) =>
    group
      .split('.')
      .map((part) => (part === 'programme' ? texts.programme : labels.lever(part)))
      .join(' › ');

  for (const control of data.controls) {
    let body = groups.get(control.group);
    if (!body) {
      const details = element('details', { class: 'lab-group' });
      if (control.group === 'programme') details.open = true;
      details.append(element('summary', {}, groupTitle(control.group)));
      body = element('div', { class: 'lab-fields' });
      details.append(body);
      form.append(details);
      groups.set(control.group, body);
    }
    const key = control.path.join('.');
    const start = valueAt(data.scenario, control.path) ?? control.default;
    const row = element('div', { class: 'lab-field' });
    const unit = texts.units[control.unit];
    const label = element('label', { class: 'lab-name' }, control.field + (unit ? ` (${unit})` : ''));
    row.append(label);
    const mark = () => row.classList.toggle('lab-changed', readers.get(key)!() !== start);

    if (control.kind === 'boolean') {
      const box = element('input', { type: 'checkbox', 'data-path': key, id: `lab-${key}` });
      box.checked = start === true;
      label.setAttribute('for', box.id);
      box.addEventListener('change', mark);
      row.append(box);
      readers.set(key, () => box.checked);
      resetters.push(() => { box.checked = start === true; mark(); });
    } else if (control.kind === 'choice') {
      const menu = element('select', { 'data-path': key, id: `lab-${key}` });
      for (const choice of control.choices ?? []) menu.append(element('option', { value: choice }, choice));
      menu.value = String(start);
      label.setAttribute('for', menu.id);
      menu.addEventListener('change', mark);
      row.append(menu);
      readers.set(key, () => menu.value);
      resetters.push(() => { menu.value = String(start); mark(); });
    } else {
      const initial = Number(start);
      const range = sliderRange(control, initial, data.scenario.horizonQuarters);
      const slider = element('input', { type: 'range', class: 'lab-slider', 'data-path': key, min: String(range.min), max: String(range.max), step: String(range.step) });
      const box = element('input', { type: 'number', class: 'lab-number', 'data-path': key, id: `lab-${key}`, step: control.kind === 'integer' ? '1' : 'any' });
      if (control.min !== undefined) box.min = String(control.min);
      if (control.max !== undefined) box.max = String(control.max);
      label.setAttribute('for', box.id);
      let value = initial;
      const show = () => {
        box.value = String(value);
        slider.value = String(value);
        mark();
      };
      slider.addEventListener('input', () => { value = clamp(Number(slider.value), control); show(); });
      box.addEventListener('change', () => {
        const typed = Number(box.value);
        value = box.value.trim() === '' || !Number.isFinite(typed) ? value : clamp(typed, control);
        show();
      });
      row.append(slider, box);
      readers.set(key, () => value);
      resetters.push(() => { value = initial; show(); });
      show();
    }
    row.append(element('div', { class: 'lab-description' }, control.description));
    body.append(row);
  }

  return {
    element: form,
    values: () => new Map([...readers].map(([key, read]) => [key, read()])),
    reset: () => resetters.forEach((reset) => reset()),
  };
}

/** The edited scenario: the run's, with every control's value set, named `<name>-lab`. */
export function editedScenario(data: LabData, values: Map<string, number | boolean | string>, replications: number): Scenario {
  const tree: Record<string, unknown> = structuredClone({ ...data.scenario });
  for (const control of data.controls) {
    const value = values.get(control.path.join('.'));
    if (value !== undefined) setValueAt(tree, control.path, value);
  }
  tree.name = `${data.scenario.name}-lab`;
  tree.seed = data.masterSeed;
  tree.replications = replications;
  const scenario: Scenario = JSON.parse(JSON.stringify(tree));
  return scenario;
}
