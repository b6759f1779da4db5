#!/usr/bin/env bash
# Regenerate assets/screenshot.png from the real program in a real terminal:
# tmux runs claimdiff on the bundled articles at 120×40, capture-pane -e keeps
# the colours, and ansi2png.py draws the capture.
# Needs tmux, Pillow (pip install pillow) and DejaVu Sans Mono (fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
session=claimdiff-shot-$$
capture=$(mktemp)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -f "$capture"' EXIT
tmux new-session -d -s "$session" -x 120 -y 40 "env TERM=xterm-256color target/release/claimdiff"
# Wait until both sources are drawn (at most 10 s).
for _ in $(seq 100); do
  if tmux capture-pane -t "$session" -p | grep -q "001 ·"; then break; fi
  sleep 0.1
done
# Keys to show, if any were given: e.g. assets/screenshot.sh n
for key in "$@"; do tmux send-keys -t "$session" "$key"; sleep 0.3; done
tmux capture-pane -t "$session" -e -p > "$capture"
python3 assets/ansi2png.py "$capture" assets/screenshot.png 120 40
echo "wrote assets/screenshot.png"
