#!/usr/bin/env bash
# Builds the layer-budget test bed: real images from buildah (overlay driver, chroot isolation, --layers), exported
# in every format we read, each with an oracle of expected numbers from tools other than our own code (GNU tar,
# sha256sum, umoci). See test/helpers/bed.ts for the layout of the result and DESIGN.md §7 for the why.
#
# usage: bash test/images/build.sh            (idempotent: exits in well under a second when the bed is current)
# env:   LAYER_BUDGET_CACHE   cache directory (default: $HOME/.cache/layer-budget)
#        LAYER_BUDGET_JOBS    parallel build lanes (default: 2)
#        LAYER_BUDGET_NO_APT  set to 1 to never run apt-get (fail instead when a tool is missing)
#
# The bed lives in $CACHE/bed-<key>, <key> = hash of every file under test/images (this script included); the
# debootstrap rootfs is cached separately in $CACHE/base-<hash of base/make-rootfs.sh>; buildah's storage (with the
# --layers cache) is $CACHE/storage + $CACHE/runroot and is shared across bed versions. bed.json is written last.
set -euo pipefail
export LC_ALL=C

T0=$(date +%s%N)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${LAYER_BUDGET_CACHE:-$HOME/.cache/layer-budget}
JOBS=${LAYER_BUDGET_JOBS:-2}
# lanes run in parallel; images in a lane build in order (node-app-after reuses node-app's cached layers)
LANES=("node-app node-app-after" "apt apt-clean download-delete download-delete-onerun edge users multistage python-app")
MULTIARCH_SOURCE=multistage

elapsed() { local now; now=$(date +%s%N); awk -v a="$T0" -v b="$now" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
log() { printf '[bed %6ss] %s\n' "$(elapsed)" "$*" >&2; }
fail() { printf '\n[bed] FAILED after %ss: %s\n' "$(elapsed)" "$*" >&2; exit 1; }

# run WHAT CMD...: runs CMD with output to a log; on failure says which step, the command and its stderr tail.
run() {
  local what=$1; shift
  local logf; logf=$(mktemp "${TMPDIR:-/tmp}/lb-bed-step.XXXXXX")
  # a background subshell keeps `set -e` in force inside shell functions (an `if` condition would disable it)
  local rc=0
  ( set -e; "$@" ) >"$logf" 2>&1 &
  wait $! || rc=$?
  if [ "$rc" -ne 0 ]; then
    {
      printf '\n[bed] FAILED: %s (exit %s)\n[bed] command: %s\n[bed] output tail:\n' "$what" "$rc" "$*"
      tail -n 40 "$logf" | sed 's/^/    /'
    } >&2
    rm -f "$logf"
    return 1
  fi
  rm -f "$logf"
}

# ---------------------------------------------------------------------------------------------------------- tools
ensure_tools() {
  local -A pkg=([buildah]=buildah [skopeo]=skopeo [umoci]=umoci [debootstrap]=debootstrap [docker-registry]=docker-registry
    [zstd]=zstd [jq]=jq [htpasswd]=apache2-utils [sha256sum]=coreutils [tar]=tar [gzip]=gzip [flock]=util-linux)
  local missing=() c
  for c in "${!pkg[@]}"; do command -v "$c" >/dev/null 2>&1 || missing+=("${pkg[$c]}"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "${LAYER_BUDGET_NO_APT:-}" = 1 ] && fail "missing tools (packages: ${missing[*]}) and LAYER_BUDGET_NO_APT=1"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  log "installing ${missing[*]}"
  run "apt-get update" "${sudo[@]}" apt-get update || fail "apt-get update"
  run "apt-get install ${missing[*]}" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${missing[@]}" || fail "apt-get install ${missing[*]}"
}

[ "$(id -u)" = 0 ] || fail "the bed needs root (buildah overlay storage, umoci unpack, debootstrap); run it as root or under sudo -E"
ensure_tools

KEY=$(cd "$HERE" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
# exports made by this very script can be reused across Dockerfile edits (see reuse_image)
SCRIPT_KEY=$(sha256sum "$HERE/build.sh" | cut -c1-16)
BED=$CACHE/bed-$KEY
if [ -f "$BED/bed.json" ]; then
  log "bed is current: $BED"
  log "done in $(elapsed)s"
  exit 0
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/build.lock"
if ! flock -n 9; then
  log "another build holds $CACHE/build.lock; waiting"
  flock 9
fi
if [ -f "$BED/bed.json" ]; then
  log "bed was built meanwhile: $BED ($(elapsed)s)"
  exit 0
fi
log "building bed $KEY in $BED"

SROOT=$CACHE/storage
SRUN=$CACHE/runroot
CS="containers-storage:[overlay@$SROOT+$SRUN]"
B() { buildah --root "$SROOT" --runroot "$SRUN" --storage-driver overlay "$@"; }

STAGE=$BED.partial
rm -rf --one-file-system "$STAGE"
mkdir -p "$STAGE/images" "$STAGE/multiarch" "$STAGE/tmp"
export TMPDIR=$STAGE/tmp

# ----------------------------------------------------------------------------------------------------------- base
BASE_KEY=$(sha256sum "$HERE/base/make-rootfs.sh" | cut -c1-16)
BASE_TAR=$CACHE/base-$BASE_KEY/rootfs.tar
if [ ! -f "$BASE_TAR" ]; then
  log "debootstrap --variant=minbase bookworm (cached as $BASE_TAR)"
  mkdir -p "$CACHE/base-$BASE_KEY"
  run "base rootfs: debootstrap (test/images/base/make-rootfs.sh)" bash "$HERE/base/make-rootfs.sh" "$BASE_TAR" \
    || fail "base rootfs"
  log "base rootfs ready ($(du -h "$BASE_TAR" | cut -f1))"
fi
BASE_REF=localhost/lb-base:latest
have_key=$(B inspect --type image --format '{{index .OCIv1.Config.Labels "org.layer-budget.base-key"}}' "$BASE_REF" 2>/dev/null || true)
if [ "$have_key" != "$BASE_KEY" ]; then
  log "importing base rootfs as $BASE_REF"
  ctr=$(B from scratch) || fail "buildah from scratch"
  run "base: buildah add rootfs.tar" B add "$ctr" "$BASE_TAR" / || fail "base import"
  run "base: buildah config" B config --cmd /bin/bash --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --label "org.layer-budget.base-key=$BASE_KEY" --created-by "debootstrap --variant=minbase bookworm" "$ctr" || fail "base config"
  run "base: buildah commit" B commit --rm "$ctr" "$BASE_REF" || fail "base commit"
fi
BASE_DIFFIDS=$(skopeo inspect --config --raw "$CS$BASE_REF" | jq -c '.rootfs.diff_ids') || fail "reading base config"

# ---------------------------------------------------------------------------------------------------------- build
build_image() {
  local name=$1 dir=$HERE/$1
  local args=(bud --isolation chroot --layers --no-hosts --pull=never -f "$dir/Dockerfile" -t "localhost/lb-$name:latest")
  # buildah itself writes org.opencontainers.image.base.name/.digest annotations on the manifest
  case $name in
    # the host CA bundle for npm behind a TLS-intercepting proxy, as a secret (mounted only where a RUN asks for it)
    node-app*) args+=(--secret id=hostca,src=/etc/ssl/certs/ca-certificates.crt) ;;
  esac
  run "scenario $name: buildah bud" B "${args[@]}" "$dir" || return 1
}

# docker25 SRC_OCI_DIR OUT.tar REPOTAG: the Docker 25+ `docker save` layout (OCI layout + manifest.json after the blobs)
docker25() {
  local src=$1 out=$2 tag=$3 t mf cfg
  t=$(mktemp -d)
  cp -al "$src/blobs" "$t/blobs"
  cp "$src/oci-layout" "$t/oci-layout"
  mf=$(jq -r '.manifests[0].digest' "$src/index.json")
  cfg=$(jq -r '.config.digest' "$src/blobs/sha256/${mf#sha256:}")
  jq --arg tag "$tag" '.manifests |= map(.annotations = {"io.containerd.image.name": ("docker.io/library/" + $tag),
      "org.opencontainers.image.ref.name": ($tag | split(":") | last)})' "$src/index.json" > "$t/index.json"
  jq -c --arg tag "$tag" --arg cfg "$cfg" '[{Config: ("blobs/sha256/" + ($cfg | ltrimstr("sha256:"))), RepoTags: [$tag],
      Layers: [.layers[].digest | "blobs/sha256/" + ltrimstr("sha256:")]}]' "$src/blobs/sha256/${mf#sha256:}" > "$t/manifest.json"
  # explicit member order: blobs/ first, manifest.json after them (as Docker 25 writes it)
  tar --format=ustar --numeric-owner --owner=0 --group=0 --mtime=@0 --sort=name -C "$t" -cf "$out" \
    blobs index.json manifest.json oci-layout
  rm -rf "$t"
}

export_image() {
  local name=$1 d=$STAGE/images/$1 ref=localhost/lb-$1:latest
  mkdir -p "$d"
  run "export $name: docker-archive" B push --quiet "$ref" "docker-archive:$d/docker-archive.tar:$ref" || return 1
  run "export $name: oci gzip" B push --quiet "$ref" "oci:$d/oci-gzip:latest" || return 1
  run "export $name: oci zstd" B push --quiet --compression-format zstd "$ref" "oci:$d/oci-zstd:latest" || return 1
  run "export $name: oci-archive" B push --quiet "$ref" "oci-archive:$d/oci-archive.tar:latest" || return 1
  run "export $name: uncompressed oci (skopeo)" skopeo copy --quiet --dest-oci-accept-uncompressed-layers \
    "$CS$ref" "oci:$d/oci-uncompressed:latest" || return 1
  run "export $name: docker25 (uncompressed)" docker25 "$d/oci-uncompressed" "$d/docker25.tar" "lb-$name:latest" || return 1
  run "export $name: docker25 (gzip)" docker25 "$d/oci-gzip" "$d/docker25-gzip.tar" "lb-$name:latest" || return 1
}

# layer_stats BLOB: one JSON object of GNU tar listing counts for an uncompressed layer tar
layer_stats() {
  tar --list --verbose --numeric-owner --quoting-style=escape -f "$1" | awk '
    { n++; t = substr($1, 1, 1)
      if (t == "-") {
        name = $0; sub(/^[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ /, "", name); base = name; sub(/.*\//, "", base)
        if (base == ".wh..wh..opq") opq++; else if (base ~ /^\.wh\./) wh++; else { files++; bytes += $3 }
      } else if (t == "h") hl++; else if (t == "l") sl++; else if (t == "d") dirs++
    }
    END { printf "{\"contentBytes\":%.0f,\"entryCount\":%.0f,\"fileCount\":%.0f,\"whiteoutCount\":%.0f,\"opaqueCount\":%.0f,\"hardlinkCount\":%.0f,\"symlinkCount\":%.0f,\"dirCount\":%.0f}\n", bytes, n, files, wh, opq, hl, sl, dirs }'
}

oracle_image() {
  local name=$1 d=$STAGE/images/$1 final=$BED/images/$1
  local oci=$d/oci-uncompressed mf cfg i blob magic diff
  mf=$(jq -r '.manifests[0].digest' "$oci/index.json")
  cfg=$(jq -r '.config.digest' "$oci/blobs/sha256/${mf#sha256:}")
  local cfgf=$oci/blobs/sha256/${cfg#sha256:}
  mapfile -t layers < <(jq -r '.layers[].digest' "$oci/blobs/sha256/${mf#sha256:}")
  mapfile -t diffids < <(jq -r '.rootfs.diff_ids[]' "$cfgf")
  mapfile -t created < <(jq -r '[.history[] | select(.empty_layer != true)] | .[] | (.created_by // "") | @json' "$cfgf")
  [ ${#layers[@]} -eq ${#diffids[@]} ] || { echo "oracle $name: ${#layers[@]} layers but ${#diffids[@]} diff_ids" >&2; return 1; }
  : > "$d/layers.jsonl"
  for i in "${!layers[@]}"; do
    blob=$oci/blobs/sha256/${layers[$i]#sha256:}
    magic=$(od -An -tx1 -N4 "$blob" | tr -d ' ')
    case $magic in 1f8b*|28b52ffd) echo "oracle $name: layer $i of the uncompressed export is compressed ($magic)" >&2; return 1 ;; esac
    diff=sha256:$(sha256sum "$blob" | cut -c1-64)
    [ "$diff" = "${diffids[$i]}" ] || { echo "oracle $name: layer $i sha256 $diff != config diff_id ${diffids[$i]}" >&2; return 1; }
    layer_stats "$blob" | jq -c --arg d "$diff" --argjson tb "$(stat -c %s "$blob")" --argjson cb "${created[$i]:-\"\"}" \
      '{diffId: $d} + . + {tarBytes: $tb, createdBy: $cb}' >> "$d/layers.jsonl"
  done
  # visible tree: umoci applies the whiteouts
  local bundle; bundle=$(mktemp -d)
  umoci unpack --image "$oci:latest" "$bundle/b" > /dev/null || { echo "oracle $name: umoci unpack failed" >&2; return 1; }
  (cd "$bundle/b/rootfs" && find . -path ./dev -prune -o -type f -printf '%i %s /%P\n') > "$bundle/files"
  rm -rf --one-file-system "$bundle/b"
  cut -d' ' -f3- "$bundle/files" | sort > "$d/visible-files.txt"
  local vis ino
  vis=$(awk '!seen[$1]++ { s += $2 } END { printf "%.0f", s }' "$bundle/files")
  ino=$(awk '!seen[$1]++ { n++ } END { printf "%.0f", n }' "$bundle/files")
  rm -rf "$bundle"
  jq -s --argjson vis "$vis" --argjson ino "$ino" --argjson cnt "$(wc -l < "$d/visible-files.txt")" \
    --arg vf "$final/visible-files.txt" \
    '{layers: ., totalBytes: (map(.contentBytes) | add), visibleBytes: $vis} | .wastedBytes = (.totalBytes - .visibleBytes)
     | . + {visibleFileCount: $cnt, visibleInodeCount: $ino, visibleFilesPath: $vf}' "$d/layers.jsonl" > "$d/oracle.json"
  rm -f "$d/layers.jsonl"
}

# describe_image NAME: the BedImage entry (image.json) from the uncompressed export and oracle.json
describe_image() {
  local name=$1 d=$STAGE/images/$1 final=$BED/images/$1
  local oci=$d/oci-uncompressed mf cfg
  mf=$(jq -r '.manifests[0].digest' "$oci/index.json")
  cfg=$(jq -r '.config.digest' "$oci/blobs/sha256/${mf#sha256:}")
  local cfgf=$oci/blobs/sha256/${cfg#sha256:}
  local desc nbase
  desc=$(sed -n '/^#/{s/^# \{0,1\}//;p;b};q' "$HERE/$name/Dockerfile" | tr '\n' ' ' | sed 's/ *$//')
  nbase=$(jq -n --argjson base "$BASE_DIFFIDS" --argjson img "$(jq -c '.rootfs.diff_ids' "$cfgf")" \
    '[range(0; $base | length) | select($img[.] == $base[.])] | length')
  [ "$nbase" = "$(jq -n --argjson base "$BASE_DIFFIDS" '$base | length')" ] || nbase=0
  jq -n --arg name "$name" --arg f "$final" --arg desc "$desc" --argjson nbase "$nbase" --arg cfg "$cfg" \
    --slurpfile oracle "$d/oracle.json" --slurpfile mf "$oci/blobs/sha256/${mf#sha256:}" --slurpfile conf "$cfgf" \
    '{name: $name, description: $desc, storageRef: ("localhost/lb-" + $name + ":latest"),
      exports: {"docker-archive": ($f + "/docker-archive.tar"), "oci-gzip": ($f + "/oci-gzip"), "oci-zstd": ($f + "/oci-zstd"),
        "oci-archive": ($f + "/oci-archive.tar"), "oci-uncompressed": ($f + "/oci-uncompressed"),
        "docker25": ($f + "/docker25.tar"), "docker25-gzip": ($f + "/docker25-gzip.tar")},
      oracle: $oracle[0], baseLayerCount: $nbase, diffIds: $conf[0].rootfs.diff_ids, configDigest: $cfg,
      annotations: ($mf[0].annotations // {})}' > "$d/image.json"
}

# reuse_image NAME: when an earlier complete bed holds this very image (same config digest, so the same layers),
# hardlink its exports and oracle instead of exporting again; editing one Dockerfile then re-exports one image.
reuse_image() {
  local name=$1 id prev old
  id=sha256:$(B inspect --type image --format '{{.FromImageID}}' "localhost/lb-$name:latest") || return 1
  for prev in "$CACHE"/bed-*/bed.json; do
    [ -f "$prev" ] || continue
    old=$(dirname "$prev")
    [ "$old" != "$BED" ] && [ -f "$old/images/$name/oracle.json" ] || continue
    [ "$(jq -r '.scriptKey // ""' "$prev")" = "$SCRIPT_KEY" ] || continue
    [ "$(jq -r --arg n "$name" '.images[$n].configDigest // ""' "$prev")" = "$id" ] || continue
    cp -al "$old/images/$name" "$STAGE/images/$name" || return 1
    rm -f "$STAGE/images/$name/oracle.json"
    jq --arg vf "$BED/images/$name/visible-files.txt" '.visibleFilesPath = $vf' "$old/images/$name/oracle.json" \
      > "$STAGE/images/$name/oracle.json" || return 1
    log "reusing $name from $old"
    return 0
  done
  return 1
}

lane() {
  local name
  for name in "$@"; do
    log "build $name"
    build_image "$name" || return 1
    if ! reuse_image "$name"; then
      rm -rf "$STAGE/images/$name"
      log "export $name"
      export_image "$name" || return 1
      log "oracle $name"
      run "oracle $name" oracle_image "$name" || return 1
    fi
    run "describe $name" describe_image "$name" || return 1
    log "ok $name"
  done
}

# with JOBS=1 every lane runs in this shell, in order; otherwise one background job per lane, at most JOBS at once
pids=()
if [ "$JOBS" -le 1 ]; then
  for l in "${LANES[@]}"; do
    # shellcheck disable=SC2086
    lane $l || fail "see the step above"
  done
else
  for l in "${LANES[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
    # shellcheck disable=SC2086
    lane $l &
    pids+=($!)
  done
  status=0
  for p in "${pids[@]}"; do wait "$p" || status=1; done
  [ $status -eq 0 ] || fail "see the step above"
fi

# ----------------------------------------------------------------------------------------------------- multiarch
log "multiarch index from $MULTIARCH_SOURCE"
MA_REF=localhost/lb-multiarch:latest
SRC_REF=localhost/lb-$MULTIARCH_SOURCE:latest
ARM_REF=localhost/lb-$MULTIARCH_SOURCE-arm64:latest
B manifest rm "$MA_REF" >/dev/null 2>&1 || true
B rmi "$ARM_REF" >/dev/null 2>&1 || true
# the arm64 entry: the same layers under a config that says arm64 (the manifest list must hold two digests)
run "multiarch: arm64 variant" skopeo copy --quiet "$CS$SRC_REF" "oci:$STAGE/tmp/arm:latest" || fail "multiarch"
(
  set -e
  o=$STAGE/tmp/arm; mf=$(jq -r '.manifests[0].digest' "$o/index.json"); mff=$o/blobs/sha256/${mf#sha256:}
  cfg=$(jq -r '.config.digest' "$mff"); jq -c '.architecture = "arm64"' "$o/blobs/sha256/${cfg#sha256:}" > "$o/cfg.new"
  ncfg=sha256:$(sha256sum "$o/cfg.new" | cut -c1-64); mv "$o/cfg.new" "$o/blobs/sha256/${ncfg#sha256:}"
  jq -c --arg c "$ncfg" --argjson s "$(stat -c %s "$o/blobs/sha256/${ncfg#sha256:}")" '.config.digest = $c | .config.size = $s' "$mff" > "$o/mf.new"
  nmf=sha256:$(sha256sum "$o/mf.new" | cut -c1-64); mv "$o/mf.new" "$o/blobs/sha256/${nmf#sha256:}"
  jq -c --arg m "$nmf" --argjson s "$(stat -c %s "$o/blobs/sha256/${nmf#sha256:}")" '.manifests[0].digest = $m | .manifests[0].size = $s' \
    "$o/index.json" > "$o/index.new" && mv "$o/index.new" "$o/index.json"
) || fail "multiarch: rewriting the arm64 config"
run "multiarch: import arm64 variant" skopeo copy --quiet "oci:$STAGE/tmp/arm:latest" "$CS$ARM_REF" || fail "multiarch"
rm -rf "$STAGE/tmp/arm"
run "multiarch: buildah manifest create" B manifest create "$MA_REF" || fail "multiarch"
run "multiarch: manifest add amd64" B manifest add --os linux --arch amd64 "$MA_REF" "containers-storage:$SRC_REF" || fail "multiarch"
run "multiarch: manifest add arm64" B manifest add --os linux --arch arm64 "$MA_REF" "containers-storage:$ARM_REF" || fail "multiarch"
run "multiarch: manifest push oci" B manifest push --quiet --all "$MA_REF" "oci:$STAGE/multiarch/oci:latest" || fail "multiarch"
run "multiarch: manifest push oci-archive" B manifest push --quiet --all "$MA_REF" "oci-archive:$STAGE/multiarch/oci-archive.tar:latest" || fail "multiarch"
idx=$STAGE/multiarch/oci/index.json
if [ "$(jq -r '.manifests[0].mediaType' "$idx")" = application/vnd.oci.image.index.v1+json ]; then
  idx=$STAGE/multiarch/oci/blobs/sha256/$(jq -r '.manifests[0].digest | ltrimstr("sha256:")' "$idx")
fi
PLATFORMS=$(jq -c '[.manifests[].platform | .os + "/" + .architecture]' "$idx") || fail "multiarch: reading the pushed index"
[ "$(jq length <<<"$PLATFORMS")" = 2 ] || fail "multiarch: expected 2 platforms in the index, got $PLATFORMS"

# --------------------------------------------------------------------------------------------------------- bed.json
rm -rf "$STAGE/tmp"
for d in "$STAGE"/images/*/; do n=$(basename "$d"); [ -f "$d/image.json" ] || fail "no image.json for $n"; done
jq -s --arg root "$BED" --arg key "$KEY" --arg skey "$SCRIPT_KEY" --arg sroot "$SROOT" --arg srun "$SRUN" --arg cs "$CS" \
  --arg base "$BASE_REF" --argjson bdiff "$BASE_DIFFIDS" --argjson plats "$PLATFORMS" --arg src "$MULTIARCH_SOURCE" \
  --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  '{root: $root, key: $key, scriptKey: $skey, images: (map({key: .name, value: .}) | from_entries),
    multiarch: {ociDir: ($root + "/multiarch/oci"), ociArchive: ($root + "/multiarch/oci-archive.tar"), platforms: $plats, source: $src},
    storage: {root: $sroot, runroot: $srun, transport: $cs},
    base: {storageRef: $base, diffIds: $bdiff, suite: "bookworm"}, builtAt: $at}' "$STAGE"/images/*/image.json > "$STAGE/bed.json.tmp"
rm -f "$STAGE"/images/*/image.json
rm -rf --one-file-system "$BED"
mv "$STAGE" "$BED"
mv "$BED/bed.json.tmp" "$BED/bed.json"
# older beds (other keys) and base rootfs tars (other recipes) are stale by construction
for old in "$CACHE"/bed-* "$CACHE"/base-*; do
  [ "$old" = "$BED" ] || [ "$old" = "$CACHE/base-$BASE_KEY" ] || rm -rf --one-file-system "$old"
done
log "bed ready: $BED ($(du -sh "$BED" | cut -f1); cache total $(du -sh "$CACHE" | cut -f1))"
log "done in $(elapsed)s"
