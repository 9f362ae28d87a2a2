/**
 * The `layer-budget` command line: `analyze`, `check` and `diff`. Entry point logic lives here so tests can run
 * it with injected ports; src/cli/index.ts only wires the real process.
 */
import { parseArgs } from 'node:util';
import type { Ports } from './ports.ts';
import type { Analysis } from '../analysis/types.ts';
import type { Report } from '../report/types.ts';
import type { BudgetConfig } from '../budget/config.ts';
import { analyzeSource, check, loadConfig, readReport, renderOutcome, VERSION } from '../core/run.ts';
import { toJson } from '../report/json.ts';
import { diffReports } from '../report/diff.ts';
import { renderTerminal, renderCheckTerminal, renderDiffTerminal } from '../render/terminal.ts';
import { renderDiffMarkdown } from '../render/diff-markdown.ts';
import { checkResultJson, diffResultJson } from '../render/json.ts';
import { EXIT, InputError, escapeControls } from '../errors.ts';

const USAGE = `usage: layer-budget <command> [options]

commands:
  analyze SOURCE     per-layer sizes, waste by cause, duplicates and hints
  check SOURCE       evaluate budgets (and growth against --baseline); exit 1 when a budget fails
  diff BASE HEAD     compare two images or two saved reports (.json)

SOURCE is one of:
  docker-archive:PATH       docker save / podman save output (legacy and Docker 25+ layouts)
  oci:DIR[:ref]             an OCI image layout directory
  oci-archive:PATH[:ref]    a tar of an OCI image layout
  docker://HOST/REPO:TAG    a registry (credentials: LAYER_BUDGET_REGISTRY_USERNAME/_PASSWORD or docker config)
  docker-daemon:IMAGE       streamed from \`docker save\`
  podman:IMAGE              streamed from \`podman save\`
  -                         a tar on standard input
  PATH                      a file or directory; the format is detected

options:
  --json                  print the JSON report (analyze) / result (check, diff)
  --format text|markdown|json
                          output format (default: text)
  --platform OS/ARCH[/V]  pick a platform from a multi-platform index (default: the only one, else linux/amd64)
  --no-hash               skip content hashing (faster; no duplicate detection)
  --verify                check blob digests and diffIds
  --config FILE           budgets config (default: .github/layer-budget.yml, else .dive-ci, else no budgets)
  --baseline REPORT.json  a saved report to diff against (check)
  --output FILE           also write the JSON report to FILE (analyze, check)
  --key KEY               the image's key in the PR comment marker (default: default)
  --waived                turn failing budgets into warnings (as a waiver label does)
  --base-image SOURCE     the base image (any SOURCE form): its layers are marked as base layers
                          (default: from the image's base annotations, else the baseline, else unknown)
  -h, --help              this help
  --version               print the version

exit status: 0 ok / pass (warnings allowed), 1 a budget failed, 2 bad input or usage, 3 internal error`;

type Format = 'text' | 'markdown' | 'json';

interface Flags {
  json: boolean;
  format: Format;
  platform?: string;
  hash: boolean;
  verify: boolean;
  config?: string;
  baseline?: string;
  output?: string;
  key: string;
  waived: boolean;
  baseImage?: string;
}

function parseFlags(args: string[]): { flags: Flags; positionals: string[]; help: boolean; version: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        platform: { type: 'string' },
        'no-hash': { type: 'boolean', default: false },
        verify: { type: 'boolean', default: false },
        config: { type: 'string' },
        baseline: { type: 'string' },
        output: { type: 'string' },
        key: { type: 'string', default: 'default' },
        waived: { type: 'boolean', default: false },
        'base-image': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new InputError((err as Error).message.replace(/^\w/, (c) => c.toLowerCase()), { hint: 'run `layer-budget --help` for usage' });
  }
  const v = parsed.values;
  const format = v.json ? 'json' : (v.format ?? 'text');
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new InputError(`--format ${format}: unknown format`, { hint: 'use --format text, markdown or json' });
  }
  return {
    flags: {
      json: v.json === true,
      format,
      ...(v.platform ? { platform: v.platform } : {}),
      hash: v['no-hash'] !== true,
      verify: v.verify === true,
      ...(v.config ? { config: v.config } : {}),
      ...(v.baseline ? { baseline: v.baseline } : {}),
      ...(v.output ? { output: v.output } : {}),
      key: v.key ?? 'default',
      waived: v.waived === true,
      ...(v['base-image'] ? { baseImage: v['base-image'] } : {}),
    },
    positionals: parsed.positionals,
    help: v.help === true,
    version: v.version === true,
  };
}

function requireArgs(positionals: string[], n: number, usage: string): string[] {
  if (positionals.length !== n) throw new InputError(`expected ${usage}`, { hint: 'run `layer-budget --help` for usage' });
  return positionals;
}

async function loadImage(ports: Ports, source: string, flags: Flags, hintRules?: BudgetConfig['hints'], baseline?: Report | null): Promise<Analysis> {
  return analyzeSource(
    {
      source,
      ...(flags.baseImage ? { baseImageSource: flags.baseImage } : {}),
      ...(baseline ? { baseline } : {}),
      ...(flags.platform ? { platform: flags.platform } : {}),
      hash: flags.hash,
      verify: flags.verify,
      ...(hintRules?.rules ? { hintRules: hintRules.rules } : {}),
    },
    { env: ports.env, stdin: ports.stdin },
  );
}

/** A saved report (`*.json`) or an image source. */
async function loadSide(ports: Ports, spec: string, flags: Flags): Promise<Report> {
  if (spec.endsWith('.json')) {
    const text = await ports.files.readText(spec);
    if (text === null) throw new InputError(`report ${spec} not found`, { hint: 'pass a report written by `layer-budget analyze --json` (or the action\'s report artifact), or an image source' });
    return readReport(text, `report ${spec}`);
  }
  return (await loadImage(ports, spec, flags)).report;
}

async function commandAnalyze(ports: Ports, positionals: string[], flags: Flags): Promise<number> {
  const [source] = requireArgs(positionals, 1, 'analyze SOURCE');
  const analysis = await loadImage(ports, source!, flags);
  if (flags.output) await ports.files.writeText(flags.output, toJson(analysis.report));
  if (flags.format === 'json') ports.console.out(toJson(analysis.report) + '\n');
  else ports.console.out(renderTerminal(analysis, { color: flags.format === 'text' && ports.console.isTTY && !ports.env.NO_COLOR, width: ports.console.columns }));
  return EXIT.ok;
}

async function commandCheck(ports: Ports, positionals: string[], flags: Flags): Promise<number> {
  const [source] = requireArgs(positionals, 1, 'check SOURCE');
  const config = await loadConfig((p) => ports.files.readText(p), flags.config);
  let baseline: Report | null = null;
  if (flags.baseline) {
    const text = await ports.files.readText(flags.baseline);
    if (text === null) throw new InputError(`baseline report ${flags.baseline} not found`, { hint: 'pass a report written by `layer-budget analyze --json` or the action' });
    baseline = readReport(text, `baseline report ${flags.baseline}`);
  }
  const analysis = await loadImage(ports, source!, flags, config.hints, baseline);
  const outcome = check({ analysis, report: analysis.report, baseline, config, waived: flags.waived });
  if (flags.output) await ports.files.writeText(flags.output, toJson(outcome.report));
  const color = ports.console.isTTY && !ports.env.NO_COLOR;
  if (flags.format === 'json') ports.console.out(checkResultJson(outcome) + '\n');
  else if (flags.format === 'markdown') {
    // exactly the comment the action would post for this config and baseline
    ports.console.out(renderOutcome(outcome, flags.key, flags.waived, config, baseline).commentMarkdown + '\n');
  } else ports.console.out(renderCheckTerminal(outcome, { color, width: ports.console.columns }));
  return outcome.status === 'fail' ? EXIT.budgetFailed : EXIT.ok;
}

async function commandDiff(ports: Ports, positionals: string[], flags: Flags): Promise<number> {
  const [baseSpec, headSpec] = requireArgs(positionals, 2, 'diff BASE HEAD');
  const base = await loadSide(ports, baseSpec!, flags);
  const head = await loadSide(ports, headSpec!, flags);
  const diff = diffReports(base, head);
  const color = ports.console.isTTY && !ports.env.NO_COLOR;
  if (flags.format === 'json') ports.console.out(diffResultJson(base, head, diff) + '\n');
  else if (flags.format === 'markdown') ports.console.out(renderDiffMarkdown(base, head, diff) + '\n');
  else ports.console.out(renderDiffTerminal(base, head, diff, { color, width: ports.console.columns }));
  return EXIT.ok;
}

/** Runs the CLI; returns the exit status. Never throws. */
export async function main(argv: string[], ports: Ports): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      ports.console.out(USAGE + '\n');
      return command === undefined ? EXIT.input : EXIT.ok;
    }
    if (command === '--version') {
      ports.console.out(VERSION + '\n');
      return EXIT.ok;
    }
    const { flags, positionals, help, version } = parseFlags(rest);
    if (help) {
      ports.console.out(USAGE + '\n');
      return EXIT.ok;
    }
    if (version) {
      ports.console.out(VERSION + '\n');
      return EXIT.ok;
    }
    switch (command) {
      case 'analyze':
        return await commandAnalyze(ports, positionals, flags);
      case 'check':
        return await commandCheck(ports, positionals, flags);
      case 'diff':
        return await commandDiff(ports, positionals, flags);
      default:
        throw new InputError(`unknown command '${command}'`, { hint: 'commands are analyze, check and diff; see `layer-budget --help`' });
    }
  } catch (err) {
    return reportError(ports, err);
  }
}

/** Prints one clear message for an error and returns its exit status. */
export function reportError(ports: Ports, err: unknown): number {
  // messages carry image-derived strings: one line each, control characters made visible
  if (err instanceof InputError) {
    ports.console.err(`layer-budget: ${escapeControls(err.message)}\n`);
    if (err.hint) ports.console.err(`  hint: ${escapeControls(err.hint)}\n`);
    return EXIT.input;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  ports.console.err(`layer-budget: internal error: ${escapeControls(e.message)}\n  this is a bug in layer-budget; please report it with the command you ran\n`);
  if (ports.env.LAYER_BUDGET_DEBUG) ports.console.err(`${e.stack ?? ''}\n`);
  return EXIT.internal;
}
