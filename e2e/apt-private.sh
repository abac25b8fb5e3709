# Sourced by e2e scripts: private_apt DIR sets up an apt configuration of its own under DIR (sources,
# lists, archives) whose entries are derived from the machine's own apt sources, and sets the array
# apt_opts to use it; the system's apt configuration is never touched. (The same derivation as
# provision.sh's, which also adds deb-src entries.)
private_apt() {
  local apt_dir="$1"
  mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  : > "$apt_dir/sources.list"
  if [[ -f /etc/apt/sources.list ]]; then
    sed -n -E 's/^[[:space:]]*(deb[[:space:]]+.*)$/\1/p' /etc/apt/sources.list >> "$apt_dir/sources.list"
  fi
  local list sources
  shopt -s nullglob
  for list in /etc/apt/sources.list.d/*.list; do
    sed -n -E 's/^[[:space:]]*(deb[[:space:]]+.*)$/\1/p' "$list" >> "$apt_dir/sources.list"
  done
  for sources in /etc/apt/sources.list.d/*.sources; do
    # deb822 format: the stanzas whose Types include deb, comments dropped.
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         {
           n = split($0, lines, "\n"); out = ""; keep = 0
           for (i = 1; i <= n; i++) {
             line = lines[i]
             if (line ~ /^#/) continue
             if (line ~ /^Types:/) { if (line ~ /[[:space:]]deb([[:space:]]|$)/) keep = 1; line = "Types: deb" }
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
