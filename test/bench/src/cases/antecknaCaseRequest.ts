import type { AntecknaCaseName, ScenarioParams } from '../scenarios/scenarioParams.ts';

/** What the harness asks of the process that measures one of Anteckna's own cases. */
export interface AntecknaCaseRequest {
  name: AntecknaCaseName;
  params: Pick<ScenarioParams, 'gate' | 'bigdoc' | 'pdf' | 'import' | 'archive'>;
}
