#!/usr/bin/env bash
#
# deploy-site.sh -- build and publish the static documentation site.
#
# Usage: deploy-site.sh [-n] [-v] [-t target] <environment>
#

set -euo pipefail
IFS=$'\n\t'

readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly PROJECT_ROOT="$(dirname "$(dirname "$SCRIPT_DIR")")"
readonly BUILD_DIR="${PROJECT_ROOT}/build"
readonly TIMESTAMP="$(date +%Y%m%d-%H%M%S)"
LOG_FILE="${TMPDIR:-/tmp}/deploy-${TIMESTAMP}.log"

DRY_RUN=0
VERBOSE=0
TARGET="site"
declare -a HOSTS=("web1.example.invalid" "web2.example.invalid" 'web3.example.invalid')
declare -A PORTS=([web1.example.invalid]=22 [web2.example.invalid]=2222)
declare -i RETRIES=3

log() {
    local level="$1"; shift
    printf '%s [%-5s] %s\n' "$(date '+%H:%M:%S')" "$level" "$*" | tee -a "$LOG_FILE" >&2
}

die() {
    log ERROR "$@"
    exit 1
}

usage() {
    cat <<EOF
Usage: $(basename "$0") [-n] [-v] [-t target] <environment>

Options:
  -n          dry run; print commands instead of running them
  -v          verbose output (currently: $([[ $VERBOSE -eq 1 ]] && echo on || echo off))
  -t TARGET   what to deploy (default: ${TARGET})

Environments: staging, production
Hosts:        ${HOSTS[*]}
EOF
}

run() {
    if (( DRY_RUN )); then
        echo "+ $*"
    else
        (( VERBOSE )) && log DEBUG "running: $*"
        "$@"
    fi
}

while getopts ":nvt:h" opt; do
    case "$opt" in
        n) DRY_RUN=1 ;;
        v) VERBOSE=1 ;;
        t) TARGET="$OPTARG" ;;
        h) usage; exit 0 ;;
        :) die "option -$OPTARG requires an argument" ;;
        \?) die "unknown option: -$OPTARG" ;;
    esac
done
shift $((OPTIND - 1))

[[ $# -eq 1 ]] || { usage; exit 2; }
ENVIRONMENT="$1"

case "$ENVIRONMENT" in
    staging|stage)
        BASE_URL="https://staging.example.invalid"
        ;;
    production|prod)
        BASE_URL="https://www.example.invalid"
        read -r -p "Deploy to production? [y/N] " answer
        case "${answer,,}" in
            y|yes) ;;
            *) die "aborted by user" ;;
        esac
        ;;
    *)
        die "unknown environment '$ENVIRONMENT'"
        ;;
esac

# Nested command substitution, arithmetic and parameter expansion.
commit="$(git -C "$PROJECT_ROOT" rev-parse --short HEAD 2>/dev/null || echo "unknown")"
branch="$(basename "$(git -C "$PROJECT_ROOT" symbolic-ref -q HEAD 2>/dev/null || echo 'refs/heads/detached')")"
file_count=$(find "$PROJECT_ROOT/docs" -type f -name '*.md' | wc -l)
half=$(( (file_count + 1) / 2 ))
legacy=`echo "backticks still work: \`date\`"`
version="${commit:0:7}"
safe_branch="${branch//\//-}"
archive="${BUILD_DIR}/${TARGET}-${safe_branch%%-*}-${version}.tar.gz"

log INFO "deploying ${TARGET} (${commit}@${branch}) to ${ENVIRONMENT}"
log INFO "found ${file_count} pages; halfway mark is ${half}; ${legacy}"

# Unquoted heredoc: variables and command substitutions are expanded.
run mkdir -p "$BUILD_DIR"
cat > "${BUILD_DIR}/build-info.json" <<EOF
{
  "commit": "${commit}",
  "branch": "${branch}",
  "built_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "pages": ${file_count},
  "base_url": "${BASE_URL}",
  "escaped": "a \$literal dollar and a \\backslash"
}
EOF

# Quoted delimiter: nothing inside is expanded.
cat > "${BUILD_DIR}/post-deploy.sh" <<'SCRIPT'
#!/bin/sh
# This text is written verbatim: $HOME, $(whoami) and `date` stay literal.
for f in /srv/site/*.html; do
    echo "touching $f"
    touch "$f"
done
SCRIPT

# Tab-stripping heredoc with a double-quoted delimiter (also literal).
cat <<-"NOTE" >> "$LOG_FILE"
	This line was indented with a tab, which <<- strips.
	Still literal: ${NOT_EXPANDED} $(not run)
	NOTE

# Here-string and process substitution.
read -r first_host _ <<< "${HOSTS[*]}"
while IFS= read -r line; do
    [[ -n "$line" ]] && log DEBUG "changed: $line"
done < <(git -C "$PROJECT_ROOT" diff --name-only HEAD~1 2>/dev/null || true)

MESSAGE="Deployment summary:
  environment = ${ENVIRONMENT}
  target      = ${TARGET}
  first host  = ${first_host}
  archive     = ${archive##*/}"
echo "$MESSAGE"

single='It'\''s a single-quoted string
that spans two lines and keeps $dollars literal'
ansi=$'tab:\there\nnewline and a quote: \' done'
echo "$single" "$ansi"

build() {
    local src="$PROJECT_ROOT/docs"
    run tar -czf "$archive" -C "$src" .
    if [[ ! -s "$archive" && $DRY_RUN -eq 0 ]]; then
        die "archive ${archive} is empty"
    fi
}

upload() {
    local host="$1" port="${PORTS[$1]:-22}" attempt
    for (( attempt = 1; attempt <= RETRIES; attempt++ )); do
        if run scp -P "$port" "$archive" "deploy@${host}:/srv/releases/"; then
            log INFO "uploaded to ${host}:${port} (attempt ${attempt}/${RETRIES})"
            return 0
        fi
        log WARN "upload to ${host} failed; retrying in $(( attempt * 2 ))s"
        sleep $(( attempt * 2 ))
    done
    return 1
}

trap 'log WARN "interrupted"; exit 130' INT TERM
trap 'rm -f "${BUILD_DIR}"/*.tmp' EXIT

build
failed=()
for host in "${HOSTS[@]}"; do
    upload "$host" || failed+=("$host")
done

if (( ${#failed[@]} > 0 )); then
    die "failed hosts (${#failed[@]}): ${failed[*]}"
fi

ssh_cmd=(ssh -o BatchMode=yes -o "ConnectTimeout=10")
for host in "${HOSTS[@]:0:2}"; do
    run "${ssh_cmd[@]}" "deploy@${host}" <<REMOTE
set -e
cd /srv/releases
tar -xzf "$(basename "$archive")" -C /srv/site
echo "deployed \$(date) on \$(hostname) as ${version}"
REMOTE
done

log INFO "done: ${BASE_URL} is now at ${version}"
