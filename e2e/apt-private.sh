# Sourced by e2e scripts: private_apt DIR [--with-src] sets up an apt configuration of its own under DIR
# (sources, lists, archives) whose entries are derived from the machine's own apt sources, and sets the
# array apt_opts to use it; the system's apt configuration is never touched. With --with-src every
# source also serves source packages (deb-src), for `apt-get source`.
private_apt() {
  local apt_dir="$1" types="deb" line_sub='\1'
  if [[ "${2:-}" == --with-src ]]; then types="deb deb-src"; line_sub='\1\ndeb-src \2'; fi
  mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  : > "$apt_dir/sources.list"
  if [[ -f /etc/apt/sources.list ]]; then
    sed -n -E "s/^[[:space:]]*(deb[[:space:]]+(.*))\$/$line_sub/p" /etc/apt/sources.list >> "$apt_dir/sources.list"
  fi
  local list sources
  shopt -s nullglob
  for list in /etc/apt/sources.list.d/*.list; do
    sed -n -E "s/^[[:space:]]*(deb[[:space:]]+(.*))\$/$line_sub/p" "$list" >> "$apt_dir/sources.list"
  done
  for sources in /etc/apt/sources.list.d/*.sources; do
    # deb822 format: the stanzas whose Types include deb, comments dropped.
    awk -v types="$types" 'BEGIN { RS = ""; ORS = "\n\n" }
         {
           n = split($0, lines, "\n"); out = ""; keep = 0
           for (i = 1; i <= n; i++) {
             line = lines[i]
             if (line ~ /^#/) continue
             if (line ~ /^Types:/) { if (line ~ /[[:space:]]deb([[:space:]]|$)/) keep = 1; line = "Types: " types }
             out = out line "\n"
           }
           if (keep) print out
         }' "$sources" > "$apt_dir/parts/$(basename "$sources")"
  done
  shopt -u nullglob
  apt_opts=(
    -o "Dir::Etc::SourceList=$apt_dir/sources.list"
    -o "Dir::Etc::SourceParts=$apt_dir/parts"
    -o "Dir::State::Lists=$apt_dir/lists"
    -o "Dir::Cache=$apt_dir/cache"
    -o "Dir::Cache::Archives=$apt_dir/cache/archives"
    -o "APT::Sandbox::User=root"
    -o "Debug::NoLocking=1"
  )
}
