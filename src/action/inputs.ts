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
  /** days the report artifact is kept, 1–90 (default: 90) */
  artifactRetentionDays: number;
  /** a PR label that turns failing budgets into warnings; `none` disables waivers (default: layer-budget-waiver, as the config's) */
  waiverLabel: string;
  /** a source naming the base image, whose layers are then marked as base layers (default: '') */
  baseImage: string;
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
    throw new InputError(`input mode: expected auto, analyze or comment, got ${JSON.stringify(mode)}`, { hint: 'set `mode` to auto, analyze or comment (see README)' });
  }
  const key = v('key', 'default');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(key)) {
    throw new InputError(`input key: ${JSON.stringify(key)} must be letters, digits, '.', '_' or '-' (at most 100)`, { hint: 'use a short key such as `web` or `api`: letters, digits, \'.\', \'_\' and \'-\'' });
  }
  const comment = v('comment', 'true').toLowerCase();
  if (!['true', 'false', 'on', 'off', 'yes', 'no'].includes(comment)) {
    throw new InputError(`input comment: expected true or false, got ${JSON.stringify(comment)}`, { hint: 'set `comment: true` or `comment: false`' });
  }
  const days = Number(v('artifact-retention-days', '90'));
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new InputError(`input artifact-retention-days: expected a whole number from 1 to 90, got ${JSON.stringify(get('artifact-retention-days'))}`, { hint: 'set `artifact-retention-days` to a whole number of days from 1 to 90' });
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
    comment: ['true', 'on', 'yes'].includes(comment),
    artifactRetentionDays: days,
    baseImage: v('base-image'),
    waiverLabel: ['none', 'false', 'off'].includes(v('waiver-label').toLowerCase()) ? '' : v('waiver-label', 'layer-budget-waiver'),
  };
}
