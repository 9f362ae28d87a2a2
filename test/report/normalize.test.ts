import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeInstruction } from '../../src/report/normalize.ts';

const H64 = 'ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd';

const cases: Array<[input: string, expected: string, source: string]> = [
  // docker legacy builder (dive's test-docker-image.tar)
  [`/bin/sh -c #(nop) ADD file:${H64} in / `, 'ADD file in /', 'docker legacy ADD'],
  ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD ["sh"]', 'docker legacy CMD (two spaces)'],
  ['/bin/sh -c mkdir -p /root/example/really/nested', 'RUN mkdir -p /root/example/really/nested', 'docker legacy RUN'],
  [`/bin/sh -c #(nop) ADD dir:7ec14b81316baa1a31c38c97686a8f030c98cba2035c968412749e33e0c4427e in /root/.data/ `, 'ADD dir in /root/.data/', 'docker legacy ADD dir'],
  [`/bin/sh -c #(nop) COPY multi:${H64} in /app/ `, 'COPY multi in /app/', 'docker legacy COPY of several files'],
  ['|2 NODE_ENV=production VERSION=1.2 /bin/sh -c npm ci', 'RUN npm ci', 'docker legacy RUN with build args'],
  // kaniko (dive's test-kaniko-image.tar)
  ['ADD README.md /somefile.txt', 'ADD README.md /somefile.txt', 'kaniko ADD'],
  ['RUN chmod +x /root/saved.txt', 'RUN chmod +x /root/saved.txt', 'kaniko RUN'],
  // buildkit
  ['RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit', 'RUN apt-get update && apt-get install -y curl', 'buildkit RUN'],
  ['RUN |1 NODE_ENV=production /bin/sh -c npm ci --omit=dev # buildkit', 'RUN npm ci --omit=dev', 'buildkit RUN with an arg'],
  ['RUN |2 A=hello world B=2 /bin/sh -c echo $A # buildkit', 'RUN echo $A', 'buildkit arg value with a space'],
  ['RUN /bin/bash -o pipefail -c curl -fsSL x | sh # buildkit', 'RUN curl -fsSL x | sh', 'buildkit with SHELL bash -o pipefail'],
  ['RUN /bin/sh -eux -c true # buildkit', 'RUN true', 'shell options before -c'],
  ['COPY . /app # buildkit', 'COPY . /app', 'buildkit COPY'],
  ['COPY --from=builder /out/bin/hello /usr/local/bin/hello # buildkit', 'COPY --from=builder /out/bin/hello /usr/local/bin/hello', 'buildkit COPY --from'],
  ['WORKDIR /app', 'WORKDIR /app', 'buildkit WORKDIR'],
  ['RUN |1 X=1 true # buildkit', 'RUN true', 'buildkit exec-form-like RUN with args and no shell'],
  // buildah (test bed)
  ['/bin/sh -c apt-get update', 'RUN apt-get update', 'buildah RUN'],
  [
    '/bin/sh -c mkdir -p /tmp/src/aws/dist && cd /tmp/src  && for i in 1 2; do head -c 5 /dev/urandom > b$i; done',
    'RUN mkdir -p /tmp/src/aws/dist && cd /tmp/src && for i in 1 2; do head -c 5 /dev/urandom > b$i; done',
    'buildah RUN with a continued line (double spaces collapse)',
  ],
  [`/bin/sh -c #(nop) COPY file:${H64} in /usr/local/bin/hello `, 'COPY file in /usr/local/bin/hello', 'buildah COPY'],
  ['/bin/sh -c #(nop) ENV APP_VERSION=1.2.3', 'ENV APP_VERSION=1.2.3', 'buildah ENV'],
  ['/bin/sh -c #(nop) COPY dir:1aff7cbd407911977f8e443bb213d5659df5417a3d2b045e9dcad3bcb028baa3 in . ', 'COPY dir in .', 'buildah COPY of a directory (node-app)'],
  [
    '/bin/sh -c NODE_EXTRA_CA_CERTS=/run/lb-host-ca.crt npm install --no-audit --no-fund',
    'RUN NODE_EXTRA_CA_CERTS=/run/lb-host-ca.crt npm install --no-audit --no-fund',
    'buildah RUN with an inline env assignment (kept: it is part of the command)',
  ],
  ['debootstrap --variant=minbase bookworm', 'debootstrap --variant=minbase bookworm', 'a bare created-by'],
  // hashes and whitespace
  [`FROM sha256:${H64}`, 'FROM sha256:…', 'sha256 digest'],
  ['  /bin/sh -c\techo\n  hi  ', 'RUN echo hi', 'tabs and newlines'],
  ['', '', 'empty'],
];

for (const [input, expected, source] of cases) {
  test(`normalizeInstruction: ${source}`, () => {
    assert.equal(normalizeInstruction(input), expected);
  });
}

test('normalizeInstruction: legacy, buildkit and kaniko forms of one RUN agree', () => {
  const forms = ['/bin/sh -c chmod 444 /x', 'RUN /bin/sh -c chmod 444 /x # buildkit', 'RUN chmod 444 /x', '|1 A=b /bin/sh -c chmod 444 /x'];
  assert.deepEqual(new Set(forms.map(normalizeInstruction)), new Set(['RUN chmod 444 /x']));
});

test('normalizeInstruction: is idempotent', () => {
  for (const [input] of cases) {
    const once = normalizeInstruction(input);
    assert.equal(normalizeInstruction(once), once, input);
  }
});
