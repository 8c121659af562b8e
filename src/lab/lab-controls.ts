// The policy lab's controls, generated from the scenario schema's policy levers (their types,
// bounds, defaults and descriptions), so a new lever appears in the lab without lab code.
import { z } from 'zod';
import type { LabControl } from '../report/lab-section.js';
import type { LabUnit } from '../report/lab-labels.js';
import { policySchema } from '../scenario/policy-schema.js';

interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  default?: unknown;
  description?: string;
}

/** The unit a field's name and bounds imply (the schema's naming convention: units in names). */
export function unitOf(field: string, node: JsonSchemaNode): LabUnit {
  if (/JpyM/.test(field)) return 'jpyM';
  if (/Quarters?$/.test(field)) return 'quarters';
  if (/Year$/.test(field)) return 'perYear';
  if (node.type === 'number' && node.minimum === 0 && node.maximum === 1) return 'share';
  if (node.type === 'integer') return 'count';
  if (node.type === 'number') return 'factor';
  return 'none';
}

/** Every policy lever field as a control, in the schema's order, nested sections flattened. */
export function labControls(): LabControl[] {
  const root = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  const controls: LabControl[] = [];
  const walk = (node: JsonSchemaNode, path: string[]) => {
    for (const [field, child] of Object.entries(node.properties ?? {})) {
      if (child.type === 'object') {
        walk(child, [...path, field]);
        continue;
      }
      const kind = child.type === 'boolean' ? 'boolean' : child.type === 'integer' ? 'integer' : child.type === 'number' ? 'number' : child.enum ? 'choice' : undefined;
      if (!kind) continue;
      const defaultValue = child.default;
      if (typeof defaultValue !== 'number' && typeof defaultValue !== 'boolean' && typeof defaultValue !== 'string') continue;
      controls.push({
        path: ['policy', ...path, field],
        group: path.join('.'),
        field,
        kind,
        description: child.description ?? '',
        unit: unitOf(field, child),
        ...(child.minimum !== undefined ? { min: child.minimum } : {}),
        ...(child.maximum !== undefined ? { max: child.maximum } : {}),
        ...(child.enum ? { choices: child.enum } : {}),
        default: defaultValue,
      });
    }
  };
  walk(root, []);
  return controls;
}
