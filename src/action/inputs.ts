/**
 * The action's inputs (action.yml), read through a lookup function when the program runs and validated.
 * Defaults here equal action.yml's, so a run without them (tests, other runners) behaves the same.
 */
import { InputError } from '../errors.ts';

export type ActionMode = 'auto' | 'analyze' | 'comment';

export interface ActionInputs {
  /** image to export with the engine (default: '') */
  image: string;
  /** `docker` or `podman` (default: docker) */
  engine: 'docker' | 'podman';
  /** any source the CLI accepts; wins over `image` (default: '') */
  source: string;
  /** `os/arch[/variant]` (default: '') */
  platform: string;
  /** budget config path (default: '' = the pipeline's lookup) */
  config: string;
  /** image key: artifact `layer-budget-<key>`, marker `<!-- layer-budget:KEY -->` (default: default) */
  key: string;
  /** token for the REST API (default: '', action.yml passes `${{ github.token }}`) */
  githubToken: string;
  /** auto | analyze | comment (default: auto) */
  mode: ActionMode;
  /** a report file to use as the baseline instead of the artifact lookup (default: '') */
  baselineReport: string;
  /** post the sticky PR comment (default: true) */
  comment: boolean;
  /** write the explorer page and upload it as the artifact `layer-budget-<key>-explorer` (default: true) */
  explorer: boolean;
  /** days the report artifact is kept: 1–90 for public repositories, up to 400 for private ones; GitHub caps it at the repository's setting (default: 90) */
  artifactRetentionDays: number;
  /** on a push, diff against the run of the push's `before` commit (default: false) */
  pushBaseline: boolean;
  /** a source to analyze as the baseline instead of the artifact lookup, e.g. `docker://ghcr.io/acme/app:main` (default: '') */
  baselineImage: string;
  /** workflow file (e.g. `build.yml`) whose runs hold the baseline artifact (default: '' = this workflow) */
  baselineWorkflow: string;
  /** branch whose runs hold the baseline (default: '' = the PR's base branch) */
  baselineBranch: string;
  /** most base-branch runs looked at when walking back, 1–1000 (default: 30) */
  baselineMaxRuns: number;
  /** a PR label that turns failing budgets into warnings; `none` disables waivers (default: layer-budget-waiver, as the config's) */
  waiverLabel: string;
  /** a source naming the base image, whose layers are then marked as base layers (default: '') */
  baseImage: string;
  /** the Dockerfile to map layers to lines: a path, `auto` (./Dockerfile when it exists) or '' / `none` for none (action.yml default: auto; '' here, as the runner always passes the input) */
  dockerfile: string;
  /** annotate warning and error hints on their Dockerfile lines (default: true) */
  annotations: boolean;
}

/** Reads and validates the inputs; `get(name)` returns '' for an unset input. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const v = (name: string, dflt = ''): string => {
    const raw = get(name).trim();
    return raw === '' ? dflt : raw;
  };
  const engine = v('engine', 'docker');
  if (engine !== 'docker' && engine !== 'podman') throw new InputError(`input engine: expected docker or podman, got ${JSON.stringify(engine)}`, { hint: 'set `engine: docker` or `engine: podman`' });
  const mode = v('mode', 'auto');
  if (mode !== 'auto' && mode !== 'analyze' && mode !== 'comment') {
    throw new InputError(`input mode: expected auto, analyze or comment, got ${JSON.stringify(mode)}`, { hint: 'leave `mode` unset (auto), or set analyze or comment' });
  }
  const key = v('key', 'default');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(key)) {
    throw new InputError(`input key: ${JSON.stringify(key)} must be letters, digits, '.', '_' or '-' (at most 100)`, { hint: 'use a short key such as `web` or `api`: letters, digits, \'.\', \'_\' and \'-\'' });
  }
  const bool = (name: string, dflt: string): boolean => {
    const raw = v(name, dflt).toLowerCase();
    if (!['true', 'false', 'on', 'off', 'yes', 'no'].includes(raw)) {
      throw new InputError(`input ${name}: expected true or false, got ${JSON.stringify(raw)}`, { hint: 'write true or false' });
    }
    return ['true', 'on', 'yes'].includes(raw);
  };
  const comment = bool('comment', 'true');
  const explorer = bool('explorer', 'true');
  const annotations = bool('annotations', 'true');
  const days = Number(v('artifact-retention-days', '90'));
  if (!Number.isInteger(days) || days < 1 || days > 400) {
    throw new InputError(`input artifact-retention-days: expected a whole number from 1 to 400, got ${JSON.stringify(get('artifact-retention-days'))}`, {
      hint: 'GitHub keeps artifacts 1-90 days in public repositories and up to 400 in private ones, capped by the repository setting',
    });
  }
  const pushBaseline = bool('push-baseline', 'false');
  const maxRuns = Number(v('baseline-max-runs', '30'));
  if (!Number.isInteger(maxRuns) || maxRuns < 1 || maxRuns > 1000) {
    throw new InputError(`input baseline-max-runs: expected a whole number from 1 to 1000, got ${JSON.stringify(get('baseline-max-runs'))}`, {
      hint: 'it is how many base-branch runs the baseline lookup walks back through (default 30)',
    });
  }
  const baselineWorkflow = v('baseline-workflow');
  if (baselineWorkflow && !/^[A-Za-z0-9._-]+\.ya?ml$|^[0-9]+$/.test(baselineWorkflow)) {
    throw new InputError(`input baseline-workflow: expected a workflow file name such as build.yml, got ${JSON.stringify(baselineWorkflow)}`, {
      hint: 'give the file name under .github/workflows (or the workflow id), not a path or a display name',
    });
  }
  return {
    image: v('image'),
    engine,
    source: v('source'),
    platform: v('platform'),
    config: v('config'),
    key,
    githubToken: v('github-token'),
    mode,
    baselineReport: v('baseline-report'),
    comment,
    explorer,
    artifactRetentionDays: days,
    pushBaseline,
    baselineImage: v('baseline-image'),
    baselineWorkflow,
    baselineBranch: v('baseline-branch'),
    baselineMaxRuns: maxRuns,
    baseImage: v('base-image'),
    // the runner passes action.yml's default (`auto`) when the input is unset, so '' is the user's "none"
    dockerfile: ['none', 'false', 'off'].includes(v('dockerfile').toLowerCase()) ? '' : v('dockerfile'),
    annotations,
    waiverLabel: ['none', 'false', 'off'].includes(v('waiver-label').toLowerCase()) ? '' : v('waiver-label', 'layer-budget-waiver'),
  };
}
