#!/usr/bin/env bash
# Installs what the in-editor tests need and `npm ci` does not bring: Debian's Chromium and
# ripgrep, and code-server (the real VS Code, from npm) in .vscode-test/code-server/.
# code-server stays out of package.json so that `npm ci` stays small and quick for CLI users.
# Idempotent: a second run checks two things and returns in well under a second.
# Why each step is there: the comments below, and CONTRIBUTING.md (« Tests, by layer »).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

CODE_SERVER_VERSION=4.100.3 # newest whose engines.node accepts Node 20 (VS Code 1.100.3)
# @vscode/ripgrep as pinned by that code-server's lib/vscode/npm-shrinkwrap.json.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10 # VERSION in @vscode/ripgrep's lib/postinstall.js
PREFIX=.vscode-test/code-server
STAMP="$PREFIX/installed-$CODE_SERVER_VERSION"

sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ------------------------------------------------------------------------
# libkrb5-dev: headers for code-server's native `kerberos` module, built from source here.
if [[ -x /usr/bin/chromium && -x /usr/bin/rg ]] && dpkg -s libkrb5-dev fonts-liberation >/dev/null 2>&1; then
  echo "apt: chromium, ripgrep, libkrb5-dev, fonts-liberation already installed"
else
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    libkrb5-dev chromium fonts-liberation ripgrep
fi

# --- code-server ----------------------------------------------------------------------------
if [[ -f "$STAMP" && -x "$PREFIX/node_modules/.bin/code-server" ]]; then
  echo "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
  exit 0
fi
rm -rf "$PREFIX"
mkdir -p "$PREFIX"

# @vscode/ripgrep's postinstall downloads rg from GitHub, unreachable here. It first looks in
# this cache (lib/download.js), so hand it Debian's rg packed under the expected name.
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "install-test-deps: no ripgrep cache recipe for $(uname -m)" >&2; exit 1 ;;
esac
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
mkdir -p "$rg_cache"
tar -czf "$rg_cache/ripgrep-$RIPGREP_RELEASE-$rg_target.tar.gz" -C /usr/bin rg

# npm 11 blocks dependency install scripts unless a policy allows them, and the policy cannot
# simply be handed down: code-server's postinstall runs `npm install` again inside lib/vscode,
# and an inherited allow-scripts setting (from .npmrc or env) makes that nested install fail
# with EALLOWSCRIPTS. So: install the tree with only argon2's script allowed (it builds from
# source when its prebuilt download fails), give lib/vscode its own project .npmrc naming the
# native modules it needs, then run code-server's postinstall ourselves.
cat >"$PREFIX/package.json" <<EOF
{
  "private": true,
  "description": "Test-only install of code-server, made by scripts/install-test-deps.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "argon2": true, "code-server": false }
}
EOF
# unsafe_perm: code-server's postinstall refuses to run as root without it (npm 11 itself warns
# that it does not know the setting: harmless, the postinstall reads the variable).
# yes: node-pty's install script calls `npx node-gyp`, which would otherwise prompt.
export npm_config_unsafe_perm=true npm_config_yes=true
npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=warn

package_dir="$PREFIX/node_modules/code-server"
# The Windows-only modules (windows-process-tree, windows-registry) stay unlisted: not built.
cat >"$package_dir/lib/vscode/.npmrc" <<'EOF'
allow-scripts=@parcel/watcher,@vscode/deviceid,@vscode/ripgrep,@vscode/spdlog,kerberos,native-watchdog,node-pty
EOF
# postinstall.sh reads the Node major version and the package manager from this variable.
(cd "$package_dir" && npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux $(node -p process.arch)" sh ./postinstall.sh)

# Prove it runs: a quick --version (in throwaway XDG folders: code-server writes a default
# config into ~/.config otherwise), and the ripgrep binary that search and extensions need.
xdg=$(mktemp -d)
XDG_CONFIG_HOME="$xdg" XDG_DATA_HOME="$xdg" "$PREFIX/node_modules/.bin/code-server" --version
rm -rf "$xdg"
# Its first line only, without a pipe: under pipefail, `| head -1` kills the script with SIGPIPE
# whenever head closes the pipe before rg has written everything (seen 134 times in 300 runs).
rg_version=$("$package_dir/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" --version)
echo "${rg_version%%$'\n'*}"
# Written last: a run that failed anywhere above leaves no stamp, and the next run starts over.
touch "$STAMP"
echo "install-test-deps: done in $(( $(date +%s) - started )) s ($(du -sh "$PREFIX" | cut -f1))"
