/**
 * Unit tests of each hint rule over synthetic Analyses (built with the engine's reducer by ./builder.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeContext } from '../../src/hints/context.ts';
import type { DraftHint } from '../../src/hints/types.ts';
import { aptLeftovers } from '../../src/hints/rules/apt-leftovers.ts';
import { aptUpdateAlone } from '../../src/hints/rules/apt-update-alone.ts';
import { packageCaches } from '../../src/hints/rules/package-caches.ts';
import { devDependencies } from '../../src/hints/rules/dev-dependencies.ts';
import { buildToolchain } from '../../src/hints/rules/build-toolchain.ts';
import { attributeCopyUp } from '../../src/hints/rules/attribute-copy-up.ts';
import { backupsAndLogs } from '../../src/hints/rules/backups-and-logs.ts';
import { archivesLeft } from '../../src/hints/rules/archives-left.ts';
import { duplicateContent } from '../../src/hints/rules/duplicate-content.ts';
import { docsAndLocales } from '../../src/hints/rules/docs-and-locales.ts';
import { heavyBase } from '../../src/hints/rules/heavy-base.ts';
import { cacheBustingOrder } from '../../src/hints/rules/cache-busting-order.ts';
import { secrets } from '../../src/hints/rules/secrets.ts';
import { squashCandidate } from '../../src/hints/rules/squash-candidate.ts';
import { pythonBytecodeAndVcs } from '../../src/hints/rules/python-bytecode-and-vcs.ts';
import { deletedLater } from '../../src/hints/rules/deleted-later.ts';
import { baseLayer, buildAnalysis, copyUp, d, f, ft, hl, many, opq, wh, type BuildOpts, type LayerSpec } from './builder.ts';

function run(rule: (ctx: ReturnType<typeof makeContext>) => DraftHint[], layers: LayerSpec[], o: BuildOpts = { baseLayers: 1 }): DraftHint[] {
  return rule(makeContext(buildAnalysis(layers, o)));
}

function only(hints: DraftHint[]): DraftHint {
  assert.equal(hints.length, 1, `expected one hint, got ${hints.length}: ${hints.map((h) => h.title).join(' | ')}`);
  return hints[0] as DraftHint;
}

function evidence(h: DraftHint): Array<[string, number, number | null]> {
  return h.evidence.map((e) => [e.path, e.sizeBytes, e.layer]);
}

describe('deleted-later', () => {
  const layers: LayerSpec[] = [
    baseLayer(),
    { instruction: '/bin/sh -c curl -o /tmp/awscliv2.zip URL && unzip /tmp/awscliv2.zip -d /tmp', events: [d('/tmp'), f('/tmp/awscliv2.zip', 30_000_000), d('/tmp/aws'), ...many('/tmp/aws/dist', 4, 5_000_000)] },
    { instruction: '/bin/sh -c /tmp/aws/install', events: [f('/usr/local/bin/aws', 1000)] },
    { instruction: '/bin/sh -c rm -rf /tmp/awscliv2.zip /tmp/aws', events: [wh('/tmp/awscliv2.zip'), wh('/tmp/aws')] },
  ];
  it('reports the bytes of the deleted archive and tree, rolled up to what the later layer deleted', () => {
    const h = only(run(deletedLater, layers));
    assert.equal(h.layer, 1);
    assert.equal(h.savingsBytes, 50_000_000);
    assert.deepEqual(evidence(h), [['/tmp/awscliv2.zip', 30_000_000, 1], ['/tmp/aws', 20_000_000, 1]]);
    assert.equal(h.instruction, 'RUN curl -o /tmp/awscliv2.zip URL && unzip /tmp/awscliv2.zip -d /tmp');
    assert.match(h.title, /50\.0 MB .*layer 1 .*deleted by layer 3/);
    assert.match(h.advice, /same RUN/);
    assert.equal(h.claims.length, 5);
  });
  it('counts opaque directories and directories replaced by a file', () => {
    const h = only(
      run(deletedLater, [
        baseLayer(),
        { instruction: '/bin/sh -c make data', events: [d('/data'), ...many('/data/opq', 3, 100_000), ...many('/data/d2f', 2, 60_000)] },
        { instruction: '/bin/sh -c rm -rf /data/opq && mkdir /data/opq && rm -rf /data/d2f && echo > /data/d2f', events: [d('/data/opq'), opq('/data/opq'), f('/data/d2f', 1)] },
      ]),
    );
    assert.deepEqual(evidence(h), [['/data/opq', 300_000, 1], ['/data/d2f', 120_000, 1]]);
    // the opaque marker may come before the directory entry
    const h2 = only(
      run(deletedLater, [
        baseLayer(),
        { instruction: 'RUN make data', events: [d('/data'), ...many('/data/opq', 3, 100_000)] },
        { instruction: 'RUN rm -rf /data/opq && mkdir /data/opq', events: [opq('/data/opq'), d('/data/opq')] },
      ]),
    );
    assert.deepEqual(evidence(h2), [['/data/opq', 300_000, 1]]);
  });
  it('stays silent under the threshold, in one RUN, and for base layers', () => {
    assert.equal(run(deletedLater, [baseLayer(), { instruction: 'RUN x', events: [f('/tmp/a', 10_000)] }, { instruction: 'RUN rm', events: [wh('/tmp/a')] }]).length, 0);
    assert.equal(run(deletedLater, [baseLayer(), { instruction: 'RUN x', events: [f('/tmp/app', 10)] }]).length, 0);
    // a user rm of base files: not this rule's (the base's bytes cannot be removed by editing this Dockerfile's RUN)
    assert.equal(run(deletedLater, [baseLayer(), { instruction: 'RUN rm -rf /usr/share/doc', events: [wh('/usr/share/doc')] }]).length, 0);
  });
  it('does not report attribute-only copy-ups (attribute-copy-up does)', () => {
    const files = many('/app', 10, 100_000);
    assert.equal(run(deletedLater, [baseLayer(), { instruction: 'COPY . /app', events: files }, { instruction: 'RUN chown -R 1000 /app', events: copyUp(files, { uid: 1000 }) }]).length, 0);
  });
});

describe('apt-leftovers', () => {
  const lists = [f('/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', 9_000_000), f('/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease', 150_000), f('/var/lib/apt/lists/lock', 0)];
  it('one hint per layer, evidence grouped, savings = all leftover bytes, with a concrete install line', () => {
    const hints = run(aptLeftovers, [
      baseLayer(),
      { instruction: '/bin/sh -c apt-get update', events: [...lists, f('/var/cache/apt/pkgcache.bin', 30_000_000), f('/var/cache/apt/srcpkgcache.bin', 30_000_000)] },
      { instruction: '/bin/sh -c apt-get install -y --no-install-recommends curl ca-certificates', events: [f('/usr/bin/curl', 300_000), f('/var/cache/apt/archives/curl_7.88_amd64.deb', 315_000), f('/var/cache/apt/archives/lock', 0), f('/var/cache/apt/pkgcache.bin', 30_000_001)] },
    ]);
    assert.equal(hints.length, 2);
    const [a, b] = hints as [DraftHint, DraftHint];
    assert.equal(a.layer, 1);
    assert.equal(a.savingsBytes, 69_150_000);
    assert.deepEqual(evidence(a), [['/var/cache/apt/pkgcache.bin', 30_000_000, 1], ['/var/cache/apt/srcpkgcache.bin', 30_000_000, 1], ['/var/lib/apt/lists', 9_150_000, 1]]);
    assert.equal(b.layer, 2);
    assert.equal(b.savingsBytes, 30_315_001);
    assert.match(b.advice, /apt-get install -y --no-install-recommends curl ca-certificates && apt-get clean && rm -rf \/var\/lib\/apt\/lists\/\*/);
  });
  it('is silent for a clean install and for the base layer', () => {
    assert.equal(run(aptLeftovers, [{ instruction: 'ADD rootfs', events: lists }, { instruction: 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*', events: [f('/usr/bin/curl', 300_000)] }]).length, 0);
  });
});

describe('apt-update-alone', () => {
  it('flags an update layer followed by an install layer, from the history', () => {
    const h = only(
      run(aptUpdateAlone, [
        baseLayer(),
        { instruction: '/bin/sh -c apt-get update', events: [f('/var/lib/apt/lists/x_Packages', 5_000_000)] },
        { instruction: '/bin/sh -c apt-get install -y --no-install-recommends curl', events: [f('/usr/bin/curl', 1)] },
      ]),
    );
    assert.equal(h.layer, 1);
    assert.equal(h.savingsBytes, 0);
    assert.deepEqual(evidence(h), [['/var/lib/apt/lists', 5_000_000, 1]]);
    assert.match(h.advice, /RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf \/var\/lib\/apt\/lists\/\*/);
  });
  it('counts an update whose RUN installs only with another tool as alone', () => {
    const h = only(run(aptUpdateAlone, [baseLayer(), { instruction: 'RUN apt-get update && pip install requests', events: [] }, { instruction: 'RUN apt-get -y install curl', events: [] }]));
    assert.equal(h.layer, 1);
  });
  it('is silent when update and install share a RUN, or no install follows', () => {
    assert.equal(run(aptUpdateAlone, [baseLayer(), { instruction: 'RUN apt-get update && apt-get install -y curl', events: [] }]).length, 0);
    assert.equal(run(aptUpdateAlone, [baseLayer(), { instruction: 'RUN apt-get update', events: [] }, { instruction: 'RUN echo hi', events: [] }]).length, 0);
  });
});

describe('package-caches', () => {
  it('finds npm, pip and generic caches and rolls them up per cache directory', () => {
    const h = only(
      run(packageCaches, [
        baseLayer(),
        {
          instruction: '/bin/sh -c npm install && pip install -r requirements.txt',
          events: [...many('/root/.npm/_cacache/content-v2/sha512/ab', 10, 100_000), f('/root/.npm/_logs/debug.log', 5_000), ...many('/root/.cache/pip/http', 3, 200_000), f('/root/.cache/fontconfig/x', 70_000), f('/app/node_modules/x/index.js', 500_000)],
        },
      ]),
    );
    assert.equal(h.savingsBytes, 1_000_000 + 5_000 + 600_000 + 70_000);
    assert.deepEqual(evidence(h), [['/root/.npm', 1_005_000, 1], ['/root/.cache/pip', 600_000, 1], ['/root/.cache', 70_000, 1]]);
    assert.match(h.title, /npm, pip, generic ~\/\.cache caches/);
    assert.match(h.advice, /--no-cache-dir/);
    assert.match(h.advice, /npm cache clean --force/);
  });
  it('knows go, maven, gradle, cargo, yarn, pnpm and apk caches', () => {
    const hints = run(packageCaches, [
      baseLayer(),
      { instruction: 'RUN go build', events: [f('/root/.cache/go-build/00/a', 100_000), f('/go/pkg/mod/cache/download/x.zip', 100_000)] },
      { instruction: 'RUN mvn package', events: [f('/root/.m2/repository/a.jar', 100_000), f('/root/.gradle/caches/x', 100_000)] },
      { instruction: 'RUN cargo build', events: [f('/usr/local/cargo/registry/cache/x.crate', 100_000)] },
      { instruction: 'RUN yarn && pnpm i && apk add x', events: [f('/usr/local/share/.cache/yarn/v6/x', 100_000), f('/root/.local/share/pnpm/store/v3/x', 100_000), f('/var/cache/apk/APKINDEX.tar.gz', 100_000)] },
    ]);
    assert.deepEqual(hints.map((h) => h.title.split(' cache')[0]), ['go build, go modules', 'maven, gradle', 'cargo', 'yarn, pnpm, apk']);
  });
  it('is silent below the threshold', () => {
    assert.equal(run(packageCaches, [baseLayer(), { instruction: 'RUN x', events: [f('/root/.npm/_logs/a.log', 1000)] }]).length, 0);
  });
});

describe('dev-dependencies', () => {
  const pkg = JSON.stringify({ name: 'app', dependencies: { express: '4' }, devDependencies: { eslint: '8', mocha: '10', '@types/node': '20' } });
  const modules = [
    ...many('/app/node_modules/express/lib', 5, 50_000),
    ...many('/app/node_modules/eslint/lib', 10, 100_000),
    ...many('/app/node_modules/@types/node/fs', 2, 100_000),
    ...many('/app/node_modules/mocha/lib', 3, 100_000),
    ...many('/app/node_modules/espree/dist', 2, 50_000), // eslint's own dependency
  ];
  it('from package.json devDependencies (direct only)', () => {
    const h = only(run(devDependencies, [baseLayer(), { instruction: '/bin/sh -c #(nop) COPY dir:0123456789abcdef0123 in /app', events: [ft('/app/package.json', pkg)] }, { instruction: '/bin/sh -c npm install', events: modules }]));
    assert.equal(h.layer, 2);
    assert.equal(h.savingsBytes, 1_500_000);
    assert.deepEqual(evidence(h), [['/app/node_modules/eslint', 1_000_000, 2], ['/app/node_modules/mocha', 300_000, 2], ['/app/node_modules/@types/node', 200_000, 2]]);
    assert.match(h.advice, /npm ci --omit=dev/);
    assert.match(h.advice, /direct ones only/);
  });
  it('from the lockfile dev flags (transitive included), and copies by a later chown count too', () => {
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app' },
        'node_modules/express': {},
        'node_modules/eslint': { dev: true },
        'node_modules/espree': { dev: true },
        'node_modules/mocha': { dev: true },
        'node_modules/@types/node': { dev: true },
      },
    });
    const h = only(
      run(devDependencies, [
        baseLayer(),
        { instruction: 'COPY . /app', events: [ft('/app/package.json', pkg)] },
        { instruction: 'RUN npm install', events: [...modules, ft('/app/node_modules/.package-lock.json', lock)] },
        { instruction: 'RUN chown -R node /app', events: copyUp(modules, { uid: 1000 }) },
      ]),
    );
    assert.equal(h.layer, 2);
    assert.equal(h.savingsBytes, 2 * 1_600_000);
    assert.match(h.title, /4 dev-only packages in \/app\/node_modules .*layers 2, 3/);
    assert.match(h.advice, /flagged dev-only in the image's npm lockfile/);
  });
  it('falls back to well-known tools when no package.json content was captured', () => {
    const h = only(run(devDependencies, [baseLayer(), { instruction: 'RUN npm install', events: [f('/srv/package.json', 100), ...modules] }]));
    assert.deepEqual(evidence(h).map((e) => e[0]), ['/app/node_modules/eslint', '/app/node_modules/mocha', '/app/node_modules/@types/node']);
    assert.equal(h.savingsBytes, 1_500_000);
    assert.match(h.advice, /well-known development tools/);
  });
  it('is silent for production-only installs and global or distro trees', () => {
    assert.equal(run(devDependencies, [baseLayer(), { instruction: 'RUN npm ci --omit=dev', events: [ft('/app/package.json', pkg), ...many('/app/node_modules/express/lib', 5, 50_000)] }]).length, 0);
    assert.equal(run(devDependencies, [baseLayer(), { instruction: 'RUN npm i -g eslint', events: [...many('/usr/local/lib/node_modules/eslint/lib', 10, 100_000)] }]).length, 0);
  });
});

describe('build-toolchain', () => {
  it('reports compilers, gcc internals and headers in the final tree', () => {
    const h = only(
      run(buildToolchain, [
        baseLayer(),
        { instruction: '/bin/sh -c apt-get install -y build-essential', events: [f('/usr/bin/x86_64-linux-gnu-gcc-12', 1_000_000), f('/usr/bin/make', 250_000), f('/usr/libexec/gcc/x86_64-linux-gnu/12/cc1', 30_000_000), ...many('/usr/include/openssl', 10, 10_000), f('/usr/lib/x86_64-linux-gnu/libc.a', 6_000_000), f('/usr/bin/curl', 200_000)] },
      ]),
    );
    assert.equal(h.savingsBytes, 37_350_000);
    assert.deepEqual(evidence(h), [['/usr/libexec/gcc', 30_000_000, 1], ['/usr/lib/*-linux-gnu/*.a', 6_000_000, 1], ['/usr/bin/x86_64-linux-gnu-gcc-12', 1_000_000, 1], ['/usr/bin/make', 250_000, 1], ['/usr/include', 100_000, 1]]);
    assert.match(h.advice, /multi-stage/);
  });
  it('is silent when the toolchain is purged in the same RUN or lives only in the base', () => {
    assert.equal(run(buildToolchain, [{ instruction: 'ADD rootfs', events: [f('/usr/bin/gcc-12', 1_000_000)] }, { instruction: 'RUN echo', events: [f('/app/x', 10)] }]).length, 0);
  });
});

describe('attribute-copy-up', () => {
  const files = [...many('/app/node_modules/a', 10, 100_000), f('/app/server.js', 1_000)];
  it('points at the chown layer with a COPY --chown change', () => {
    const h = only(run(attributeCopyUp, [baseLayer(), { instruction: 'COPY . /app', events: files }, { instruction: '/bin/sh -c groupadd node && chown -R node:node /app', events: copyUp(files, { uid: 1000 }) }]));
    assert.equal(h.layer, 2);
    assert.equal(h.savingsBytes, 1_001_000);
    assert.deepEqual(evidence(h), [['/app/node_modules', 1_000_000, 1], ['/app/server.js', 1_000, 1]]);
    assert.match(h.advice, /COPY --chown=node:node \. \/app/);
    assert.match(h.title, /copied 11 files up/);
  });
  it('chmod advice', () => {
    const tree = many('/data/tree/d0', 100, 2_000);
    const h = only(run(attributeCopyUp, [baseLayer(), { instruction: 'RUN seed', events: tree }, { instruction: '/bin/sh -c chmod -R go-rwx /data/tree', events: copyUp(tree, { mode: 0o100600 }) }]));
    assert.match(h.advice, /COPY --chmod/);
    assert.deepEqual(evidence(h), [['/data/tree/d0/f0', 2_000, 1], ...evidence(h).slice(1)]);
  });
});

describe('backups-and-logs', () => {
  it('lists backups and logs a layer wrote, with useradd --no-log-init advice', () => {
    const h = only(
      run(backupsAndLogs, [
        baseLayer(),
        { instruction: '/bin/sh -c groupadd -g 1500 app && useradd -m -u 1500 -g app app', events: [f('/etc/passwd', 950), f('/etc/passwd-', 900), f('/etc/shadow-', 500), f('/var/log/lastlog', 438_292), f('/var/log/faillog', 96_064), f('/var/cache/debconf/config.dat-old', 10_000)] },
      ]),
    );
    assert.equal(h.savingsBytes, 900 + 500 + 438_292 + 96_064 + 10_000);
    assert.deepEqual(evidence(h).map((e) => e[0]), ['/var/log/lastlog', '/var/log/faillog', '/var/cache/debconf/config.dat-old', '/etc/passwd-', '/etc/shadow-']);
    assert.match(h.advice, /useradd --no-log-init/);
  });
});

describe('archives-left', () => {
  it('reports archives in the final tree only', () => {
    const h = only(
      run(archivesLeft, [
        baseLayer(),
        { instruction: 'RUN curl -o /opt/tool.tar.gz URL && tar xzf /opt/tool.tar.gz', events: [f('/opt/tool.tar.gz', 20_000_000), f('/opt/x.whl', 1_000_000), f('/opt/app.jar', 5_000_000), f('/tmp/gone.zip', 3_000_000)] },
        { instruction: 'RUN rm /tmp/gone.zip', events: [wh('/tmp/gone.zip')] },
      ]),
    );
    assert.deepEqual(evidence(h), [['/opt/tool.tar.gz', 20_000_000, 1], ['/opt/x.whl', 1_000_000, 1]]);
    assert.match(h.advice, /rm \/tmp\/tool\.tar\.gz/);
  });
});

describe('duplicate-content', () => {
  it('keeps the lowest copy and reports the others; hardlinks are not duplicates', () => {
    const h = only(
      run(duplicateContent, [
        baseLayer([f('/opt/lib/libfoo.so', 80_000, { hash: 'aa' }), f('/usr/lib/x86_64-linux-gnu/libbar.so', 90_000, { hash: 'ee' })]),
        { instruction: 'RUN build', events: [f('/data/dup1', 100_000, { hash: 'bb' }), f('/data/dup2', 100_000, { hash: 'bb' }), f('/app/libfoo.so', 80_000, { hash: 'aa' }), f('/app/libbar.so', 90_000, { hash: 'ee' }), f('/data/hl-a', 50_000, { hash: 'cc' }), hl('/data/hl-b', '/data/hl-a'), f('/data/small1', 100, { hash: 'dd' }), f('/data/small2', 100, { hash: 'dd' })] },
      ]),
    );
    // /app/libbar.so duplicates a distro file (exempt): not reported
    assert.deepEqual(evidence(h), [['/data/dup2', 100_000, 1], ['/app/libfoo.so', 80_000, 1]]);
    assert.equal(h.savingsBytes, 180_000);
    assert.match(h.advice, /\/data\/dup2` is identical to `\/data\/dup1`/);
  });
});

describe('docs-and-locales', () => {
  it('counts docs, man pages and locales but keeps copyright files', () => {
    const h = only(
      run(docsAndLocales, [
        baseLayer(),
        { instruction: 'RUN apt-get install -y curl', events: [f('/usr/share/doc/curl/changelog.Debian.gz', 100_000), f('/usr/share/doc/curl/copyright', 20_000), f('/usr/share/man/man1/curl.1.gz', 30_000), f('/usr/share/locale/de/LC_MESSAGES/curl.mo', 50_000)] },
      ]),
    );
    assert.equal(h.severity, 'info');
    assert.equal(h.savingsBytes, 180_000);
    assert.deepEqual(evidence(h), [['/usr/share/doc', 100_000, 1], ['/usr/share/locale', 50_000, 1], ['/usr/share/man', 30_000, 1]]);
    assert.match(h.advice, /path-exclude \/usr\/share\/doc/);
  });
  it('is silent for base layers', () => {
    assert.equal(run(docsAndLocales, [baseLayer([f('/usr/share/doc/x/a', 5_000_000)]), { instruction: 'COPY x /x', events: [f('/x', 1)] }]).length, 0);
  });
});

describe('heavy-base', () => {
  const fat = baseLayer([f('/usr/lib/gcc/x86_64-linux-gnu/12/cc1', 40_000_000), ...many('/usr/include/c++', 10, 1_000_000), f('/usr/lib/x86_64-linux-gnu/libnode.so', 180_000_000)]);
  const app: LayerSpec = { instruction: 'COPY . /app', events: [f('/app/server.js', 10_000)] };
  it('names slimmer variants of a known base and estimates what they drop', () => {
    const h = only(run(heavyBase, [fat, app], { baseLayers: 1, baseName: 'docker.io/library/node:20' }));
    assert.equal(h.layer, 0);
    assert.equal(h.savingsBytes, 40_000_000 + 10_000_000 + 200_000);
    assert.match(h.advice, /node:20-slim/);
    assert.match(h.advice, /node:20-alpine/);
    assert.match(h.advice, /distroless\/nodejs20-debian12/);
    assert.match(h.title, /is 100% of the image/);
  });
  it('stays silent when the base is unknown, already slim, small, or not most of the image', () => {
    assert.equal(run(heavyBase, [fat, app], {}).length, 0);
    assert.equal(run(heavyBase, [fat, app], { baseLayers: 1, baseName: 'node:20-slim' }).length, 0);
    assert.equal(run(heavyBase, [baseLayer(), app], { baseLayers: 1, baseName: 'debian:bookworm' }).length, 0);
    assert.equal(run(heavyBase, [fat, { instruction: 'COPY . /app', events: [f('/app/model.bin', 500_000_000)] }], { baseLayers: 1, baseName: 'node:20' }).length, 0);
  });
});

describe('cache-busting-order', () => {
  it('flags a whole-context COPY (manifest + sources) before the install', () => {
    const h = only(
      run(
        cacheBustingOrder,
        [
          baseLayer(),
          { instruction: '/bin/sh -c #(nop) COPY dir:5a8d8c0c0d7f4a1b2c3d4e5f60718293 in /app ', events: [ft('/app/package.json', '{}'), f('/app/server.js', 700), f('/app/lib/a.js', 300)] },
          { instruction: '/bin/sh -c npm install', events: [f('/app/node_modules/x/i.js', 4_000_000)] },
        ],
        { baseLayers: 1, workdir: '/app' },
      ),
    );
    assert.equal(h.layer, 1);
    assert.equal(h.savingsBytes, 0);
    assert.deepEqual(evidence(h), [['/app/package.json', 2, 1], ['/app/server.js', 700, 1], ['/app/lib', 300, 1]]);
    assert.match(h.advice, /COPY package\.json \.\/`, `RUN npm ci --omit=dev`, `COPY \. \.\/`/);
    assert.match(h.title, /reinstalls 4\.0 MB/);
  });
  it('is silent when the manifests are copied first, or no install follows', () => {
    assert.equal(
      run(cacheBustingOrder, [
        baseLayer(),
        { instruction: 'COPY package.json package-lock.json ./', events: [ft('/app/package.json', '{}'), f('/app/package-lock.json', 10)] },
        { instruction: 'RUN npm ci', events: [f('/app/node_modules/x', 1)] },
        { instruction: 'COPY . .', events: [f('/app/server.js', 700)] },
      ]).length,
      0,
    );
    assert.equal(run(cacheBustingOrder, [baseLayer(), { instruction: 'COPY . .', events: [ft('/app/package.json', '{}'), f('/app/a.js', 1)] }]).length, 0);
    assert.equal(run(cacheBustingOrder, [baseLayer(), { instruction: 'COPY --from=build /out /app', events: [ft('/app/package.json', '{}'), f('/app/a.js', 1)] }, { instruction: 'RUN npm ci', events: [] }]).length, 0);
  });
  it('knows pip', () => {
    const h = only(run(cacheBustingOrder, [baseLayer(), { instruction: 'COPY . /srv', events: [f('/srv/requirements.txt', 50), f('/srv/app.py', 500)] }, { instruction: 'RUN pip install -r requirements.txt', events: [] }]));
    assert.match(h.advice, /COPY requirements\.txt \/srv\/`, `RUN pip install --no-cache-dir -r requirements\.txt`/);
  });
});

describe('secrets', () => {
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYzz';
  const AKIA = 'AKIAIOSFODNN7EXAMPLE';
  const GHP = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
  const PEMBODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';
  const layers: LayerSpec[] = [
    baseLayer(),
    {
      instruction: '/bin/sh -c #(nop) COPY dir:0123456789abcdef0123456789abcdef in /app',
      events: [
        ft('/app/.env', `AWS_ACCESS_KEY_ID=${AKIA}\nAWS_SECRET_ACCESS_KEY=${SECRET}\nDATABASE_URL=postgres://app:hunter2@db/app\nDEBUG=true\nAPI_TOKEN=changeme\n`),
        ft('/app/id_rsa', `-----BEGIN PRIVATE KEY-----\n${PEMBODY}\n-----END PRIVATE KEY-----\n`),
        ft('/app/id_rsa.pub', 'ssh-rsa AAAA app'),
        ft('/root/.npmrc', `//registry.npmjs.org/:_authToken=npm_${SECRET}\n`),
        ft('/app/.env.example', 'API_TOKEN=\nSECRET_KEY=<your-key>\n'),
        ft('/app/node_modules/https-proxy/test/key.pem', '-----BEGIN RSA PRIVATE KEY-----\nabc\n'),
        ft('/etc/ssl/certs/ca.pem', '-----BEGIN CERTIFICATE-----\nabc\n'),
      ],
    },
    { instruction: '/bin/sh -c rm /app/.env /app/id_rsa', events: [wh('/app/.env'), wh('/app/id_rsa')] },
  ];
  it('finds keys, .env entries and tokens in layers, deleted ones included, and never prints a value', () => {
    const h = only(run(secrets, layers));
    assert.equal(h.severity, 'error');
    assert.equal(h.layer, 1);
    assert.deepEqual(evidence(h).map((e) => e[0]), ['/app/.env', '/app/id_rsa', '/root/.npmrc']);
    assert.match(h.title, /\/app\/\.env \(\.env with AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, DATABASE_URL\)/);
    assert.match(h.title, /\/app\/id_rsa \(private key \(PEM\)\)/);
    assert.match(h.title, /2 of them deleted later, but the bytes still ship/);
    const all = JSON.stringify(h);
    for (const v of [SECRET, AKIA, 'hunter2', PEMBODY, 'npm_']) assert.ok(!all.includes(v), `hint leaks ${v}`);
  });
  it('reports base layers too, and key names without captured content', () => {
    const h = only(run(secrets, [baseLayer([f('/root/.ssh/id_ed25519', 400)])]));
    assert.equal(h.layer, 0);
    assert.match(h.title, /content not inspected/);
  });
  it('is silent for certificates, public keys and placeholder .env files', () => {
    assert.equal(run(secrets, [baseLayer(), { instruction: 'COPY', events: [ft('/app/.env', 'PORT=3000\nNODE_ENV=production\nSECRET=${SECRET}\n'), ft('/app/cert.pem', '-----BEGIN CERTIFICATE-----\n'), ft('/home/u/.ssh/id_rsa.pub', 'ssh-rsa AAA')] }]).length, 0);
  });
  it('knows .aws/credentials, docker config, git credentials, netrc and git remotes with tokens', () => {
    const h = only(
      run(secrets, [
        baseLayer(),
        {
          instruction: 'COPY',
          events: [
            ft('/root/.aws/credentials', `[default]\naws_access_key_id = ${AKIA}\naws_secret_access_key = ${SECRET}\n`),
            ft('/root/.docker/config.json', `{"auths":{"ghcr.io":{"auth":"${Buffer.from('u:' + SECRET).toString('base64')}"}}}`),
            ft('/root/.git-credentials', `https://bot:${GHP}@github.com\n`),
            ft('/root/.netrc', `machine github.com login bot password ${SECRET}\n`),
            ft('/src/.git/config', `[remote "origin"]\n\turl = https://bot:${GHP}@github.com/o/r.git\n`),
          ],
        },
      ]),
    );
    assert.equal(h.evidence.length, 5);
    assert.ok(!JSON.stringify(h).includes(SECRET));
    assert.ok(!JSON.stringify(h).includes(GHP));
  });
});

describe('secrets in the image config', () => {
  it('reports credentials in a layer instruction and in Env, by name only', () => {
    const a = buildAnalysis(
      [baseLayer(), { instruction: '/bin/sh -c git clone https://bot:ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r.git /src', events: [f('/src/a', 1)] }],
      { baseLayers: 1 },
    );
    a.image.config.config = { Env: ['PATH=/usr/bin', 'NPM_TOKEN=npm_abcdefghijklmnop', 'APP_VERSION=1.2.3', 'DB_PASSWORD=${DB_PASSWORD}'] };
    const hints = secrets(makeContext(a));
    assert.equal(hints.length, 2);
    const [hist, env] = hints as [DraftHint, DraftHint];
    assert.equal(hist.layer, 1);
    assert.match(hist.title, /URL with a password/);
    assert.equal(env.layer, null);
    assert.deepEqual(evidence(env), [['<config Env: NPM_TOKEN>', 0, null]]);
    const s = JSON.stringify(hints);
    assert.ok(!s.includes('ghp_16C7') && !s.includes('npm_abcdefghijklmnop'));
  });
  it('ignores format strings, variables and masked values', () => {
    const a = buildAnalysis([baseLayer(), { instruction: "/bin/sh -c printf 'AWS_SECRET_ACCESS_KEY=%s' \"$KEY\" > .env && echo TOKEN=$TOKEN", events: [] }], { baseLayers: 1 });
    assert.deepEqual(secrets(makeContext(a)), []);
  });
});

describe('squash-candidate', () => {
  it('fires when overwrite chains dominate the waste, marked as an alternative', () => {
    const files = many('/app', 20, 100_000);
    const h = only(run(squashCandidate, [baseLayer(), { instruction: 'COPY . /app', events: files }, { instruction: 'RUN chown -R 1000 /app', events: copyUp(files, { uid: 1000 }) }]));
    assert.equal(h.alternative, true);
    assert.equal(h.savingsBytes, 2_000_000);
    assert.equal(h.layer, null);
    assert.match(h.advice, /cannot be pulled in parallel/);
    assert.match(h.advice, /shared with no other image/);
  });
  it('is silent when deletions dominate', () => {
    const files = many('/app', 2, 1_000_000);
    assert.equal(
      run(squashCandidate, [
        baseLayer(),
        { instruction: 'COPY . /app', events: [...files, f('/tmp/big.zip', 10_000_000)] },
        { instruction: 'RUN chown -R 1000 /app && rm /tmp/big.zip', events: [...copyUp(files, { uid: 1000 }), wh('/tmp/big.zip')] },
      ]).length,
      0,
    );
  });
});

describe('python-bytecode-and-vcs', () => {
  it('reports app bytecode and .git directories, not the distro python', () => {
    const hints = run(pythonBytecodeAndVcs, [
      baseLayer(),
      { instruction: 'RUN apt-get install -y python3', events: [...many('/usr/lib/python3.11/__pycache__', 10, 50_000)] },
      { instruction: 'RUN pip install -r requirements.txt', events: [...many('/usr/local/lib/python3.11/site-packages/requests/__pycache__', 4, 50_000), ...many('/usr/local/lib/python3.11/site-packages/idna/__pycache__', 2, 50_000)] },
      { instruction: 'COPY . /srv', events: [f('/srv/app.py', 100), f('/srv/.git/objects/pack/pack-1.pack', 2_000_000), f('/srv/.git/config', 200)] },
    ]);
    assert.equal(hints.length, 2);
    const [py, git] = hints as [DraftHint, DraftHint];
    assert.equal(py.layer, 2);
    assert.equal(py.savingsBytes, 300_000);
    assert.deepEqual(evidence(py), [['/usr/local/lib/python3.11/site-packages/**/__pycache__', 300_000, 2]]);
    assert.match(py.advice, /PYTHONDONTWRITEBYTECODE=1/);
    assert.equal(git.layer, 3);
    assert.deepEqual(evidence(git), [['/srv/.git', 2_000_200, 3]]);
    assert.match(git.advice, /\.dockerignore/);
  });
});
