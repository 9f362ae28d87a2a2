/**
 * README's action sections and the example workflows agree with action.yml: the input and output tables list
 * exactly action.yml's inputs and outputs (with the same defaults), every `with:` of a step that uses this action
 * names a declared input, every `steps.<id>.outputs.<name>` names a declared output, and every `pull_request`
 * trigger lists the label types (the waiver label re-evaluates the gate); the main workflows run on
 * `merge_group:`. Workflow files must also parse as YAML and carry the keys a workflow needs (actionlint runs
 * in CI; it is not installed here).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  author: string;
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The GitHub Action\n'), readme.indexOf('## The CLI\n'));

/** The rows of the markdown table under `### heading`: first column (unquoted) → second column. */
function table(heading: string): Map<string, string> {
  const start = section.indexOf(`### ${heading}\n`);
  assert.ok(start >= 0, `README has ### ${heading}`);
  const rows = new Map<string, string>();
  for (const line of section.slice(start).split('\n').slice(1)) {
    if (line.startsWith('### ')) break;
    const m = /^\| `([^`]+)` \| ([^|]+?) \|/.exec(line);
    if (m) rows.set(m[1]!, m[2]!.trim());
  }
  return rows;
}

type Workflow = { on?: unknown; jobs?: Record<string, { steps?: Array<{ uses?: string; id?: string; with?: Record<string, unknown>; run?: string }> }> };

const workflows: Array<[string, Workflow, string]> = [
  ...[...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i): [string, Workflow, string] => [`README workflow ${i + 1}`, parse(m[1]!) as Workflow, m[1]!]),
  ...readdirSync(join(root, '.github/workflows')).map((f): [string, Workflow, string] => {
    const text = readFileSync(join(root, '.github/workflows', f), 'utf8');
    return [f, parse(text) as Workflow, text];
  }),
];
const isThisAction = (uses: string | undefined): boolean => uses === './' || /^org\/layer-budget@/.test(uses ?? '');

describe('README and action.yml agree', () => {
  it('the inputs table lists every action.yml input with its default', () => {
    const rows = table('Inputs');
    assert.deepEqual([...rows.keys()].sort(), Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const want = spec.default === undefined || spec.default === '' ? "`''`" : `\`${spec.default}\``;
      assert.equal(rows.get(name), want, `default of ${name}`);
    }
  });

  it('the outputs table lists every action.yml output, and the status values match', () => {
    const rows = table('Outputs');
    assert.deepEqual([...rows.keys()].sort(), Object.keys(action.outputs).sort());
    const desc = String((action.outputs['status'] as { description: string }).description);
    for (const status of ['pass', 'warn', 'fail', 'no-baseline', 'error', 'rate-limited']) {
      assert.ok(desc.includes(`\`${status}\``), `action.yml status lists ${status}`);
      assert.ok(rows.get('status')!.includes(`\`${status}\``), `README status lists ${status}`);
    }
  });

  it('action.yml names a real author', () => {
    assert.ok(action.author && action.author !== 'layer-budget' && /https:\/\//.test(action.author), action.author);
  });
});

describe('workflows (README and .github/workflows) agree with action.yml', () => {
  for (const [name, wf, text] of workflows) {
    if (!wf || typeof wf !== 'object' || !('jobs' in wf)) continue;
    it(`${name}: uses only declared inputs and outputs`, () => {
      const ids = new Set<string>();
      for (const job of Object.values(wf.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (!isThisAction(step.uses)) continue;
          if (step.id) ids.add(step.id);
          for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `${name}: with.${key} is not an input of action.yml`);
        }
      }
      for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!ids.has(m[1]!)) continue;
        assert.ok(m[2]! in action.outputs, `${name}: steps.${m[1]}.outputs.${m[2]} is not an output of action.yml`);
      }
    });
    const on = (wf.on ?? {}) as Record<string, unknown>;
    if ('pull_request' in on && (name.startsWith('README') || name.startsWith('example'))) {
      it(`${name}: pull_request lists opened, synchronize, reopened, labeled, unlabeled, and merge_group is a trigger`, () => {
        const types = (on['pull_request'] as { types?: string[] } | null)?.types ?? [];
        assert.deepEqual([...types].sort(), ['labeled', 'opened', 'reopened', 'synchronize', 'unlabeled']);
        assert.ok('merge_group' in on, `${name} runs on merge_group`);
      });
    }
  }

  it('every workflow file parses and has on/jobs; jobs have runs-on and steps', () => {
    for (const [name, wf] of workflows) {
      if (!name.endsWith('.yml')) continue;
      assert.ok(wf.on, `${name}: on`);
      for (const [id, job] of Object.entries(wf.jobs ?? {})) {
        assert.ok((job as { 'runs-on'?: unknown })['runs-on'], `${name}: jobs.${id}.runs-on`);
        assert.ok(Array.isArray(job.steps) && job.steps.length > 0, `${name}: jobs.${id}.steps`);
        for (const s of job.steps ?? []) assert.ok(s.uses || s.run, `${name}: jobs.${id}: a step with neither uses nor run`);
      }
    }
  });
});
