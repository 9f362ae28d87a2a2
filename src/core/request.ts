/**
 * AnalyzeRequest: the one options type of the core. The CLI (flags) and the action (inputs, event, baseline
 * lookup) each build one and hand it to `run` (src/core/run.ts), which answers with one Outcome
 * (src/core/outcome.ts). See docs/architecture.md, "Core and shells".
 */
import type { BudgetConfig } from '../budget/types.ts';
import type { Progress } from '../image/types.ts';
import type { Report } from '../report/types.ts';
import type { DockerfileInput } from './dockerfile.ts';

/** A report made earlier: the PR run's artifact (comment mode), or a saved `.json` side of `diff`. */
export interface ReportSource {
  /** the report, already parsed and validated (`readReport`) */
  report: Report;
}

/** Who may turn failing budgets into warnings. */
export interface WaiverRequest {
  /** the pull request's labels (default: none) */
  labels?: readonly string[];
  /** a label that waives besides the config's `waiver.label` (the action's `waiver-label` input) (default: none) */
  label?: string | null;
  /** waive whatever the labels (the CLI's `--waived`) (default: false) */
  force?: boolean;
  /** no label waives, not even the config's (the action's `waiver-label: none`) (default: false) */
  disabled?: boolean;
}

/** Which commit and run a report belongs to (the action sets it; the next run's baseline lookup reads it). */
export interface ProvenanceRequest {
  commitSha: string | null;
  ref: string | null;
  runId: number | null;
}

/** Everything one analysis needs. Only `source` is required. */
export interface AnalyzeRequest {
  /**
   * an image source spec (`docker-archive:PATH`, `oci:DIR[:ref]`, `oci-archive:PATH`, `docker://…`,
   * `docker-daemon:IMAGE`, `podman:IMAGE`, `-`, a bare path) or a report made earlier
   */
  source: string | ReportSource;
  /** `os/arch[/variant]` to pick from an index (default: the only image, else linux/amd64) */
  platform?: string;
  /** hash file contents to find duplicates (default: true) */
  hash?: boolean;
  /** check blob digests and diffIds (default: false) */
  verify?: boolean;
  /** a source naming the base image: its diffIds mark the base layers (default: the image's annotations, else the baseline) */
  baseImage?: string;
  /** the budgets config, loaded by the shell with `loadConfig` (default: `defaultConfig()`: `budgets.hints: error`) */
  config?: BudgetConfig;
  /** the baseline report to diff against and take growth from (default: none: absolute budgets only) */
  baseline?: Report | null;
  /** why there is no baseline, shown in the comment (default: none) */
  baselineNote?: string | null;
  /** the image key: names the report artifact and the comment marker (default: `default`) */
  key?: string;
  /** who may waive failing budgets (default: nobody) */
  waiver?: WaiverRequest;
  /** which commit and run this is (default: keep what a given report says; none for a fresh analysis) */
  provenance?: ProvenanceRequest | null;
  /** the run page holding the job summary, linked from the comment (default: none) */
  summaryUrl?: string | null;
  /** the Dockerfile the image was built from, read by the shell with `loadDockerfile`: each layer is mapped to its
   * line (`layers[i].location`, `report.dockerfile`); ignored for a report made earlier (default: none) */
  dockerfile?: DockerfileInput | null;
  /** progress of a long read */
  onProgress?: (p: Progress) => void;
}
