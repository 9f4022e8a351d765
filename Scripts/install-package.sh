# Sourced by the scripts that need a Debian package (xmllint, a peer tool): `install_package PKG…`
# installs the packages quietly, updating the package lists once if the first try fails.
# Returns non-zero when they cannot be installed (no network, no root); callers then skip or fail.
install_package() {
    local sudo apt
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    apt="env DEBIAN_FRONTEND=noninteractive $sudo apt-get"
    echo "installing $*" >&2
    $apt install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
        || { $apt update -qq >/dev/null 2>&1 && $apt install -y -qq --no-install-recommends "$@" >/dev/null 2>&1; }
}
