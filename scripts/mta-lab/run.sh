#!/usr/bin/env bash
# The real-MTA lab: installs each Debian MTA in turn, runs it on loopback inside a private
# network namespace whose resolver is the fixture DNS server, provokes its refusals and
# bounces, records them under lib/knowledge/lab, and purges the package again.
#   sudo bash scripts/mta-lab/run.sh [postfix] [postfix-restrictions] [exim] [exim-debian] [opensmtpd] [opensmtpd-filters]
#     [sendmail] [sendmail-access] [courier] [dovecot] [dma] [cyrus]
#     [rspamd] [spamassassin] [exim-spam] [amavis] [postgrey] [postfix-policies] [haraka] [chasquid]
#     [policyd-weight] [postfwd] [clamav-milter] [clamsmtp] [msmtp] [nullmailer] [mimedefang]
#   LAB_ARGS=--logs-only sudo -E bash scripts/mta-lab/run.sh postfix exim sendmail opensmtpd courier
#     (records only the log fixtures of MTAs whose driver names their log; the rest stays)
# (the filters, behind Postfix, run only when named).
# Needs root and apt (Debian 12). Not part of .ci/run; the fixtures it writes are.
set -euo pipefail
cd "$(dirname "$0")/../.."
NS=mtalab
MTAS=("$@")
[ ${#MTAS[@]} -gt 0 ] || MTAS=(postfix postfix-restrictions exim exim-debian opensmtpd opensmtpd-filters sendmail sendmail-access courier dovecot dma cyrus)
[ "$(id -u)" = 0 ] || { echo "the MTA lab needs root (apt, network namespaces)" >&2; exit 1; }

declare -A PKGS=(
  [postfix]="postfix postfix-policyd-spf-python opendmarc opendkim dbconfig-no-thanks"
  [exim]="exim4-daemon-heavy"
  # rsyslog: OpenSMTPD, Sendmail and Courier log only through syslog, and the lab records their
  # log lines
  # (scripts/mta-lab/syslog.ts runs it with the lab's own configuration).
  [opensmtpd]="opensmtpd rsyslog"
  [sendmail]="sendmail-bin sendmail-cf m4 opendkim opendmarc pyspf-milter dbconfig-no-thanks rsyslog"
  [courier]="courier-mta rsyslog"
  [dovecot]="postfix dovecot-lmtpd dovecot-sieve"
  [dma]="dma"
  [cyrus]="postfix cyrus-imapd"
  [rspamd]="postfix rspamd redis-server clamav-daemon"
  [spamassassin]="postfix spamass-milter spamassassin spamd spamc"
  [amavis]="postfix amavisd-new amavisd-milter clamav-daemon spamassassin"
  [postgrey]="postfix postgrey"
  [opensmtpd-filters]="opensmtpd"
  [postfix-policies]="postfix postfix-policyd-spf-perl sqlgrey libdbd-sqlite3-perl policyd-rate-limit gross postfix-policyd-spf-python"
  [sendmail-access]="sendmail-bin sendmail-cf m4"
  [exim-debian]="exim4-daemon-heavy"
  # Exim's spam ACL condition asking Rspamd (variant=rspamd) and SpamAssassin's spamd.
  # greylistd: the greylisting daemon written for Exim, asked from one port's RCPT ACL.
  [exim-spam]="exim4-daemon-heavy rspamd redis-server clamav-daemon spamassassin spamd greylistd"
  [postfix-restrictions]="postfix sasl2-bin libsasl2-modules"
  [haraka]="redis-server"
  [chasquid]="chasquid clamav-daemon clamdscan spamassassin spamd spamc"
  [policyd-weight]="postfix policyd-weight"
  [postfwd]="postfix postfwd"
  [clamav-milter]="postfix clamav-milter clamav-daemon"
  [clamsmtp]="postfix clamsmtp clamav-daemon"
  [msmtp]="postfix msmtp"
  [nullmailer]="nullmailer chasquid"
  # libnet-dns-perl: mimedefang.pl needs Net::DNS (Mail/MIMEDefang/Net.pm) and Debian 12's
  # package does not depend on it (without it every message is tempfailed).
  [mimedefang]="postfix mimedefang libnet-dns-perl"
)
# MTAs that are npm packages (Haraka): installed with npm, pinned, into /var/lib/mta-lab (which
# the purge removes) before the run, since the lab's namespace has no network. Never a
# dependency of the project.
declare -A NPM_PKGS=(
  [haraka]="Haraka@3.3.4"
)
NPM_HOME=/var/lib/mta-lab/haraka-npm
for m in "${MTAS[@]}"; do
  [ -n "${PKGS[$m]:-}" ] || { echo "unknown MTA: $m (${!PKGS[*]})" >&2; exit 1; }
done

# Exactly the packages the lab installed (apt's own plan), so that purge takes away those
# and nothing another process installed meanwhile.
INSTALLED=()
# System accounts the MTA packages create (and their purge keeps); removed if new.
MTA_ACCOUNTS=(postfix postdrop policyd-spf opendmarc opendkim pyspf-milter Debian-exim opensmtpd opensmtpq smmsp smmta courier dovecot dovenull cyrus
  _rspamd redis spamass-milter debian-spamd amavis clamav postgrey sqlgrey chasquid polw postfw defang greylist policyd-rate-limit gross clamsmtp)
accounts_before=$(cut -d: -f1 /etc/passwd /etc/group | sort -u)
# Files the lab writes outside the packages (their purge leaves them), and paths the MTA
# packages create and leave behind (removed only when they did not exist before the lab).
LAB_FILES=(/etc/exim4/exim4.conf /etc/mta-lab-smtpd-vusers /etc/mail/lab-access /etc/mail/lab-access.db
  /etc/mail/lab-aliases /etc/mail/lab-aliases.db /etc/mail/lab-sendmail.mc /etc/mail/lab-sendmail.cf /etc/mail/lab-virtusertable /etc/mail/lab-virtusertable.db
  /etc/amavis/conf.d/60-mta-lab /etc/exim4/local_sender_blacklist /etc/exim4/local_host_blacklist
  /etc/exim4/local_sender_callout /etc/exim4/local_rcpt_callout /etc/exim4/lab-aliases
  /etc/mta-lab-smtpd-vusers /etc/mta-lab-smtpd-badhosts /etc/mta-lab-smtpd-badsenders /etc/mta-lab-smtpd-closed
  /etc/mta-lab-smtpd-other-relays)
LEFTOVERS=(/dev/log /run/opendmarc /run/opendkim /run/pyspf-milter /etc/aliases /etc/aliases.db /etc/mailname /etc/exim4 /var/spool/exim4 /var/log/exim4 /etc/mail /etc/netns
  /etc/courier /var/lib/courier /run/courier /etc/dovecot /run/dovecot /var/lib/dovecot /etc/dma /var/spool/dma /var/mail/nobody
  /var/lib/cyrus /var/spool/cyrus /run/cyrus /var/spool/sieve
  /var/lib/spamass-milter /run/spamass /etc/amavis /var/lib/amavis /run/amavis /etc/clamav /var/lib/clamav
  /var/log/clamav /run/clamav /var/lib/postgrey /etc/sqlgrey /var/lib/sqlgrey /etc/redis /var/lib/redis /var/log/redis
  /etc/chasquid /var/lib/chasquid /etc/nullmailer /var/spool/nullmailer /var/spool/MIMEDefang
  /etc/greylistd /var/lib/greylistd /run/greylistd /var/spool/postfix/ratelimit /var/lib/policyd-rate-limit
  /run/policyd-rate-limit /etc/policyd-rate-limit.yaml /var/db/grossd.state /var/lib/gross
  /var/spool/clamsmtp /run/clamsmtp)
declare -A existed_before=()
for p in "${LEFTOVERS[@]}"; do [ -e "$p" ] && existed_before[$p]=1; done
# sendmail-base's postinst gives /etc/mail (spamassassin's, when present) to its own accounts.
etc_mail_stat=$(stat -c '%u:%g %a' /etc/mail 2>/dev/null || true)

setup_ns() {
  ip netns add "$NS"
  ip -n "$NS" link set lo up
  # The lab's client addresses (lib/dns/testing/zones/mta-lab.ts) live on the namespace's lo.
  for a in 192.0.2.160 192.0.2.161 192.0.2.162 192.0.2.163 192.0.2.164 203.0.113.160; do
    ip -n "$NS" addr add "$a/32" dev lo
  done
  mkdir -p "/etc/netns/$NS"
  echo "nameserver 127.0.0.1" >"/etc/netns/$NS/resolv.conf"
  # The machine's own name resolves inside the lab (Sendmail sleeps a minute when it cannot).
  printf '127.0.0.1 localhost mx.mta-lab.test %s\n' "$(hostname)" >"/etc/netns/$NS/hosts"
}

# Every process in the lab's namespace is one the lab started (an MTA daemon and its
# children): stop them all, so that no daemon outlives its MTA's turn.
stop_ns_processes() {
  local pids
  pids=$(ip netns pids "$NS" 2>/dev/null || true)
  [ -z "$pids" ] && return 0
  # shellcheck disable=SC2086
  kill $pids 2>/dev/null || true
  sleep 2
  pids=$(ip netns pids "$NS" 2>/dev/null || true)
  # shellcheck disable=SC2086
  [ -z "$pids" ] || kill -9 $pids 2>/dev/null || true
}

teardown_ns() {
  stop_ns_processes
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "/etc/netns/$NS"
}

purge_installed() {
  if [ ${#INSTALLED[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 purge -y -q "${INSTALLED[@]}" >/dev/null 2>&1 || true
  fi
  INSTALLED=()
  rm -rf /var/lib/mta-lab
}

remove_new_accounts() {
  for a in "${MTA_ACCOUNTS[@]}"; do
    grep -qx "$a" <<<"$accounts_before" && continue
    getent passwd "$a" >/dev/null && userdel "$a" 2>/dev/null
    getent group "$a" >/dev/null && groupdel "$a" 2>/dev/null
  done
  true
}

restore_files() {
  rm -f "${LAB_FILES[@]}"
  for p in "${LEFTOVERS[@]}"; do
    [ -n "${existed_before[$p]:-}" ] || rm -rf "$p"
  done
  if [ -n "$etc_mail_stat" ] && [ -d /etc/mail ]; then
    chown "${etc_mail_stat% *}" /etc/mail
    # Five digits, so that chmod also clears a set-group-ID bit it would keep on a directory.
    local mode=${etc_mail_stat#* }
    while [ ${#mode} -lt 5 ]; do mode=0$mode; done
    chmod "$mode" /etc/mail
  fi
}

cleanup() {
  teardown_ns
  purge_installed
  remove_new_accounts
  restore_files
}
trap cleanup EXIT

teardown_ns
setup_ns
apt-get update -q >/dev/null

for m in "${MTAS[@]}"; do
  echo "== $m: installing ${PKGS[$m]}"
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network" | debconf-set-selections
  # shellcheck disable=SC2086
  mapfile -t INSTALLED < <(apt-get install -s --no-install-recommends ${PKGS[$m]} | awk '/^Inst / && $3 !~ /^\[/ {print $2}')
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends ${PKGS[$m]} >/dev/null
  if [ -n "${NPM_PKGS[$m]:-}" ]; then
    echo "== $m: npm install ${NPM_PKGS[$m]}"
    mkdir -p "$NPM_HOME"
    echo '{"name":"mta-lab-npm","private":true}' >"$NPM_HOME/package.json"
    npm install --prefix "$NPM_HOME" --no-audit --no-fund --no-save --loglevel=error "${NPM_PKGS[$m]}" >/dev/null
  fi
  echo "== $m: running the cases"
  # shellcheck disable=SC2086
  ip netns exec "$NS" npm exec --no -- tsx scripts/mta-lab/lab.ts --mta "$m" ${LAB_ARGS:-} || echo "!! $m: the lab run failed"
  echo "== $m: purging"
  stop_ns_processes
  purge_installed
done
