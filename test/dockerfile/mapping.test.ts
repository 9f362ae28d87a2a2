/**
 * mapDockerfile over real history strings: the test bed (buildah), dive's peer images (a real Docker engine's
 * `docker save` and a kaniko tarball, with their Dockerfile beside them), and hand-written BuildKit and classic
 * docker samples whose `created_by` forms follow BuildKit's dockerfile2llb (`commitToHistory`) and the classic
 * builder. Each is asserted against the Dockerfile's real line numbers.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mapDockerfile, parseCreatedBy } from '../../src/analysis/dockerfile.ts';
import type { DockerfileMapping } from '../../src/analysis/dockerfile.ts';
import type { HistoryEntry } from '../../src/image/types.ts';
import { decodeHeader } from '../../src/tar/headers.ts';
import { requireBed } from '../helpers/bed.ts';

/** Layer locations as `12` or `6-11` (null stays null), for compact expectations. */
function lines(m: DockerfileMapping): Array<string | null> {
  return m.layers.map((l) => (l === null ? null : l.line === l.endLine ? String(l.line) : `${l.line}-${l.endLine}`));
}

/** History entries from `created_by` strings; a leading `-` marks `empty_layer: true`. */
function hist(...entries: string[]): HistoryEntry[] {
  return entries.map((e) => (e.startsWith('-') ? { created_by: e.slice(1), empty_layer: true } : { created_by: e }));
}

const layerCount = (h: HistoryEntry[]): number => h.filter((e) => e.empty_layer !== true).length;

function map(text: string, history: HistoryEntry[], path = 'Dockerfile'): DockerfileMapping {
  return mapDockerfile({ path, text, history, layerCount: layerCount(history) });
}

/** A member of an uncompressed tar held in memory. */
function tarMember(tar: Uint8Array, name: string): Uint8Array {
  let off = 0;
  while (off + 512 <= tar.length) {
    const h = decodeHeader(tar, off);
    if (h === null) break;
    const body = tar.subarray(off + 512, off + 512 + h.sizeBytes);
    if (h.name.replace(/^\.\//, '') === name) return body;
    off += 512 + Math.ceil(h.sizeBytes / 512) * 512;
  }
  throw new Error(`${name} not in the archive`);
}

function configOfDockerArchive(file: string): { history: HistoryEntry[]; rootfs: { diff_ids: string[] } } {
  const tar = new Uint8Array(readFileSync(file));
  const manifest = JSON.parse(new TextDecoder().decode(tarMember(tar, 'manifest.json'))) as Array<{ Config: string }>;
  return JSON.parse(new TextDecoder().decode(tarMember(tar, manifest[0]!.Config)));
}

function configOfOciDir(dir: string): { history: HistoryEntry[]; rootfs: { diff_ids: string[] } } {
  const blob = (d: string): string => readFileSync(join(dir, 'blobs', 'sha256', d.slice('sha256:'.length)), 'utf8');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
  const manifest = JSON.parse(blob(index.manifests[0]!.digest)) as { config: { digest: string } };
  return JSON.parse(blob(manifest.config.digest));
}

describe('parseCreatedBy: every builder’s history form', () => {
  const cases: Array<[string, string, string]> = [
    // classic docker
    ['/bin/sh -c #(nop) ADD file:ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd in / ', 'ADD', 'file:ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd in /'],
    ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD', '["sh"]'],
    ['/bin/sh -c mkdir -p /root/example/really/nested', 'RUN', 'mkdir -p /root/example/really/nested'],
    ['|2 A=1 B=two /bin/sh -c echo $A', 'RUN', 'echo $A'],
    ['|1 V=1 echo hi', 'RUN', 'echo hi'],
    ['/bin/bash -o pipefail -c curl x | sh', 'RUN', 'curl x | sh'],
    // BuildKit
    ['RUN /bin/sh -c apt-get update # buildkit', 'RUN', 'apt-get update'],
    ['RUN |1 VERSION=dev /bin/sh -c make # buildkit', 'RUN', 'make'],
    ['RUN node --version # buildkit', 'RUN', 'node --version'],
    ['COPY . . # buildkit', 'COPY', '. .'],
    ['WORKDIR /app', 'WORKDIR', '/app'],
    ['CMD ["node" "server.js"]', 'CMD', '["node" "server.js"]'],
    // buildah / podman
    ['/bin/sh -c --mount=type=secret,id=hostca,target=/run/ca.crt npm install', 'RUN', 'npm install'],
    ['/bin/sh -c #(nop) COPY dir:55a33d24f4e1ba4c53d7615fc061311d8fc6081004a612a223400074c03aa023 in . ', 'COPY', 'dir:55a33d24f4e1ba4c53d7615fc061311d8fc6081004a612a223400074c03aa023 in .'],
    ['debootstrap --variant=minbase bookworm', 'RUN', 'debootstrap --variant=minbase bookworm'],
    // kaniko
    ['ADD README.md /somefile.txt', 'ADD', 'README.md /somefile.txt'],
    ['RUN chmod +x /root/saved.txt', 'RUN', 'chmod +x /root/saved.txt'],
  ];
  for (const [createdBy, keyword, payload] of cases) {
    it(createdBy, () => assert.deepEqual(parseCreatedBy(createdBy), { keyword, payload }));
  }
});

describe('dive’s peer images: a real Docker engine and kaniko', () => {
  const DIR = '/work/shared/peer-images/dive';
  const have = existsSync(join(DIR, 'Dockerfile.test-image'));
  // line 1 is `FROM busybox:latest`: the busybox layer (its CMD entry is empty_layer) maps to it
  const expected = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'];
  for (const file of ['test-docker-image.tar', 'test-kaniko-image.tar']) {
    it(file, { skip: !have && 'no ../shared/peer-images' }, () => {
      const config = configOfDockerArchive(join(DIR, file));
      const m = mapDockerfile({ path: 'Dockerfile.test-image', text: readFileSync(join(DIR, 'Dockerfile.test-image'), 'utf8'), history: config.history, layerCount: config.rootfs.diff_ids.length });
      assert.equal(m.note, null);
      assert.deepEqual(lines(m), expected);
      assert.deepEqual(m.layers[1], { path: 'Dockerfile.test-image', line: 2, endLine: 2 });
    });
  }
  it('the kaniko history against a Dockerfile with one RUN changed maps nothing and says where', { skip: !have && 'no ../shared/peer-images' }, () => {
    const config = configOfDockerArchive(join(DIR, 'test-kaniko-image.tar'));
    const text = readFileSync(join(DIR, 'Dockerfile.test-image'), 'utf8').replace('chmod 444', 'chmod 400');
    const m = mapDockerfile({ text, history: config.history, layerCount: config.rootfs.diff_ids.length });
    assert.deepEqual(lines(m), new Array(14).fill(null));
    assert.match(m.note ?? '', /^Dockerfile:5 \(RUN\) does not match the image's history entry "RUN chmod 444 \/root\/example\/somefile1.txt"; is the Dockerfile stale/);
  });
});

describe('the test bed (buildah): every layer maps to its line', () => {
  // the bed's base image (`localhost/lb-base`, one debootstrap layer) maps to the final stage's FROM line
  const expected: Record<string, string[]> = {
    apt: ['3', '4', '5'],
    'apt-clean': ['3', '4'],
    'download-delete': ['4', '6-11', '12', '13'],
    'download-delete-onerun': ['3', '4-11'],
    edge: ['9', '10-22', '23', '24-28', '29', '30'],
    multistage: ['10', '11'],
    'node-app': ['7', '8', '10', '11', '12'],
    'node-app-after': ['7', '8', '10', '11', '12'],
    'python-app': ['5', '6', '7-17'],
    users: ['5', '6', '7'],
  };
  it('every image of the bed is in the table', (t) => {
    const bed = requireBed(t);
    if (!bed) return;
    assert.deepEqual(Object.keys(bed.images).sort(), Object.keys(expected).sort());
  });
  for (const [name, want] of Object.entries(expected)) {
    it(name, (t) => {
      const bed = requireBed(t);
      if (!bed) return;
      const image = bed.images[name]!;
      const dockerfile = join('test/images', name, 'Dockerfile');
      const text = readFileSync(dockerfile, 'utf8');
      for (const config of [configOfOciDir(image.exports['oci-gzip']), configOfDockerArchive(image.exports['docker-archive'])]) {
        const m = mapDockerfile({ path: dockerfile, text, history: config.history, layerCount: config.rootfs.diff_ids.length });
        assert.equal(m.note, null);
        assert.deepEqual(lines(m), want);
        assert.ok(m.layers.every((l) => l !== null && l.path === dockerfile));
        // the base image's layers map to the FROM line
        const from = text.split('\n').findLastIndex((l) => l.startsWith('FROM ')) + 1;
        for (let i = 0; i < image.baseLayerCount; i++) assert.equal(m.layers[i]?.line, from);
      }
    });
  }
  it('a Dockerfile of another image (stale or wrong) maps nothing and says so once', (t) => {
    const bed = requireBed(t);
    if (!bed) return;
    const config = configOfOciDir(bed.images['node-app']!.exports['oci-gzip']);
    const m = mapDockerfile({ text: readFileSync('test/images/apt/Dockerfile', 'utf8'), history: config.history, layerCount: config.rootfs.diff_ids.length });
    assert.ok(m.layers.every((l) => l === null));
    assert.match(m.note ?? '', /^Dockerfile:6 \(CMD\) does not match the image's history entry "\/bin\/sh -c #\(nop\) CMD \[\\"node\\", \\"server.js\\"\]"/);
  });
});

// BuildKit: the forms of dockerfile2llb's commitToHistory: `RUN <runCommandString> # buildkit` (with `|N K=V`
// build args), `COPY [--chown=…] src… dest # buildkit` (no --from), metadata without a suffix, WORKDIR with a
// layer but no suffix, `CMD %q`, `EXPOSE [8080/tcp]`, `ARG K=V`; simple heredocs run their body, shebang ones
// `/dev/pipes/<name>`.
const MULTISTAGE = `# syntax=docker/dockerfile:1
ARG NODE=22
FROM node:\${NODE}-slim AS deps
WORKDIR /src
COPY package*.json ./
RUN --mount=type=cache,target=/root/.npm \\
    npm ci --omit=dev
FROM deps AS build
COPY . .
RUN npm run build
FROM gcr.io/distroless/nodejs22-debian12
ARG VERSION=dev
ENV APP_VERSION=\${VERSION}
WORKDIR /app
COPY --from=deps /src/node_modules ./node_modules
COPY --from=build --chown=1000:1000 /src/dist ./dist
RUN <<EOF
set -e
echo "\${VERSION}" > /app/version
EOF
RUN ["node", "--version"]
USER 1000
EXPOSE 8080
CMD ["dist/server.js"]
`;
const DISTROLESS = ['bazel build //nodejs:nodejs22_debian12 (base)', 'bazel build //nodejs:nodejs22_debian12 (certs)', 'bazel build //nodejs:nodejs22_debian12 (node)'];
const NODE_SLIM = ['/bin/sh -c #(nop) ADD file:0123456789abcdef0123456789abcdef in / ', '-/bin/sh -c #(nop)  CMD ["bash"]', '-ENV NODE_VERSION=22.1.0', 'RUN /bin/sh -c set -ex && curl node # buildkit', '-CMD ["node"]'];

describe('BuildKit samples', () => {
  it('multi-stage: COPY --from maps to its line in the final stage, the base image’s layers to its FROM', () => {
    const m = map(
      MULTISTAGE,
      hist(
        ...DISTROLESS,
        '-ARG VERSION=1.4.2',
        '-ENV APP_VERSION=1.4.2',
        'WORKDIR /app',
        'COPY /src/node_modules ./node_modules # buildkit',
        'COPY --chown=1000:1000 /src/dist ./dist # buildkit',
        'RUN |1 VERSION=1.4.2 /bin/sh -c set -e\necho "${VERSION}" > /app/version\n # buildkit',
        'RUN |1 VERSION=1.4.2 node --version # buildkit',
        '-USER 1000',
        '-EXPOSE [8080/tcp]',
        '-CMD ["dist/server.js"]',
      ),
    );
    assert.equal(m.note, null);
    assert.equal(m.stage, '2');
    assert.deepEqual(lines(m), ['11', '11', '11', '14', '15', '16', '17-20', '21']);
  });

  it('--target build: the FROM chain deps → build maps each stage’s lines; the base is deps’ FROM', () => {
    const m = map(
      MULTISTAGE,
      hist(...NODE_SLIM, '-ARG NODE', 'WORKDIR /src', 'COPY package*.json ./ # buildkit', 'RUN /bin/sh -c npm ci --omit=dev # buildkit', 'COPY . . # buildkit', 'RUN /bin/sh -c npm run build # buildkit'),
    );
    assert.equal(m.note, null);
    assert.equal(m.stage, 'build');
    assert.deepEqual(lines(m), ['3', '3', '4', '5', '6-7', '9', '10']);
  });

  it('ARG substitution in COPY; an ARG without a history entry; a shebang heredoc runs as /dev/pipes/NAME', () => {
    const text = ['FROM eclipse-temurin:21-jre', 'ARG VERSION', 'ARG JAR=app-${VERSION}.jar', 'COPY build/${JAR} /opt/${JAR}', 'RUN <<EOT', '#!/usr/bin/env sh', 'java -version', 'EOT', 'ENTRYPOINT ["java", "-jar", "/opt/app.jar"]'].join('\n');
    const m = map(text, hist('/bin/sh -c #(nop) ADD file:aa in / ', 'RUN /bin/sh -c apt-get install java # buildkit', '-ARG JAR=app-2.0.jar', 'COPY build/app-2.0.jar /opt/app-2.0.jar # buildkit', 'RUN |2 VERSION=2.0 JAR=app-2.0.jar /dev/pipes/EOT # buildkit', '-ENTRYPOINT ["java" "-jar" "/opt/app.jar"]'));
    assert.equal(m.note, null);
    assert.deepEqual(lines(m), ['1', '1', '4', '5-8']);
  });

  it('ONBUILD triggers of the base image run after FROM: their layers map to the FROM line', () => {
    const text = 'FROM example/node-onbuild:22\nENV NODE_ENV=production\nCMD ["npm", "start"]\n';
    const m = map(text, hist(...NODE_SLIM, '-ONBUILD COPY . /app', 'COPY . /app # buildkit', 'RUN /bin/sh -c npm install # buildkit', '-ENV NODE_ENV=production', '-CMD ["npm" "start"]'));
    assert.equal(m.note, null);
    assert.deepEqual(lines(m), ['1', '1', '1', '1']);
  });

  it('line continuations, an inline comment line, shell-form CMD recorded with its shell', () => {
    const text = ['FROM debian:bookworm', 'RUN apt-get update \\', '    # the tools', '    && apt-get install -y \\', '       curl', 'CMD curl --version'].join('\n');
    const m = map(text, hist('/bin/sh -c #(nop) ADD file:bb in / ', 'RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit', '-CMD ["/bin/sh" "-c" "curl --version"]'));
    assert.equal(m.note, null);
    assert.deepEqual(lines(m), ['1', '2-5']);
  });
});

describe('classic docker samples', () => {
  it('build args before the shell, a JSON-form RUN recorded bare, a relative WORKDIR recorded resolved', () => {
    const text = ['FROM alpine:3.20', 'ARG V=1', 'WORKDIR /srv', 'WORKDIR app', 'RUN echo $V > v', 'RUN ["touch", "done"]', 'COPY --chown=1:1 . .', 'LABEL a=b', 'ONBUILD RUN echo later'].join('\n');
    const m = map(
      text,
      hist(
        '/bin/sh -c #(nop) ADD file:cc in / ',
        '-/bin/sh -c #(nop)  CMD ["/bin/sh"]',
        '-/bin/sh -c #(nop)  ARG V=1',
        '-/bin/sh -c #(nop) WORKDIR /srv',
        '-/bin/sh -c #(nop) WORKDIR /srv/app',
        '|1 V=1 /bin/sh -c echo $V > v',
        '|1 V=1 touch done',
        '/bin/sh -c #(nop) COPY --chown=1:1 dir:dd in . ',
        '-/bin/sh -c #(nop)  LABEL a=b',
        '-/bin/sh -c #(nop)  ONBUILD RUN echo later',
      ),
    );
    assert.equal(m.note, null);
    assert.deepEqual(lines(m), ['1', '5', '6', '7']);
  });
});

describe('what cannot be mapped is null, with one note', () => {
  const text = 'FROM alpine:3.20\nRUN apk add curl\nCMD ["curl"]\n';
  const ok = hist('/bin/sh -c #(nop) ADD file:cc in / ', 'RUN /bin/sh -c apk add curl # buildkit', '-CMD ["curl"]');
  it('the matching history maps', () => assert.deepEqual(lines(map(text, ok)), ['1', '2']));
  it('a changed command', () => {
    const m = map(text.replace('curl\n', 'wget\n'), ok);
    assert.deepEqual(m.layers, [null, null]);
    assert.match(m.note ?? '', /^Dockerfile:2 \(RUN\) does not match the image's history entry "RUN \/bin\/sh -c apk add curl # buildkit"; is the Dockerfile stale or for another image\? No layer was mapped to a line$/);
  });
  it('an instruction the history lacks', () => {
    const m = map(text + 'USER nobody\n', ok);
    assert.deepEqual(m.layers, [null, null]);
    assert.match(m.note ?? '', /^Dockerfile:4 \(USER\) does not match/);
  });
  it('a history longer than the Dockerfile, built FROM scratch', () => {
    const m = map('FROM scratch\nCOPY app /app\n', hist('/bin/sh -c #(nop) ADD file:cc in / ', 'COPY app /app # buildkit'));
    assert.deepEqual(m.layers, [null, null]);
    assert.match(m.note ?? '', /built FROM scratch/);
  });
  it('no history', () => {
    const m = mapDockerfile({ text, history: [], layerCount: 2 });
    assert.deepEqual(m.layers, [null, null]);
    assert.match(m.note ?? '', /no history/);
  });
  it('a history that does not count the layers', () => {
    const m = mapDockerfile({ text, history: ok, layerCount: 3 });
    assert.deepEqual(m.layers, [null, null, null]);
    assert.match(m.note ?? '', /2 entries with a layer for 3 layers/);
  });
  it('not a Dockerfile', () => {
    const m = mapDockerfile({ text: 'hello: world\n', history: ok, layerCount: 2 });
    assert.match(m.note ?? '', /no FROM instruction/);
  });
});

describe('kaniko without metadata entries', () => {
  it('ENV/CMD without a history entry still map when the history is kaniko’s', () => {
    const text = 'FROM busybox\nENV A=1\nRUN echo hi\nCMD ["sh"]\n';
    const history: HistoryEntry[] = [{ created_by: '/bin/sh -c #(nop) ADD file:aa in / ' }, { author: 'kaniko', created_by: 'RUN echo hi' }];
    assert.deepEqual(lines(map(text, history)), ['1', '3']);
    // the same history from another builder lacks the ENV and CMD entries: a mismatch
    assert.deepEqual(map(text, [history[0]!, { created_by: 'RUN echo hi' }]).layers, [null, null]);
  });
});
