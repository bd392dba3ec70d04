# Prints one definition from an ESP-IDF C source or header, in ESP-IDF's own layout:
#   -v fn=NAME       the function NAME: its signature starts at column 0 and its body ends at the first "}" at column 0.
#   -v typedef=NAME  the typedef ending in "} NAME;" (struct, union or enum), from its "typedef" line.
# Prints nothing when the definition is absent (generate.sh checks what it needs).
BEGIN { inside = 0; buffer = "" }
fn != "" {
    if (!inside && $0 ~ "^[A-Za-z_].*[ *]" fn "\\(" && $0 !~ /;[ \t]*$/) { inside = 1 }
    if (inside) { print; if ($0 ~ /^}/) { inside = 0; exit } }
    next
}
typedef != "" {
    if ($0 ~ /^typedef (struct|union|enum)/) { buffer = ""; inside = 1 }
    if (inside) { buffer = buffer $0 "\n" }
    if (inside && $0 ~ "^} *" typedef ";") { printf "%s", buffer; exit }
    if (inside && $0 ~ /^} *[A-Za-z_0-9]+;/) { inside = 0 }
}
