# SPDX-License-Identifier: GPL-3.0-or-later
# common.sh — what the bench scripts share: the processes they start (stopped
# by the EXIT trap) and carteiro's start-up (READY, then the LISTEN lines).
# Sourced by bench/run-bench.sh and bench/load.sh, which define log and die
# and set TMP and DATA_ROOT before calling bench_setup_cleanup.

declare -a PIDS=()

# bench_stop_pid PID: TERM, wait up to 10 s, then KILL; returns its exit status.
bench_stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid ignored SIGTERM; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    local rc=0
    wait "$pid" 2>/dev/null || rc=$?
    return $rc
}

# bench_forget_pid PID: drop it from what the EXIT trap stops.
bench_forget_pid() {
    local keep=() p
    for p in "${PIDS[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
    PIDS=("${keep[@]}")
}

# bench_stop PID: forget it, then stop it; returns its exit status.
bench_stop() {
    bench_forget_pid "$1"
    bench_stop_pid "$1"
}

bench_cleanup() {
    local rc=$? pid
    trap - EXIT INT TERM
    for pid in "${PIDS[@]}"; do bench_stop_pid "$pid" || true; done
    if [[ -n ${BENCH_KEEP_TMP:-} ]]; then log "kept $TMP"; else rm -rf "$TMP" "$DATA_ROOT"; fi
    exit $rc
}

bench_setup_cleanup() {
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# bench_wait_ready OUT ERR PID WHAT: waits (30 s at most) for carteiro's READY
# line in OUT; dies, showing ERR, if the process exits first or never says it.
bench_wait_ready() {
    local out=$1 err=$2 pid=$3 what=$4 i
    for ((i = 0; i < 300; i++)); do
        grep -qx READY "$out" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$err" >&2; die "$what exited before READY"; }
        sleep 0.1
    done
    die "$what printed no READY within 30 s"
}

# bench_listen OUT HOST SERVICE: the address:port of a LISTEN line; dies
# unless it is on 127.0.0.0/8.
bench_listen() {
    local address
    address=$(awk -v h="$2" -v s="$3" '$1=="LISTEN" && $2==h && $3==s {print $4; exit}' "$1")
    [[ $address == 127.* ]] || die "no loopback LISTEN line for $2 $3"
    printf '%s\n' "$address"
}

# bench_dovecot_config DIR NAME MAIL_LOCATION [PROCESS_LIMIT]: a private
# Dovecot (the POP3 anchor) in DIR: POP3 only, on 127.0.0.1 only, plaintext,
# every user's password "claveejemplo". Sets DOVECOT_PORT and the owner the
# Maildirs must have (DOVECOT_MAILUSER, DOVECOT_MAILGROUP); fill them, then
# call bench_dovecot_start DIR. DOVECOT_PROTOCOL=imap makes it IMAP only
# (the IMAP anchor of imap-bench.sh) instead. With DOVECOT_TLS_CERT and
# DOVECOT_TLS_KEY (PEM files) it also listens with implicit TLS (pop3s or
# imaps) on 127.0.0.1:DOVECOT_TLS_PORT (set here), TLS 1.2 at least.
bench_dovecot_config() {
    local d=$1 name=$2 location=$3 limit=${4:-} proto=${DOVECOT_PROTOCOL:-pop3}
    [[ $proto == pop3 || $proto == imap ]] || die "DOVECOT_PROTOCOL must be pop3 or imap"
    mkdir -p "$d/run" "$d/state" "$d/home"
    DOVECOT_PORT=$("${TOOL[@]}" freeport)
    local internal login
    if ((EUID == 0)); then
        internal=dovecot login=dovenull DOVECOT_MAILUSER=nobody
        DOVECOT_MAILGROUP=$(id -gn nobody)
    else
        internal=$(id -un) login=$(id -un) DOVECOT_MAILUSER=$(id -un) DOVECOT_MAILGROUP=$(id -gn)
    fi
    local ssl="ssl = no" tls_port=0
    if [[ -n ${DOVECOT_TLS_CERT:-} ]]; then
        DOVECOT_TLS_PORT=$("${TOOL[@]}" freeport)
        tls_port=$DOVECOT_TLS_PORT
        ssl="ssl = yes
ssl_cert = <$DOVECOT_TLS_CERT
ssl_key = <$DOVECOT_TLS_KEY
ssl_min_protocol = TLSv1.2"
    fi
    local limits=("" "")
    [[ -n $limit ]] && limits=("  process_limit = $limit" "service $proto {
  process_limit = $limit
}")
    cat >"$d/dovecot.conf" <<CONF
# Private Dovecot for the Carteiro bench: $proto only, loopback only.
instance_name = $name
base_dir = $d/run
state_dir = $d/state
log_path = $d/dovecot.log
info_log_path = $d/dovecot.log
protocols = $proto
listen = 127.0.0.1
$ssl
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = $internal
default_internal_group = $(id -gn "$internal")
default_login_user = $login
mail_location = $location
pop3_uidl_format = %08Xu%08Xv
passdb {
  driver = static
  args = password=claveejemplo
}
userdb {
  driver = static
  args = uid=$DOVECOT_MAILUSER gid=$DOVECOT_MAILGROUP home=$d/home
}
service $proto-login {
  chroot =
${limits[0]}
  inet_listener $proto {
    address = 127.0.0.1
    port = $DOVECOT_PORT
  }
  inet_listener ${proto}s {
    address = 127.0.0.1
    port = $tls_port
  }
}
${limits[1]}
service anvil {
  chroot =
}
CONF
    /usr/bin/doveconf -c "$d/dovecot.conf" -n >"$d/doveconf.out" 2>&1 \
        || { cat "$d/doveconf.out" >&2; die "doveconf rejected the bench config"; }
}

# bench_dovecot_start DIR: starts it in the foreground (stopped by the EXIT
# trap) and waits for its port; sets DOVECOT_PID.
bench_dovecot_start() {
    local d=$1
    chown -R "$DOVECOT_MAILUSER:$DOVECOT_MAILGROUP" "$d/home" "$d/mail"
    /usr/sbin/dovecot -F -c "$d/dovecot.conf" >"$d/stdout.log" 2>&1 </dev/null &
    DOVECOT_PID=$!
    PIDS+=("$DOVECOT_PID")
    "${TOOL[@]}" waitport 127.0.0.1 "$DOVECOT_PORT" 20 \
        || { cat "$d/stdout.log" "$d/dovecot.log" >&2 2>/dev/null; die "dovecot did not start"; }
}

# bench_start_sink COUNT: Postfix's smtp-sink (the SMTP anchor) on 127.0.0.1,
# `-m COUNT`, as nobody when run as root; sets SINK_PID and SINK_PORT.
bench_start_sink() {
    SINK_PORT=$("${TOOL[@]}" freeport)
    local user=()
    ((EUID == 0)) && user=(-u nobody)
    /usr/sbin/smtp-sink "${user[@]}" -m "$1" "127.0.0.1:$SINK_PORT" 1024 >"$TMP/smtp-sink.log" 2>&1 </dev/null &
    SINK_PID=$!
    PIDS+=("$SINK_PID")
    "${TOOL[@]}" waitport 127.0.0.1 "$SINK_PORT" 20 || die "smtp-sink did not start"
}
