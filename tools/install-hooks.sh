#!/bin/sh
# Uses the project's hooks (tools/hooks/: clang-format and clang-tidy on staged files).
set -eu
cd "$(dirname "$0")/.."
git config core.hooksPath tools/hooks
echo "git hooks: tools/hooks (pre-commit: clang-format, clang-tidy)"
