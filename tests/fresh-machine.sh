#!/usr/bin/env bash
# The fresh-machine check (issue #11): README's two set-up commands, exactly as written, on a bare Debian 12 root
# instead of on this machine, which keeps whatever earlier sessions installed (a green CI once hid a missing
# libqt6opengl6-dev that way).
#
#   tests/fresh-machine.sh [--worktree] [--keep]
#
# 1. A minimal Debian 12 root (`debootstrap --variant=minbase`, Debian's own mirror, the updates and security
#    suites a new install has), cached as a tarball under $PORTOLAN_FRESH_CACHE (default /var/cache/portolan-fresh)
#    keyed on everything that goes into it, so a run costs minutes, not a bootstrap.
# 2. A clean `git archive HEAD` of the project (--worktree: the working tree's tracked and new files instead) in
#    /root/portolan, and no ../shared beside it, as a user's fresh clone has.
# 3. Inside `unshare --mount --pid --fork` + chroot (own /proc, this machine's network), from /root/portolan:
#    a. README's first command with no display: it must install, build, and end with the app's one-line
#       "cannot start the window (no display…)" message and exit code 2;
#    b. the same command under xvfb-run with a capture file and `--quit-after`, so that the app starts, shows
#       the capture, saves a screenshot and exits 0;
#    c. README's test command, which must exit 0.
#    It stops at the first step that fails and prints that step's first error and the end of its log.
#
# Only the downloaded .deb files are shared between runs ($PORTOLAN_FRESH_CACHE/apt-archives, bind-mounted as the
# root's apt archive cache): apt still installs from a fresh dpkg database exactly what .ci/install-deps asks
# for, so a package missing from that list is missing in the root. Logs and the screenshot are copied to
# $PORTOLAN_FRESH_OUT (default build-fresh/ in the project). Needs root, as CI and the developers' machines run.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
suite=bookworm
mirror=${PORTOLAN_FRESH_MIRROR:-http://deb.debian.org/debian}
security_mirror=${PORTOLAN_FRESH_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cache=${PORTOLAN_FRESH_CACHE:-/var/cache/portolan-fresh}
out=${PORTOLAN_FRESH_OUT:-$src/build-fresh}
use_worktree=0
keep=0

if [[ ${1:-} == --inside ]]; then
    # Second half, run by the first inside the new mount and PID namespaces: mount what a booted system has and
    # run the steps in the chroot with a clean environment.
    root=$2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash /root/fresh-steps.sh
fi

for arg in "$@"; do
    case $arg in
    --worktree) use_worktree=1 ;;
    --keep) keep=1 ;;
    *)
        echo "usage: $0 [--worktree] [--keep]" >&2
        exit 2
        ;;
    esac
done

say() { printf 'fresh-machine: %s\n' "$*"; }
fail() {
    printf 'fresh-machine: FAILED: %s\n' "$*" >&2
    exit 1
}

[[ $(id -u) -eq 0 ]] || fail "needs root (debootstrap, chroot and namespaces)"
for tool in unshare chroot tar git sha256sum; do
    command -v "$tool" >/dev/null || fail "$tool is missing on this machine"
done
if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap on this machine (the check's only host tool that Debian does not ship by default)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null ||
        { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            --no-install-recommends debootstrap >/dev/null; } || fail "cannot install debootstrap"
fi

started=$(date +%s)
mkdir -p "$cache/apt-archives/partial" "$out"

# --- 1. the base root, cached --------------------------------------------------------------------------------
base_setup_version=1 # bump when what is written into the base below changes
key=$(printf '%s\n' "$suite" minbase "$mirror" "$security_mirror" "$base_setup_version" \
    "$(dpkg-query -W -f='${Version}' debootstrap 2>/dev/null || echo unknown)" | sha256sum | cut -c1-16)
base="$cache/debian-$suite-minbase-$key.tar.gz"
if [[ ! -s $base ]]; then
    say "bootstrapping a minimal Debian $suite root from $mirror (cached as $base)"
    work=$(mktemp -d "$cache/bootstrap.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    debootstrap --variant=minbase "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 30 "$work/debootstrap.log" >&2
        fail "debootstrap failed"
    }
    # What Debian's installer writes and minbase does not: the updates and security suites, and /etc/hosts.
    cat >"$work/root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$work/root/etc/hosts"
    rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*
    tar -C "$work/root" -czf "$base.part" . && mv "$base.part" "$base"
    find "$cache" -maxdepth 1 -name "debian-$suite-minbase-*.tar.gz" ! -path "$base" -delete
    rm -rf "$work"
    trap - EXIT
else
    say "using the cached base root $base"
fi

# --- 2. a root for this run, with the project in it ------------------------------------------------------------
root=$(mktemp -d /var/tmp/portolan-fresh.XXXXXX)
cleanup() {
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
        echo "fresh-machine: mounts are left under $root; not removing it" >&2
    elif [[ $keep == 0 ]]; then
        rm -rf "$root"
    else
        say "kept the root in $root"
    fi
}
trap cleanup EXIT
tar -C "$root" -xzf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf" # this machine's name server, as a new install gets from DHCP
mkdir -p "$root/root/portolan" "$root/root/logs"
if [[ $use_worktree == 1 ]]; then
    say "copying the working tree's tracked and new files (--worktree)"
    (cd "$src" && git ls-files -z --cached --others --exclude-standard --deduplicate |
        while IFS= read -r -d '' f; do [[ -e $f || -L $f ]] && printf '%s\0' "$f"; done |
        tar --null -T - -cf -) | tar -x -C "$root/root/portolan"
else
    say "copying git archive of $(git -C "$src" rev-parse --short HEAD)"
    git -C "$src" archive --format=tar HEAD | tar -x -C "$root/root/portolan"
fi

run_command=$(bash "$src/.ci/readme-command" run-command "$root/root/portolan/README.md")
test_command=$(bash "$src/.ci/readme-command" test-command "$root/root/portolan/README.md")

# A Windows `netstat -anob` capture, as an admin would bring one from a server: the app must open it.
cat >"$root/root/capture-netstat-anob.txt" <<'EOF'

Active Connections

  Proto  Local Address          Foreign Address        State           PID
  TCP    0.0.0.0:53             0.0.0.0:0              LISTENING       2840
 [dns.exe]
  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       884
  RpcSs
 [svchost.exe]
  TCP    10.0.0.5:3389          10.0.0.9:51234         ESTABLISHED     1100
  TermService
 [svchost.exe]
  UDP    0.0.0.0:1812           *:*                                    2840
 [dns.exe]
  UDP    0.0.0.0:1813           *:*                                    2840
 [dns.exe]
  UDP    0.0.0.0:4500           *:*                                    2840
 [dns.exe]
  UDP    [::]:53                *:*                                    2840
 [dns.exe]
EOF

# The steps, run inside the chroot. Each step's output goes to /root/logs/STEP.log.
cat >"$root/root/fresh-steps.sh" <<EOF
set -uo pipefail
cd /root/portolan
run_command=$(printf '%q' "$run_command")
test_command=$(printf '%q' "$test_command")
EOF
cat >>"$root/root/fresh-steps.sh" <<'EOF'
# Prints the step's first error-looking line and the end of its log, then fails the check.
step_failed() {
    local log=$1 why=$2
    echo "fresh-machine: FAILED: $why"
    local first
    first=$(grep -m1 -E '^E: |CMake Error|[Ee]rror:|FAILED|[Nn]ot found|could not be found|No such file|Traceback' "$log")
    [[ -n $first ]] && echo "fresh-machine: first error: $first"
    echo "fresh-machine: --- last 60 lines of $log"
    tail -n 60 "$log"
    exit 1
}
run_step() { # NAME LOG COMMAND...: prints how long it took and its exit code; sets rc
    local name=$1 log=$2
    shift 2
    local t0=$SECONDS
    echo "fresh-machine: step: $name"
    "$@" >"$log" 2>&1
    rc=$?
    echo "fresh-machine: step: $name: exit $rc after $((SECONDS - t0)) s"
}

log=/root/logs/1-run-command-no-display.log
run_step "README's first command, no display: $run_command" "$log" \
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM bash -c "$run_command"
last=$(tail -n 1 "$log")
if [[ $rc -ne 2 || $last != "portolan: cannot start the window (no display"* ]]; then
    step_failed "$log" "README's first command did not install, build and end with the app's no-display line (exit $rc)"
fi
echo "fresh-machine: the app said: $last"

log=/root/logs/2-run-command-xvfb.log
run_step "README's first command under xvfb-run, with a capture and --quit-after" "$log" \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    bash -c "$run_command --quit-after 8000 --screenshot /root/logs/fresh-app.png /root/capture-netstat-anob.txt"
if [[ $rc -ne 0 || ! -s /root/logs/fresh-app.png ]]; then
    step_failed "$log" "the app did not start, show the capture and exit 0 under xvfb-run (exit $rc)"
fi

log=/root/logs/3-test-command.log
run_step "README's test command: $test_command" "$log" bash -c "$test_command"
echo "fresh-machine: --- the test command's summary"
grep -E 'tests passed|tests failed|Total Test time|tests ran:|The following tests FAILED|\(Failed\)|\(Timeout\)|\*\*\*' "$log" | tail -n 40
[[ $rc -eq 0 ]] || step_failed "$log" "README's test command failed (exit $rc)"
echo "fresh-machine: all steps passed"
EOF

# --- 3. run the steps in the root ------------------------------------------------------------------------------
say "running README's commands in $root"
status=0
unshare --mount --propagation private --pid --fork --kill-child -- bash "$0" --inside "$root" || status=$?
cp -r "$root/root/logs/." "$out/" 2>/dev/null || true
say "logs and screenshot in $out; $(($(date +%s) - started)) s in all"
[[ $status == 0 ]] || fail "README's commands do not work on a bare Debian $suite root (see above)"
say "passed: README's two commands work on a bare Debian $suite root"
