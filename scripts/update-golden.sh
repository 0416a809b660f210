#!/usr/bin/env bash
# Rewrites the golden images of the receipt tests (tests/reports/golden/*.png) from the
# renderer as it is now. Run it only when a change is meant to change how receipts print;
# then look at every image it wrote (git status lists them) before committing them.
#   scripts/update-golden.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" -j2 --target test_reports
COMPTOIR_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/reports/test_reports" "[golden]"
git status --short tests/reports/golden
