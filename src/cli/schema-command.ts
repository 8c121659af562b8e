// `clustersim schema`: the scenario JSON Schema on stdout, for editors and validators.
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import { defineCommand } from './command-module.js';

export function schemaCommand() {
  return defineCommand(
    'schema',
    'Print the scenario JSON Schema (for editors and validators)',
    (y) => y.example('$0 schema > scenario.schema.json', 'save it for editor autocompletion'),
    () => {
      console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
    },
  );
}
