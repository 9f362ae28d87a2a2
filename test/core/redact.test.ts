/**
 * The one credential detector (src/hints/credentials.ts) and the core's redaction (src/core/redact.ts): what is
 * masked, what is reported, and that a masked report still validates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credentialNames, findCredentials, maskCredentials } from '../../src/hints/credentials.ts';
import { redactReport, redactText } from '../../src/core/redact.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import { makeReport } from '../github/harness.ts';
import { AWS_KEY_ID, AWS_SECRET, GHP, NPM, PEM_BODY } from './images.ts';

test('masks the values, keeps the instruction', () => {
  const cases: Array<[string, string]> = [
    [`RUN GITHUB_TOKEN=${GHP} npm install`, 'RUN GITHUB_TOKEN=*** npm install'],
    [`ARG NPM_TOKEN=${NPM}`, 'ARG NPM_TOKEN=***'],
    [`ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, 'ENV AWS_SECRET_ACCESS_KEY=***'],
    [`/bin/sh -c #(nop)  ENV AWS_SECRET_ACCESS_KEY ${AWS_SECRET}`, '/bin/sh -c #(nop)  ENV AWS_SECRET_ACCESS_KEY ***'],
    [`RUN |2 NPM_TOKEN=${NPM} CI=1 /bin/sh -c npm ci`, 'RUN |2 NPM_TOKEN=*** CI=1 /bin/sh -c npm ci'],
    [`RUN curl -H "Authorization: token ${GHP}" https://api.github.com/x`, 'RUN curl -H "Authorization: token ***" https://api.github.com/x'],
    [`RUN git clone https://bot:${GHP}@github.com/o/r /src`, 'RUN git clone https://bot:***@github.com/o/r /src'],
    [`RUN echo ${AWS_KEY_ID}`, 'RUN echo AKIA****************'],
    [`RUN echo ${GHP} ${NPM}`, 'RUN echo ghp_*** npm_***'],
    [`RUN printf "-----BEGIN OPENSSH PRIVATE KEY-----\\n${PEM_BODY}\\n-----END OPENSSH PRIVATE KEY-----" > /k`, 'RUN printf "-----BEGIN OPENSSH PRIVATE KEY-----***-----END OPENSSH PRIVATE KEY-----" > /k'],
    [`export DB_PASSWORD='hunter2 hunter2' && run`, "export DB_PASSWORD='***' && run"],
    ['RUN mysql --password hunter22 -e "select 1"', 'RUN mysql --password *** -e "select 1"'],
    ['RUN xoxb-1234567890-abcdefghijkl', 'RUN xoxb-***'],
  ];
  for (const [raw, masked] of cases) assert.equal(maskCredentials(raw), masked, raw);
});

test('leaves alone what is no credential: variables, formats, placeholders, image names, npm config, mounts', () => {
  for (const s of [
    'RUN apt-get install -y curl',
    'ENV NODE_AUTH_TOKEN=${NPM_TOKEN}',
    "RUN printf 'AWS_SECRET_ACCESS_KEY=%s' \"$KEY\" > .env && echo TOKEN=$TOKEN",
    'FROM demo/secret-files:latest',
    'RUN npm_config_cafile=/etc/ssl/certs/ca-certificates.crt npm ci',
    'RUN --mount=type=secret,id=github_token make build',
    'ENV API_TOKEN=changeme PASSWORD=<your-password>',
    'ENV PWD=/app/src OLDPWD=/home/user',
    'LABEL org.opencontainers.image.authors=me@example.com',
    'RUN GITHUB_TOKEN=*** npm install',
    '/app/node_modules/.package-lock.json',
  ]) {
    assert.equal(maskCredentials(s), s, s);
    assert.deepEqual(credentialNames(s), [], s);
  }
});

test('what the secrets hint reports: certain finds by kind and name, never a value; weak ones are only masked', () => {
  assert.deepEqual(credentialNames(`RUN GITHUB_TOKEN=${GHP} npm install`), ['GITHUB_TOKEN', 'GitHub token']);
  assert.deepEqual(credentialNames(`git clone https://bot:s3cr3tpass@example.com/r`), ['URL with a password']);
  assert.deepEqual(credentialNames(`AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`), ['AWS_SECRET_ACCESS_KEY']);
  // a short value, or a --flag: masked, not reported (the hint fails the build by default, so it must be sure)
  assert.deepEqual(credentialNames('PASSWORD=abc12'), []);
  assert.equal(maskCredentials('PASSWORD=abc12'), 'PASSWORD=***');
  assert.deepEqual(credentialNames('RUN login --token abcdefghijkl'), []);
  assert.equal(maskCredentials('RUN login --token abcdefghijkl'), 'RUN login --token ***');
  for (const c of findCredentials(`A=1 GITHUB_TOKEN=${GHP} ${NPM}`)) assert.ok(!c.kind.includes(GHP.slice(4)) && !c.kind.includes(NPM.slice(4)));
});

test('a mask never makes the text longer (reports clip their fields)', () => {
  for (const s of ['PASSWORD=a', 'PASSWORD=ab', 'TOKEN=abc', `x ${GHP}`, `https://u:p@h/`]) assert.ok(maskCredentials(s).length <= s.length, s);
  assert.equal(maskCredentials('PASSWORD=ab'), 'PASSWORD=**');
});

test('redactReport masks every string of a report, counts them, and the result still validates', () => {
  const r = makeReport(1000);
  r.layers[0]!.instruction = `RUN |1 NPM_TOKEN=${NPM} /bin/sh -c GITHUB_TOKEN=${GHP} npm install # buildkit`;
  r.layers[0]!.normalizedInstruction = `RUN GITHUB_TOKEN=${GHP} npm install`;
  r.hints = [{ rule: 'apt-leftovers', severity: 'warning', title: 'x', layer: 0, instruction: `RUN GITHUB_TOKEN=${GHP} npm install`, evidence: [{ path: `/tmp/${GHP}`, sizeBytes: 1, layer: 0 }], advice: `ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, savingsBytes: 1, overlaps: false }];
  r.baseImage = { source: 'annotation', name: `registry.example.com/base@x https://u:${GHP}@h`, digest: null, layerCount: null };
  const before = JSON.stringify(r);
  const { value, masked } = redactReport(r);
  assert.equal(JSON.stringify(r), before, 'the input is not touched');
  assert.equal(masked, 6);
  const text = toJson(value);
  for (const secret of [GHP.slice(4), NPM.slice(4), AWS_SECRET]) assert.ok(!text.includes(secret), `leaks ${secret.slice(0, 8)}…`);
  assert.equal(value.layers[0]!.normalizedInstruction, 'RUN GITHUB_TOKEN=*** npm install');
  assert.equal(value.hints[0]!.evidence[0]!.path, '/tmp/ghp_***');
  assert.equal(fromJson(text, 'masked').totals.totalBytes, 1000);
});

test('redactText is the same masking, for error messages', () => {
  assert.equal(redactText(`reading history of layer 3 (RUN GITHUB_TOKEN=${GHP} make): bad`), 'reading history of layer 3 (RUN GITHUB_TOKEN=*** make): bad');
});

test('a name that says where a credential is, or how it is used, is not one: its value stays', () => {
  for (const line of ['LAYER_BUDGET_TOKEN_HOSTS=auth.example.com:5000', 'ENV GITHUB_TOKEN_FILE=/run/secrets/github-token', 'ARG TOKEN_URL=https://auth.example.com/token', 'AUTH_TYPE=bearer-token-v2']) {
    assert.equal(redactText(line), line, line);
  }
  // …while the credential itself still is masked
  assert.equal(redactText(`RUN GITHUB_TOKEN=${GHP} npm ci`), 'RUN GITHUB_TOKEN=*** npm ci');
});
