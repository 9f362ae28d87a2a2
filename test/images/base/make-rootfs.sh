#!/usr/bin/env bash
# Builds the base root filesystem tar with debootstrap (cached by build.sh, keyed only on this file's hash).
# usage: make-rootfs.sh OUT.tar
set -euo pipefail
out=$1
suite=bookworm
mirror=http://deb.debian.org/debian
work=$(mktemp -d "${out}.work.XXXXXX")
cleanup() {
  # debootstrap mounts proc/sys inside the rootfs: never rm through a live mount
  grep -o " $work/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
debootstrap --variant=minbase "$suite" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
  echo "debootstrap failed; last lines of its log:" >&2; tail -n 30 "$work/debootstrap.log" >&2
  tail -n 30 "$work/rootfs/debootstrap/debootstrap.log" >&2 2>/dev/null || true
  exit 1
}
r=$work/rootfs
# what debootstrap leaves behind that no image would ship
rm -rf "$r"/var/cache/apt/archives/*.deb "$r"/var/cache/apt/*.bin "$r"/var/lib/apt/lists/* "$r"/var/log/bootstrap.log
rm -rf --one-file-system "$r"/dev/* "$r"/proc/* "$r"/sys/* 2>/dev/null || true
# as the official Debian images do: dpkg without fsync (unpacking thousands of files under overlay is much faster)
echo force-unsafe-io > "$r/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
# keep the base small (it is re-exported in every format for every scenario): no translations, docs, man or info
# pages (dpkg still lists them; installs made on top of the base bring their own docs back)
rm -rf "$r"/usr/share/locale/* "$r"/usr/share/doc/* "$r"/usr/share/man/* "$r"/usr/share/info/*
tar --numeric-owner --xattrs-exclude='*' --sort=name -C "$r" -cf "$out.tmp" .
mv "$out.tmp" "$out"
