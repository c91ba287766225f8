#!/bin/sh
# Makes the PNGs in screenshots/ from the real program: `leads demo` runs in tmux, an xterm under
# Xvfb shows that tmux session, tmux sends the keys, ImageMagick `import` captures the window.
# Needs: xvfb xterm x11-utils imagemagick tmux, fonts-dejavu-core plus fonts-wqy-zenhei and
# fonts-lohit-deva (CJK and Devanagari glyphs in the demo data), and a built binary
# (default .build/debug/leads).
set -eu
cd "$(dirname "$0")/.."
leads=${LEADS_BINARY:-.build/debug/leads}
out=screenshots
mkdir -p "$out"
work=$(mktemp -d)
socket="leads-shots-$$"
display=":$((90 + $$ % 9))"
export XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    [ -n "${xterm_pid:-}" ] && kill "$xterm_pid" 2>/dev/null || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Two views for the view picker (config.toml's [[views]]).
mkdir -p "$XDG_CONFIG_HOME/leads"
cat > "$XDG_CONFIG_HOME/leads/config.toml" <<'TOML'
[[views]]
name = "VIP customers"
tag = "vip"
sort = "updatedAt"
direction = "desc"

[[views]]
name = "Hot leads by name"
tag = "lead/hot"
sort = "fullname"
direction = "asc"
columns = ["fullname", "email", "phone", "company", "tags"]
TOML
chmod 600 "$XDG_CONFIG_HOME/leads/config.toml"

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 36 -s shots "TERM=xterm-256color $leads demo"
tmux -L "$socket" set -g status off
DISPLAY=$display xterm -geometry 120x36+0+0 -fa 'DejaVu Sans Mono' -fs 11 -bg '#1e1e1e' -fg '#d4d4d4' \
    -title leads -e tmux -L "$socket" attach -t shots &
xterm_pid=$!

# Waits until the pane shows the text, at most 30 s.
wait_for() {
    deadline=$(($(date +%s) + 30))
    until tmux -L "$socket" capture-pane -p -t shots | grep -q -- "$1"; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out waiting for: $1" >&2; tmux -L "$socket" capture-pane -p -t shots >&2; exit 1; }
        sleep 0.2
    done
}
shot() {
    sleep 0.5  # let xterm paint what tmux shows
    window=$(DISPLAY=$display xwininfo -root -tree | awk '/"leads"/ { print $1; exit }')
    DISPLAY=$display import -window "${window:-root}" "$out/$1.png"
    echo "wrote $out/$1.png"
}
keys() { tmux -L "$socket" send-keys -t shots "$@"; }

wait_for " of "
shot list
keys Enter
wait_for "Lead id"
shot detail
keys e
wait_for "Edit ·"
shot form
for _ in 1 2 3 4 5 6 7 8 9 10 11; do keys Tab; done
keys Down
wait_for "› Attributes"
shot attributes
keys Escape
wait_for "q/Esc back"
keys q
wait_for " of "
keys '?'
wait_for "Help"
shot help
keys Escape
wait_for "q quit"  # a key right after Esc would read as Alt+key
keys c
wait_for "Columns"
shot columns
keys Escape
wait_for "q quit"
keys v
wait_for "VIP customers"
shot views
keys Escape
wait_for "q quit"
keys '/'
keys m a r i a
wait_for "maria"
keys Enter
wait_for "whole words"
shot search
keys Escape q
