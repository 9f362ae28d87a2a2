/**
 * The `layer-budget` command line: `analyze`, `check` and `diff`. Each command builds one AnalyzeRequest, calls
 * the core (`run`) and renders the one Outcome; `--format text|markdown|json` means the same for every command
 * (markdown is the PR comment the action would post). Entry point logic lives here so tests can run it with
 * injected ports; src/cli/index.ts only wires the real process.
 */
import { parseArgs } from 'node:util';
import type { Ports } from './ports.ts';
import type { Report } from '../report/types.ts';
import type { BudgetConfig } from '../budget/types.ts';
import { defaultConfig } from '../budget/config.ts';
import { loadConfig, readReport } from '../core/inputs.ts';
import { loadDockerfile } from '../core/dockerfile.ts';
import type { DockerfileInput } from '../core/dockerfile.ts';
import type { AnalyzeRequest } from '../core/request.ts';
import type { Outcome } from '../core/outcome.ts';
import { redactText } from '../core/redact.ts';
import { run, VERSION } from '../core/run.ts';
import { render } from '../render/index.ts';
import { EXPLORER_FILE } from '../render/explorer/page.ts';
import type { OutputFormat } from '../render/index.ts';
import { EXIT, InputError, escapeControls, untrusted } from '../errors.ts';

const USAGE = `usage: layer-budget <command> [options]

commands:
  analyze SOURCE     per-layer sizes, waste by cause, duplicates and hints
  check SOURCE       evaluate budgets (and growth against --baseline); exit 1 when a budget fails
  diff BASE HEAD     compare two images or two saved reports (.json)
  explore SOURCE     write one self-contained HTML page to browse the layers and files of the image
                     (default layer-budget-explorer.html; --output FILE.html, --baseline REPORT.json)

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
  --format text|markdown|json
                          output format (default: text); for every command, markdown is the PR comment the
                          action posts (diff: the diff as markdown) and json is the JSON report (analyze) or
                          result (check, diff)
  --json                  the same as --format json
  --platform OS/ARCH[/V]  pick a platform from a multi-platform index (default: the only one, else linux/amd64)
  --no-hash               skip content hashing (faster; no duplicate detection)
  --verify                check blob digests and diffIds
  --config FILE           budgets config and hint rules (default: .github/layer-budget.yml, else .dive-ci,
                          else the defaults: a hint of severity error, such as a shipped secret, fails)
  --baseline REPORT.json  a saved report to diff against (analyze, check)
  --output FILE           also write the JSON report to FILE (analyze, check); the page's path (explore)
  --key KEY               the image's key in the PR comment marker (default: default)
  --waived                turn failing budgets into warnings (as a waiver label does)
  --base-image SOURCE     the base image (any SOURCE form): its layers are marked as base layers
                          (default: from the image's base annotations, else the baseline, else unknown)
  --dockerfile PATH       the Dockerfile the image was built from: each layer is mapped to its line
                          (diff: the HEAD side; default: none)
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
  dockerfile?: string;
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
        dockerfile: { type: 'string' },
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
      ...(v.dockerfile ? { dockerfile: v.dockerfile } : {}),
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

type Command = 'analyze' | 'check' | 'diff' | 'explore';


/** What each command prints for each --format. */
const FORMATS: Record<Exclude<Command, 'explore'>, Record<Format, OutputFormat>> = {
  analyze: { text: 'analysis', markdown: 'comment', json: 'report' },
  check: { text: 'terminal', markdown: 'comment', json: 'json' },
  diff: { text: 'diff-terminal', markdown: 'diff-markdown', json: 'diff-json' },
};

/** The request every command builds from its flags: one source, the config, the baseline, the Dockerfile. */
function request(source: AnalyzeRequest['source'], flags: Flags, config: BudgetConfig, baseline: Report | null, dockerfile: DockerfileInput | null = null): AnalyzeRequest {
  return {
    source,
    ...(dockerfile ? { dockerfile } : {}),
    ...(flags.platform ? { platform: flags.platform } : {}),
    hash: flags.hash,
    verify: flags.verify,
    ...(flags.baseImage ? { baseImage: flags.baseImage } : {}),
    config,
    baseline,
    key: flags.key,
    waiver: { force: flags.waived },
  };
}

async function readSavedReport(ports: Ports, path: string, what: string, hint: string): Promise<Report> {
  const text = await ports.files.readText(path);
  if (text === null) throw new InputError(`${what} ${untrusted(path)} not found`, { hint });
  return readReport(text, `${what} ${path}`);
}

/** A `diff` side: a saved report (`*.json`) or an image source. */
function side(ports: Ports, spec: string): Promise<AnalyzeRequest['source']> | AnalyzeRequest['source'] {
  return spec.endsWith('.json') ? readSavedReport(ports, spec, 'report', 'pass a report written by `layer-budget analyze --json` or the action').then((report) => ({ report })) : spec;
}

function print(ports: Ports, outcome: Outcome, format: OutputFormat): void {
  const terminal = format === 'terminal' || format === 'analysis' || format === 'diff-terminal';
  const text = render(outcome, format, { color: terminal && ports.console.isTTY && !ports.env.NO_COLOR, width: ports.console.columns });
  ports.console.out(format === 'comment' ? `${text}\n` : text);
}

async function runCommand(ports: Ports, name: Command, positionals: string[], flags: Flags): Promise<number> {
  const io = { env: ports.env, stdin: ports.stdin };
  const readText = (p: string): Promise<string | null> => ports.files.readText(p);
  // --dockerfile: read here, mapped by the core (diff: the HEAD side only)
  const dockerfile = await loadDockerfile(readText, flags.dockerfile);
  if (name === 'diff') {
    const [baseSpec, headSpec] = requireArgs(positionals, 2, 'diff BASE HEAD');
    // diff compares two sides and never gates: no config is read
    const config = defaultConfig();
    const base = await run(request(await side(ports, baseSpec!), flags, config, null), io);
    const outcome = await run(request(await side(ports, headSpec!), flags, config, base.report, dockerfile), io);
    print(ports, outcome, FORMATS.diff[flags.format]);
    return EXIT.ok;
  }
  const [source] = requireArgs(positionals, 1, `${name} SOURCE`);
  const config = await loadConfig(readText, flags.config);
  const baseline = flags.baseline
    ? await readSavedReport(ports, flags.baseline, 'baseline report', 'pass a report written by `layer-budget analyze --json` or the action')
    : null;
  const outcome = await run(request(source!, flags, config, baseline, dockerfile), io);
  if (name === 'explore') {
    // the page is the output: --output names it
    const path = flags.output ?? EXPLORER_FILE;
    await ports.files.writeText(path, render(outcome, 'explorer'));
    ports.console.err(`layer-budget: wrote ${path}\n`);
    return EXIT.ok;
  }
  if (flags.output) await ports.files.writeText(flags.output, render(outcome, 'report'));
  print(ports, outcome, FORMATS[name][flags.format]);
  // analyze reports; check gates
  return name === 'check' && outcome.status === 'fail' ? EXIT.budgetFailed : EXIT.ok;
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
    if (command !== 'analyze' && command !== 'check' && command !== 'diff' && command !== 'explore') {
      throw new InputError(`unknown command '${command}'`, { hint: 'commands are analyze, check, diff and explore; see `layer-budget --help`' });
    }
    return await runCommand(ports, command, positionals, flags);
  } catch (err) {
    return reportError(ports, err);
  }
}

/** Prints one clear message for an error and returns its exit status. */
export function reportError(ports: Ports, err: unknown): number {
  if (err instanceof InputError) {
    // messages carry image-derived strings: masked, control characters made visible (one line each)
    ports.console.err(`layer-budget: ${escapeControls(redactText(err.message))}\n`);
    if (err.hint) ports.console.err(`  hint: ${escapeControls(redactText(err.hint))}\n`);
    return EXIT.input;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  ports.console.err(`layer-budget: internal error: ${escapeControls(redactText(e.message))}\n  this is a bug in layer-budget; please report it with the command you ran\n`);
  if (ports.env.LAYER_BUDGET_DEBUG) ports.console.err(`${e.stack ?? ''}\n`);
  return EXIT.internal;
}
